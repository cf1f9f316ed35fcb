import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { AppError } from "./errors";

export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return base || "story";
}

/** Creates a story; pass a transaction client to create it together with its first articles. */
export async function createStory(input: { title: string; description?: string | null; slug?: string }, client: Pick<typeof db, "story"> = db) {
  const title = input.title.trim();
  if (!title) throw new AppError("invalid_input", "A story needs a title.", "title");
  if (title.length > 300) throw new AppError("invalid_input", "A story title can be at most 300 characters.", "title");
  const slug = input.slug ?? `${slugify(title)}-${randomBytes(3).toString("hex")}`;
  return client.story.create({ data: { title, slug, description: input.description?.trim() || null } });
}
