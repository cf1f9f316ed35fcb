// Quote alignment and wording comparison.
// Quotes are split into sentences (the speaker's units), blocked by speaker, linked by shared
// word sequences (3-word shingles, contained sequences), and each group is collated word by word.

import type { QuoteClaim } from "../analysis/types";
import type { StoryContext } from "./context";
import { collate, type Witness } from "./variants";
import { asWritten, bestWording, describeSide } from "./attribution";
import { hash, isContentWord, isNegation, normWord, splitSentences, type Tok, tokenize, words } from "../analysis/text";
import { FUNCTION_WORD_VARIANTS } from "../analysis/lexicons/english";
import { claimRef, type ClaimGroup, type Reading, type Severity, type VariantTable } from "./types";
import type { DraftDiscrepancy, GroupResult } from "./analyze";

export interface QuoteInput {
  articleId: string;
  claim: QuoteClaim;
}

interface Segment {
  articleId: string;
  claimId: string;
  order: number;
  text: string;
  toks: Tok[];
  norm: string;
  speaker: string | null;
  partial: boolean;
  cutStart: boolean;
  cutEnd: boolean;
}

interface Form {
  id: number;
  speaker: string | null;
  norms: string[];
  norm: string;
  segs: Segment[];
  shingles: string[];
}

const SHINGLE = 3;
/** A quote sentence of at most this many words is short: it attaches to one passage that contains it. */
const SHORT_FORM = SHINGLE;
const MIN_RUN = 5;
/** Shared run of words that links two quotes across different speakers. */
const CROSS_SPEAKER_RUN = 8;

class UnionFind {
  p: number[] = [];
  add(): number {
    this.p.push(this.p.length);
    return this.p.length - 1;
  }
  find(x: number): number {
    while (this.p[x] !== x) {
      this.p[x] = this.p[this.p[x]];
      x = this.p[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Longest common contiguous run of two token lists. */
export function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) best = cur[j];
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}

/** Longest common subsequence (words in order, gaps allowed). */
export function longestCommonSubsequence(a: string[], b: string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[b.length];
}

/** Is `small` a contiguous run inside `big`? */
export function containsRun(big: string[], small: string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let k = 0; k < small.length; k++) if (big[i + k] !== small[k]) continue outer;
    return true;
  }
  return false;
}

function shingles(norms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= norms.length; i++) out.push(norms.slice(i, i + SHINGLE).join(" "));
  return [...new Set(out)];
}

/** Two versions are the same passage: one contains the other, or they share a long run or most shingles. */
function strongLink(a: Form, b: Form, shared: number): boolean {
  const [s, l] = a.norms.length <= b.norms.length ? [a, b] : [b, a];
  // a quote of a few words ("I do not know") recurs in many passages: it joins the one that
  // contains it (step 2 of groupQuotes), never bridges two
  if (s.norms.length <= SHORT_FORM) return false;
  const run = longestCommonRun(s.norms, l.norms);
  if (run === s.norms.length) return true;
  if (run >= MIN_RUN) return true;
  // short quotes: most of the shorter one's words in order
  if (s.norms.length <= 12 && longestCommonSubsequence(s.norms, l.norms) >= Math.max(3, Math.ceil(0.7 * s.norms.length))) {
    const sc = s.norms.filter(isContentWord);
    const lc = l.norms.filter(isContentWord);
    if (longestCommonSubsequence(sc, lc) >= Math.max(2, Math.ceil(0.7 * sc.length))) return true;
  }
  return shared >= 2 && shared >= 0.5 * Math.min(a.shingles.length, b.shingles.length);
}

/** One quote claim: its words and the sentence forms it was split into. */
interface Passage {
  articleId: string;
  norms: string[];
  forms: Form[];
}

/** Quotes with the same words are compared once (wire copy repeats a quote in many articles). */
interface DistinctPassage {
  norms: string[];
  forms: Form[];
  articles: Set<string>;
}

function distinctPassages(passages: Passage[]): DistinctPassage[] {
  const byText = new Map<string, DistinctPassage>();
  for (const p of passages) {
    const k = p.norms.join(" ");
    const d = byText.get(k) ?? byText.set(k, { norms: p.norms, forms: [], articles: new Set() }).get(k)!;
    d.articles.add(p.articleId);
    for (const f of p.forms) if (!d.forms.includes(f)) d.forms.push(f);
  }
  return [...byText.values()];
}

