import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getInbox } from "@/lib/data/inbox";
import { PageHeader } from "@/components/ui/page-header";
import { InboxUpload } from "@/components/inbox/inbox-upload";
import { InboxBoard } from "@/components/inbox/inbox-board";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const user = await getCurrentUser();
  const mayUse = can(user?.role, "story.create");
  const proposals = mayUse ? await getInbox(user) : [];

  return (
    <>
      <PageHeader title="Inbox" eyebrow={<Link href="/" className="hover:underline">Stories</Link>}>
        Import many articles, feeds or lists of URLs without choosing a story: Parallax proposes which ones report the same event.
        Merge or split proposals, move an article, then accept a proposal to make it a story; its articles are analysed then.
      </PageHeader>
      {!user ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-sm text-amber-900">
          <Link href="/sign-in?next=%2Finbox" className="font-medium underline">Sign in</Link> as an editor to use the inbox.
        </div>
      ) : !mayUse ? (
        <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-sm text-amber-900">
          You are signed in as a {user.role}. Editors use the inbox; you can add articles to an existing story on the{" "}
          <Link href="/import" className="font-medium underline">Import</Link> page.
        </div>
      ) : (
        <div className="space-y-8">
          <InboxUpload />
          <section aria-labelledby="proposals-heading">
            <h2 id="proposals-heading" className="mb-3 text-lg font-semibold">Proposed stories</h2>
            {proposals.length ? (
              <InboxBoard proposals={proposals} />
            ) : (
              <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-sm text-stone-600">
                The inbox is empty. Import articles above; Parallax will group them into proposed stories here.
              </p>
            )}
          </section>
        </div>
      )}
    </>
  );
}
