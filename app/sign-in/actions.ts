"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signInWithPassword, signOut } from "@/lib/auth/sign-in";
import { safeNext } from "@/lib/auth/session";

export interface SignInState {
  errors?: { email?: string[]; password?: string[] };
  message?: string | null;
  email?: string;
}

const SignIn = z.object({
  email: z.email("Enter your email address, like name@example.org."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignIn.safeParse({ email: formData.get("email"), password: formData.get("password"), next: formData.get("next") ?? undefined });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: null, email };
  const result = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
  if (!result.ok) return { message: result.message, email };
  revalidatePath("/", "layout");
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  revalidatePath("/", "layout");
  redirect("/");
}
