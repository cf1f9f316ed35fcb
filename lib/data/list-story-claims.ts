import "server-only";
import { db } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import { AppError } from "./errors";
import { readClaim } from "./stored-json";

/** A story's claims, per article, for the API; a viewer right. */
export async function listStoryClaims(actor: Actor | null, storyId: string) {
  authorize(actor, "story.read");
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new AppError("not_found", "There is no story with this id.");
  const claims = await db.claim.findMany({
    where: { article: { storyId } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    include: {
      article: { select: { id: true, title: true, url: true, outlet: { select: { name: true } } } },
      members: { select: { reading: true, group: { select: { id: true, key: true, label: true } } } },
    },
  });
  return claims.map((c) => ({
    id: c.id,
    key: c.key,
    kind: c.kind,
    text: c.text,
    sentence: c.sentence,
    start: c.start,
    end: c.end,
    slots: readClaim(c.slots),
    article: { id: c.article.id, title: c.article.title, url: c.article.url, outlet: c.article.outlet?.name ?? null },
    groups: c.members.map((m) => ({ ...m.group, reading: m.reading })),
  }));
}
