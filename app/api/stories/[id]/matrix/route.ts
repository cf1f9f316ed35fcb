import { requireUser } from "@/lib/auth/session";
import { getStoryMatrix } from "@/lib/data/get-story-matrix";
import { handle } from "../../../_lib/http";

export const dynamic = "force-dynamic";

/**
 * One page of the story's comparison matrix, as the story page shows it: `?kind=`, `?diff=1`,
 * `?page=` (rows) and `?outlets=` (columns). Served from the page cache while the story is unchanged.
 */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    await requireUser("story.read");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json({ matrix: await getStoryMatrix((await params).id, query) });
  });
}