/** Pairs of distinct quotes, in different articles, that share a run of CROSS_SPEAKER_RUN words (indexed by that run's first words). */
function samePassages(passages: DistinctPassage[]): [DistinctPassage, DistinctPassage][] {
  const index = new Map<string, number[]>();
  const keyAt = (p: DistinctPassage, i: number) => p.norms.slice(i, i + SHINGLE).join(" ");
  passages.forEach((p, k) => {
    for (let i = 0; i + CROSS_SPEAKER_RUN <= p.norms.length; i++) {
      const key = keyAt(p, i);
      const list = index.get(key) ?? index.set(key, []).get(key)!;
      if (list[list.length - 1] !== k) list.push(k);
    }
  });
  const out: [DistinctPassage, DistinctPassage][] = [];
  const oneArticle = (p: DistinctPassage, q: DistinctPassage) => p.articles.size === 1 && q.articles.size === 1 && [...p.articles][0] === [...q.articles][0];
  const seen = new Set<string>();
  passages.forEach((p, k) => {
    for (let i = 0; i + CROSS_SPEAKER_RUN <= p.norms.length; i++) {
      for (const j of index.get(keyAt(p, i)) ?? []) {
        const q = passages[j];
        const pair = `${k} ${j}`;
        if (j <= k || oneArticle(p, q) || seen.has(pair)) continue;
        seen.add(pair);
        if (longestCommonRun(p.norms, q.norms) >= CROSS_SPEAKER_RUN) out.push([p, q]);
      }
    }
  });
  return out;
}

/** Inside one quoted passage, a sentence whose words mostly recur in order is the same sentence. */
function looseLink(a: Form, b: Form): boolean {
  const shorter = Math.min(a.norms.length, b.norms.length);
  return shorter >= SHINGLE && longestCommonSubsequence(a.norms, b.norms) >= 0.6 * shorter;
}

