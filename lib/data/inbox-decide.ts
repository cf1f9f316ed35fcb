import "server-only";
// The editor's decisions on the proposals: merge two, split one, move an item, dismiss an item. A decision is
// stored as InboxItem.group, which then wins over the clustering on every read.
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { whenUnlocked } from "./when-unlocked";
import { authorizeUser, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { getInbox, type Proposal } from "./inbox";

/** A new stored group; "g" keeps it apart from the "p-" ids of undecided proposals. */
const newGroup = () => `g${randomBytes(8).toString("hex")}`;

function stale(field: string): never {
  throw new AppError("not_found", "That proposal has changed since the page was loaded; reload the inbox and try again.", field);
}

/** The stored group for a proposal: its own when decided already, else a new one. */
const groupOf = (p: Proposal) => (p.id.startsWith("p-") ? newGroup() : p.id);

/** Puts every item of proposal `fromId` into proposal `intoId`. */
export async function mergeProposals(actor: Actor | null, fromId: string, intoId: string): Promise<void> {
  const inbox = await getInbox(authorizeUser(actor, "story.create"));
  if (fromId === intoId) throw new AppError("invalid_input", "Pick another proposal to merge into.", "into");
  const from = inbox.find((p) => p.id === fromId) ?? stale("into");
  const into = inbox.find((p) => p.id === intoId) ?? stale("into");
  await db.inboxItem.updateMany({ where: { id: { in: [...from.items, ...into.items].map((i) => i.id) } }, data: { group: groupOf(into) } });
}

/** Moves one item to another proposal, or (`to` = "new") to a proposal of its own. */
export async function moveItem(actor: Actor | null, itemId: string, to: string): Promise<void> {
  const inbox = await getInbox(authorizeUser(actor, "story.create"));
  const source = inbox.find((p) => p.items.some((i) => i.id === itemId)) ?? stale("to");
  if (to === "new") {
    await db.inboxItem.update({ where: { id: itemId }, data: { group: newGroup() } });
    return;
  }
  if (to === source.id) throw new AppError("invalid_input", "The article is in that proposal already.", "to");
  const target = inbox.find((p) => p.id === to) ?? stale("to");
  const group = groupOf(target);
  await whenUnlocked(() => db.$transaction([
    db.inboxItem.updateMany({ where: { id: { in: target.items.map((i) => i.id) } }, data: { group } }),
    db.inboxItem.update({ where: { id: itemId }, data: { group } }),
  ]));
}

/** Takes the chosen items out of a proposal into a new one of their own; the rest stay together. */
export async function splitProposal(actor: Actor | null, proposalId: string, itemIds: string[]): Promise<void> {
  const inbox = await getInbox(authorizeUser(actor, "story.create"));
  const proposal = inbox.find((p) => p.id === proposalId) ?? stale("form");
  const chosen = new Set(itemIds);
  if (chosen.size === 0) throw new AppError("invalid_input", "Tick the articles to split off first.", "items");
  const members = new Set(proposal.items.map((i) => i.id));
  if ([...chosen].some((id) => !members.has(id))) stale("items");
  if (chosen.size === members.size) throw new AppError("invalid_input", "Leave at least one article behind: splitting off every article changes nothing.", "items");
  const rest = proposal.items.map((i) => i.id).filter((id) => !chosen.has(id));
  await whenUnlocked(() => db.$transaction([
    db.inboxItem.updateMany({ where: { id: { in: rest } }, data: { group: groupOf(proposal) } }),
    db.inboxItem.updateMany({ where: { id: { in: [...chosen] } }, data: { group: newGroup() } }),
  ]));
}

/** Removes an item from the inbox (an off-topic page, an article not worth a story). */
export async function dismissItem(actor: Actor | null, itemId: string): Promise<void> {
  authorizeUser(actor, "story.create");
  const { count } = await db.inboxItem.deleteMany({ where: { id: itemId } });
  if (count === 0) stale("form");
}
