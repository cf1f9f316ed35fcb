// Discrepancies found on evidence: a typed value of one outlet is compared only with the value of
// the same dimension, in another outlet's article, that it pairs with best (mutual best pairs by
// the rarity-weighted words nearest each value and the similarity of the two whole sentences).
// Conflicting pairs that share a mention are one discrepancy; each side lists the sentences that
// give its value, as written. Confidence weighs the alignment and how near the two values are.

import type { Claim } from "../../analysis/types";
import type { GroupResult } from "../analyze";
import type { StoryContext } from "../context";
import { hash, slug, splitSentences } from "../../analysis/text";
import { claimRef, type ClaimGroup, type DiscrepancyKind, type Reading, type StoryArticleInput } from "../types";
import { compared, compatible, dateGrain, mentionsOf, type Mention, type MentionType } from "./mentions";
import { daysBetween, spread } from "./values";
import { indexPassages, type Passage, type PassageIndex } from "./passages";
import { describeSide } from "../attribution";
import { measuredRelation } from "./measured";
import { loneVariant, type NameRun } from "./names";

const LINK = /https?:\/\/|www\.|pic\.twitter\.com|\bt\.co\//i;

/** Below this overlap of their surrounding words two values are not taken to be of one thing. */
export const CONTEXT_MIN = 0.1;
/** Overlap at which two values one article gives are taken to be of the same thing. */
const SAME_THING = 0.3;
/** Share of the words right around two values in their pairing score; the rest is whole-sentence similarity. */
const CONTEXT_SHARE = 0.7;
/** Added to the overlap when two values name the same thing they measure ("a 400-pound bear", "revenue of $2 billion"). */
const HEAD_BONUS = 0.3;
/** Added when the same word stands right before both values. */
const BEFORE_BONUS = 0.15;

interface Node {
  id: number;
  passage: Passage;
  mention: Mention;
}

interface Edge {
  x: Node;
  y: Node;
  /** rarity-weighted overlap of the words around the two values, in [0, 1] */
  similarity: number;
  /** the same for the two whole sentences */
  sentence: number;
}

const KIND: Record<MentionType, DiscrepancyKind> = { number: "number_conflict", date: "date_conflict", time: "date_conflict", place: "detail_conflict", act: "detail_conflict", category: "detail_conflict", name: "detail_conflict" };
/**
 * How much a conflict of each value type says on its own, before its evidence is weighed. Two
 * times conflict only when both give the same local clock reading, which ties them to one moment.
 */
const PRIOR: Record<MentionType, number> = { number: 0.45, date: 0.35, time: 0.45, place: 0.5, act: 0.45, category: 0.45, name: 0.5 };
/** A year or a month written out is as telling as a number; days are more often of different events. */
const WRITTEN_PERIOD_PRIOR = 0.45;
const TANGLED_PENALTY = 0.25;
/**
 * A weaker date conflict left out of a dispute (it would add a third value) still tangles it when
 * it is aligned at least this share as well as the dispute's best conflict. Swept on the dev
 * stories: 0.3 finds nothing more; 0.4 and 0.45 one more, no false flag; 0.6 three false flags.
 */
const RIVAL_SHARE = 0.4;
/** A chain of more dates than this is many facts mixed up: it is not rebuilt, and stays tangled. */
const UNTANGLED_MAX = 30;

