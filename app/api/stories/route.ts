import { z } from "zod";
import { requireUser, requireSignedIn } from "@/lib/auth/session";
import { listStories } from "@/lib/data/list-stories";
import { addStory } from "@/lib/data/add-story";
import { handle, readJson } from "../_lib/http";

export const dynamic = "force-dynamic";

export function GET() {
  return handle(async () => {
    await requireUser("story.read");
    return Response.json({ stories: await listStories() });
  });
}

const NewStory = z.object({
  title: z.string().trim().min(1, "A story needs a title.").max(300),
  description: z.string().max(2000).nullish(),
});

/** Creates a story (editors). */
export function POST(request: Request) {
  return handle(async () => {
    const user = await requireSignedIn("story.create");
    const input = await readJson(request, NewStory);
    const story = await addStory(user, input);
    return Response.json({ story }, { status: 201 });
  });
}
