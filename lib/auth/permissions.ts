// The server-side permission check used by every data-layer function and
// route handler: authorize(user, action) throws AppError("unauthorized") when
// a sign-in is needed and AppError("forbidden") when the role may not.
import { AppError } from "../data/errors";
import { can, READ_ACTIONS, type Action, type Role } from "./roles";
import { readingRequiresSignIn } from "./settings";

export { can, ACTIONS, PERMISSIONS, ROLES, isRole, type Action, type Role } from "./roles";

/** The signed-in user as the data layer sees it. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const ACTION_LABEL: Record<Action, string> = {
  "story.read": "read stories",
  "review.read": "read the review queue",
  "article.add": "add articles",
  "article.retry": "retry an analysis",
  "article.edit": "correct or remove articles",
  "story.create": "create stories",
  "discrepancy.flag": "flag claims",
  "discrepancy.status": "change a discrepancy's status",
  "discrepancy.assign": "assign discrepancies",
  "discrepancy.note": "add notes",
  "user.manage": "manage users",
};

/**
 * Throws unless `actor` may do `action`. Anonymous visitors may read unless
 * reading requires a sign-in (PARALLAX_REQUIRE_SIGN_IN=1).
 */
export function authorize(actor: Actor | null | undefined, action: Action): asserts actor is Actor | null {
  if (!actor) {
    if (READ_ACTIONS.includes(action) && !readingRequiresSignIn()) return;
    throw new AppError("unauthorized", `Sign in to ${ACTION_LABEL[action]}.`);
  }
  if (!can(actor.role, action)) {
    throw new AppError("forbidden", `Your role (${actor.role}) may not ${ACTION_LABEL[action]}.`);
  }
}

/** Like authorize, for actions that always need a signed-in user; returns the user. */
export function authorizeUser(actor: Actor | null | undefined, action: Action): Actor {
  if (!actor) throw new AppError("unauthorized", `Sign in to ${ACTION_LABEL[action]}.`);
  authorize(actor, action);
  return actor;
}
