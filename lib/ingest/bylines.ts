// Bylines and outlet hints found in lines of text: "By Jane Doe and John Roe",
// "Agencies and Example Daily", "Example News Desk | Updated: ...", "Trending on Example Videos", "© 2025 Example".

const RE_BYLINE = /^(?:[-*•]\s*)?(?:written |posted |reported |co-authored |co-written )?by\s+([\p{Lu}].*)$/iu;
const RE_NAME = /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:de|da|del|van|von|der|den|la|le|bin|al|ibn)\s+)?[\p{Lu}][\p{L}.'’-]*){1,3}$/u;
const ROLE_TAIL = /\s*(?:,\s*)?\b(?:staff (?:writer|reporter)|senior (?:writer|reporter|editor|correspondent)|correspondent|reporter|contributor|editor|columnist|writer|journalist|special to .*|for .*)$/i;

/** Whether a short line is a byline ("By Jane Doe", "Posted by Jane Doe | Nov. 8, 2016"). */
export function isBylineLine(line: string, words: number, endsSentence: boolean): boolean {
  if (words > 14 || endsSentence && !/\d[.)]?$/.test(line)) return false;
  return RE_BYLINE.test(line.trim()) || outletFromBylineLine(line) !== null;
}

/** Author names of a byline line; [] when the line has none. */
export function authorsFromByline(line: string): string[] {
  const m = RE_BYLINE.exec(line.trim());
  if (!m) return [];
  // stop at a date, time or pipe-separated tail
  const head = m[1].split(/\s+[|•·]\s+|\s+[-–—]\s+|\s+(?:on|updated|published)\s+/i)[0];
  const out: string[] = [];
  for (const part of head.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    const name = part.replace(ROLE_TAIL, "").replace(/[.,;:]+$/, "").trim();
    if (RE_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

const RE_WITH_AGENCIES = /^(?:[-*•]\s*)?(?:(?:news )?agencies|agency reports?|wire services|wires)\s*(?:and|&|\+|,|with)\s+([\p{Lu}][^|]{0,60}?)\s*$/iu;
const RE_AND_AGENCIES = /^(?:[-*•]\s*)?([\p{Lu}][^|]{0,60}?)\s+(?:with|and|&|\+)\s+(?:(?:news )?agencies|agency reports?|wires)\s*$/iu;
const RE_DESK = /^(?:[-*•]\s*)?([\p{Lu}][\p{L}\p{N}.&'’ -]{0,40}?)\s+(?:news\s+desk|web\s+desk|digital\s+desk|online\s+desk|news\s+service|news\s+bureau|newsroom)$/iu;

/** The outlet named by a byline-style line: "Agencies and Example Daily" -> "Example Daily", "X News Desk | ..." -> "X". */
export function outletFromBylineLine(line: string): string | null {
  const first = line.split(/\s+[|•·]\s+/)[0].trim();
  if (first.split(/\s+/).length > 8) return null;
  const m = RE_WITH_AGENCIES.exec(first) ?? RE_AND_AGENCIES.exec(first) ?? RE_DESK.exec(first);
  return m ? m[1].trim() : null;
}

const RE_TRENDING_PREFIX = /^(?:[-*•]\s*)?(?:trending|popular|most read|most popular|latest|top stories|more) (?:on|from|at) /i;
const RE_SITE_NAME = /^([\p{Lu}][\p{L}\p{N}.&'’ -]{0,40}?)(?:\s+(?:videos?|news|today|now|stories|tv|Videos?|News|Today|Now|Stories|TV))?\s*:?$/u;

/** An outlet the page names as itself in its furniture: "Trending on X Videos", "© 2025 X. All rights reserved". */
export function outletFromSelfReference(line: string): string | null {
  const t = line.trim();
  const prefix = RE_TRENDING_PREFIX.exec(t);
  if (prefix) {
    const name = RE_SITE_NAME.exec(t.slice(prefix[0].length));
    if (name) return name[1].trim();
  }
  if (/(?:©|\bcopyright\b|\(c\)\s*\d{4})/i.test(t) && t.length <= 120) {
    const holder = t
      .replace(/©|\(c\)|\bcopyright\b/gi, " ")
      .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, " ")
      .split(/[.|,;]|\ball rights reserved\b/i)[0]
      .replace(/\s+/g, " ")
      .trim();
    const words = holder.split(" ").filter(Boolean);
    if (words.length >= 1 && words.length <= 5 && /^[\p{Lu}\p{N}]/u.test(holder)) return holder;
  }
  return null;
}

/** Host name of a URL without "www." / "m." / "amp.", or null when the source is not an http(s) URL. */
export function hostOf(source: string | undefined | null): string | null {
  if (!source || !/^https?:\/\//i.test(source.trim())) return null;
  try {
    return new URL(source.trim()).hostname.replace(/^(?:www\d?|m|amp|mobile)\./i, "") || null;
  } catch {
    return null;
  }
}
