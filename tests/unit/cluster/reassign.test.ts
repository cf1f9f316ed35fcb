// Reassignment after agglomeration: an article moves to the cluster whose centroid it fits better
// than its own cluster's without it, when that cluster is close enough for a merge; otherwise
// nothing moves. Vectors are built with known cosines: a story's members share a story axis with
// weight sqrt(c) (pairwise cosine c), and the article's cosine with a member is its weight on that
// axis times sqrt(c).
import { test } from "node:test";
import assert from "node:assert/strict";
import { reassign, type Neighbour, type Placed } from "../../../lib/cluster/reassign";
import { DaySums } from "../../../lib/cluster/day-sums";
import { DEFAULT_OPTIONS, similarity } from "../../../lib/cluster/similarity";
import type { Vector } from "../../../lib/cluster/weights";

const opts = DEFAULT_OPTIONS;

/** A unit vector from weights on named axes, the rest of its length on an axis of its own. */
function vector(own: string, axes: Record<string, number>): Vector {
  const v: Vector = new Map(Object.entries(axes));
  const rest = 1 - [...v.values()].reduce((s, w) => s + w * w, 0);
  if (rest > 1e-12) v.set(own, Math.sqrt(rest));
  return v;
}

/** `size` members of one story, pairwise cosine `cohesion`. */
const story = (name: string, size: number, cohesion: number, days: number[] = [0]): Placed[] =>
  Array.from({ length: size }, (_, k) => ({ vector: vector(`${name}${k}`, { [name]: Math.sqrt(cohesion) }), days, stub: false }));

/** The article: cosine `toA` with each member of story A (cohesion `a`), `toB` with each of B (cohesion `b`). */
const article = (toA: number, a: number, toB: number, b: number, extra: Partial<Placed> = {}): Placed => ({
  vector: vector("x", { A: toA / Math.sqrt(a), ...(toB > 0 ? { B: toB / Math.sqrt(b) } : {}) }),
  days: [0],
  stub: false,
  ...extra,
});

/** Every pair compared, as blocking would give with enough keys. */
function neighbours(items: readonly Placed[]): Neighbour[][] {
  return items.map((x, i) =>
    items.flatMap((y, j) => {
      const sim = j === i ? 0 : similarity(x.vector, x.days, y.vector, y.days, opts.halfLifeDays);
      return sim > 0 ? [{ item: j, sim }] : [];
    }),
  );
}

// items 0-2: story A, 3-5: story B, 6: the article, placed in A's cluster by the agglomeration
const IN_A = [[0, 1, 2, 6], [3, 4, 5]];
const TO_B = [[0, 1, 2], [3, 4, 5, 6]];

const CASES: { name: string; items: Placed[]; groups: number[][]; options?: Partial<typeof opts>; expected: number[][] }[] = [
  {
    name: "alike to both on average, it moves to the loose storyline: it fits its centroid better than the tight story's",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25), article(0.3, 0.81, 0.3, 0.25)],
    groups: IN_A,
    expected: TO_B,
  },
  {
    name: "a clearly placed article stays (0.6 to its story, 0.25 to the other)",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25), article(0.6, 0.81, 0.25, 0.25)],
    groups: IN_A,
    expected: IN_A,
  },
  {
    name: "two distinct stories stay apart",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25), article(0.6, 0.81, 0, 0.25)],
    groups: IN_A,
    expected: IN_A,
  },
  {
    name: "the same fit half a year later is another event: the time factor keeps it",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25, [183]), article(0.3, 0.81, 0.3, 0.25)],
    groups: IN_A,
    expected: IN_A,
  },
  {
    name: "a stub never moves",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25), article(0.3, 0.81, 0.3, 0.25, { stub: true })],
    groups: IN_A,
    expected: IN_A,
  },
  {
    name: "a lone article never moves: the agglomeration found no cluster to join",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.25), article(0.3, 0.81, 0.3, 0.25)],
    groups: [[0, 1, 2], [3, 4, 5], [6]],
    expected: [[0, 1, 2], [3, 4, 5], [6]],
  },
  {
    name: "a cluster whose closest member is below the nearest receives nothing (0.15 < 0.2)",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.04), article(0.12, 0.81, 0.15, 0.04)],
    groups: IN_A,
    expected: IN_A,
  },
  {
    name: "the same with a nearest of 0.1: it moves (0.12 to its story, a better fit to the other)",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.04), article(0.12, 0.81, 0.15, 0.04)],
    groups: IN_A,
    options: { nearest: 0.1 },
    expected: TO_B,
  },
  {
    name: "a cluster below the threshold on average receives nothing",
    items: [...story("A", 3, 0.81), ...story("B", 3, 0.04), article(0.12, 0.81, 0.15, 0.04)],
    groups: IN_A,
    options: { nearest: 0.1, threshold: 0.16 },
    expected: IN_A,
  },
];

for (const c of CASES) {
  test(`reassign: ${c.name}`, () => {
    assert.deepEqual(reassign(c.groups, c.items, neighbours(c.items), { ...opts, ...c.options }), c.expected);
  });
}

test("reassign: the first case is one the average similarity cannot decide", () => {
  const items = CASES[0].items;
  const mean = (js: number[]) => js.reduce((s, j) => s + similarity(items[6].vector, [0], items[j].vector, [0], opts.halfLifeDays), 0) / js.length;
  assert.ok(Math.abs(mean([0, 1, 2]) - mean([3, 4, 5])) < 1e-9);
});

test("day sums: summed similarity per day set, members removed exactly", () => {
  const sums = new DaySums();
  const [a, b] = [vector("a", { s: 0.6 }), vector("b", { s: 0.6 })];
  sums.add(a, [0]);
  sums.add(b, [0 + 63]);
  // b is 63 days away: 60 days past the grace period, one half-life
  assert.ok(Math.abs(sums.similarity(a, [0], 60) - (1 + 0.36 * 0.5)) < 1e-12);
  assert.ok(Math.abs(sums.cosine(a) - 1.36) < 1e-12);
  sums.remove(b, [63]);
  assert.ok(Math.abs(sums.similarity(a, [0], 60) - 1) < 1e-12);
  sums.remove(a, [0]);
  assert.equal(sums.similarity(a, [0], 60), 0);
});
