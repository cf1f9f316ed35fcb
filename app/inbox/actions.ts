"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/data/errors";
import { addToInbox } from "@/lib/data/inbox-add";
import { acceptProposal } from "@/lib/data/inbox-accept";
import { dismissItem, mergeProposals, moveItem, splitProposal } from "@/lib/data/inbox-decide";
import { MAX_ARTICLES_PER_IMPORT } from "@/lib/data/import-articles";
import { gatherInboxInputs } from "@/lib/data/inbox-sources";
import { acceptedFileName } from "@/lib/data/prepare-import";

export interface InboxUploadState {
  errors?: Partial<Record<"files" | "content" | "urls" | "form", string[]>>;
  message?: string | null;
  /** one line per fetched URL or feed item: what happened to it */
  report?: { source: string; ok: boolean; message: string }[];
}

/** A file part of the form; an empty file input still sends one nameless, empty part. */
const isFile = (v: FormDataEntryValue): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && v.name !== "" && v.name !== "undefined";

/** Besides article files, the inbox reads feeds and JSON-lines dumps. */
const inboxFileName = (name: string) => acceptedFileName(name) || /\.(xml|rss|atom|jsonl|ndjson)$/i.test(name);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function uploadToInboxAction(_prev: InboxUploadState, formData: FormData): Promise<InboxUploadState> {
  const content = z.string().catch("").parse(formData.get("content"));
  const urls = z.string().catch("").parse(formData.get("urls"));
  const all = formData.getAll("files").filter(isFile);
  // a folder brings along files that are no articles (images, system files): they are skipped, and said so
  const files = all.filter((f) => inboxFileName(f.name));
  const skipped = all.length - files.length;
  if (files.length === 0 && !content.trim() && !urls.trim()) {
    const message = skipped ? `None of the ${plural(skipped, "file")} is a .txt, .html, .md, .json or feed file.` : "Choose files or a folder, paste an article or list URLs: there is nothing to import.";
    return { errors: { files: [message] }, message: "Nothing was imported." };
  }
  if (files.length > MAX_ARTICLES_PER_IMPORT) {
    return { errors: { files: [`${files.length} files at once is more than the ${MAX_ARTICLES_PER_IMPORT} one import takes; import them in smaller batches.`] }, message: "Nothing was imported." };
  }
  const gathered = await gatherInboxInputs({
    // a folder upload names files by their path inside it; the file's own name is what the editor knows
    files: await Promise.all(files.map(async (f) => ({ name: f.name.split("/").pop() ?? f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
    pasted: content,
    urls,
  });
  if (Object.keys(gathered.errors).length) return { errors: gathered.errors, message: "Nothing was imported. Fix the fields marked below and try again." };
  const report = gathered.report.length ? gathered.report : undefined;
  const passedOver = skipped + gathered.skipped.length;
  const failed = gathered.report.filter((r) => !r.ok).length;
  if (gathered.inputs.length === 0) return { message: "Nothing was imported: no address or feed item could be read (see below).", report };
  try {
    const r = await addToInbox(await getCurrentUser(), gathered.inputs);
    revalidatePath("/inbox");
    const parts = [
      `${plural(r.added.length, "article")} added to the inbox`,
      r.duplicates.length ? `${r.duplicates.length} already imported (not stored twice): ${r.duplicates.map((d) => d.sourceName).join(", ")}` : null,
      failed ? `${failed} not imported (see below)` : null,
      passedOver ? `${plural(passedOver, "file")} skipped (not an article file)` : null,
    ].filter(Boolean);
    return { message: `${parts.join("; ")}.`, report };
  } catch (e) {
    if (isAppError(e)) return { errors: { [e.field === "content" ? "content" : e.field === "files" ? "files" : "form"]: [e.message] }, message: e.message, report };
    throw e;
  }
}

export interface InboxDecisionState {
  /** which form the message concerns: "<intent>:<proposal or item id>" */
  target?: string;
  error?: string | null;
  message?: string | null;
}

const Decision = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("merge"), proposal: z.string().min(1), into: z.string().min(1, "Pick the proposal to merge into.") }),
  z.object({ intent: z.literal("move"), item: z.string().min(1), to: z.string().min(1, "Pick where to move the article.") }),
  z.object({ intent: z.literal("dismiss"), item: z.string().min(1) }),
  z.object({ intent: z.literal("split"), proposal: z.string().min(1), items: z.array(z.string().min(1)).min(1, "Tick the articles to split off first.") }),
  z.object({
    intent: z.literal("accept"),
    proposal: z.string().min(1),
    into: z.string().min(1),
    title: z.string().trim().max(300, "A story title can be at most 300 characters."),
  }),
]);

/** Every decision on the proposals goes through here, so the page has one place that announces the result. */
export async function decideInboxAction(_prev: InboxDecisionState, formData: FormData): Promise<InboxDecisionState> {
  const fields = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && k !== "items"));
  // the articles ticked for a split: one form field per article
  const parsed = Decision.safeParse({ ...fields, items: formData.getAll("items").filter((v) => typeof v === "string") });
  const target = `${formData.get("intent")}:${formData.get("proposal") ?? formData.get("item")}`;
  if (!parsed.success) return { target, error: parsed.error.issues[0]?.message ?? "Check the form." };
  const d = parsed.data;
  if (d.intent === "accept" && d.into === "new" && !d.title) return { target, error: "A new story needs a title." };
  const user = await getCurrentUser();
  let storyId: string;
  try {
    if (d.intent === "merge") {
      await mergeProposals(user, d.proposal, d.into);
      revalidatePath("/inbox");
      return { target, message: "Proposals merged." };
    }
    if (d.intent === "move") {
      await moveItem(user, d.item, d.to);
      revalidatePath("/inbox");
      return { target, message: d.to === "new" ? "Article moved to a proposal of its own." : "Article moved." };
    }
    if (d.intent === "split") {
      await splitProposal(user, d.proposal, d.items);
      revalidatePath("/inbox");
      return { target, message: `${d.items.length === 1 ? "1 article" : `${d.items.length} articles`} split off into a new proposal.` };
    }
    if (d.intent === "dismiss") {
      await dismissItem(user, d.item);
      revalidatePath("/inbox");
      return { target, message: "Article removed from the inbox." };
    }
    storyId = (await acceptProposal(user, { proposalId: d.proposal, into: d.into, title: d.title })).storyId;
  } catch (e) {
    if (isAppError(e)) return { target, error: e.message };
    throw e;
  }
  revalidatePath("/inbox");
  revalidatePath("/");
  revalidatePath(`/stories/${storyId}`);
  redirect(`/stories/${storyId}`);
}
