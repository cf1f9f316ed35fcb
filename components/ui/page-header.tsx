export function PageHeader({
  title,
  eyebrow,
  children,
  long = false,
}: {
  title: React.ReactNode;
  eyebrow?: React.ReactNode;
  children?: React.ReactNode;
  /** a title that is a sentence or more (a discrepancy's summary): set smaller, so a phone shows more than the title */
  long?: boolean;
}) {
  return (
    <div className="mb-6">
      {eyebrow ? <div className="mb-1 text-sm text-stone-500">{eyebrow}</div> : null}
      <h1 className={`font-semibold tracking-tight text-stone-900 ${long ? "text-lg leading-snug sm:text-2xl" : "text-2xl sm:text-3xl"}`}>{title}</h1>
      {children ? <div className="mt-2 text-stone-600">{children}</div> : null}
    </div>
  );
}
