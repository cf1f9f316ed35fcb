import { getCurrentUser } from "@/lib/auth/session";
import { claimsQuery, listStoryClaims } from "@/lib/data/list-story-claims";
import { handle } from "../../../_lib/http";

export const dynamic = "force-dynamic";

/** A page of the story's claims: `?kind=quote|role|action|date|number`, `?limit=1..500`, `?cursor=<nextCursor>`. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const query = claimsQuery(new URL(request.url).searchParams);
    return Response.json(await listStoryClaims(await getCurrentUser(), (await params).id, query));
  });
}
