import Link from "next/link";

const NAV = [
  { href: "/", label: "Stories" },
  { href: "/outlets", label: "Outlets" },
  { href: "/search", label: "Search" },
  { href: "/review", label: "Review" },
  { href: "/import", label: "Import" },
  { href: "/inbox", label: "Inbox" },
];

/** The section links, laid out by the nav that holds them. */
function NavLinks() {
  return NAV.map((item) => (
    <Link key={item.href} href={item.href} className="rounded-md px-2.5 py-1.5 text-stone-600 hover:bg-stone-100 hover:text-stone-900">
      {item.label}
    </Link>
  ));
}

/**
 * The site header. On a narrow screen the links fold into a Menu (a native disclosure, so it works
 * without JavaScript and with the keyboard); from the sm breakpoint they stand in a row.
 */
export function SiteHeader({ right }: { right?: React.ReactNode }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-stone-900">
          <span aria-hidden className="inline-block h-5 w-5 rounded-sm bg-gradient-to-br from-indigo-600 to-sky-500" />
          Parallax
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 text-sm sm:flex">
          <NavLinks />
        </nav>
        <details className="relative sm:hidden">
          <summary className="cursor-pointer list-none rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100">
            Menu
          </summary>
          <nav aria-label="Main" className="absolute left-0 z-20 mt-2 flex w-44 flex-col rounded-md border border-stone-200 bg-white p-1 text-sm shadow-lg">
            <NavLinks />
          </nav>
        </details>
        <div className="ml-auto min-w-0 text-sm">{right}</div>
      </div>
    </header>
  );
}
