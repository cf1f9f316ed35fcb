import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { readClaim, readEvidence, readSharedCopy } from "./stored-json";
import { buildClaimReview, toCsv } from "./export-format";
import { wordingsOf } from "./reading-wordings";

export const EXPORT_FORMATS = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

async function loadStory(storyId: string) {
  const story = await db.story.findUnique({
    where: { id: storyId },
    include: {
      articles: {
        orderBy: [{ publishedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
        include: {
          outlet: { select: { name: true } },
          claims: { orderBy: { start: "asc" }, include: { members: { include: { group: { select: { key: true, label: true } } } } } },
        },
      },
      discrepancies: {
        orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
        include: {
          group: { select: { key: true, label: true } },
          assignee: { select: { name: true } },
          events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
        },
      },
    },
  });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  return story;
}

type LoadedStory = Awaited<ReturnType<typeof loadStory>>;

function claimRows(story: LoadedStory) {
  return story.articles.flatMap((a) =>
    a.claims.map((c) => ({
      story_id: story.id,
      article_id: a.id,
      outlet: a.outlet?.name ?? "",
      article_title: a.title ?? "",
      article_url: a.url ?? "",
      published: a.publishedLocal ?? "",
      claim_key: c.key,
      kind: c.kind,
      text: c.text,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      groups: c.members.map((m) => m.group.label),
    })),
  );
}

/**
 * The evidence an export carries: what the reviewer saw while a review or verdict stands (a
 * change since is reported beside it, never passed off as reviewed), else the evidence as it is;
 * each reading in each article's own words.
 */
function exportedEvidence(story: LoadedStory, d: LoadedStory["discrepancies"][number]) {
  const claimText = new Map(story.articles.flatMap((a) => a.claims.map((c) => [`${a.id}#${c.key}`, c.text] as const)));
  const ev = readEvidence(d.reviewedEvidence ?? d.evidence);
  return {
    ...ev,
    readings: ev.readings.map((r) => ({ ...r, wordings: wordingsOf(r, (a, k) => claimText.get(`${a}#${k}`)).map((w) => ({ text: w.text, articleIds: w.articleIds })) })),
  };
}

function discrepancyRows(story: LoadedStory) {
  const labelOf = new Map(story.articles.map((a) => [a.id, a.outlet?.name ?? a.title ?? "an untitled article"]));
  return story.discrepancies.map((d) => {
    const ev = exportedEvidence(story, d);
    return {
      story_id: story.id,
      discrepancy_id: d.id,
      key: d.key,
      kind: d.kind,
      severity: d.severity,
      status: d.status,
      origin: d.origin,
      stale: d.stale,
      changed_since_review: d.changedSinceReview,
      group: d.group?.label ?? "",
      summary: d.summary,
      readings: ev.readings.flatMap((r) => r.wordings.map((w) => `"${w.text}" (${[...new Set(w.articleIds.map((id) => labelOf.get(id) ?? id))].join(", ")})`)),
      assignee: d.assignee?.name ?? "",
      updated_at: d.updatedAt,
    };
  });
}

function slugName(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "story";
}

/** A story as CSV (claims or discrepancies), JSON, or ClaimReview JSON-LD of its confirmed discrepancies; a viewer right. */
export async function exportStory(
  actor: Actor | null,
  storyId: string,
  format: ExportFormat,
  options: { part?: "claims" | "discrepancies"; baseUrl?: string } = {},
): Promise<ExportFile> {
  authorize(actor, "story.read");
  const story = await loadStory(storyId);
  const name = slugName(story.title);
  if (format === "csv") {
    if (options.part === "discrepancies") {
      const rows = discrepancyRows(story);
      return {
        body: toCsv(rows, ["story_id", "discrepancy_id", "key", "kind", "severity", "status", "origin", "stale", "changed_since_review", "group", "summary", "readings", "assignee", "updated_at"]),
        contentType: "text/csv; charset=utf-8",
        filename: `${name}-discrepancies.csv`,
      };
    }
    const rows = claimRows(story);
    return {
      body: toCsv(rows, ["story_id", "article_id", "outlet", "article_title", "article_url", "published", "claim_key", "kind", "text", "sentence", "start", "end", "groups"]),
      contentType: "text/csv; charset=utf-8",
      filename: `${name}-claims.csv`,
    };
  }
  if (format === "json") {
    const body = {
      story: { id: story.id, title: story.title, description: story.description, analyzedAt: story.analyzedAt },
      // articles that ran one text; each evidence reading's independentSources counts them once
      sharedCopy: readSharedCopy(story.sharedCopy),
      articles: story.articles.map((a) => ({
        id: a.id,
        outlet: a.outlet?.name ?? null,
        title: a.title,
        url: a.url,
        publishedAt: a.publishedLocal,
        status: a.status,
        language: a.language,
        // the text claims' offsets point into, so every quoted reading can be checked against it
        body: a.body,
        claims: a.claims.map((c) => ({ key: c.key, kind: c.kind, text: c.text, sentence: c.sentence, start: c.start, end: c.end, slots: readClaim(c.slots), groups: c.members.map((m) => m.group.key) })),
      })),
      discrepancies: story.discrepancies.map((d) => ({
        id: d.id,
        key: d.key,
        kind: d.kind,
        severity: d.severity,
        status: d.status,
        origin: d.origin,
        stale: d.stale,
        group: d.group ? { key: d.group.key, label: d.group.label } : null,
        summary: d.summary,
        evidence: exportedEvidence(story, d),
        changedSinceReview: d.changedSinceReview,
        ...(d.changedSinceReview ? { evidenceSinceReview: readEvidence(d.evidence) } : {}),
        assignee: d.assignee?.name ?? null,
        history: d.events.map((e) => ({ action: e.action, from: e.fromValue, to: e.toValue, note: e.note, by: e.actor?.name ?? null, at: e.createdAt })),
      })),
    };
    return { body: JSON.stringify(body, null, 2), contentType: "application/json; charset=utf-8", filename: `${name}.json` };
  }
  const articleById = new Map(story.articles.map((a) => [a.id, a]));
  const reviews = story.discrepancies
    .filter((d) => d.status === "confirmed")
    .map((d) => {
      const readings = exportedEvidence(story, d).readings;
      const confirm = [...d.events].reverse().find((e) => e.action === "status" && e.toValue === "confirmed");
      return buildClaimReview(
        {
          id: d.id,
          kind: d.kind,
          severity: d.severity,
          summary: d.summary,
          claim: d.group?.label ?? readings[0]?.text ?? d.summary,
          confirmedAt: confirm?.createdAt ?? d.updatedAt,
          note: confirm?.note ?? null,
          appearances: readings.flatMap((r) => r.wordings.flatMap((w) => w.articleIds.map((id) => {
            const a = articleById.get(id);
            return { text: w.text, url: a?.url ?? null, outlet: a?.outlet?.name ?? null, title: a?.title ?? null, publishedAt: a?.publishedLocal ?? null };
          }))),
        },
        { baseUrl: options.baseUrl ?? "http://localhost:3000", organization: process.env.PARALLAX_ORGANIZATION || "Parallax" },
      );
    });
  return { body: JSON.stringify(reviews, null, 2), contentType: "application/ld+json; charset=utf-8", filename: `${name}-claimreview.jsonld` };
}
