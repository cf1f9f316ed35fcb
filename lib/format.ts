// Display formatting shared by pages. Dates print in the article's own
// calendar (the local ISO string), never shifted to the server's zone.
import { MONTHS } from "./analysis/lexicons/calendar";

const SHORT_MONTHS = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1, 3));

export function formatLocalDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${+m[3]} ${SHORT_MONTHS[+m[2] - 1]} ${m[1]}`;
  const zone = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1];
  return m[4] ? `${day}, ${m[4]}:${m[5]}${zone ? ` (UTC${zone === "Z" ? "" : zone})` : ""}` : day;
}

export function formatDate(d: Date | null | undefined): string | null {
  if (!d) return null;
  return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export const PUBLISHED_SOURCE_LABEL: Record<string, string> = {
  dateline: "from the article's dateline",
  metadata: "from the page's metadata",
  user: "set by a user",
  inferred: "inferred from the story",
};

/** A label cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