/** Align quote claims into groups of the same passage. */
export function groupQuotes(inputs: QuoteInput[], ctx: StoryContext): Segment[][] {
  const forms: Form[] = [];
  const formIndex = new Map<string, Form>();
  const passages: Passage[] = [];
  for (const { articleId, claim } of inputs) {
    const speaker = ctx.entities.key(claim.quote.speaker, articleId);
    const passage: Passage = { articleId, norms: tokenize(claim.quote.quote).map((t) => t.norm), forms: [] };
    passages.push(passage);
    const parts = splitSentences(claim.quote.quote);
    parts.forEach((p, k) => {
      const toks = tokenize(p.text);
      if (!toks.length) return;
      const norms = toks.map((t) => t.norm);
      const norm = norms.join(" ");
      const seg: Segment = {
        articleId, claimId: claim.id, order: claim.start * 1000 + k, text: p.text, toks, norm, speaker,
        partial: claim.quote.direct === false, cutStart: p.cutStart, cutEnd: p.cutEnd,
      };
      const fk = (speaker ?? "\u0000") + "\u0001" + norm;
      let f = formIndex.get(fk);
      if (!f) {
        f = { id: forms.length, speaker, norms, norm, segs: [], shingles: shingles(norms) };
        forms.push(f);
        formIndex.set(fk, f);
      }
      f.segs.push(seg);
      if (!passage.forms.includes(f)) passage.forms.push(f);
    });
  }
  const uf = new UnionFind();
  for (let i = 0; i < forms.length; i++) uf.add();

  // 1. strong links inside each speaker block, through a shingle index (blocking)
  const bySpeaker = new Map<string, Form[]>();
  const index = new Map<string, number[]>();
  const globalIndex = new Map<string, number[]>();
  for (const f of forms) {
    if (f.speaker === null) continue;
    const list = bySpeaker.get(f.speaker) ?? [];
    list.push(f);
    bySpeaker.set(f.speaker, list);
    for (const sh of f.shingles) {
      const k = f.speaker + "\u0001" + sh;
      (index.get(k) ?? index.set(k, []).get(k)!).push(f.id);
      (globalIndex.get(sh) ?? globalIndex.set(sh, []).get(sh)!).push(f.id);
    }
  }
  const candidates = (f: Form, idx: Map<string, number[]>, prefix: string) => {
    const counts = new Map<number, number>();
    for (const sh of f.shingles) {
      for (const g of idx.get(prefix + sh) ?? []) if (g !== f.id) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return counts;
  };
  for (const f of forms) {
    if (f.speaker === null || f.norms.length < SHINGLE) continue;
    for (const [g, shared] of candidates(f, index, f.speaker + "\u0001")) {
      if (g < f.id) continue; // each pair once
      if (uf.find(g) === uf.find(f.id)) continue;
      if (strongLink(f, forms[g], shared)) uf.union(f.id, g);
    }
  }

  // 1b. a long identical run of quoted words is one passage whoever each outlet names as speaker:
  // attribution is where outlets and extraction go wrong, and two people rarely say eight words
  // alike. Sentences of two such passages link when most of their words recur in order ("For us,
  // the moment is here" / "For us, that moment is here").
  const linkForms = (xs: Form[], ys: Form[]) => {
    for (const f of xs) for (const g of ys) if (uf.find(g.id) !== uf.find(f.id) && looseLink(f, g)) uf.union(f.id, g.id);
  };
  const distinct = distinctPassages(passages);
  for (const p of distinct) if (p.articles.size > 1 && p.norms.length >= CROSS_SPEAKER_RUN) linkForms(p.forms, p.forms);
  for (const [x, y] of samePassages(distinct)) linkForms(x.forms, y.forms);

  const compSize = () => {
    const size = new Map<number, Set<string>>();
    for (const f of forms) {
      const r = uf.find(f.id);
      const s = size.get(r) ?? new Set<string>();
      for (const seg of f.segs) s.add(seg.articleId);
      size.set(r, s);
    }
    return size;
  };
  const pickComponent = (hosts: Form[]): number | null => {
    if (!hosts.length) return null;
    const size = compSize();
    let best: Form | null = null;
    for (const h of hosts) {
      if (!best) best = h;
      else {
        const a = size.get(uf.find(h.id))!.size;
        const b = size.get(uf.find(best.id))!.size;
        if (a > b || (a === b && h.norm < best.norm)) best = h;
      }
    }
    return best ? best.id : null;
  };

  // 2. short partial quotes ("never accept") attach to the passage that contains them
  for (const f of forms) {
    if (f.speaker === null || f.norms.length > SHORT_FORM) continue;
    const hosts = (bySpeaker.get(f.speaker) ?? []).filter((g) => g.norms.length > f.norms.length && containsRun(g.norms, f.norms));
    const host = pickComponent(hosts);
    if (host !== null) uf.union(f.id, host);
  }

  // 3. quotes without a known speaker align by shared words with any speaker's passage
  for (const f of forms) {
    if (f.speaker !== null) continue;
    let host: number | null = null;
    if (f.norms.length > SHORT_FORM) {
      let bestShared = 0;
      for (const [g, shared] of candidates(f, globalIndex, "")) {
        if (shared > bestShared && strongLink(f, forms[g], shared)) {
          bestShared = shared;
          host = g;
        }
      }
    } else {
      const hosts = forms.filter((g) => g.speaker !== null && g.norms.length > f.norms.length && containsRun(g.norms, f.norms));
      const roots = new Set(hosts.map((h) => uf.find(h.id)));
      if (roots.size === 1) host = hosts[0].id;
    }
    if (host !== null) uf.union(f.id, host);
  }
  // unknown-speaker quotes that matched nobody still group among themselves when identical (same form)

  const comps = new Map<number, Segment[]>();
  for (const f of forms) {
    const r = uf.find(f.id);
    const list = comps.get(r) ?? [];
    list.push(...f.segs);
    comps.set(r, list);
  }
  return [...comps.values()];
}

interface WitnessInfo {
  articleId: string;
  witness: Witness;
  segs: Segment[];
  text: string;
  normalized: string;
  /** token positions where another of the article's quotes begins: the words between two quotes were not quoted */
  joints: Set<number>;
}

function buildWitnesses(segs: Segment[]): WitnessInfo[] {
  const byArticle = new Map<string, Segment[]>();
  for (const s of segs) (byArticle.get(s.articleId) ?? byArticle.set(s.articleId, []).get(s.articleId)!).push(s);
  const out: WitnessInfo[] = [];
  for (const [articleId, list] of byArticle) {
    list.sort((a, b) => a.order - b.order);
    const norms = list.map((s) => s.toks.map((t) => t.norm));
    const kept = list.filter((s, i) => !list.some((o, j) => j !== i && (
      (norms[j].length > norms[i].length && containsRun(norms[j], norms[i])) ||
      (norms[j].length === norms[i].length && j < i && s.norm === o.norm))));
    const own = kept.map((s) => withoutRestarts(s.toks));
    const toks = own.flat();
    const first = kept[0];
    const last = kept[kept.length - 1];
    const joints = new Set<number>();
    kept.reduce((at, s, i) => {
      // ... or where the quote marks a cut ("he won … he said"): words there were left out
      if (i > 0 && (s.claimId !== kept[i - 1].claimId || kept[i - 1].cutEnd || s.cutStart)) joints.add(at);
      return at + own[i].length;
    }, 0);
    out.push({
      articleId,
      segs: list,
      joints,
      witness: { id: articleId, toks, openStart: first.partial || first.cutStart, openEnd: last.partial || last.cutEnd },
      text: kept.map((s) => s.text).join(" … "),
      normalized: toks.map((t) => t.norm).join(" "),
    });
  }
  return out.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
}

function firstWords(text: string, n: number): string {
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.slice(0, n).join(" ").replace(/[,;:.!?]+$/, "") + (ws.length > n ? "…" : "");
}

type Sig = (string | null | undefined)[]; // undefined = outside the witness's quote

/** Build the group, its variant table, consensus and wording discrepancy. */
export function analyzeQuoteGroup(segs: Segment[], ctx: StoryContext): GroupResult {
  const wits = buildWitnesses(segs);
  const table: VariantTable = collate(wits.map((w) => w.witness));

  // readings
  const readingMap = new Map<string, Reading & { tokCount: number }>();
  for (const w of wits) {
    const r = readingMap.get(w.normalized) ?? { text: w.text, normalized: w.normalized, articleIds: [], claimIds: [], tokCount: w.witness.toks.length };
    r.articleIds.push(w.articleId);
    for (const s of w.segs) {
      const ref = claimRef(s.articleId, s.claimId);
      if (!r.claimIds.includes(ref)) r.claimIds.push(ref);
    }
    readingMap.set(w.normalized, r);
  }
  const readings = [...readingMap.values()].sort((a, b) =>
    b.articleIds.length - a.articleIds.length || b.tokCount - a.tokCount || (a.normalized < b.normalized ? -1 : 1));
  const anchor = readings[0];

  // speaker
  const spk = new Map<string, number>();
  for (const s of segs) if (s.speaker) spk.set(s.speaker, (spk.get(s.speaker) ?? 0) + 1);
  const speaker = [...spk.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const speakerName = speaker ? ctx.entities.display(speaker) : "Unknown speaker";
  const key = `quote:${speaker ?? "unknown"}:${hash(anchor.normalized)}`;
  const label = `${speakerName}: "${firstWords(anchor.text, 5)}"`;

  // signatures over the varying columns
  const V = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.varies);
  const sig = new Map<string, Sig>();
  for (const w of wits) {
    sig.set(w.articleId, V.map(([c]) => (c.outside?.includes(w.articleId) ? undefined : normOf(c.tokens[w.articleId]))));
  }
  const anchorWitness = anchor.articleIds[0];
  // sides: witnesses that agree wherever both quote
  const order = [...wits].sort((a, b) => defined(sig.get(b.articleId)!) - defined(sig.get(a.articleId)!) ||
    (a.articleId < b.articleId ? -1 : 1));
  const sides: { rep: Sig; wits: WitnessInfo[] }[] = [];
  for (const w of order) {
    const s = sig.get(w.articleId)!;
    if (defined(s) === 0) continue; // neutral: quotes none of the varying words
    const side = sides.find((sd) => s.every((v, i) => v === undefined || sd.rep[i] === undefined || sd.rep[i] === v));
    if (side) {
      side.wits.push(w);
      s.forEach((v, i) => {
        if (v !== undefined && side.rep[i] === undefined) side.rep[i] = v;
      });
    } else sides.push({ rep: [...s], wits: [w] });
  }
  // sides weigh by independent sources (reprints of one text are one voice), then by articles
  const sources = (sd: { wits: WitnessInfo[] }) => ctx.independent(sd.wits.map((w) => w.articleId));
  sides.sort((a, b) => sources(b) - sources(a) || b.wits.length - a.wits.length || (a.wits.some((w) => w.articleId === anchorWitness) ? -1 : 1));
  // consensus: the largest side when it is strictly the largest, read through every column
  const strict = sides.length < 2 || sources(sides[0]) > sources(sides[1]);
  let consensus: string | null = null;
  if (strict) {
    const mainIds = new Set(sides[0]?.wits.map((w) => w.articleId) ?? wits.map((w) => w.articleId));
    const toks: string[] = [];
    table.columns.forEach((c) => {
      const t = Object.entries(c.tokens).find(([id, x]) => x !== null && mainIds.has(id))?.[1] ??
        (c.varies ? null : Object.values(c.tokens).find((x) => x !== null));
      if (t) toks.push(t);
    });
    consensus = toks.join(" ");
  }
  const departures = new Set<string>();
  const discrepancies: DraftDiscrepancy[] = [];
  const members = segs
    .map((s) => ({ articleId: s.articleId, claimId: s.claimId, reading: wits.find((w) => w.articleId === s.articleId)!.normalized }))
    .filter((m, i, arr) => arr.findIndex((o) => o.articleId === m.articleId && o.claimId === m.claimId) === i);

  if (sides.length >= 2) {
    const main = sides[0];
    if (consensus !== null) for (const sd of sides.slice(1)) for (const w of sd.wits) departures.add(w.articleId);
    // the table columns where a side's words differ from the other sides'
    const departing = (sd: (typeof sides)[number], vs: (typeof sides)[number][]) => new Set(V
      .filter((_, vi) => sd.rep[vi] !== undefined && sd.rep[vi] !== null && vs.some((o) => o.rep[vi] !== undefined && o.rep[vi] !== sd.rep[vi]))
      .map(([, ci]) => ci));
    // a witness's words in those columns, as its article wrote them, adjacent words kept together
    const stretchesOf = (w: WitnessInfo, cols: Set<number>) => {
      const out: string[] = [];
      let run: string[] = [];
      const flush = () => {
        if (run.length) out.push(asWritten(run.join(" "), w.text) ?? run.join(" "));
        run = [];
      };
      table.columns.forEach((c, ci) => {
        const t = c.tokens[w.articleId];
        if (!t) return;
        if (cols.has(ci)) run.push(t);
        else flush();
      });
      flush();
      return out;
    };
    let severity: Severity = "minor";
    for (const sd of sides.slice(1)) if (wordingSeverity(main.rep, sd.rep) === "major") severity = "major";
    const told = sides.map((sd, i) => {
      const cols = departing(sd, i === 0 ? sides.slice(1) : [main]);
      return sd.wits.map((w) => ({ articleId: w.articleId, stretches: stretchesOf(w, cols) }))
        .sort((a, b) => b.stretches.length - a.stretches.length);
    });
    const differing = sides.map((sd, i) => ({
      articleIds: sd.wits.map((w) => w.articleId).sort(),
      words: bestWording(told[i], ctx)?.stretches ?? told[i][0].stretches,
    }));
    const summary = `${speakerName} quoted differently: ` + told.map((parts) => describeSide(parts, ctx)).join(" vs ");
    const confidence = Math.max(...sides.slice(1).map((sd) =>
      wordingConfidence(table, sides[0].wits[0], sd.wits[0], Math.min(sources(sides[0]), sources(sd)))));
    discrepancies.push({
      key: "", groupKey: "", kind: "quote_wording", severity, summary, confidence,
      readings: sides.map((sd) => ({
        text: sd.wits[0].text,
        articleIds: sd.wits.map((w) => w.articleId).sort(),
        claimIds: sd.wits.flatMap((w) => w.segs.map((s) => claimRef(s.articleId, s.claimId)))
          .filter((x, i, a) => a.indexOf(x) === i),
      })),
      differing,
    });
  }
  const group: ClaimGroup = {
    key, kind: "quote", label, members,
    readings: readings.map(({ tokCount: _t, ...r }) => ({ ...r, articleIds: [...r.articleIds].sort() })),
    consensus, variants: table,
  };
  return { group, discrepancies, departures, anchor: anchor.normalized };
}

/**
 * Confidence that two witnesses quote one statement in different words: high when a long stretch
 * is word for word the same and a few words inside it differ; low when most words differ (a
 * paraphrase or another translation) or the difference is only spelling, a prefix ("in"/"into"),
 * an ellipsis or a bracketed gloss.
 */
/** Shared words enough for a quote both outlets give whole, from its first word to its last. */
const SHORT_WHOLE_QUOTE = 4;

export function wordingConfidence(table: VariantTable, a: WitnessInfo, b: WitnessInfo, support = 1): number {
  let same = 0;
  const edits: { xs: string[]; ys: string[] }[] = [];
  let xs: string[] = [];
  let ys: string[] = [];
  let atEnd = false;
  // tokens of each witness read so far: where a run of left-out words falls in the other witness
  let [ia, ib] = [0, 0];
  // the outlet's own ellipsis or gloss, not the " … " that joins its separate quote sentences
  const elided = (w: WitnessInfo) => w.segs.some((sg) => /\.\.\.|\u2026|\[/.test(sg.text));
  const aWords = new Set(a.normalized.split(" ").map(normWord));
  const bWords = new Set(b.normalized.split(" ").map(normWord));
  const [aNorms, bNorms] = [a, b].map((w) => w.witness.toks.map((t) => normWord(t.norm)));
  const [aFound, bFound] = [foundInOther(aNorms, bNorms), foundInOther(bNorms, aNorms)];
  const flush = () => {
    if (xs.length || ys.length) {
      // the content words of an excerpt (or of quote fragments joined) found elsewhere in the other,
      // fuller quote were aligned to the wrong place, not changed
      const gappy = (w: WitnessInfo) => elided(w) || w.segs.length > 1;
      const found = (ws: string[], other: Set<string>) => ws.length > 0 && ws.every((w) => isContentWord(w) && other.has(w));
      // ... as are the words of an excerpt's fragment that the fuller quote gives in the same order
      const inOrder = (ws: string[], at: number, seen: boolean[]) => ws.length > 0 && ws.every((_, k) => seen[at - ws.length + k]);
      const misplaced = (x: string[], y: string[]) => (gappy(b) && (found(y, aWords) || inOrder(y, ib, bFound))) ||
        (gappy(a) && (found(x, bWords) || inOrder(x, ia, aFound)));
      const plain = (x: string[], y: string[]) => misplaced(x, y) || sameLetters(x, y, a.text, b.text) || glossed(x, a.text) || glossed(y, b.text) ||
        (x.length === 1 && y.length === 1 && (spellingVariant(x[0], y[0]) || sameFunctionWord(x[0], y[0]))) ||
        (y.length === 0 && (elided(b) || listJoin(x) || b.joints.has(ib))) ||
        (x.length === 0 && (elided(a) || listJoin(y) || a.joints.has(ia)));
      // words before the first or past the last shared word: one outlet quoted further; where both
      // give words there, only as many as the shorter side has are a change ("in the train collision"
      // / "in the rail accident"), the rest is the longer quote going on; an excerpt's edges are cuts
      const edge = same === 0 || atEnd;
      let trivial = (edge && (xs.length === 0 || ys.length === 0)) || plain(xs, ys);
      if (!trivial && edge) {
        const k = Math.min(xs.length, ys.length);
        [xs, ys] = atEnd ? [xs.slice(0, k), ys.slice(0, k)] : [xs.slice(-k), ys.slice(-k)];
        trivial = elided(a) || elided(b) || plain(xs, ys);
      }
      if (!trivial) {
        edits.push({ xs, ys });
      }
    }
    xs = [];
    ys = [];
  };
  for (const c of table.columns) {
    const x = c.tokens[a.articleId];
    const y = c.tokens[b.articleId];
    const nx = x == null ? null : normWord(x);
    const ny = y == null ? null : normWord(y);
    if (c.outside?.includes(a.articleId) || c.outside?.includes(b.articleId)) flush();
    else if (nx !== null && nx === ny) {
      flush();
      same++;
    } else {
      if (nx) xs.push(nx);
      if (ny) ys.push(ny);
    }
    if (x != null) ia++;
    if (y != null) ib++;
  }
  // words past the last shared one: one outlet quoted further, not differently
  atEnd = true;
  flush();
  // a word left out in one place and written in another is the same words in another order
  for (const c of edits) {
    for (const w of [...c.xs]) {
      const o = edits.find((d) => d !== c && d.ys.includes(w) && !d.xs.includes(w));
      if (!o || c.ys.includes(w)) continue;
      c.xs.splice(c.xs.indexOf(w), 1);
      o.ys.splice(o.ys.indexOf(w), 1);
    }
  }
  const real = edits.filter((c) => c.xs.length || c.ys.length);
  const differ = real.reduce((n, c) => n + Math.max(c.xs.length, c.ys.length), 0);
  // one change repeated ("permanent" -> "lasting" twice) is one choice of words, counted once
  const changes = new Set(real.map((c) => `${c.xs.join(" ")}\u0000${c.ys.join(" ")}`));
  // a content word put for another (not words added or left out) is what a second translation does
  const substitutions = real.filter((c) => c.xs.length > 0 && c.ys.length > 0 && [...c.xs, ...c.ys].some(isContentWord)).length;
  const runs = changes.size;
  // a short quote given whole by both (same first and last word, nothing cut) with one change inside
  const edges = (w: WitnessInfo) => { const ws = w.normalized.split(" ").map(normWord); return [ws[0], ws[ws.length - 1]]; };
  const [[af, al], [bf, bl]] = [edges(a), edges(b)];
  const whole = af === bf && al === bl && !elided(a) && !elided(b) && runs === 1;
  if (differ === 0 || same < (whole ? SHORT_WHOLE_QUOTE : 6) || runs > 3) return 0.2;
  // three content words put for others in one passage read as another translation or a paraphrase
  if (substitutions >= 3) return 0.4;
  const share = same / (same + differ);
  const few = runs === 1 ? 0.1 : runs === 2 ? 0.05 : 0;
  return Math.round(Math.max(0, Math.min(1, 0.2 + 0.55 * share + few + (support > 1 ? 0.05 : 0))) * 100) / 100;
}

/** Words a witness gives in a 3-word run that the other witness also gives, word for word. */
function foundInOther(norms: string[], other: string[]): boolean[] {
  const grams = new Set<string>();
  for (let i = 0; i + SHINGLE <= other.length; i++) grams.add(other.slice(i, i + SHINGLE).join(" "));
  const seen = norms.map(() => false);
  for (let i = 0; i + SHINGLE <= norms.length; i++) {
    if (grams.has(norms.slice(i, i + SHINGLE).join(" "))) for (let k = i; k < i + SHINGLE; k++) seen[k] = true;
  }
  return seen;
}

/** The longest run of words a restart repeats: "if she wins, if she wins the seat". */
const RESTART_MAX = 8;

/**
 * A quote's words without a speaker's restarts: a run of two or more words said twice in a row
 * ("if she wins, if she wins the seat") is kept once, so that an outlet that gives it once quotes
 * the same words. A word said twice ("very, very") is emphasis and stays.
 */
export function withoutRestarts<T extends { norm: string }>(toks: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  while (i < toks.length) {
    let skip = 0;
    for (let n = Math.min(RESTART_MAX, Math.floor((toks.length - i) / 2)); n >= 2 && !skip; n--) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = toks[i + k].norm === toks[i + n + k].norm;
      if (same) skip = n;
    }
    if (skip) i += skip;
    else out.push(toks[i++]);
  }
  return out;
}

/** A lone "and" one outlet writes as a comma or an ampersand ("bread and salt", "bread, salt"): punctuation. */
function listJoin(ws: string[]): boolean {
  return ws.length === 1 && ws[0] === "and";
}

/** Contractions spelled out, so "there's" and "there is" read alike (apostrophes are already gone). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  theres: "thereis", thats: "thatis", whats: "whatis", dont: "donot", doesnt: "doesnot", didnt: "didnot",
  cant: "cannot", wont: "willnot", isnt: "isnot", arent: "arenot", wasnt: "wasnot", werent: "werenot",
  im: "iam", ive: "ihave", weve: "wehave", youve: "youhave", theyve: "theyhave", youre: "youare",
  theyre: "theyare", ill: "iwill", itll: "itwill", couldnt: "couldnot", wouldnt: "wouldnot",
  shouldnt: "shouldnot", hasnt: "hasnot", havent: "havenot", lets: "letus",
};

/**
 * Two runs of words with the same letters: "co-operation"/"cooperation", "@janedoe"/"Jane
 * Doe", "there's"/"there is"; an "and" counts as the other side's "&".
 */
function sameLetters(xs: string[], ys: string[], xText: string, yText: string): boolean {
  const join = (ws: string[], other: string) =>
    ws.filter((w) => !(w === "and" && other.includes("&"))).map((w) => CONTRACTIONS[w] ?? w).join("");
  return xs.length + ys.length > 0 && join(xs, yText) === join(ys, xText);
}

/** Words an outlet added in square brackets: an editor's gloss, not the speaker's words. */
function glossed(ws: string[], text: string): boolean {
  if (ws.length === 0 || !text.includes("[")) return false;
  const inside = new Set([...text.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => words(m[1])));
  return ws.every((w) => inside.has(w));
}

/** Two forms of one function word ("although"/"though", "toward"/"towards"): the same quote. */
export function sameFunctionWord(a: string, b: string): boolean {
  return Object.hasOwn(FUNCTION_WORD_VARIANTS, a) && Object.hasOwn(FUNCTION_WORD_VARIANTS, b) && FUNCTION_WORD_VARIANTS[a] === FUNCTION_WORD_VARIANTS[b];
}

/** Same word spelled another way: British/American endings, a dropped letter, one a prefix of the other. */
export function spellingVariant(a: string, b: string): boolean {
  const fold = (w: string) => w.replace(/is(e|ed|es|ing|ation)$/, "iz$1").replace(/our$/, "or").replace(/ll(ed|ing)$/, "l$1");
  if (fold(a) === fold(b)) return true;
  if (a.startsWith(b) || b.startsWith(a)) return Math.min(a.length, b.length) >= 2;
  if (a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) <= 1) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const ra = a.slice(i + (a.length >= b.length ? 1 : 0));
    const rb = b.slice(i + (b.length >= a.length ? 1 : 0));
    return ra === rb;
  }
  return false;
}

