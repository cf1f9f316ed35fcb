import Link from "next/link";

/** "Add articles" link to the import page with this story picked; shown to everyone, the import page explains who may import. */
export function AddArticlesLink({ storyId }: { storyId: string }) {
  return (
    <Link
      href={`/import?story=${encodeURIComponent(storyId)}`}
      className="inline-flex items-center gap-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 shadow-sm hover:bg-stone-50"
    >
      <span aria-hidden>+</span> Add articles
    </Link>
  );
}
