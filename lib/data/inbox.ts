import "server-only";
// The inbox read: its items grouped into proposed stories. Proposals are computed on every read
// (ingest is cheap, lib/cluster is pure): the editor's merges and moves, stored as InboxItem.group,
// win over the clustering; the rest follows it.
import { db } from "../db";
import { authorizeUser, type Actor } from "../auth/permissions";
import { clusterBatch, type ClusterInput } from "../cluster";
import { ingest } from "../ingest";
import type { InputType } from "../ingest/types";

export interface InboxEntry {
  id: string;
  title: string | null;
  sourceName: string | null;
  outlet: string | null;
  publishedLocal: string | null;
}

export interface Proposal {
  /** stable across reloads: the stored group, or "p-" + the smallest member id while the clustering decides */
  id: string;
  title: string;
  items: InboxEntry[];
  /** an existing story the proposal's articles cluster with: accepting adds them there */
  match: { storyId: string; title: string } | null;
}

/** Existing articles clustered with the inbox so a proposal can be recognised as an existing story's. */
const STORY_ARTICLES = 500;

/** What the clustering reads of an inbox item; a raw input that cannot be read is clustered by its title. */
function clusterInput(item: { id: string; rawInput: string; inputType: string; sourceName: string | null; title: string | null; publishedLocal: string | null }): ClusterInput {
  try {
    const a = ingest({ content: item.rawInput, type: item.inputType as InputType, source: item.sourceName ?? undefined });
    return { id: item.id, title: a.title, body: a.body, publishedAt: a.publishedAt };
  } catch {
    return { id: item.id, title: item.title, body: "", publishedAt: item.publishedLocal };
  }
}

export async function getInbox(actor: Actor | null): Promise<Proposal[]> {
  authorizeUser(actor, "story.create");
  const items = await db.inboxItem.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (items.length === 0) return [];
  const articles = await db.article.findMany({
    where: { status: "done", body: { not: null } },
    orderBy: { createdAt: "desc" },
    take: STORY_ARTICLES,
    select: { id: true, title: true, body: true, publishedLocal: true, story: { select: { id: true, title: true } } },
  });
  const storyOf = new Map(articles.map((a) => [`a:${a.id}`, a.story]));
  const clusters = clusterBatch([
    ...items.map(clusterInput),
    ...articles.map((a) => ({ id: `a:${a.id}`, title: a.title, body: a.body ?? "", publishedAt: a.publishedLocal })),
  ]);

  const clusterOf = new Map<string, { title: string; members: string[] }>();
  for (const c of clusters) for (const id of c.articles) clusterOf.set(id, { title: c.title, members: c.articles });

  // decided groups first, then each cluster's undecided items
  const groups = new Map<string, typeof items>();
  for (const item of items) {
    const key = item.group ?? `auto:${clusterOf.get(item.id)?.members[0] ?? item.id}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].map(([key, members]) => {
    const id = key.startsWith("auto:") ? `p-${members.map((m) => m.id).sort()[0]}` : key;
    // the story most of the members cluster with, if any
    const votes = new Map<string, { storyId: string; title: string; n: number }>();
    for (const m of members) {
      const seen = new Set<string>();
      for (const other of clusterOf.get(m.id)?.members ?? []) {
        const story = storyOf.get(other);
        if (!story || seen.has(story.id)) continue;
        seen.add(story.id);
        const v = votes.get(story.id) ?? { storyId: story.id, title: story.title, n: 0 };
        v.n++;
        votes.set(story.id, v);
      }
    }
    const best = [...votes.values()].sort((a, b) => b.n - a.n)[0];
    // the clustering's label when it is one of these members' titles (not an existing story's article); else the first title
    const label = clusterOf.get(members[0].id)?.title;
    const title = members.find((m) => m.title === label)?.title ?? members.find((m) => m.title)?.title ?? members[0].sourceName ?? "Untitled article";
    return {
      id,
      title,
      match: best ? { storyId: best.storyId, title: best.title } : null,
      items: members.map((m) => ({ id: m.id, title: m.title, sourceName: m.sourceName, outlet: m.outlet, publishedLocal: m.publishedLocal })),
    };
  });
}

/** The members of one proposal, or null when there is no such proposal (any more). */
export async function findProposal(actor: Actor | null, proposalId: string): Promise<Proposal | null> {
  return (await getInbox(actor)).find((p) => p.id === proposalId) ?? null;
}
