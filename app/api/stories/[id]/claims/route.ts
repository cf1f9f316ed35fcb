import { getCurrentUser } from "@/lib/auth/session";
import { listStoryClaims } from "@/lib/data/list-story-claims";
import { handle } from "../../../_lib/http";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => Response.json({ claims: await listStoryClaims(await getCurrentUser(), (await params).id) }));
}
