import "server-only";
// Accepting a proposal: its raw inputs become articles of a new story (or of the existing story the
// proposal matches), in the same transaction that takes them out of the inbox and enqueues their analysis.
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import type { AddArticlesResult, StoryTarget } from "./add-articles";
import { addArticles } from "./add-articles";
import { AppError } from "./errors";
import { getInbox } from "./inbox";
import { jobQueue } from "../jobs/queue";
import { settle } from "../jobs/settle";
import type { InputType } from "../ingest/types";

export interface AcceptResult extends AddArticlesResult {
  storyId: string;
}

/** `into`: "new" creates a story titled `title`; else the id of the story the proposal matches. */
export async function acceptProposal(actor: Actor | null, input: { proposalId: string; into: string; title: string }): Promise<AcceptResult> {
  const inbox = await getInbox(authorizeUser(actor, "story.create"));
  const proposal = inbox.find((p) => p.id === input.proposalId);
  if (!proposal) throw new AppError("not_found", "That proposal has changed since the page was loaded; reload the inbox and try again.", "form");
  if (input.into !== "new" && input.into !== proposal.match?.storyId) {
    throw new AppError("invalid_input", "Accept as a new story, or into the story the proposal matches.", "into");
  }
  const target: StoryTarget = input.into === "new" ? { title: input.title } : input.into;
  const ids = proposal.items.map((i) => i.id);
  const items = await db.inboxItem.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
  if (items.length !== ids.length) throw new AppError("not_found", "Some of these articles left the inbox meanwhile; reload the inbox and try again.", "form");
  const result = await addArticles(
    target,
    items.map((i) => ({ content: i.rawInput, type: i.inputType as InputType, sourceName: i.sourceName })),
    { alsoInTransaction: (tx) => tx.inboxItem.deleteMany({ where: { id: { in: ids } } }) },
  );
  if (result.added.length) await settle(jobQueue(), result.storyId, { articles: result.added.length });
  return result;
}
