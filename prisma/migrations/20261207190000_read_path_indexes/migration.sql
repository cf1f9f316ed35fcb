-- Indexes for what every read asks: a story's version (lib/data/page-cache.ts) counts the story's
-- articles and discrepancies and takes their latest change, now from these indexes alone rather
-- than from rows that carry article text and evidence (5 ms to 1 ms for 4,700 discrepancies); a
-- claim's groups (the claims API, and deleting claims) were found by scanning every story's members.
-- CreateIndex
CREATE INDEX "Article_storyId_updatedAt_idx" ON "Article"("storyId", "updatedAt");

-- CreateIndex
CREATE INDEX "GroupMember_claimId_idx" ON "GroupMember"("claimId");

-- CreateIndex
CREATE INDEX "Discrepancy_storyId_updatedAt_idx" ON "Discrepancy"("storyId", "updatedAt");
