// Playwright helpers for the editorial workflow: demo accounts, a sign-in
// fixture that signs out (clears its cookies) afterwards, the sample story id.
import { test as base, expect, type Page, type APIRequestContext } from "@playwright/test";

export const PASSWORD = "parallax-demo";
export const USERS = {
  viewer: { email: "viewer@parallax.local", name: "Vera Viewer" },
  reviewer: { email: "reviewer@parallax.local", name: "Rafael Reviewer" },
  editor: { email: "editor@parallax.local", name: "Edith Editor" },
} as const;
export type DemoRole = keyof typeof USERS;

/** Signs in through the form and waits for the header to show the user and role. */
export async function signIn(page: Page, role: DemoRole, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(USERS[role].email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const menu = page.getByTestId("auth-menu");
  await expect(menu).toContainText(USERS[role].name);
  await expect(menu).toContainText(role);
}

export const test = base.extend<{ signInAs: (role: DemoRole, next?: string) => Promise<void> }>({
  signInAs: async ({ page }, use) => {
    await use((role, next) => signIn(page, role, next));
    await page.context().clearCookies();
  },
});

export { expect };

/** The id of the sample story (the one the seed loads), from the open read API. */
export async function sampleStoryId(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/stories");
  expect(res.status()).toBe(200);
  const { stories } = (await res.json()) as { stories: { id: string; title: string }[] };
  const story = stories.find((s) => /offer of troops/i.test(s.title));
  expect(story, "the sample story is loaded").toBeTruthy();
  return story!.id;
}

/** Imports one pasted article with an outlet into a story, or a new story by its title; returns the story's id. */
export async function importPasted(page: Page, text: string, outlet: string, into: { storyId: string } | { newStory: string }): Promise<string> {
  await page.goto("newStory" in into ? "/import" : `/import?story=${into.storyId}`);
  if ("newStory" in into) {
    await page.getByLabel("Add to").selectOption("new");
    await page.getByLabel("Title of the new story").fill(into.newStory);
  }
  await page.getByLabel("Paste text or HTML").fill(text);
  await page.getByLabel("Outlet").fill(outlet);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("#import-status")).toBeFocused({ timeout: 60_000 });
  await expect(page.getByRole("main").getByRole("status").first()).toContainText("1 article added");
  return (await page.getByRole("link", { name: "Open the story →" }).getAttribute("href"))!.split("/").pop()!;
}

export const SCREENS = "test-results/screens";
