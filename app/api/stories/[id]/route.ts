import { requireUser } from "@/lib/auth/session";
import { getStory } from "@/lib/data/get-story";
import { handle } from "../../_lib/http";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    await requireUser("story.read");
    return Response.json({ story: await getStory((await params).id) });
  });
}
