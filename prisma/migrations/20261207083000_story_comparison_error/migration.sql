-- Why the last comparison of a story failed (null when it succeeded).
ALTER TABLE "Story" ADD COLUMN "comparisonError" TEXT;
