export function PageHeader({
  title,
  eyebrow,
  children,
}: {
  title: React.ReactNode;
  eyebrow?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="mb-6">
      {eyebrow ? <div className="mb-1 text-sm text-stone-500">{eyebrow}</div> : null}
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      {children ? <div className="mt-2 text-stone-600">{children}</div> : null}
    </div>
  );
}
