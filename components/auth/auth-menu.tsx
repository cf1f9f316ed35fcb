import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/sign-in/actions";

const ROLE_STYLE: Record<string, string> = {
  viewer: "bg-stone-100 text-stone-700",
  reviewer: "bg-sky-50 text-sky-800",
  editor: "bg-indigo-50 text-indigo-800",
};

/** The header's sign-in state: the user's name and role with a sign-out button, or a sign-in link. */
export async function AuthMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded-md border border-stone-300 px-3 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3" data-testid="auth-menu">
      <span className="hidden text-stone-700 sm:inline">
        <span className="font-medium text-stone-900">{user.name}</span>{" "}
        <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${ROLE_STYLE[user.role] ?? ROLE_STYLE.viewer}`}>{user.role}</span>
      </span>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 font-medium text-stone-700 hover:bg-stone-100">
          Sign out
        </button>
      </form>
    </div>
  );
}
