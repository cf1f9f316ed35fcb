import type { GroupDetail } from "@/lib/data/get-group";
import { normToken } from "@/lib/data/comparison-model";
import { StatusGlyph } from "@/components/matrix/status-mark";

type Variants = NonNullable<GroupDetail["variants"]>;

/** Column ranges of at most `size` columns, so a long quote wraps into blocks instead of one very wide table. */
export function chunkColumns(count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < count; i += size) out.push([i, Math.min(count, i + size)]);
  return out;
}

function Token({ token, outside, varies, main }: { token: string | null; outside: boolean; varies: boolean; main: string | null }) {
  if (outside) {
    return (
      <span className="text-stone-300" title="Beyond this outlet's partial quote">
        <span aria-hidden>·</span>
        <span className="sr-only">outside the partial quote</span>
      </span>
    );
  }
  if (token === null) {
    return varies ? (
      <span className="rounded bg-rose-50 px-1 text-xs font-medium text-rose-800 ring-1 ring-inset ring-rose-200" title="This outlet has no word here">
        <span aria-hidden>∅</span>
        <span className="sr-only">omitted</span>
      </span>
    ) : (
      <span className="text-stone-300" aria-label="no word">–</span>
    );
  }
  if (!varies) return <span className="text-stone-800">{token}</span>;
  const departs = main !== null && normToken(token) !== main;
  return (
    <mark
      className={`rounded px-1 font-semibold ${departs ? "bg-rose-100 text-rose-900 ring-1 ring-inset ring-rose-300" : "bg-amber-100 text-amber-950"}`}
      title={departs ? "Differs from the majority wording" : "Wording varies here"}
    >
      {departs ? <span className="sr-only">differs: </span> : <span className="sr-only">varies: </span>}
      {token}
    </mark>
  );
}

export function CollationGrid({ variants, blockSize = 10 }: { variants: Variants; blockSize?: number }) {
  const blocks = chunkColumns(variants.columns.length, blockSize);
  const varying = variants.columns.filter((c) => c.varies).length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-600">
        Each row is one outlet&apos;s version of the quote, aligned word by word.{" "}
        {varying ? (
          <>
            <span className="font-medium text-stone-900">{varying} {varying === 1 ? "position differs" : "positions differ"}</span>, marked{" "}
            <mark className="rounded bg-amber-100 px-1 font-semibold text-amber-950">highlighted</mark>, with{" "}
            <mark className="rounded bg-rose-100 px-1 font-semibold text-rose-900 ring-1 ring-inset ring-rose-300">outlined</mark> words departing from the majority and ≠ above each varying position.
          </>
        ) : (
          "Every outlet quotes the same words."
        )}{" "}
        A dot (·) marks words beyond an outlet&apos;s partial quote, not an omission; ∅ marks a word the outlet leaves out.
      </p>
      {blocks.map(([from, to]) => (
        <div key={from} className="overflow-x-auto rounded-lg border border-stone-200 bg-white" tabIndex={0} role="region" aria-label={`Quote words ${from + 1} to ${to}`}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Words {from + 1} to {to} of the quote, by outlet</caption>
            <thead>
              <tr className="bg-stone-50 text-xs text-stone-500">
                <th scope="col" className="w-48 max-w-48 px-3 py-1 text-left font-medium">Outlet</th>
                {variants.columns.slice(from, to).map((c, i) => (
                  <th key={from + i} scope="col" className={`px-1.5 py-1 text-center font-medium tabular-nums ${c.varies ? "text-rose-700" : ""}`}>
                    {c.varies ? (
                      <>
                        <span aria-hidden>≠</span>
                        <span className="sr-only">word {from + i + 1}, varies</span>
                      </>
                    ) : (
                      <span className="sr-only">word {from + i + 1}</span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {variants.witnesses.map((w, wi) => (
                <tr key={w.articleId} className={w.status === "conflicts" ? "bg-rose-50/40" : ""}>
                  <th scope="row" className="w-48 max-w-48 px-3 py-1.5 text-left font-medium text-stone-800">
                    <span className="flex items-center gap-1.5" title={w.label}>
                      <StatusGlyph status={w.status} />
                      <span className="truncate">{w.label}</span>
                    </span>
                  </th>
                  {variants.columns.slice(from, to).map((c, i) => (
                    <td key={from + i} className={`whitespace-nowrap px-1.5 py-1.5 text-center ${c.varies ? "bg-amber-50/50" : ""}`}>
                      <Token token={c.tokens[wi]} outside={c.outside[wi]} varies={c.varies} main={c.main} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
