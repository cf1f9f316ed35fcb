import "server-only";
import { db } from "../db";
import { readClaim } from "./stored-json";
import { CLAIM_KINDS, type Claim, type ClaimKind } from "../analysis/types";
import { queryTerms } from "../ui/highlight";
import { databaseProvider, databaseUrl } from "../database-url";

export const SEARCH_RESULT_CAP = 50;
/** Claims read from the database before refining; past this the search says to narrow down. */
const CANDIDATE_CAP = 500;

export interface ClaimSearchInput {
  q?: string | null;
  kind?: string | null;
  outlet?: string | null;
}

export interface ClaimSearchHit {
  id: string;
  key: string;
  kind: ClaimKind;
  text: string;
  sentence: string;
  claim: Claim;
  /** who the claim is by or about: a quote's speaker, a role's person, an action's actor */
  who: string | null;
  /** where the terms were found */
  matchedIn: ("speaker" | "words" | "outlet")[];
  article: { id: string; title: string | null; sourceName: string | null };
  outlet: { id: string; name: string } | null;
  story: { id: string; title: string };
}

export interface ClaimSearchResult {
  terms: string[];
  kind: ClaimKind | null;
  outletId: string | null;
  hits: ClaimSearchHit[];
  /** matching claims found (at least hits.length; more when capped) */
  total: number;
  /** true when more claims match than are shown */
  capped: boolean;
  /** true when the candidate limit was reached, so `total` is a lower bound */
  totalIsLowerBound: boolean;
}

function whoOf(c: Claim): string | null {
  switch (c.kind) {
    case "quote": return c.quote?.speaker?.name ?? null;
    case "role": return c.role?.person?.name ?? null;
    case "action": return c.action?.actor ?? null;
    default: return null;
  }
}

/** Slot values a reader would search for (names, titles, events), never the JSON's field names. */
function slotWords(c: Claim): (string | null | undefined)[] {
  switch (c.kind) {
    case "quote": return [c.quote?.speaker?.name, c.quote?.via?.name, c.quote?.cue];
    case "date": return [c.date?.event, c.date?.phrase, c.date?.date];
    case "role": return [c.role?.person?.name, c.role?.title, c.role?.qualifier];
    case "action": return [c.action?.actor, c.action?.action, c.action?.object, c.action?.target, c.action?.place];
    case "number": return [c.number?.counts, c.number?.qualifier, c.number?.unit, c.number ? String(c.number.value) : null];
    default: return [];
  }
}

/**
 * Claims whose words, speaker/person/actor or outlet contain every search
 * term (case-insensitive), optionally of one kind and one outlet. Plain
 * `contains` filters narrow the candidates in the database; the terms are then
 * checked against slot values so JSON field names never match.
 */
export async function searchClaims(input: ClaimSearchInput): Promise<ClaimSearchResult> {
  const terms = queryTerms(input.q);
  const kind = CLAIM_KINDS.includes(input.kind as ClaimKind) ? (input.kind as ClaimKind) : null;
  const outletId = input.outlet?.trim() || null;
  const empty = { terms, kind, outletId, hits: [], total: 0, capped: false, totalIsLowerBound: false };
  if (!terms.length && !kind && !outletId) return empty;

  // SQLite's LIKE ignores case in ASCII only, hence the common spellings of each term too; PostgreSQL's
  // LIKE ignores none, so there the filter asks for ILIKE (the mode the SQLite client's types lack)
  const anyCase = databaseProvider(databaseUrl()) === "postgresql";
  const variants = (t: string) => (anyCase ? [t] : [...new Set([t, t.toLowerCase(), t[0].toUpperCase() + t.slice(1).toLowerCase()])]);
  const contains = (v: string) => (anyCase ? { contains: v, mode: "insensitive" } : { contains: v }) as { contains: string };
  const rows = await db.claim.findMany({
    where: {
      AND: [
        ...(kind ? [{ kind }] : []),
        ...(outletId ? [{ article: { outletId } }] : []),
        ...terms.map((t) => ({
          OR: variants(t).flatMap((v) => [
            { text: contains(v) },
            { sentence: contains(v) },
            { slots: contains(v) },
            { article: { outlet: { name: contains(v) } } },
          ]),
        })),
      ],
    },
    orderBy: [{ article: { createdAt: "asc" } }, { start: "asc" }],
    take: CANDIDATE_CAP,
    include: {
      article: {
        select: { id: true, title: true, sourceName: true, outlet: { select: { id: true, name: true } }, story: { select: { id: true, title: true } } },
      },
    },
  });

  const scored: { hit: ClaimSearchHit; score: number }[] = [];
  for (const r of rows) {
    const claim = readClaim(r.slots);
    if (!claim) continue;
    const who = whoOf(claim);
    const words = `${r.text}\n${r.sentence}\n${slotWords(claim).filter(Boolean).join("\n")}`.toLowerCase();
    const outletName = (r.article.outlet?.name ?? "").toLowerCase();
    const matchedIn = new Set<ClaimSearchHit["matchedIn"][number]>();
    let all = true;
    let score = 0;
    const own = `${r.text}\n${who ?? ""}`.toLowerCase();
    for (const t of terms) {
      const lt = t.toLowerCase();
      score += own.includes(lt) ? 2 : 0;
      const inWho = !!who && who.toLowerCase().includes(lt);
      const inWords = words.includes(lt);
      const inOutlet = outletName.includes(lt);
      if (inWho) matchedIn.add("speaker");
      if (inWords && !inWho) matchedIn.add("words");
      if (inOutlet) matchedIn.add("outlet");
      if (!inWho && !inWords && !inOutlet) all = false;
    }
    if (!all) continue;
    scored.push({ score, hit: {
      id: r.id,
      key: r.key,
      kind: r.kind as ClaimKind,
      text: r.text,
      sentence: r.sentence,
      claim,
      who,
      matchedIn: [...matchedIn],
      article: { id: r.article.id, title: r.article.title, sourceName: r.article.sourceName },
      outlet: r.article.outlet,
      story: r.article.story,
    } });
  }
  // claims whose own words or speaker match come before claims matched only by their sentence or outlet
  const hits = scored.map((s, i) => ({ ...s, i })).sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.hit);
  return {
    terms,
    kind,
    outletId,
    hits: hits.slice(0, SEARCH_RESULT_CAP),
    total: hits.length,
    capped: hits.length > SEARCH_RESULT_CAP,
    totalIsLowerBound: rows.length >= CANDIDATE_CAP,
  };
}
