/** Download links for a story's exports (the API's export route). */
export function ExportLinks({ storyId }: { storyId: string }) {
  const base = `/api/stories/${encodeURIComponent(storyId)}/export`;
  const links = [
    { href: `${base}?format=csv&part=claims`, label: "Claims CSV" },
    { href: `${base}?format=csv&part=discrepancies`, label: "Discrepancies CSV" },
    { href: `${base}?format=json`, label: "JSON" },
    { href: `${base}?format=claimreview`, label: "ClaimReview" },
  ];
  return (
    <nav aria-label="Export" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-500">Export:</span>
      {links.map((l) => (
        <a key={l.href} href={l.href} download className="rounded-md border border-stone-300 bg-white px-2.5 py-1 font-medium text-stone-700 hover:bg-stone-50">
          {l.label}
        </a>
      ))}
    </nav>
  );
}
