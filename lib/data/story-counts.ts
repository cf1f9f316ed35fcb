// What "open discrepancies", "outlets" and "claims" mean for a story, in one
// place for the stories list and the story page.
import type { Prisma } from "../../generated/prisma/client";
import { CONFIDENCE_THRESHOLD } from "../compare";
import { NOTE_KINDS } from "../compare/types";

/** What pages and the queue show: an editor's flag, or an analysis finding at or above the calibrated confidence. */
export const SHOWN_DISCREPANCY: Prisma.DiscrepancyWhereInput = {
  OR: [{ origin: { not: "analysis" } }, { confidence: { gte: CONFIDENCE_THRESHOLD } }],
};

/** Not a note: coverage (one outlet alone) and figure updates are not discrepancies to review. */
export const NOT_A_NOTE: Prisma.DiscrepancyWhereInput = { kind: { notIn: [...NOTE_KINDS] } };

/** The one definition of an open discrepancy, used by every count and the review queue. */
export const OPEN_DISCREPANCY: Prisma.DiscrepancyWhereInput = {
  status: { in: ["open", "in_review"] }, ...NOT_A_NOTE, ...SHOWN_DISCREPANCY,
};

/**
 * Outlets are the matrix's columns: the outlets of the analysed articles, each article whose
 * outlet is unknown counting as one of its own; claims over all articles.
 */
export function articleCounts(articles: { id: string; status: string; outletId: string | null; _count: { claims: number } }[]): { outletCount: number; claimCount: number } {
  return {
    outletCount: new Set(articles.filter((a) => a.status === "done").map((a) => a.outletId ?? `article:${a.id}`)).size,
    claimCount: articles.reduce((n, a) => n + a._count.claims, 0),
  };
}
