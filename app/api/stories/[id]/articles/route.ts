import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/session";
import { importArticles, MAX_ARTICLES_PER_IMPORT } from "@/lib/data/import-articles";
import { fetchUrl } from "@/lib/data/fetch-url";
import { checkImportContent } from "@/lib/data/prepare-import";
import type { NewArticle } from "@/lib/data/add-articles";
import { handle, readJson } from "../../../_lib/http";

export const dynamic = "force-dynamic";

const Overrides = z
  .object({
    outlet: z.string().trim().max(200).nullish(),
    title: z.string().trim().max(500).nullish(),
    publishedAt: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).nullish(),
  })
  .optional();

const Body = z.union([
  z.object({
    articles: z
      .array(
        z.object({
          content: z.string(),
          type: z.enum(["text", "html", "json"]).optional(),
          sourceName: z.string().max(300).nullish(),
          url: z.url({ protocol: /^https?$/ }).nullish(),
          overrides: Overrides,
        }),
      )
      .min(1, "Add at least one article.")
      .max(MAX_ARTICLES_PER_IMPORT),
  }),
  z.object({ url: z.string().min(1), overrides: Overrides }),
], { error: "Send an object: {articles: [{content, ...}]} or {url}." });

/**
 * POST /api/stories/<id>/articles with {articles: [{content, type?, sourceName?, url?, overrides?}]}
 * or {url, overrides?} (fetched by the server). Reviewers and editors.
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const user = await requireSignedIn("article.add");
    const body = await readJson(request, Body);
    const storyId = (await params).id;
    let inputs: NewArticle[];
    if ("url" in body) {
      const page = await fetchUrl(body.url);
      inputs = [{ content: page.content, type: page.type, url: page.url, sourceName: page.url, overrides: body.overrides ?? undefined }];
    } else {
      inputs = body.articles.map((a, i) => {
        const label = a.sourceName ?? `articles[${i}]`;
        const type = checkImportContent(a.content, { label, field: `articles.${i}.content`, type: a.type, source: a.sourceName ?? a.url });
        return { content: a.content, type, sourceName: a.sourceName ?? null, url: a.url ?? null, overrides: a.overrides ?? undefined };
      });
    }
    const result = await importArticles(user, storyId, inputs);
    return Response.json(result, { status: result.added.length ? 201 : 200 });
  });
}
