import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { exportStory, EXPORT_FORMATS } from "@/lib/data/export-story";
import { handle, originOf } from "../../../_lib/http";

export const dynamic = "force-dynamic";

const Query = z.object({
  format: z.enum(EXPORT_FORMATS, { message: "format must be csv, json or claimreview" }).default("json"),
  part: z.enum(["claims", "discrepancies"]).default("claims"),
  download: z.enum(["0", "1"]).default("1"),
});

/** GET /api/stories/<id>/export?format=csv|json|claimreview[&part=claims|discrepancies] */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const url = new URL(request.url);
    const q = Query.parse(Object.fromEntries(url.searchParams));
    const file = await exportStory(await getCurrentUser(), (await params).id, q.format, { part: q.part, baseUrl: originOf(request) });
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        ...(q.download === "1" ? { "content-disposition": `attachment; filename="${file.filename}"` } : {}),
        "cache-control": "no-store",
      },
    });
  });
}