export function findEvidenceConflicts(articles: StoryArticleInput[], ctx: StoryContext): GroupResult[] {
  const published = new Map(articles.map((a) => [a.id, a.publishedAt?.slice(0, 10) ?? null]));
  const sentences = articles.flatMap(sentencesOf);
  const index = indexPassages(sentences);
  const nodesOf = new Map<number, Node[]>();
  const nodes: Node[] = [];
  for (const p of index.passages) {
    const list = mentionsOf(p.text, sentences[p.i].claims).map((mention) => ({ id: nodes.length, passage: p, mention }))
      .map((n, k) => ({ ...n, id: nodes.length + k }));
    nodes.push(...list);
    nodesOf.set(p.i, list);
  }

  const stated = new Map<string, Node[]>();
  for (const n of nodes) {
    const k = `${n.passage.articleId}\u0000${n.mention.dimension}`;
    (stated.get(k) ?? stated.set(k, []).get(k)!).push(n);
  }
  const named = new Map<string, NamedAs[]>();
  for (const n of nodes) {
    if (n.mention.type !== "name") continue;
    const k = n.mention.dimension;
    (named.get(k) ?? named.set(k, []).get(k)!).push({ articleId: n.passage.articleId, outlet: n.passage.outlet, last: n.mention.name! });
  }
  const world: World = { published, stated, named };
  const { conflicts, agreements } = pairMentions(nodes, index, world);
  const reported = new Map(articles.map((a) => [a.id, a.publishedAt ? Date.parse(a.publishedAt) : NaN]));
  return components(conflicts, agreements).map((c) => toGroup(c, ctx, reported));
}

interface ArticleSentence {
  articleId: string;
  outlet: string;
  /** exactly as the article wrote it */
  text: string;
  claims: Claim[];
}

/**
 * An article's sentences: those its claims stand in, then (when the body is given) every other
 * sentence of the body, since a place or a detail may stand in a sentence with no claim.
 */
function sentencesOf(a: StoryArticleInput): ArticleSentence[] {
  const bySentence = new Map<string, Claim[]>();
  for (const c of a.claims) (bySentence.get(c.sentence) ?? bySentence.set(c.sentence, []).get(c.sentence)!).push(c);
  const out: ArticleSentence[] = [...bySentence].map(([text, claims]) => ({ articleId: a.id, outlet: a.outlet, text, claims }));
  const covered = [...bySentence.keys()];
  for (const line of (a.body ?? "").split("\n")) {
    for (const seg of splitSentences(line)) {
      if (!covered.some((c) => c.includes(seg.text) || seg.text.includes(c))) out.push({ articleId: a.id, outlet: a.outlet, text: seg.text, claims: [] });
    }
  }
  // embed credit lines ("pic.twitter.com/... — Name (@handle) May 12, 2011") report nothing
  return out.filter((s) => !LINK.test(s.text));
}

/** What the whole story says, for judging one pair: articles' dates, and every value each article states. */
interface World {
  published: Map<string, string | null>;
  /** `${articleId}\0${dimension}` -> the article's mentions of that dimension */
  stated: Map<string, Node[]>;
  /** name dimension -> the last word each article gives it */
  named: Map<string, NamedAs[]>;
}

type NamedAs = Pick<NameRun, "last"> & { articleId: string; outlet: string };

/**
 * Each value is paired, in every other outlet's article, with the value of the same dimension
 * whose surrounding words it shares most (rarity-weighted); only a mutual best pair counts. A pair
 * of incompatible values is a conflict when its words overlap enough to be about one thing.
 */
