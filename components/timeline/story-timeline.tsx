import Link from "next/link";
import type { StoryTimeline as Timeline, TimelineEvent, TimelineReading } from "@/lib/data/get-story-timeline";
import { layoutTimeline, parseDaySpan, placeMarkLabels, splitByWindow, type DaySpan } from "./timeline-geometry";
import { truncate } from "@/components/charts/heatmap-geometry";
import { Pill, SEVERITY_TONE, REVIEW_STATUS_LABEL } from "@/components/story/labels";

/** Readings listed per event in the table, and outlets quoted per reading: the rest are counted and one link away. */
export const TABLE_READINGS = 5;
export const TABLE_OUTLETS = 2;

/** one decimal is finer than a pixel: shorter coordinates, a lighter page */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Each outlet once (several articles of one outlet give one entry), in the order they come. */
function distinctOutlets(r: TimelineReading): TimelineReading["outlets"] {
  const seen = new Set<string>();
  return r.outlets.filter((o) => !seen.has(o.label) && seen.add(o.label));
}

function spansOf(e: TimelineEvent): DaySpan[] {
  return e.readings.map((r) => parseDaySpan(r.normalized)).filter((s): s is DaySpan => s !== null);
}

function TimelineSvg({ events, published, id }: { events: TimelineEvent[]; published: DaySpan | null; id: string }) {
  const layout = layoutTimeline(
    events.map((e) => ({
      id: e.groupId,
      label: e.label,
      marks: e.readings.flatMap((r) => {
        const span = parseDaySpan(r.normalized);
        return span ? [{ span, conflict: r.conflict, key: r.normalized }] : [];
      }),
    })),
    { published },
  );
  const conflicts = events.filter((e) => e.conflict).length;
  // short labels (the date, and who gives it when one outlet does), placed so none overlaps another
  const texts = layout.lanes.map((lane, i) => lane.marks.map((m) => {
    const r = events[i].readings.find((x) => x.normalized === m.key);
    if (!r) return m.key;
    return truncate(`${r.display} · ${r.outlets.length === 1 ? r.outlets[0].label : `${r.outlets.length} outlets`}`, 40);
  }));
  const placed = layout.lanes.map((lane, i) => placeMarkLabels(lane.marks, texts[i], layout.plotX + layout.plotWidth));
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="min-w-[720px] font-sans"
    >
      <title id={`${id}-title`}>Timeline of dated events</title>
      <desc id={`${id}-desc`}>
        {`${events.length} dated events on a time axis${conflicts ? `, ${conflicts} with outlets giving different dates` : ""}. The table below lists each event's dates and the outlets that give them.`}
      </desc>
      {layout.published ? (
        <g>
          <rect x={r1(layout.published.x)} y={layout.axisY} width={r1(layout.published.width)} height={layout.height - layout.axisY - 4} className="fill-indigo-50" />
          <text x={r1(layout.published.x + layout.published.width / 2)} y={layout.height - 2} textAnchor="middle" className="fill-indigo-700 text-[10px]">published</text>
        </g>
      ) : null}
      <line x1={layout.plotX} x2={layout.plotX + layout.plotWidth} y1={layout.axisY} y2={layout.axisY} className="stroke-stone-300" />
      {layout.ticks.map((t) => (
        <g key={t.day}>
          <line x1={r1(t.x)} x2={r1(t.x)} y1={layout.axisY - 4} y2={layout.height - 12} className="stroke-stone-200" strokeDasharray="2 3" />
          <text x={r1(t.x)} y={layout.axisY - 8} textAnchor="middle" className="fill-stone-600 text-[11px]">{t.text}</text>
        </g>
      ))}
      {/* mark labels take their size from here */}
      <g className="text-[11px]">
        {layout.lanes.map((lane, i) => {
          const e = events[i];
          return (
            <g key={lane.id}>
              <line x1={layout.plotX} x2={layout.plotX + layout.plotWidth} y1={lane.y} y2={lane.y} className="stroke-stone-100" />
              <text x={layout.plotX - 10} y={lane.y + 4} textAnchor="end" className={`text-[12px] ${e.conflict ? "fill-rose-800 font-semibold" : "fill-stone-800"}`}>
                <title>{lane.label}</title>
                {e.conflict ? "✕ " : ""}{truncate(lane.label, 34)}
              </text>
              {lane.marks.map((m, j) => {
                const tone = m.conflict ? "fill-rose-600 stroke-rose-800" : "fill-indigo-600 stroke-indigo-800";
                const text = texts[i][j];
                const place = placed[i][j];
                return (
                  // no tooltip per mark: a lane may hold hundreds; the table below and the comparison list them
                  <g key={m.key}>
                    {m.point ? (
                      // a diamond as one path rather than a rotated square
                      m.conflict ? (
                        <path d={`M${r1(m.x)} ${r1(m.y - 7)}l7 7-7 7-7-7z`} className={tone} />
                      ) : (
                        <circle cx={r1(m.x)} cy={r1(m.y)} r={5.5} className={tone} />
                      )
                    ) : (
                      <rect x={r1(m.x)} y={r1(m.y - m.height / 2)} width={r1(m.width)} height={m.height} rx={3} className={`${tone} opacity-80`} />
                    )}
                    {place.row === null ? null : (
                      <text
                        x={r1(place.x)}
                        y={r1(m.y + 4 + place.row * 12)}
                        textAnchor={place.anchor}
                        className={m.conflict ? "fill-rose-800 font-semibold" : "fill-stone-600"}
                      >
                        {text}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

// cell styles set once on the table rather than on each of its hundreds of rows
const EVENT_TABLE_STYLES = [
  "[&_tbody_th]:px-4 [&_tbody_th]:py-2 [&_tbody_th]:font-normal [&_td]:px-4 [&_td]:py-2 [&_tr]:align-top",
  "[&_ul]:flex [&_ul]:flex-wrap [&_ul]:gap-x-3 [&_ul]:gap-y-1 [&_li>a]:text-indigo-700 [&_li>a:hover]:underline [&_li_small]:text-xs [&_li_small]:text-stone-500",
].join(" ");

function EventTable({ storyId, events }: { storyId: string; events: TimelineEvent[] }) {
  return (
    <table className={`w-full text-left text-sm ${EVENT_TABLE_STYLES}`}>
      <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className="px-4 py-2 font-medium">Event</th>
          <th scope="col" className="px-4 py-2 font-medium">Date given</th>
          <th scope="col" className="px-4 py-2 font-medium">Outlets</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {events.map((e) => {
          // the most reported dates first; a story with hundreds of dates for one event lists a few here
          const readings = [...e.readings].sort((a, b) => distinctOutlets(b).length - distinctOutlets(a).length).slice(0, TABLE_READINGS);
          const hidden = e.readings.length - readings.length;
          const href = `/stories/${storyId}/groups/${e.groupId}`;
          return readings.map((r, j) => {
            const outlets = distinctOutlets(r);
            return (
              <tr key={`${e.groupId}-${r.normalized}`} className={r.conflict ? "bg-rose-50/60" : undefined}>
                {j === 0 ? (
                  <th scope="row" rowSpan={readings.length}>
                    <Link href={href} className="font-medium text-stone-900 hover:text-indigo-700 hover:underline">
                      {e.label}
                    </Link>
                    {e.conflict ? (
                      <div className="mt-1 flex gap-1.5">
                        <Pill tone={SEVERITY_TONE[e.conflict.severity] ?? SEVERITY_TONE.info}>✕ Dates differ ({e.conflict.severity})</Pill>
                        <span className="text-xs text-stone-500">{REVIEW_STATUS_LABEL[e.conflict.status] ?? e.conflict.status}</span>
                      </div>
                    ) : null}
                    {hidden > 0 ? (
                      <Link href={href} className="mt-1 block text-xs text-indigo-700 hover:underline">
                        {hidden} more {hidden === 1 ? "date" : "dates"} in the comparison
                      </Link>
                    ) : null}
                  </th>
                ) : null}
                <td>
                  <span className={`whitespace-nowrap tabular-nums ${r.conflict ? "font-semibold text-rose-800" : "text-stone-900"}`}>
                    {r.conflict ? <span aria-label="differs">✕ </span> : null}
                    {r.display}
                  </span>
                </td>
                <td>
                  <ul>
                    {outlets.slice(0, TABLE_OUTLETS).map((o) => (
                      <li key={`${o.articleId}-${o.claimKey}`}>
                        <Link href={`/articles/${o.articleId}#claim-${o.claimKey}`}>{o.label}</Link>
                        <small>: “<span data-quote-of={o.articleId}>{o.phrase}</span>”</small>
                      </li>
                    ))}
                    {outlets.length > TABLE_OUTLETS ? <li><small>and {outlets.length - TABLE_OUTLETS} more {outlets.length - TABLE_OUTLETS === 1 ? "outlet" : "outlets"}</small></li> : null}
                  </ul>
                </td>
              </tr>
            );
          });
        })}
      </tbody>
    </table>
  );
}

/** Events per page, earliest first: a long story dates hundreds of events (the chart draws a lane for each). */
export const TIMELINE_PAGE_SIZE = 15;

export function timelineHref(storyId: string, page: number): string {
  return `/stories/${storyId}?view=timeline${page > 1 ? `&events=${page}` : ""}#timeline`;
}

function EventPager({ storyId, page, pageCount, total }: { storyId: string; page: number; pageCount: number; total: number }) {
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50";
  return (
    <nav aria-label="Timeline pages" className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
      {page > 1 ? <Link rel="prev" href={timelineHref(storyId, page - 1)} className={link}>← Earlier</Link> : null}
      <p className="tabular-nums">
        Events <span className="font-medium text-stone-900">{(page - 1) * TIMELINE_PAGE_SIZE + 1}–{Math.min(total, page * TIMELINE_PAGE_SIZE)}</span> of{" "}
        <span className="font-medium text-stone-900">{total}</span>
      </p>
      {page < pageCount ? <Link rel="next" href={timelineHref(storyId, page + 1)} className={link}>Later →</Link> : null}
    </nav>
  );
}

export function StoryTimeline({ storyId, timeline, page: requested = 1 }: { storyId: string; timeline: Timeline; page?: number }) {
  const pageCount = Math.max(1, Math.ceil(timeline.events.length / TIMELINE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  const events = timeline.events.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE);
  const withSpans = events.map((e) => ({ e, spans: spansOf(e) }));
  const pub = timeline.published.map((d) => parseDaySpan(d)).filter((s): s is DaySpan => s !== null);
  const published = pub.length ? { start: Math.min(...pub.map((s) => s.start)), end: Math.max(...pub.map((s) => s.end)) } : null;
  const { near, background } = splitByWindow(withSpans, published?.start ?? null);
  if (!timeline.events.length) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">No dated events were found in these articles.</p>;
  }
  const conflicts = timeline.events.filter((e) => e.conflict).length;
  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-600">
        {timeline.events.length} dated {timeline.events.length === 1 ? "event" : "events"}
        {conflicts ? <>, <span className="font-medium text-rose-800">✕ {conflicts} where outlets give different dates</span></> : ", no outlet gives a conflicting date"}.
        {" "}Circles mark a day, bars a longer period; <span className="font-medium text-rose-800">red diamonds</span> a date that departs from the others.
      </p>
      {pageCount > 1 ? <EventPager storyId={storyId} page={page} pageCount={pageCount} total={timeline.events.length} /> : null}
      {near.length ? (
        <figure className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-4" tabIndex={0} aria-label="Timeline chart, scrollable">
          <TimelineSvg events={near.map((x) => x.e)} published={published} id="timeline-near" />
        </figure>
      ) : null}
      {background.length ? (
        <section aria-labelledby="timeline-background" className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 id="timeline-background" className="mb-3 text-sm font-semibold text-stone-800">Earlier background the articles mention</h3>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Background timeline chart, scrollable">
            <TimelineSvg events={background.map((x) => x.e)} published={null} id="timeline-background-chart" />
          </div>
        </section>
      ) : null}
      <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
        <EventTable storyId={storyId} events={events} />
      </div>
    </div>
  );
}
