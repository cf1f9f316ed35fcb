import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, safeNext } from "@/lib/auth/session";
import { readingRequiresSignIn } from "@/lib/auth/settings";

const OPEN_PATHS = ["/sign-in"];

/**
 * With PARALLAX_REQUIRE_SIGN_IN=1, sends anonymous visitors of any page to
 * /sign-in?next=<page>. The page path comes from proxy.ts (x-parallax-path);
 * the session is validated here, not only its cookie.
 */
export async function ReadingGuard({ children }: { children: React.ReactNode }) {
  if (readingRequiresSignIn() && !(await getCurrentUser())) {
    const path = (await headers()).get("x-parallax-path") ?? "/";
    if (!OPEN_PATHS.some((p) => path === p || path.startsWith(`${p}?`) || path.startsWith(`${p}/`))) {
      redirect(`/sign-in?next=${encodeURIComponent(safeNext(path))}`);
    }
  }
  return <>{children}</>;
}
