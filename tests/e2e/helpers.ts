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

export const SCREENS = "test-results/screens";
