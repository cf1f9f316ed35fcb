-- CreateIndex
CREATE INDEX "Article_storyId_updatedAt_idx" ON "Article"("storyId", "updatedAt");

-- CreateIndex
CREATE INDEX "GroupMember_claimId_idx" ON "GroupMember"("claimId");

-- CreateIndex
CREATE INDEX "Discrepancy_storyId_updatedAt_idx" ON "Discrepancy"("storyId", "updatedAt");

