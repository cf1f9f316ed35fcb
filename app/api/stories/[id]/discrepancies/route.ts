import { getCurrentUser } from "@/lib/auth/session";
import { listStoryDiscrepancies } from "@/lib/data/list-story-discrepancies";
import { handle } from "../../../_lib/http";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => Response.json({ discrepancies: await listStoryDiscrepancies(await getCurrentUser(), (await params).id) }));
}
