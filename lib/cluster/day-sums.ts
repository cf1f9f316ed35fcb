// A cluster's member vectors summed per distinct set of event days: one time factor applies to all
// members with the same days, so an article's summed time-weighted similarity to the members is a
// few dot products (one per day set), not one per member.

import { dayGap, timeFactor } from "./time";
import { cosine, type Vector } from "./weights";

interface DayGroup {
  days: readonly number[];
  /** sum of the members' vectors: its dot product with a vector is their summed cosine */
  sum: Vector;
  count: number;
}

export class DaySums {
  private readonly groups = new Map<string, DayGroup>();

  add(v: Vector, days: readonly number[]): void {
    this.update(v, days, 1);
  }

  remove(v: Vector, days: readonly number[]): void {
    this.update(v, days, -1);
  }

  /** The summed time-weighted similarity of a vector to the members (a member's own vector included). */
  similarity(v: Vector, days: readonly number[], halfLifeDays: number): number {
    let sum = 0;
    for (const g of this.groups.values()) sum += cosine(v, g.sum) * timeFactor(dayGap(days, g.days), halfLifeDays);
    return sum;
  }

  /** The summed cosine of a vector to the members, without the time factor. */
  cosine(v: Vector): number {
    let sum = 0;
    for (const g of this.groups.values()) sum += cosine(v, g.sum);
    return sum;
  }

  private update(v: Vector, days: readonly number[], sign: 1 | -1): void {
    const key = days.join(",");
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { days, sum: new Map(), count: 0 }));
    group.count += sign;
    if (group.count === 0) {
      this.groups.delete(key);
      return;
    }
    for (const [term, w] of v) group.sum.set(term, (group.sum.get(term) ?? 0) + sign * w);
  }
}
