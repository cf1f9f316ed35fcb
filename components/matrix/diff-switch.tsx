"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";

/**
 * The "Differences only" switch: a link (it works without JavaScript) that, being a switch, also
 * toggles with Space as well as Enter.
 */
export function DiffSwitch({ href, on }: { href: string; on: boolean }) {
  const router = useRouter();
  return (
    <Link
      href={href}
      role="switch"
      aria-checked={on}
      onKeyDown={(e) => {
        if (e.key !== " ") return;
        e.preventDefault();
        router.push(href);
      }}
      className="inline-flex items-center gap-2 text-sm text-stone-700 hover:text-stone-900"
    >
      <span aria-hidden className={`relative inline-block h-5 w-9 rounded-full transition ${on ? "bg-indigo-600" : "bg-stone-300"}`}>
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition ${on ? "left-4.5" : "left-0.5"}`} />
      </span>
      Differences only
    </Link>
  );
}
