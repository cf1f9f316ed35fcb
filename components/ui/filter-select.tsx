/** A labelled select for GET filter forms: the empty option means "no filter". */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel = "Any",
  options,
}: {
  name: string;
  label: string;
  value: string | null | undefined;
  anyLabel?: string;
  options: { value: string; label: string }[];
}) {
  const id = `f-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium uppercase tracking-wide text-stone-500">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
        <option value="">{anyLabel}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
