// A title as typed slots: the office it names ("president", "museum director" -> "director"), the
// jurisdiction the rest of the title names (place keys: "U.S." -> us, "Danish" -> denmark; other
// words as they are: "museum"), and the status its qualifier gives (former, acting, elect).
import type { RoleStatus, TitleSlots } from "./types";
import { HONORIFICS, OFFICE_SYNONYMS, OFFICES, ROLE_QUALIFIERS, VAGUE_ROLE_WORDS } from "./lexicons/titles";
import { placeKeys } from "./place-keys";
import { fold, isContentWord, singular, tokenize } from "./text";

export type { TitleSlots };

const OFFICE_LIST = [...OFFICES].map((o) => o.split(" ")).sort((a, b) => b.length - a.length);
const stripPossessive = (s: string) => s.replace(/[\u2019']s\b/g, "");
/** An abbreviated title stands for its full word ("Gov." governor, "Lt." lieutenant), so "Gov. X" and "governor X" name one office. */
const spelledOut = (norm: string) => (HONORIFICS.get(norm) ?? HONORIFICS.get(`${norm}.`))?.title ?? norm;

export function titleSlots(title: string, qualifier: string | null): TitleSlots {
  const toks = tokenize(stripPossessive(title));
  let status: RoleStatus | null = null;
  for (const w of [qualifier ?? "", ...toks.map((t) => t.norm)]) {
    const m = ROLE_QUALIFIERS.get(fold(w).replace(/[^a-z ]/g, "").trim());
    if (m === "former" || m === "acting" || m === "elect") status = m;
  }
  const rest = toks.filter((t) => !ROLE_QUALIFIERS.has(t.norm));
  const norms = rest.map((t) => spelledOut(t.norm));
  let office: string | null = null;
  let used = new Set<number>();
  for (const o of OFFICE_LIST) {
    for (let i = 0; i + o.length <= norms.length && !office; i++) {
      if (o.every((w, k) => norms[i + k] === w || singular(norms[i + k]) === w)) {
        office = o.join(" ");
        used = new Set(o.map((_, k) => i + k));
      }
    }
    if (office) break;
  }
  const vague = !office && norms.some((w) => VAGUE_ROLE_WORDS.has(w));
  if (!office && !vague) {
    // an office not listed: the title's last content word ("engineering manager" -> manager)
    const content = rest.map((t, i) => [t, i] as const).filter(([t]) => isContentWord(t.norm));
    const last = content[content.length - 1];
    if (last) {
      office = singular(spelledOut(last[0].norm));
      used = new Set([last[1]]);
    }
  }
  if (office) office = OFFICE_SYNONYMS[office] ?? office;
  // content words, and capitalised words even when they spell a function word ("US")
  const other = rest.filter((t, i) => !used.has(i) && (isContentWord(t.norm) || /^\p{Lu}/u.test(t.text)) && !VAGUE_ROLE_WORDS.has(t.norm));
  return { office, jurisdiction: [...new Set(placeKeys(other))].sort(), status };
}
