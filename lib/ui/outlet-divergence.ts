// An outlet's divergence from consensus, computed from stored groups: for each
// group with members from two or more outlets, does this outlet's reading match
// the group's consensus? Pure; normalisation is the comparison layer's.
import { normText } from "../analysis/text";

export interface StoredReading {
  text: string;
  normalized: string;
}

export interface GroupForDivergence {
  id: string;
  storyId: string;
  kind: string;
  label: string;
  consensus: string | null;
  readings: StoredReading[];
  members: { outletId: string | null; articleId: string; reading: string }[];
  /** articles the comparison found departing from the consensus; when present it decides */
  departures?: string[];
}

export interface StoryDivergence {
  storyId: string;
  /** groups this outlet appears in */
  groups: number;
  /** of those, groups another outlet also reports */
  compared: number;
  /** compared groups with no majority reading */
  undecided: number;
  /** compared groups where every reading of this outlet differs from the consensus */
  departures: { id: string; kind: string; label: string; reading: string; consensus: string }[];
  /** departures / compared (0 when nothing is compared) */
  divergence: number;
  /** groups whose members all come from this outlet */
  singleSource: { id: string; kind: string; label: string }[];
}

/** The normalised form of a group's consensus: the reading written that way, else the consensus normalised. */
export function consensusKey(consensus: string | null, readings: readonly StoredReading[]): string | null {
  if (consensus === null || consensus === undefined) return null;
  const same = readings.find((r) => r.text === consensus);
  return same ? same.normalized : normText(consensus);
}

/** True when the reading departs from the consensus (null when there is no consensus to depart from). */
export function departsFrom(reading: string, consensus: string | null, readings: readonly StoredReading[]): boolean | null {
  const key = consensusKey(consensus, readings);
  if (key === null) return null;
  return reading !== key && normText(reading) !== key;
}

/** Per story, how an outlet's readings stand against each group's consensus. Outlet-less members count as their article. */
export function outletDivergence(outletId: string, groups: readonly GroupForDivergence[]): StoryDivergence[] {
  const byStory = new Map<string, StoryDivergence>();
  const sourceOf = (m: { outletId: string | null; articleId: string }) => m.outletId ?? `article:${m.articleId}`;
  for (const g of groups) {
    const mine = g.members.filter((m) => m.outletId === outletId);
    if (!mine.length) continue;
    const s = byStory.get(g.storyId) ?? { storyId: g.storyId, groups: 0, compared: 0, undecided: 0, departures: [], divergence: 0, singleSource: [] };
    byStory.set(g.storyId, s);
    s.groups++;
    const sources = new Set(g.members.map(sourceOf));
    if (sources.size < 2) {
      s.singleSource.push({ id: g.id, kind: g.kind, label: g.label });
      continue;
    }
    s.compared++;
    const key = consensusKey(g.consensus, g.readings);
    if (key === null) {
      s.undecided++;
      continue;
    }
    // The comparison knows which readings are compatible ("President" with "U.S. President"):
    // use its verdict when stored, else compare the readings' text.
    const agrees = g.departures
      ? mine.some((m) => !g.departures!.includes(m.articleId))
      : mine.some((m) => m.reading === key || normText(m.reading) === key);
    if (!agrees) {
      const reading = g.readings.find((r) => r.normalized === mine[0].reading)?.text ?? mine[0].reading;
      s.departures.push({ id: g.id, kind: g.kind, label: g.label, reading, consensus: g.consensus ?? "" });
    }
  }
  for (const s of byStory.values()) s.divergence = s.compared ? s.departures.length / s.compared : 0;
  return [...byStory.values()];
}
