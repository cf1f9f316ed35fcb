-- Articles imported without a story, waiting for an editor to accept the story Parallax proposes.
CREATE TABLE "InboxItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rawInput" TEXT NOT NULL,
    "inputType" TEXT NOT NULL,
    "sourceName" TEXT,
    "title" TEXT,
    "outlet" TEXT,
    "publishedLocal" TEXT,
    "contentHash" TEXT NOT NULL,
    "group" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "InboxItem_contentHash_key" ON "InboxItem"("contentHash");

-- The inbox reports an input that is in a story already.
CREATE INDEX "Article_contentHash_idx" ON "Article"("contentHash");
