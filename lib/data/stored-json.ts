// The JSON values stored in text columns (SQLite and PostgreSQL alike), one zod schema each, used
// when writing and when reading: a claim's slots, a group's readings and variants, a discrepancy's
// evidence, an article's ingest segments and its editor overrides. Each schema is checked against
// the TypeScript type of its concept, so the two cannot drift apart.
import { z } from "zod";
import type { Claim, Entity } from "../analysis/types";
import { qualifierBound } from "../analysis/lexicons/number-words";
import { titleSlots } from "../analysis/role-title";
import { placePhraseKeys } from "../analysis/place-keys";
import type { DifferingWords, DiscrepancyReading, Reading, VariantTable } from "../compare/types";
import type { Segment } from "../ingest/types";
import type { ArticleOverrides } from "./add-articles";

const EntityRef = z.object({
  name: z.string(),
  id: z.string().optional(),
  kind: z.enum(["person", "org", "place", "other"]).optional(),
});

const MentionVia = z.enum(["name", "surname", "title", "pronoun", "description"]);
const EntityKind = z.enum(["person", "org", "place", "other"]);

/**
 * An article's entities as the analysis gave them, from the stored entities and mentions (one row
 * per mention, with its entity): the comparison resolves names through them as the CLI's does.
 * Rows of an unknown kind or way of naming are left out. Titles are not stored and come back empty:
 * the comparison reads them from the claims, never from the entities.
 */
export function readEntities(rows: { text: string; start: number; end: number; via: string; entity: { id: string; kind: string; name: string } }[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const r of rows) {
    const via = MentionVia.safeParse(r.via);
    const kind = EntityKind.safeParse(r.entity.kind);
    if (!via.success || !kind.success) continue;
    let e = byId.get(r.entity.id);
    if (!e) byId.set(r.entity.id, (e = { id: r.entity.id, kind: kind.data, name: r.entity.name, titles: [], mentions: [] }));
    e.mentions.push({ text: r.text, start: r.start, end: r.end, via: via.data });
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()];
}

const ClaimBase = { id: z.string(), text: z.string(), start: z.number(), end: z.number(), sentence: z.string() };

export const StoredClaim = z.discriminatedUnion("kind", [
  z.object({
    ...ClaimBase, kind: z.literal("quote"),
    quote: z.object({
      speaker: EntityRef.nullable(), quote: z.string(), cue: z.string().nullable(), direct: z.boolean(),
      recounted: z.boolean().optional(), via: EntityRef.nullable().optional(),
    }),
  }),
  z.object({
    ...ClaimBase, kind: z.literal("date"),
    date: z.object({
      date: z.string(), end: z.string().optional(), granularity: z.enum(["day", "month", "year", "range"]),
      phrase: z.string(), event: z.string().nullable(), reference: z.enum(["published", "story", "event", "none"]),
    }),
  }),
  z.object({
    ...ClaimBase, kind: z.literal("role"),
    role: z.object({
      person: EntityRef, title: z.string(), qualifier: z.string().nullable(),
      // rows stored before titles were typed get their slots from the title as written
      office: z.string().nullable().optional(), jurisdiction: z.array(z.string()).optional(),
      status: z.enum(["former", "acting", "elect"]).nullable().optional(),
    }).transform((r) => ({ ...r, ...(r.jurisdiction === undefined ? titleSlots(r.title, r.qualifier) : { office: r.office ?? null, jurisdiction: r.jurisdiction, status: r.status ?? null }) })),
  }),
  z.object({
    ...ClaimBase, kind: z.literal("action"),
    action: z.object({
      actor: z.string().nullable(), action: z.string(), verb: z.string(), object: z.string().nullable(),
      target: z.string().nullable(), place: z.string().nullable(),
      // rows stored before places were keyed get their keys from the place as written
      placeKeys: z.array(z.string()).nullable().optional(),
    }).transform((a) => ({ ...a, placeKeys: a.placeKeys === undefined ? placePhraseKeys(a.place) : a.placeKeys })),
  }),
  z.object({
    ...ClaimBase, kind: z.literal("number"),
    number: z.object({
      value: z.number(), max: z.number().optional(), unit: z.string().nullable(), qualifier: z.string().nullable(),
      // rows stored before the bound was a slot of its own get it from their qualifier
      bound: z.enum(["gt", "ge", "lt", "le", "approx", "near", "exact"]).optional(),
      counts: z.string().nullable(),
    }).transform((n) => ({ ...n, bound: n.bound ?? qualifierBound(n.qualifier) })),
  }),
]) satisfies z.ZodType<Claim>;