function defined(s: Sig): number {
  return s.filter((v) => v !== undefined).length;
}

function normOf(t: string | null | undefined): string | null {
  return t === null || t === undefined ? null : normWord(t);
}

/**
 * Major when a content word or a negation changes, or a clause (4+ words) is added or left out
 * inside the quote; minor for function words, a few added words, or a quote cut at its edge.
 */
export function wordingSeverity(main: Sig, other: Sig): Severity {
  let major = false;
  let run: string[] = [];
  let runEdge = false;
  const firstDef = other.findIndex((v) => v !== undefined);
  let lastDef = -1;
  other.forEach((v, i) => {
    if (v !== undefined) lastDef = i;
  });
  const flush = () => {
    if (run.length) {
      const neg = run.some(isNegation);
      if (neg || (!runEdge && run.length >= 4)) major = true;
    }
    run = [];
    runEdge = false;
  };
  for (let i = 0; i < main.length; i++) {
    const a = main[i];
    const b = other[i];
    if (a === undefined || b === undefined || a === b) {
      flush();
      continue;
    }
    if (a !== null && b !== null) {
      flush();
      if (isContentWord(a) || isContentWord(b)) major = true;
      continue;
    }
    // one side has words the other lacks
    run.push((a ?? b)!);
    if (b === null && (i === firstDef || i === lastDef)) runEdge = true;
  }
  flush();
  return major ? "major" : "minor";
}
