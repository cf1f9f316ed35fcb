import Link from "next/link";

const NAV = [
  { href: "/", label: "Stories" },
  { href: "/outlets", label: "Outlets" },
  { href: "/search", label: "Search" },
  { href: "/review", label: "Review" },
  { href: "/import", label: "Import" },
];

export function SiteHeader({ right }: { right?: React.ReactNode }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-stone-900">
          <span aria-hidden className="inline-block h-5 w-5 rounded-sm bg-gradient-to-br from-indigo-600 to-sky-500" />
          Parallax
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-2.5 py-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto text-sm">{right}</div>
      </div>
    </header>
  );
}
