"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/data/errors";
import { importArticles, MAX_ARTICLES_PER_IMPORT } from "@/lib/data/import-articles";
import { retryArticle } from "@/lib/data/retry-article";
import { fetchUrl } from "@/lib/data/fetch-url";
import { acceptedFileName, checkImportContent, decodeBytes, ACCEPTED_EXTENSIONS } from "@/lib/data/prepare-import";
import type { NewArticle, ArticleOverrides } from "@/lib/data/add-articles";

export type ImportField = "story" | "title" | "description" | "content" | "files" | "url" | "outlet" | "articleTitle" | "publishedAt" | "form";

export interface ImportState {
  errors?: Partial<Record<ImportField, string[]>>;
  message?: string | null;
  result?: {
    storyId: string;
    storyTitle: string | null;
    articles: { id: string; sourceName: string | null; title: string | null; status: string; error: string | null }[];
    duplicates: { sourceName: string | null; existingId: string }[];
  };
}

const Form = z.object({
  story: z.string().min(1, "Pick a story or create a new one."),
  title: z.string().trim().max(300, "A story title can be at most 300 characters.").optional(),
  description: z.string().trim().max(2000, "A description can be at most 2,000 characters.").optional(),
  content: z.string().optional(),
  url: z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "Enter a full http:// or https:// address." })]).optional(),
  outlet: z.string().trim().max(200).optional(),
  articleTitle: z.string().trim().max(500).optional(),
  publishedAt: z.union([z.literal(""), z.iso.date({ message: "Use a date like 2024-11-20." })]).optional(),
});

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Sign in to import articles.", errors: { form: ["Sign in to import articles."] } };
  const parsed = Form.safeParse({
    story: str(formData.get("story")),
    title: str(formData.get("title")),
    description: str(formData.get("description")),
    content: str(formData.get("content")),
    url: str(formData.get("url"))?.trim(),
    outlet: str(formData.get("outlet")),
    articleTitle: str(formData.get("articleTitle")),
    publishedAt: str(formData.get("publishedAt")),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as ImportState["errors"], message: "Check the fields marked below." };
  const f = parsed.data;
  const errors: NonNullable<ImportState["errors"]> = {};
  const add = (field: ImportField, message: string) => (errors[field] ??= []).push(message);

  const creating = f.story === "new";
  if (creating && !can(user.role, "story.create")) add("story", `Your role (${user.role}) may not create stories; pick an existing one.`);
  if (!creating && !can(user.role, "article.add")) return { message: `Your role (${user.role}) may not add articles.`, errors: { form: [`Your role (${user.role}) may not add articles.`] } };
  if (creating && !f.title) add("title", "A new story needs a title.");

  const overrides: ArticleOverrides = {};
  if (f.outlet) overrides.outlet = f.outlet;
  if (f.articleTitle) overrides.title = f.articleTitle;
  if (f.publishedAt) overrides.publishedAt = f.publishedAt;

  const inputs: NewArticle[] = [];
  // an empty file input still sends one nameless, empty part: skip it
  const files = formData
    .getAll("files")
    .filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && typeof (v as File).name === "string" && (v as File).name !== "" && (v as File).name !== "undefined");
  const content = f.content ?? "";
  // counted before any file is read or any story created: a refused import leaves nothing behind
  const count = files.length + (content.trim() ? 1 : 0) + (f.url ? 1 : 0);
  if (count > MAX_ARTICLES_PER_IMPORT) {
    const message = `${count} articles at once is more than the ${MAX_ARTICLES_PER_IMPORT} one import takes; import them in smaller batches.`;
    return { errors: { files: [message] }, message: "Nothing was imported. Fix the fields marked below and try again." };
  }
  if (!content.trim() && files.length === 0 && !f.url) {
    add("content", "Paste an article, choose files or give a URL: there is nothing to import.");
  }
  if (content.trim()) {
    try {
      const type = checkImportContent(content, { label: "The pasted text", field: "content" });
      inputs.push({ content, type, sourceName: "pasted text", overrides });
    } catch (e) {
      if (isAppError(e)) add("content", e.message);
      else throw e;
    }
  } else if (content.length > 0) {
    add("content", "The pasted text is empty (only spaces or line breaks).");
  }
  for (const file of files) {
    if (!acceptedFileName(file.name)) {
      add("files", `${file.name}: only ${ACCEPTED_EXTENSIONS.join(", ")} files can be imported.`);
      continue;
    }
    try {
      const text = decodeBytes(new Uint8Array(await file.arrayBuffer()), { label: file.name, field: "files" });
      const type = checkImportContent(text, { label: file.name, field: "files", source: file.name });
      inputs.push({ content: text, type, sourceName: file.name, overrides: files.length === 1 && !content.trim() && !f.url ? overrides : undefined });
    } catch (e) {
      if (isAppError(e)) add("files", e.message);
      else throw e;
    }
  }
  if (f.url && Object.keys(errors).length === 0) {
    try {
      const page = await fetchUrl(f.url);
      const type = checkImportContent(page.content, { label: "The page", field: "url", type: page.type });
      inputs.push({ content: page.content, type, url: page.url, sourceName: page.url, overrides });
    } catch (e) {
      if (isAppError(e)) add("url", e.message);
      else throw e;
    }
  }
  if (Object.keys(errors).length) return { errors, message: "Nothing was imported. Fix the fields marked below and try again." };

  try {
    const result = await importArticles(user, creating ? { title: f.title!, description: f.description } : f.story, inputs);
    const storyId = result.storyId;
    revalidatePath(`/stories/${storyId}`);
    revalidatePath("/");
    revalidatePath("/import");
    const added = result.articles.filter((a) => result.added.some((x) => x.id === a.id));
    const failed = added.filter((a) => a.status === "failed").length;
    const waiting = added.filter((a) => a.status === "queued" || a.status === "analysing").length;
    const parts = [
      `${result.added.length} article${result.added.length === 1 ? "" : "s"} added`,
      result.duplicates.length ? `${result.duplicates.length} already in the story (not stored twice)` : null,
      failed ? `${failed} could not be analysed` : null,
      waiting ? `${waiting} still being analysed (the story page shows the progress)` : null,
    ].filter(Boolean);
    return {
      message: `${parts.join("; ")}.`,
      result: {
        storyId,
        storyTitle: creating ? (f.title ?? null) : null,
        articles: result.articles.filter((a) => result.added.some((x) => x.id === a.id)),
        duplicates: result.duplicates,
      },
    };
  } catch (e) {
    if (isAppError(e)) {
      const field = (e.field as ImportField | undefined) ?? "form";
      return { errors: { [field]: [e.message] }, message: e.message };
    }
    throw e;
  }
}

export interface RetryState {
  message?: string | null;
  error?: string | null;
}

export async function retryArticleAction(_prev: RetryState, formData: FormData): Promise<RetryState> {
  const id = z.string().min(1).safeParse(formData.get("articleId"));
  if (!id.success) return { error: "No article given." };
  try {
    const r = await retryArticle(await getCurrentUser(), id.data);
    revalidatePath(`/stories/${r.storyId}`);
    revalidatePath("/import");
    if (r.status === "done") return { message: "Analysed." };
    if (r.status === "failed") return { error: r.error ?? "The analysis failed again." };
    return { message: "Queued for analysis; the story page shows the progress." };
  } catch (e) {
    if (isAppError(e)) return { error: e.message };
    throw e;
  }
}
