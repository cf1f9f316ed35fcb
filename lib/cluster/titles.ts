// A page the body similarity leaves alone (a headline-only page, a one-line brief, a teaser) can
// still name its story in its title. It joins the story whose titles its title matches strongly,
// when no other story comes close; a title that matches nothing, or several stories about as well
// (a gallery, a site index, a round-up), leaves it alone.

import type { Prepared } from "./similarity";
import type { ClusterOptions } from "./types";
import { dayGap, timeFactor } from "./time";
import { cosine, type DocumentFrequencies, type Vector, weightVector } from "./weights";

/** The best story must beat the second best by this factor: a page that fits two stories fits neither. */
export const TITLE_MARGIN = 2;

interface Target {
  group: number[];
  titles: Vector;
  days: number[];
}

/**
 * Groups (lists of item indices) after lone items have joined the story their title names; only
 * groups of two or more receive, so two lone pages never make a story by their titles alone.
 */
export function attachByTitle(groups: number[][], prepared: readonly Prepared[], df: DocumentFrequencies, opts: Pick<ClusterOptions, "titleMatch" | "halfLifeDays">): number[][] {
  const title = (i: number) => weightVector(prepared[i].titleTerms, df);
  const targets: Target[] = [];
  const byTerm = new Map<string, number[]>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const titles: Vector = new Map();
    for (const i of group) for (const [t, w] of title(i)) titles.set(t, (titles.get(t) ?? 0) + w);
    const norm = Math.sqrt([...titles.values()].reduce((s, w) => s + w * w, 0));
    for (const [t, w] of titles) titles.set(t, w / norm);
    const days = [...new Set(group.flatMap((i) => prepared[i].days))].sort((a, b) => a - b);
    for (const t of titles.keys()) {
      const list = byTerm.get(t);
      if (list) list.push(targets.length);
      else byTerm.set(t, [targets.length]);
    }
    targets.push({ group: [...group], titles, days });
  }
  const alone: number[][] = [];
  for (const group of groups) {
    if (group.length !== 1) continue;
    const i = group[0];
    const v = title(i);
    let [best, second, target] = [0, 0, -1];
    for (const k of new Set([...v.keys()].flatMap((t) => byTerm.get(t) ?? []))) {
      const score = cosine(v, targets[k].titles) * timeFactor(dayGap(prepared[i].days, targets[k].days), opts.halfLifeDays);
      if (score > best) [second, best, target] = [best, score, k];
      else if (score > second) second = score;
    }
    if (target >= 0 && best >= opts.titleMatch && best >= TITLE_MARGIN * second) targets[target].group.push(i);
    else alone.push(group);
  }
  return [...targets.map((t) => t.group.sort((a, b) => a - b)), ...alone];
}
