import "server-only";
import { isDatabaseFailure, publicReason } from "./failure-reason";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { ingest, IngestError, isAnalysedLanguage, languageName } from "../ingest";
import type { IngestedArticle } from "../ingest/types";
import { referenceDateOf } from "../analysis/pipeline";
import { analyzeInProcess } from "../jobs/analysis-process";
import { ensureOutlet } from "./outlets";
import { ArticleSegments, readOverrides, StoredClaim, toJsonColumn } from "./stored-json";
import { persistComparison } from "./persist-comparison";
import type { ArticleOverrides } from "./add-articles";

/** Claims kept per article: beyond this an article is a dump, not a report, and would swamp its story. */
export const MAX_CLAIMS_PER_ARTICLE = Number(process.env.PARALLAX_MAX_CLAIMS) || 5000;

interface Prepared {
  id: string;
  ingested: IngestedArticle | null;
  error: string | null;
}

function applyOverrides(a: IngestedArticle, o: ArticleOverrides): IngestedArticle & { publishedSourceFinal: string | null } {
  return {
    ...a,
    title: o.title?.trim() || a.title,
    outlet: o.outlet?.trim() || a.outlet,
    publishedAt: o.publishedAt || a.publishedAt,
    publishedSourceFinal: o.publishedAt ? "user" : a.publishedSource,
  };
}

