-- The evidence a reviewer saw, and whether re-analysis changed it since.
ALTER TABLE "Discrepancy" ADD COLUMN "reviewedEvidence" TEXT;
ALTER TABLE "Discrepancy" ADD COLUMN "changedSinceReview" BOOLEAN NOT NULL DEFAULT false;
