import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser, safeNext } from "@/lib/auth/session";
import { readingRequiresSignIn } from "@/lib/auth/settings";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Sign in</h1>
      <p className="mt-2 text-sm text-stone-600">
        {readingRequiresSignIn()
          ? "This installation of Parallax requires a sign-in to read stories."
          : "Reading is open to everyone; sign in to import articles and review discrepancies."}{" "}
        Accounts are created by an editor.
      </p>
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <SignInForm next={next} />
      </div>
    </div>
  );
}
