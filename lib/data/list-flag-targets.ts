import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { AppError } from "./errors";

/** What can be flagged in a story: its claim groups, and claims that are in no group. */
export async function listFlagTargets(actor: Actor | null, storyId: string) {
  authorize(actor, "review.read");
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true, title: true } });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const [groups, loose] = await Promise.all([
    db.claimGroup.findMany({
      where: { storyId },
      orderBy: [{ kind: "asc" }, { label: "asc" }],
      select: { id: true, kind: true, label: true, _count: { select: { members: true } } },
    }),
    db.claim.findMany({
      where: { article: { storyId }, members: { none: {} } },
      orderBy: [{ kind: "asc" }, { start: "asc" }],
      take: 500,
      select: { id: true, kind: true, text: true, article: { select: { title: true, outlet: { select: { name: true } } } } },
    }),
  ]);
  return {
    story,
    groups: groups.map((g) => ({ id: g.id, kind: g.kind, label: g.label, members: g._count.members })),
    claims: loose.map((c) => ({ id: c.id, kind: c.kind, text: c.text, outlet: c.article.outlet?.name ?? c.article.title ?? null })),
  };
}
