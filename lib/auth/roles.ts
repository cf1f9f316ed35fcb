// Roles and the permission table. Pure: no Next, no database, so the table is
// tested on its own and shared by the data layer, route handlers and pages.

export const ROLES = ["viewer", "reviewer", "editor"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * Every action the app performs. Reading is a viewer right (anonymous visitors
 * read as viewers unless sign-in is required for reading); every change needs
 * a reviewer or an editor.
 */
export const ACTIONS = [
  "story.read", // stories, articles, claims, groups, exports, the API reads
  "review.read", // the review queue, a discrepancy and its history
  "article.add", // add articles to an existing story (paste, upload, URL)
  "article.retry", // re-run the analysis of a failed article
  "article.edit", // correct an article's outlet, title or date, or remove it from its story
  "story.create", // create a story (and add its first articles)
  "discrepancy.flag", // flag a claim group or claim even where the analysis found nothing
  "discrepancy.status", // move a discrepancy through the review states
  "discrepancy.assign", // assign a discrepancy to a reviewer or editor
  "discrepancy.note", // add a note to a discrepancy
  "user.manage", // create users and change roles
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions anyone may do when reading is open (no sign-in required for reading). */
export const READ_ACTIONS: readonly Action[] = ["story.read", "review.read"];

/**
 * Who may do what. Reviewers add articles to existing stories and review;
 * editors also create stories and manage users.
 */
export const PERMISSIONS: Record<Role, readonly Action[]> = {
  viewer: ["story.read", "review.read"],
  reviewer: [
    "story.read",
    "review.read",
    "article.add",
    "article.retry",
    "discrepancy.flag",
    "discrepancy.status",
    "discrepancy.assign",
    "discrepancy.note",
  ],
  editor: [...ACTIONS],
};

/** Whether a signed-in user with this role may do the action. */
export function can(role: Role | string | null | undefined, action: Action): boolean {
  if (!isRole(role)) return false;
  return PERMISSIONS[role].includes(action);
}

/** Roles a discrepancy can be assigned to. */
export const ASSIGNABLE_ROLES: readonly Role[] = ["reviewer", "editor"];
