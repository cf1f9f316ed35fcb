-- The language of an article's body; claims are extracted from English only.
ALTER TABLE "Article" ADD COLUMN "language" TEXT;
