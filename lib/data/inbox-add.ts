import "server-only";
// Stores raw inputs in the inbox, before any story is chosen. The inputs were checked by the caller
// (prepare-import: size, binary, JSON, an article body); the same content twice is reported, not stored.
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { authorizeUser, type Actor } from "../auth/permissions";
import { ingest } from "../ingest";
import type { InputType } from "../ingest/types";
import { contentHash, validateRawInput, type NewArticle } from "./add-articles";
import { AppError } from "./errors";
import { MAX_ARTICLES_PER_IMPORT } from "./import-articles";

export interface InboxAddResult {
  added: { id: string; sourceName: string | null }[];
  /** inputs already in the inbox or in a story */
  duplicates: { sourceName: string | null; where: "inbox" | "story" }[];
}

export async function addToInbox(actor: Actor | null, inputs: (NewArticle & { type: InputType })[]): Promise<InboxAddResult> {
  authorizeUser(actor, "story.create");
  if (inputs.length === 0) throw new AppError("invalid_input", "Choose files or paste an article: there is nothing to import.", "files");
  if (inputs.length > MAX_ARTICLES_PER_IMPORT) {
    throw new AppError("invalid_input", `Import at most ${MAX_ARTICLES_PER_IMPORT} articles at once.`, "files");
  }
  inputs.forEach((input, i) => validateRawInput(input.content, input.sourceName ?? `Article ${i + 1}`));
  // extracted now so the inbox lists titles without re-reading every input
  const rows = inputs.map((input) => {
    const a = ingest({ content: input.content, type: input.type, source: input.sourceName ?? undefined });
    return {
      rawInput: input.content,
      inputType: input.type,
      sourceName: input.sourceName ?? null,
      title: a.title,
      outlet: a.outlet,
      publishedLocal: a.publishedAt,
      contentHash: contentHash(input.content),
    };
  });
  return whenUnlocked(() => db.$transaction(async (tx) => {
    const result: InboxAddResult = { added: [], duplicates: [] };
    const seen = new Set<string>();
    for (const row of rows) {
      const inStory = await tx.article.findFirst({ where: { contentHash: row.contentHash }, select: { id: true } });
      const inInbox = seen.has(row.contentHash) || (await tx.inboxItem.findUnique({ where: { contentHash: row.contentHash }, select: { id: true } }));
      if (inStory || inInbox) {
        result.duplicates.push({ sourceName: row.sourceName, where: inStory ? "story" : "inbox" });
        continue;
      }
      seen.add(row.contentHash);
      result.added.push(await tx.inboxItem.create({ data: row, select: { id: true, sourceName: true } }));
    }
    return result;
  }));
}
