"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/data/errors";
import { addToInbox } from "@/lib/data/inbox-add";
import { acceptProposal } from "@/lib/data/inbox-accept";
import { dismissItem, mergeProposals, moveItem } from "@/lib/data/inbox-decide";
import { MAX_ARTICLES_PER_IMPORT } from "@/lib/data/import-articles";
import { acceptedFileName, checkImportContent, decodeBytes } from "@/lib/data/prepare-import";
import type { InputType } from "@/lib/ingest/types";

export interface InboxUploadState {
  errors?: Partial<Record<"files" | "content" | "form", string[]>>;
  message?: string | null;
}

/** A file part of the form; an empty file input still sends one nameless, empty part. */
const isFile = (v: FormDataEntryValue): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v && v.name !== "" && v.name !== "undefined";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function uploadToInboxAction(_prev: InboxUploadState, formData: FormData): Promise<InboxUploadState> {
  const content = z.string().catch("").parse(formData.get("content"));
  const all = formData.getAll("files").filter(isFile);
  // a folder brings along files that are no articles (images, system files): they are skipped, and said so
  const files = all.filter((f) => acceptedFileName(f.name));
  const skipped = all.length - files.length;
  const count = files.length + (content.trim() ? 1 : 0);
  if (count === 0) {
    const message = skipped ? `None of the ${plural(skipped, "file")} is a .txt, .html, .md or .json article.` : "Choose files or a folder, or paste an article: there is nothing to import.";
    return { errors: { files: [message] }, message: "Nothing was imported." };
  }
  if (count > MAX_ARTICLES_PER_IMPORT) {
    return { errors: { files: [`${count} articles at once is more than the ${MAX_ARTICLES_PER_IMPORT} one import takes; import them in smaller batches.`] }, message: "Nothing was imported." };
  }
  const errors: NonNullable<InboxUploadState["errors"]> = {};
  const inputs: { content: string; type: InputType; sourceName: string }[] = [];
  const check = async (field: "files" | "content", read: () => Promise<{ text: string; name: string }>) => {
    try {
      const { text, name } = await read();
      inputs.push({ content: text, type: checkImportContent(text, { label: name, field, source: name }), sourceName: name });
    } catch (e) {
      if (!isAppError(e)) throw e;
      (errors[field] ??= []).push(e.message);
    }
  };
  if (content.trim()) await check("content", async () => ({ text: content, name: "pasted text" }));
  for (const file of files) {
    // a folder upload names files by their path inside it; the file's own name is what the editor knows
    const name = file.name.split("/").pop() ?? file.name;
    await check("files", async () => ({ text: decodeBytes(new Uint8Array(await file.arrayBuffer()), { label: name, field: "files" }), name }));
  }
  if (Object.keys(errors).length) return { errors, message: "Nothing was imported. Fix the fields marked below and try again." };
  try {
    const r = await addToInbox(await getCurrentUser(), inputs);
    revalidatePath("/inbox");
    const parts = [
      `${plural(r.added.length, "article")} added to the inbox`,
      r.duplicates.length ? `${r.duplicates.length} already imported (not stored twice): ${r.duplicates.map((d) => d.sourceName).join(", ")}` : null,
      skipped ? `${plural(skipped, "file")} skipped (not an article file)` : null,
    ].filter(Boolean);
    return { message: `${parts.join("; ")}.` };
  } catch (e) {
    if (isAppError(e)) return { errors: { [e.field === "content" ? "content" : e.field === "files" ? "files" : "form"]: [e.message] }, message: e.message };
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
  z.object({
    intent: z.literal("accept"),
    proposal: z.string().min(1),
    into: z.string().min(1),
    title: z.string().trim().max(300, "A story title can be at most 300 characters."),
  }),
]);

/** Every decision on the proposals goes through here, so the page has one place that announces the result. */
export async function decideInboxAction(_prev: InboxDecisionState, formData: FormData): Promise<InboxDecisionState> {
  const parsed = Decision.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
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