function pairMentions(nodes: Node[], index: PassageIndex, world: World): { conflicts: Edge[]; agreements: Edge[] } {
  // each value's context weight once, and each pair of sentences' similarity once: a wire story
  // repeated in hundreds of articles pairs the same sentences over and over
  const weights = new Map(nodes.map((n) => [n.id, [...n.mention.context].reduce((s, [t, w]) => s + index.idf(t) * w, 0)]));
  const similar = new Map<number, number>();
  const sentenceSimilarity = (a: number, b: number) => {
    const k = a < b ? a * index.passages.length + b : b * index.passages.length + a;
    let v = similar.get(k);
    if (v === undefined) similar.set(k, (v = index.similarity(a, b)));
    return v;
  };
  const postings = new Map<string, Node[]>();
  // blocking keys: the words around a value, and the noun it measures
  const measured = (n: Node) => !!n.mention.head && n.mention.dimension !== `count:${n.mention.head}`;
  const keysOf = (n: Node) => [...n.mention.context.keys(), ...(measured(n) ? [`\u0001${n.mention.head}`] : [])]
    .map((t) => `${n.mention.dimension}\u0000${t}`);
  for (const n of nodes) {
    for (const k of keysOf(n)) (postings.get(k) ?? postings.set(k, []).get(k)!).push(n);
  }
  // each value's context as idf-weighted square roots: the overlap of two is then a dot product
  const vectors = new Map(nodes.map((n) => [n.id, new Map([...n.mention.context].map(([t, w]) => [t, Math.sqrt(index.idf(t) * w)]))]));
  const sameMeasure = (x: Node, y: Node) => !!x.mention.measure && !!y.mention.measure && measuredRelation(x.mention.measure, y.mention.measure) === "same";
  // two times given with the same local clock reading ("9:14 a.m.") are told of one moment
  const sameLocalTime = (x: Node, y: Node) => x.mention.time?.local != null && x.mention.time.local === y.mention.time?.local;
  const score = (x: Node, y: Node) => {
    let shared = 0;
    const vy = vectors.get(y.id)!;
    for (const [t, u] of vectors.get(x.id)!) {
      const v = vy.get(t);
      if (v !== undefined) shared += u * v;
    }
    const denom = Math.sqrt(weights.get(x.id)! * weights.get(y.id)!) || 1;
    // a measure of the same named thing ("a 350-pound bear", "the 300-pound bear"), or an amount of
    // the same listed thing ("payload -- 22,000 pounds", "25,000 pounds of cargo"), is one slot
    // ... as is a city said of the same thing ("the market in X", "the X market")
    const sameHead = (measured(x) && x.mention.head === y.mention.head) || sameMeasure(x, y) || sameLocalTime(x, y)
      || (x.mention.dimension === "city" && compared(x.mention, y.mention));
    // the same word right before both values ("rose 8ft", "rose 6 to 9 feet"): said the same way
    const sameBefore = !!x.mention.before && x.mention.before === y.mention.before;
    const context = shared / denom + (sameHead ? HEAD_BONUS : 0) + (sameBefore ? BEFORE_BONUS : 0);
    // two sentences that report the same event in many of the same rare words vouch for their values
    return Math.min(1, CONTEXT_SHARE * context + (1 - CONTEXT_SHARE) * sentenceSimilarity(x.passage.i, y.passage.i));
  };
  // a value said in the same words of the same sentence (wire copy reprinted) scores alike: once per form
  const formIds = new Map<string, number>();
  const formOf = nodes.map((n) => {
    const k = `${n.mention.dimension}\u0000${n.mention.text}\u0000${n.passage.text}`;
    return formIds.get(k) ?? formIds.set(k, formIds.size).get(k)!;
  });
  const scored = new Map<number, number>();
  const formScore = (x: Node, y: Node) => {
    const k = formOf[x.id] * formIds.size + formOf[y.id];
    let v = scored.get(k);
    if (v === undefined) scored.set(k, (v = score(x, y)));
    return v;
  };
  const shares = (x: Node, words: string[], y: Node) => (measured(x) && x.mention.head === y.mention.head) || words.some((t) => y.mention.context.has(t));
  const byDimension = new Map<string, Node[]>();
  for (const n of nodes) (byDimension.get(n.mention.dimension) ?? byDimension.set(n.mention.dimension, []).get(n.mention.dimension)!).push(n);
  // the best partner of each value in each other outlet's article, ranked by the words' score;
  // among amounts of the same measured thing ("a loss") the nearer value first: of two figures of
  // one kind, the near one is likelier the same quantity (see nearness). The rank only picks
  // partners: the score alone weighs the pair
  const best = new Map<number, Map<string, { node: Node; score: number; rank: number }>>();
  const stamp = new Int32Array(nodes.length);
  // amounts of two different measured things ("a loss", "revenue") are two figures, never one disputed
  // ... as are shares of two named wholes ("28 percent of voters", "31 percent of donors")
  const twoThings = (x: Node, y: Node) => (!!x.mention.measure && !!y.mention.measure && measuredRelation(x.mention.measure, y.mention.measure) === "different")
    || (x.mention.dimension === "percent" && !!x.mention.head && !!y.mention.head && x.mention.head !== y.mention.head)
    // ... and figures of two measures of one thing ("an effective rate", "the rate"; "median", "average")
    || (x.mention.type === "number" && (x.mention.definers ?? "") !== (y.mention.definers ?? ""));
  for (const x of nodes) {
    const perArticle = new Map<string, { node: Node; score: number; rank: number }>();
    const all = byDimension.get(x.mention.dimension)!;
    const lists = keysOf(x).map((k) => postings.get(k) ?? []);
    // a word around most values of the dimension blocks nothing: then every value that shares a
    // word is a candidate, found in one pass over the dimension instead of one per word
    const wide = lists.some((l) => l.length * 2 >= all.length);
    const words = [...x.mention.context.keys()];
    const candidates = wide ? [all.filter((y) => shares(x, words, y))] : lists;
    for (const list of candidates) {
      for (const y of list) {
        if (stamp[y.id] === x.id + 1 || y.passage.outlet === x.passage.outlet) continue;
        stamp[y.id] = x.id + 1;
        if (twoThings(x, y) || !compared(x.mention, y.mention)) continue;
        const sc = formScore(x, y);
        const rank = sc + (sameMeasure(x, y) ? nearness(x.mention, y.mention) : 0);
        const cur = perArticle.get(y.passage.articleId);
        if (!cur || rank > cur.rank || (rank === cur.rank && y.id < cur.node.id)) perArticle.set(y.passage.articleId, { node: y, score: sc, rank });
      }
    }
    best.set(x.id, perArticle);
  }
  const conflicts: Edge[] = [];
  const agreements: Edge[] = [];
  for (const x of nodes) {
    for (const { node: y, score: sc } of best.get(x.id)!.values()) {
      if (y.id < x.id || best.get(y.id)?.get(x.passage.articleId)?.node.id !== x.id || sc < CONTEXT_MIN) continue;
      const e: Edge = { x, y, similarity: sc, sentence: sentenceSimilarity(x.passage.i, y.passage.i) };
      if (compatible(x.mention, y.mention)) agreements.push(e);
      else if (isConflict(e, world, score)) conflicts.push(e);
    }
  }
  // a capital described, not named, that its best-aligned partners name as its own city is not
  // disputed by a partner it aligns with less well: that one is mostly of another place of the story
  const agreed = new Map<number, number>();
  for (const e of agreements) for (const n of [e.x, e.y]) if (n.mention.described) agreed.set(n.id, Math.max(agreed.get(n.id) ?? 0, e.similarity));
  return { conflicts: conflicts.filter((e) => ![e.x, e.y].some((n) => (agreed.get(n.id) ?? 0) > e.similarity)), agreements };
}

