import Link from "next/link";

export type StoryView = "matrix" | "timeline" | "charts";

const TABS: { view: StoryView; label: string }[] = [
  { view: "matrix", label: "Comparison matrix" },
  { view: "timeline", label: "Timeline" },
  { view: "charts", label: "Agreement charts" },
];

export function storyViewHref(storyId: string, view: StoryView): string {
  return view === "matrix" ? `/stories/${storyId}#matrix` : `/stories/${storyId}?view=${view}#${view}`;
}

/** Server-rendered tabs: plain links, the current one marked with aria-current. */
export function StoryTabs({ storyId, current }: { storyId: string; current: StoryView }) {
  return (
    <nav aria-label="Story views" className="border-b border-stone-200">
      <ul className="-mb-px flex gap-1">
        {TABS.map((t) => {
          const active = t.view === current;
          return (
            <li key={t.view}>
              <Link
                href={storyViewHref(storyId, t.view)}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  active ? "border-indigo-600 text-indigo-700" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900"
                }`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