/** Instant for a local ISO string; a string without a zone is read as UTC wall-clock. */
function toInstant(iso: string | null): Date | null {
  if (!iso) return null;
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso.length === 10 ? `${iso}T00:00` : iso}Z`;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * (Re)analyses articles of a story and recomputes the story's comparison.
 * With articleIds, only those articles' claims are replaced; the others keep
 * theirs. An article that fails is marked failed with the reason and keeps its
 * raw input, and the rest of the story still goes through.
 */
export async function analyzeStory(storyId: string, options: { articleIds?: string[]; compare?: boolean } = {}): Promise<void> {
  const rows = await db.article.findMany({
    where: { storyId },
    select: { id: true, rawInput: true, inputType: true, sourceName: true, url: true, overrides: true, status: true, publishedLocal: true },
    orderBy: { createdAt: "asc" },
  });
  const targets = new Set(options.articleIds ?? rows.map((r) => r.id));
  if (targets.size > 0) {
    await db.article.updateMany({ where: { id: { in: [...targets] } }, data: { status: "analysing", error: null } });
  }

  // The story reference date sees every article: an analysed one by the date it stored (what ingest
  // and its overrides gave), any other by ingesting it, which is cheap but not free in a large story.
  const prepared: (Prepared | { id: string; storedDate: string | null })[] = rows.map((row) => {
    if (!targets.has(row.id) && row.status === "done") return { id: row.id, storedDate: row.publishedLocal };
    try {
      const ingested = ingest({ content: row.rawInput, type: row.inputType as IngestedArticle["inputType"], source: row.url ?? row.sourceName ?? undefined });
      return { id: row.id, ingested: applyOverrides(ingested, readOverrides(row.overrides)), error: null };
    } catch (e) {
      return { id: row.id, ingested: null, error: e instanceof IngestError ? e.message : `Extraction failed: ${(e as Error).message}` };
    }
  });
  const refs = prepared.map((p) => referenceDateOf("storedDate" in p ? p.storedDate : p.ingested?.publishedAt)).filter((d): d is Date => d !== null);
  const storyDate = refs.length ? new Date(Math.min(...refs.map((d) => d.getTime()))) : null;

  for (const p of prepared) {
    if (!targets.has(p.id) || "storedDate" in p) continue;
    const row = rows.find((r) => r.id === p.id)!;
    if (!p.ingested) {
      await db.article.update({ where: { id: p.id }, data: { status: "failed", error: p.error } });
      continue;
    }
    try {
      const a = p.ingested as ReturnType<typeof applyOverrides>;
      // the body is kept in any language; claims are read from English text only
      const english = isAnalysedLanguage(a.language);
      const analysis = english ? await analyzeInProcess(a.body, a.publishedAt, storyDate) : { claims: [], entities: [] };
      // a recorded partial result: the first claims in reading order, and a note of what was left out
      const found = analysis.claims.length;
      const claims = found > MAX_CLAIMS_PER_ARTICLE ? analysis.claims.slice(0, MAX_CLAIMS_PER_ARTICLE) : analysis.claims;
      const note = !english
        ? `This article reads as ${languageName(a.language)}: its text is kept, but claims are extracted from English text only.`
        : found > MAX_CLAIMS_PER_ARTICLE
        ? `Only the first ${MAX_CLAIMS_PER_ARTICLE.toLocaleString("en-US")} of ${found.toLocaleString("en-US")} claims were kept; the article is unusually long.`
        : null;
      // rows are made before the transaction, so it holds the write lock only while it writes
      const claimRows = claims.map((c) => ({
        articleId: p.id, kind: c.kind, key: c.id, text: c.text, slots: toJsonColumn(StoredClaim, c), start: c.start, end: c.end, sentence: c.sentence,
      }));
      const segments = toJsonColumn(ArticleSegments, a.segments);
      await whenUnlocked(() => db.$transaction(async (tx) => {
        const outletId = await ensureOutlet(tx, a.outlet, a.url ?? row.url);
        await tx.claim.deleteMany({ where: { articleId: p.id } });
        await tx.entityMention.deleteMany({ where: { articleId: p.id } });
        if (claimRows.length) await tx.claim.createMany({ data: claimRows });
        // the story's entities this article names: the missing ones created, then every mention, in few statements
        const keyOf = (e: { kind: string; name: string }) => `${e.kind}:${e.name.toLowerCase()}`;
        const known = new Map((await tx.entity.findMany({ where: { storyId }, select: { id: true, key: true } })).map((e) => [e.key, e.id]));
        const seen = new Set<string>();
        const missing = analysis.entities.filter((e) => {
          const k = keyOf(e);
          if (known.has(k) || seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        if (missing.length) {
          const made = await tx.entity.createManyAndReturn({
            data: missing.map((e) => ({ storyId, key: keyOf(e), kind: e.kind, name: e.name })), select: { id: true, key: true },
          });
          for (const e of made) known.set(e.key, e.id);
        }
        const mentions = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ entityId: known.get(keyOf(e))!, articleId: p.id, text: m.text, start: m.start, end: m.end, via: m.via })));
        if (mentions.length) await tx.entityMention.createMany({ data: mentions });
        await tx.article.update({
          where: { id: p.id },
          data: {
            title: a.title,
            outletId,
            url: a.url ?? row.url,
            publishedAt: toInstant(a.publishedAt),
            publishedLocal: a.publishedAt,
            publishedSource: a.publishedSourceFinal,
            publishedText: a.publishedText,
            body: a.body,
            language: a.language,
            segments,
            status: "done",
            error: note,
            analyzedAt: new Date(),
          },
        });
      }));
    } catch (e) {
      console.error(e);
      // the database failing is the job's to run again; only the input failing fails the article
      if (isDatabaseFailure(e)) throw e;
      await db.article.update({
        where: { id: p.id },
        data: { status: "failed", error: `Analysis failed: ${publicReason(e)}.` },
      });
    }
  }
  // a job leaves the comparison to a comparison job, so a burst of imports is compared once
  if (options.compare !== false) await refreshComparison(storyId);
}

/** Re-compares a story and clears a recorded failure; throws when the comparison fails. */
export async function compareStory(storyId: string): Promise<void> {
  await persistComparison(storyId);
  await db.story.update({ where: { id: storyId }, data: { comparisonError: null } });
}

/** The reason a story's comparison failed, as stored on the story and shown on its page. */
export const comparisonFailure = (reason: string) => `The comparison failed: ${reason}.`;

/** Re-compares a story; a failure is recorded on the story (comparisonError) and retried on the next import or start. */
export async function refreshComparison(storyId: string): Promise<void> {
  try {
    await compareStory(storyId);
  } catch (e) {
    console.error(e);
    await db.story.update({ where: { id: storyId }, data: { comparisonError: comparisonFailure(publicReason(e)) } }).catch(() => undefined);
  }
}