/** Days between two YYYY-MM-DD dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Within this many days of its article's date, a date is that article's news of the day. */
const NEWS_DAYS = 3;

function isConflict(e: Edge, world: World, score: (a: Node, b: Node) => number): boolean {
  const [x, y] = [e.x, e.y];
  const dim = x.mention.dimension;
  // two zoned times are one moment placed differently only when both give the same local clock
  // reading ("9:14 a.m. (0114 GMT)", "9:14 a.m. PST"); a story's other times are mostly other moments
  if (x.mention.type === "time") return x.mention.time!.local !== null && x.mention.time!.local === y.mention.time!.local;
  // an article that also gives the other value, of the same thing, reports both figures (an
  // update, or two figures it tells apart), not another one; two cities of one sentence are two
  // places of it ("flights from Lyon to Nice"), not one place given twice
  const states = (own: Node, other: Node) =>
    (world.stated.get(`${own.passage.articleId}\u0000${dim}`) ?? [])
      .some((o) => o !== own && compatible(o.mention, other.mention) && score(o, own) >= SAME_THING && !(dim === "city" && o.passage.i === own.passage.i));
  if (states(y, x) || states(x, y)) return false;
  // a running figure read at the moment of writing (a price "on the day so far") is not disputed by another moment's
  if (x.mention.moment || y.mention.moment) return false;
  // a count over a span up to a date and a count of that day are of different sets of days
  if (!!x.mention.cumulative !== !!y.mention.cumulative) return false;
  // a name one article alone gives otherwise than several other outlets: misgiven, not two names
  if (x.mention.type === "name") {
    const stated = world.named.get(dim) ?? [];
    const as = (n: Node) => ({ articleId: n.passage.articleId, outlet: n.passage.outlet, last: n.mention.name! });
    return loneVariant(as(x), y.mention.name!, stated) || loneVariant(as(y), x.mention.name!, stated);
  }
  const published = world.published;
  if (x.mention.type === "date") {
    // "2016" against "late March", "1998" against "August 29": different grains are mostly different events
    if (dateGrain(x.mention.date!) !== dateGrain(y.mention.date!)) return false;
    // the dates of two quotes that share no word are two moments of speech, not one misdated
    const [qx, qy] = [x.mention.quoted, y.mention.quoted];
    if (qx && qy && !qx.some((w) => qy.includes(w))) return false;
    // articles days apart that each date their own day's news report two events, not one
    const px = published.get(x.passage.articleId);
    const py = published.get(y.passage.articleId);
    const own = (n: Node, p: string | null | undefined) => !!p && daysApart(n.mention.date!.date, p) <= NEWS_DAYS;
    if (px && py && daysApart(px, py) > NEWS_DAYS && own(x, px) && own(y, py)) return false;
  }
  return true;
}

