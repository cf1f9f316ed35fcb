import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/data/errors";
import { listFlagTargets } from "@/lib/data/list-flag-targets";
import { listStoriesForImport } from "@/lib/data/list-stories-for-import";
import { PageHeader } from "@/components/ui/page-header";
import { FlagForm } from "@/components/review/flag-form";
import { kindLabel } from "@/components/review/review-badges";

export const metadata: Metadata = { title: "Flag a claim" };
export const dynamic = "force-dynamic";

export default async function FlagPage({ searchParams }: { searchParams: Promise<{ story?: string | string[]; target?: string | string[] }> }) {
  const user = await getCurrentUser();
  const sp = await searchParams;
  const stories = await listStoriesForImport(user);
  const storyId = (Array.isArray(sp.story) ? sp.story[0] : sp.story) ?? stories[0]?.id;
  const fixed = Array.isArray(sp.target) ? sp.target[0] : sp.target;
  let targets: Awaited<ReturnType<typeof listFlagTargets>> | null = null;
  if (storyId) {
    try {
      targets = await listFlagTargets(user, storyId);
    } catch (e) {
      if (isAppError(e) && e.code === "not_found") notFound();
      throw e;
    }
  }
  const options = targets
    ? [
        ...targets.groups.map((g) => ({ value: `group:${g.id}`, label: `${kindLabel(g.kind)} · ${g.label} (${g.members} claim${g.members === 1 ? "" : "s"})` })),
        ...targets.claims.map((c) => ({ value: `claim:${c.id}`, label: `${kindLabel(c.kind)} · ${c.text.length > 90 ? `${c.text.slice(0, 88)}…` : c.text}${c.outlet ? ` — ${c.outlet}` : ""}` })),
      ]
    : [];
  return (
    <>
      <PageHeader title="Flag a claim" eyebrow={<Link href="/review" className="hover:underline">Review</Link>}>
        Flag a claim group or a single claim for review, even where the analysis found no discrepancy.
      </PageHeader>
      {!can(user?.role, "discrepancy.flag") ? (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-5 text-sm text-amber-900">
          {user ? `You are signed in as a ${user.role}; reviewers and editors flag claims.` : (
            <>
              <Link href="/sign-in?next=/review/flag" className="font-medium underline">Sign in</Link> as a reviewer or editor to flag claims.
            </>
          )}
        </div>
      ) : !targets ? (
        <p className="text-stone-600">There are no stories yet.</p>
      ) : (
        <div className="max-w-3xl space-y-4">
          <form method="get" className="flex items-end gap-2">
            <div className="grow">
              <label htmlFor="story" className="block text-sm font-medium text-stone-800">Story</label>
              <select id="story" name="story" defaultValue={targets.story.id} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
                {stories.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
              </select>
            </div>
            <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100">Show its claims</button>
          </form>
          {options.length === 0 ? (
            <p className="text-stone-600">This story has no claims yet.</p>
          ) : (
            <FlagForm storyId={targets.story.id} targets={fixed && options.some((o) => o.value === fixed) ? undefined : options} target={fixed && options.some((o) => o.value === fixed) ? fixed : undefined} />
          )}
        </div>
      )}
    </>
  );
}
