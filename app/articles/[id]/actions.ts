"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/data/errors";
import { editArticleDetails, removeArticle } from "@/lib/data/edit-article";

export interface ArticleActionState {
  errors?: Partial<Record<"outlet" | "title" | "publishedAt" | "confirm" | "form", string>>;
  message?: string | null;
  ok?: boolean;
}

const field = (f: FormData, name: string) => String(f.get(name) ?? "");

function failure(e: unknown): ArticleActionState {
  if (isAppError(e)) {
    const key = (["outlet", "title", "publishedAt"].includes(e.field ?? "") ? e.field : "form") as keyof NonNullable<ArticleActionState["errors"]>;
    return { errors: { [key]: e.message }, message: e.message };
  }
  throw e;
}

export async function editArticleAction(_prev: ArticleActionState, formData: FormData): Promise<ArticleActionState> {
  const id = field(formData, "id");
  try {
    const { storyId } = await editArticleDetails(await getCurrentUser(), id, {
      outlet: field(formData, "outlet"), title: field(formData, "title"), publishedAt: field(formData, "publishedAt"),
    });
    revalidatePath(`/articles/${id}`);
    revalidatePath(`/stories/${storyId}`);
    return { ok: true, message: "Saved; the article is analysed again (the story page shows the progress)." };
  } catch (e) {
    return failure(e);
  }
}

export async function removeArticleAction(_prev: ArticleActionState, formData: FormData): Promise<ArticleActionState> {
  if (formData.get("confirm") !== "yes") return { errors: { confirm: "Tick the box to confirm the removal." }, message: "Tick the box to confirm the removal." };
  let storyId: string;
  try {
    ({ storyId } = await removeArticle(await getCurrentUser(), field(formData, "id")));
  } catch (e) {
    return failure(e);
  }
  revalidatePath(`/stories/${storyId}`);
  redirect(`/stories/${storyId}?removed=1`);
}