interface Component {
  nodes: Node[];
  conflicts: Edge[];
  /** a date conflict about as well aligned as its own was left out: several dates mixed up */
  tangled?: boolean;
}

/**
 * Conflicting mentions linked into one fact. Two disputes joined by an agreeing pair are one fact
 * told in several sentences, when together they still give only two values; agreeing mentions one
 * hop away join their side.
 */
function components(conflicts: Edge[], agreements: Edge[]): Component[] {
  const parent = new Map<number, number>();
  const members = new Map<number, Node[]>();
  const find = (i: number): number => {
    let r = i;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  const has = (n: Node) => members.has(find(n.id));
  const union = (a: Node, b: Node) => {
    for (const n of [a, b]) if (!has(n)) members.set(find(n.id), [n]);
    const [ra, rb] = [find(a.id), find(b.id)];
    if (ra === rb) return;
    const [keep, drop] = [Math.min(ra, rb), Math.max(ra, rb)];
    parent.set(drop, keep);
    members.set(keep, [...members.get(keep)!, ...members.get(drop)!]);
    members.delete(drop);
  };
  // a tangled date dispute is rebuilt from its best-aligned conflicts first: a story's other dates,
  // weakly aligned, are mostly other events, and a conflict that would add a third value is left out
  const isDate = (e: Edge) => e.x.mention.type === "date";
  const kept: Edge[] = [];
  const left: Edge[] = [];
  for (const chain of [conflicts.filter((e) => !isDate(e)), ...chains(conflicts.filter(isDate))]) {
    const nodes = [...new Set(chain.flatMap((e) => [e.x, e.y]))];
    if (!chain.length || !isDate(chain[0]) || nodes.length > UNTANGLED_MAX || sidesOf(nodes).length <= 2) {
      for (const e of chain) union(e.x, e.y);
      kept.push(...chain);
      continue;
    }
    for (const e of [...chain].sort((a, b) => b.similarity - a.similarity)) {
      const around = (n: Node) => (has(n) ? members.get(find(n.id))! : [n]);
      const joined = has(e.x) && has(e.y) && find(e.x.id) === find(e.y.id) ? around(e.x) : [...around(e.x), ...around(e.y)];
      if (sidesOf(joined).length > 2) left.push(e);
      else {
        kept.push(e);
        union(e.x, e.y);
      }
    }
  }
  for (const e of agreements) {
    if (!has(e.x) || !has(e.y) || find(e.x.id) === find(e.y.id)) continue;
    if (sidesOf([...members.get(find(e.x.id))!, ...members.get(find(e.y.id))!]).length <= 2) union(e.x, e.y);
  }
  for (const e of agreements) if (has(e.x) !== has(e.y)) union(e.x, e.y);
  // the same dispute told in other sentences of the same articles (a lede and a later paragraph)
  // candidate pairs are the disputes that share articles, found through an index by article
  const shared = new Map<string, number>();
  const byArticle = new Map<string, number[]>();
  for (const [r, ns] of members) {
    for (const id of new Set(ns.map((n) => `${n.mention.dimension}\u0000${n.passage.articleId}`))) {
      (byArticle.get(id) ?? byArticle.set(id, []).get(id)!).push(r);
    }
  }
  for (const rs of byArticle.values()) {
    for (let i = 0; i < rs.length; i++) {
      for (let j = i + 1; j < rs.length; j++) {
        const k = rs[i] < rs[j] ? `${rs[i]},${rs[j]}` : `${rs[j]},${rs[i]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  for (const [k, count] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count < 2) continue;
    const [a, b] = k.split(",").map((x) => members.get(find(Number(x))));
    if (a && b && a !== b && sidesOf([...a, ...b]).length <= 2) union(a[0], b[0]);
  }
  const out = new Map<number, Component>();
  for (const [r, nodes] of members) out.set(r, { nodes, conflicts: [] });
  for (const e of kept) out.get(find(e.x.id))!.conflicts.push(e);
  for (const e of left) {
    for (const n of [e.x, e.y]) {
      const c = has(n) ? out.get(find(n.id)) : undefined;
      if (c && e.similarity >= RIVAL_SHARE * Math.max(...c.conflicts.map((k) => k.similarity))) c.tangled = true;
    }
  }
  return [...out.values()];
}

/** Conflicts linked by shared mentions, each chain in the order given. */
function chains(edges: Edge[]): Edge[][] {
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    while (parent.has(i) && parent.get(i) !== i) i = parent.get(i)!;
    return i;
  };
  for (const e of edges) {
    const [a, b] = [find(e.x.id), find(e.y.id)];
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const out = new Map<number, Edge[]>();
  for (const e of edges) (out.get(find(e.x.id)) ?? out.set(find(e.x.id), []).get(find(e.x.id))!).push(e);
  return [...out.values()];
}

/**
 * Sides: mentions partitioned into classes of mutually compatible values, largest first: by
 * independent sources when `independent` is given (reprints of one text are one voice), then outlets.
 */
function sidesOf(nodes: Node[], independent: (articleIds: string[]) => number = () => 0): Node[][] {
  const sorted = [...nodes].sort((a, b) => a.id - b.id);
  const sides: Node[][] = [];
  for (const n of sorted) {
    const fit = sides.find((s) => s.every((o) => compatible(o.mention, n.mention)));
    if (fit) fit.push(n);
    else sides.push([n]);
  }
  const outlets = (s: Node[]) => new Set(s.map((n) => n.passage.outlet)).size;
  const sources = (s: Node[]) => independent(s.map((n) => n.passage.articleId));
  return sides.sort((a, b) => sources(b) - sources(a) || outlets(b) - outlets(a) || a[0].id - b[0].id);
}

/**
 * A running total (the dead, the injured) that only rises from the earlier reports to the later
 * ones: the figure was updated as the news went on, not disputed.
 */
function isUpdate(sides: Node[][], reported: Map<string, number>): boolean {
  if (sides.length !== 2 || !sides.flat().every((n) => n.mention.tally)) return false;
  const [low, high] = [...sides].sort((a, b) => a[0].mention.number!.lo - b[0].mention.number!.lo);
  const times = (ns: Node[]) => ns.map((n) => reported.get(n.passage.articleId) ?? NaN);
  const [lowT, highT] = [times(low), times(high)];
  if ([...lowT, ...highT].some(Number.isNaN)) return false;
  return Math.max(...lowT) < Math.min(...highT);
}

function toGroup(c: Component, ctx: StoryContext, reported: Map<string, number>): GroupResult {
  const sides = sidesOf(c.nodes, (ids) => ctx.independent(ids));
  const type = c.nodes[0].mention.type;
  const dimension = c.nodes[0].mention.dimension;
  const ids = (ns: Node[]) => [...new Set(ns.map((n) => n.passage.articleId))].sort();
  const refOf = (n: Node) => (n.mention.claimId ? [claimRef(n.passage.articleId, n.mention.claimId)] : []);

  // one reading per distinct sentence: the outlet's own words, where the value stands
  const readings: Reading[] = [];
  const bySentence = new Map<string, Node[]>();
  for (const n of c.nodes) (bySentence.get(n.passage.text) ?? bySentence.set(n.passage.text, []).get(n.passage.text)!).push(n);
  for (const [text, ns] of bySentence) {
    readings.push({ text, normalized: ns[0].mention.text.toLowerCase(), articleIds: ids(ns), claimIds: ns.flatMap(refOf) });
  }
  const label = labelOf(type, dimension, c.nodes);
  // stable: what the fact is about and the values given, never article ids or order
  const values = [...new Set(c.nodes.map((n) => n.mention.text.toLowerCase()))].sort();
  const key = `evidence:${type}:${slug(dimension)}:${hash(values.join("\u0000"))}`;
  const group: ClaimGroup = {
    key, kind: type === "date" || type === "time" ? "date" : "number", label,
    members: c.nodes.filter((n) => n.mention.claimId).map((n) => ({ articleId: n.passage.articleId, claimId: n.mention.claimId!, reading: n.mention.text.toLowerCase() })),
    readings,
    consensus: sides.length > 1 && ctx.independent(ids(sides[0])) > ctx.independent(ids(sides[1])) ? sides[0][0].mention.text : null,
  };
  const update = isUpdate(sides, reported);
  const told = (s: Node[]) => describeSide(s.map((n) => ({ articleId: n.passage.articleId, stretches: [n.mention.text] })), ctx);
  const summary = update
    ? `${label}: the figure rose as reports came in, ` + [...sides].sort((a, b) => a[0].mention.number!.lo - b[0].mention.number!.lo)
      .map(told).join(", then ")
    : `${label}: ` + sides.map(told).join(" vs ");
  const departures = new Set(group.consensus ? sides.slice(1).flatMap(ids) : []);
  return {
    group,
    anchor: values[0] ?? "",
    departures,
    discrepancies: [{
      key: "", groupKey: "", kind: update ? "figure_update" : KIND[type],
      severity: update ? "info" : type === "number" || type === "date" || type === "time" ? "minor" : "major", summary,
      confidence: confidenceOf(type, c, sides, (ns) => ctx.independent(ns.map((n) => n.passage.articleId))),
      readings: readings.map((r) => ({ text: r.text, articleIds: r.articleIds, claimIds: r.claimIds })),
      differing: sides.map((s) => ({ articleIds: ids(s), words: [...new Set(s.map((n) => n.mention.text))] })),
    }],
  };
}

/**
 * Confidence in [0, 1] from the evidence: how closely the conflicting sentences align, whether the
 * two values are said of the same words, and how many independent sources stand on each side.
 */
function confidenceOf(type: MentionType, c: Component, sides: Node[][], sources: (ns: Node[]) => number): number {
  const best = Math.max(...c.conflicts.map((e) => e.similarity));
  const sentence = Math.max(...c.conflicts.map((e) => e.sentence));
  const support = sides.length >= 2 && sources(sides[1]) >= 2 ? 0.05 : 0;
  // three or more values chained together are several facts mixed up, not one disputed fact
  const tangled = sides.length > 2 || c.tangled ? TANGLED_PENALTY : 0;
  const align = Math.min(1, (best - CONTEXT_MIN) / (0.7 - CONTEXT_MIN));
  const near = Math.max(...c.conflicts.map((e) => nearness(e.x.mention, e.y.mention)));
  const written = type === "date" && c.conflicts.every((e) => [e.x, e.y].every((n) => n.mention.date!.reference === "none" && n.mention.date!.granularity !== "day"));
  const prior = written ? WRITTEN_PERIOD_PRIOR : PRIOR[type];
  return round2(Math.max(0, Math.min(1, prior + 0.3 * align + 0.2 * Math.min(1, sentence / 0.5) + near + support - tangled)));
}

/** Spread of two numbers (ratio) that reads as one quantity misreported. */
const NEAR_RATIO = 1.4;
const FAR_RATIO = 2.5;
/** Dates: near within two steps of their grain (years, months, days), far beyond six. */
const NEAR_STEPS = 2;
const FAR_STEPS = 6;
const STEP_DAYS: Record<string, number> = { year: 365.25, month: 30.44, day: 1 };
const NEARNESS = 0.1;
const FARNESS = 0.25;

/**
 * Two values of one fact that disagree mostly disagree by a little (7 and 8, 2010 and 2011, $4.2bn
 * and $4.5bn); values far apart are mostly of two different things. Day dates resolved from
 * weekdays or relative words ("on Friday", "a day earlier") are often of different days' events.
 */
function nearness(a: Mention, b: Mention): number {
  if (a.type === "number") {
    const r = spread(a.number!, b.number!);
    return r <= NEAR_RATIO ? NEARNESS : r > FAR_RATIO ? -FARNESS : 0;
  }
  if (a.type === "date") {
    const [x, y] = [a.date!, b.date!];
    if (x.granularity === "day" && (x.reference !== "none" || y.reference !== "none")) return -NEARNESS;
    const steps = daysBetween(x, y) / STEP_DAYS[dateGrain(x)!];
    return steps <= NEAR_STEPS ? NEARNESS : steps > FAR_STEPS ? -FARNESS : 0;
  }
  return 0;
}

/** What a measure of a named thing is called: "Weight of the bear", "Length" when nothing is named. */
const MEASURE_NAME: Record<string, string> = { mass: "Weight", length: "Length", area: "Area", volume: "Volume", speed: "Speed", age: "Age", percent: "Share" };

/** The most common value of `pick` over the nodes, first seen on ties; with `share`, only one that that share of nodes give. */
function mostCommon(nodes: Node[], pick: (n: Node) => string | null | undefined, share = 0): string | null {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const v = pick(n)?.trim();
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)!) best = v;
  return best !== null && counts.get(best)! >= share * nodes.length ? best : null;
}

/** A label a person can read: what the value is of, in the articles' own terms where they give them. */
function labelOf(type: MentionType, dimension: string, nodes: Node[]): string {
  if (type === "place") return dimension === "city" ? "In which city" : "Where it happened (named waters)";
  if (type === "time") return "What time it happened";
  if (type === "act") return "What blows were dealt";
  if (type === "category") return `What ${nodes[0].mention.head} is`;
  if (type === "name") return `Name of the ${nodes[0].mention.text.split(" ").slice(0, -1).join(" ")} …`;
  if (type === "date") {
    const event = mostCommon(nodes, (n) => n.mention.date?.event);
    return event ? `When: ${event}` : "When it happened";
  }
  const [kind, what] = dimension.split(":");
  // a noun only some of the values are said of would name the wrong thing
  const head = mostCommon(nodes, (n) => n.mention.head ?? n.mention.measure, 0.5);
  if (kind === "count") return `How many ${what}`;
  if (kind === "rank") return `Which ${what} in the series`;
  if (kind === "money") return head ? `Amount of the ${head} (${what})` : `Amount (${what})`;
  const name = MEASURE_NAME[kind] ?? kind[0].toUpperCase() + kind.slice(1);
  return head ? `${name} of the ${head}` : name;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
