// What "open discrepancies", "outlets" and "claims" mean for a story, in one
// place for the stories list and the story page.
import type { Prisma } from "../../generated/prisma/client";

/** Discrepancies still waiting for a reviewer; single-source notes are not discrepancies to review. */
export const OPEN_DISCREPANCY: Prisma.DiscrepancyWhereInput = { status: { in: ["open", "in_review"] }, kind: { not: "single_source" } };

export function articleCounts(articles: { outletId: string | null; _count: { claims: number } }[]): { outletCount: number; claimCount: number } {
  return {
    outletCount: new Set(articles.map((a) => a.outletId).filter(Boolean)).size,
    claimCount: articles.reduce((n, a) => n + a._count.claims, 0),
  };
}