const StoredReading = z.object({
  text: z.string(), normalized: z.string(), articleIds: z.array(z.string()), claimIds: z.array(z.string()),
  independentSources: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<Reading>;

const StoredVariants = z.object({
  witnesses: z.array(z.string()),
  columns: z.array(z.object({
    tokens: z.record(z.string(), z.string().nullable()), varies: z.boolean(), outside: z.array(z.string()).optional(),
  })),
}) satisfies z.ZodType<VariantTable>;

/** ClaimGroup.data: what the comparison found about a group, beyond its label and members. */
export const GroupData = z.object({
  readings: z.array(StoredReading).default([]),
  consensus: z.string().nullable().default(null),
  variants: StoredVariants.nullable().default(null),
  departures: z.array(z.string()).default([]),
});
export type GroupData = z.infer<typeof GroupData>;

const EvidenceReading = z.object({
  // an editor's flag quotes a sentence, with no claim behind it
  text: z.string(), articleIds: z.array(z.string()), claimIds: z.array(z.string()).default([]),
  independentSources: z.number().int().nonnegative().optional(),
  sentence: z.boolean().optional(),
}) satisfies z.ZodType<DiscrepancyReading>;

const Differing = z.object({ articleIds: z.array(z.string()), words: z.array(z.string()) }) satisfies z.ZodType<DifferingWords>;

/** Discrepancy.evidence: the readings on each side, the words that differ, and an editor's reason for a flag. */
export const DiscrepancyEvidence = z.object({
  readings: z.array(EvidenceReading).default([]),
  differing: z.array(Differing).default([]),
  reason: z.string().optional(),
  /** keys of the other claim groups the same dispute was found in */
  alsoGroups: z.array(z.string()).optional(),
});
export type DiscrepancyEvidence = z.infer<typeof DiscrepancyEvidence>;

/** Story.sharedCopy: which articles reprint one text (spans stay with the comparison, not stored). */
export const StoredSharedCopy = z.object({
  groups: z.array(z.array(z.string())).default([]),
  pairs: z.array(z.object({
    a: z.string(), b: z.string(), wordsA: z.number(), wordsB: z.number(), shareA: z.number(), shareB: z.number(),
  })).default([]),
});
export type StoredSharedCopy = z.infer<typeof StoredSharedCopy>;

/** Article.segments: every line of the input, kept or removed with a reason. */
export const ArticleSegments = z.array(z.object({
  text: z.string(), kept: z.boolean(), reason: z.string().optional(),
}) satisfies z.ZodType<Segment>);

/** Article.overrides: what an editor corrected by hand. */
export const StoredOverrides = z.object({
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
}) satisfies z.ZodType<ArticleOverrides>;

/** Validates a value and writes it as the text a JSON column holds. */
export function toJsonColumn<S extends z.ZodType>(schema: S, value: z.input<S>): string {
  return JSON.stringify(schema.parse(value));
}

/**
 * Reads a JSON column through its schema. A value that is missing, not JSON or not of the schema
 * (a row written by an older version) reads as the fallback, never as an unchecked cast.
 */
export function fromJsonColumn<S extends z.ZodType, F = z.output<S>>(schema: S, text: string | null | undefined, fallback: F): z.output<S> | F {
  if (!text) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

/** A stored claim, or null when its row no longer reads as one. */
export const readClaim = (text: string | null | undefined): Claim | null => fromJsonColumn(StoredClaim, text, null);
export const readGroupData = (text: string | null | undefined): GroupData => fromJsonColumn(GroupData, text, GroupData.parse({}));
export const readEvidence = (text: string | null | undefined): DiscrepancyEvidence =>
  fromJsonColumn(DiscrepancyEvidence, text, DiscrepancyEvidence.parse({}));
export const readSegments = (text: string | null | undefined): Segment[] | null => fromJsonColumn(ArticleSegments, text, null);
export const readOverrides = (text: string | null | undefined): ArticleOverrides => fromJsonColumn(StoredOverrides, text, {});
export const readSharedCopy = (text: string | null | undefined): StoredSharedCopy =>
  fromJsonColumn(StoredSharedCopy, text, StoredSharedCopy.parse({}));
