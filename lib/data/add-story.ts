import "server-only";
import { authorizeUser, type Actor } from "../auth/permissions";
import { createStory } from "./create-story";
import { AppError } from "./errors";

export const MAX_DESCRIPTION_CHARS = 2000;

/** Creates a story (editors only). */
export async function addStory(actor: Actor | null, input: { title: string; description?: string | null }): Promise<{ id: string; title: string }> {
  authorizeUser(actor, "story.create");
  if ((input.description ?? "").length > MAX_DESCRIPTION_CHARS) {
    throw new AppError("invalid_input", `A description can be at most ${MAX_DESCRIPTION_CHARS} characters.`, "description");
  }
  const story = await createStory({ title: input.title, description: input.description });
  return { id: story.id, title: story.title };
}
