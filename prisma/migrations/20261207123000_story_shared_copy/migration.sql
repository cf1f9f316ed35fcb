-- Which articles of a story reprint one text, from its last comparison.
ALTER TABLE "Story" ADD COLUMN "sharedCopy" TEXT NOT NULL DEFAULT '{}';
