// The review state machine. Pure, shared by the data layer and the UI.

export const REVIEW_STATUSES = ["open", "in_review", "confirmed", "dismissed", "resolved"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * open -> in_review -> confirmed | dismissed; in_review can go back to open;
 * confirmed, dismissed and resolved (set by the analysis when a discrepancy no
 * longer holds) can be reopened.
 */
export const TRANSITIONS: Record<ReviewStatus, readonly ReviewStatus[]> = {
  open: ["in_review"],
  in_review: ["confirmed", "dismissed", "open"],
  confirmed: ["open"],
  dismissed: ["open"],
  resolved: ["open"],
};

export const STATUS_LABEL: Record<ReviewStatus, string> = {
  open: "Open",
  in_review: "In review",
  confirmed: "Confirmed",
  dismissed: "Dismissed",
  resolved: "Resolved",
};

/** The label of the button that moves a discrepancy to `to`. */
export const TRANSITION_LABEL: Record<ReviewStatus, string> = {
  open: "Reopen",
  in_review: "Start review",
  confirmed: "Confirm",
  dismissed: "Dismiss",
  resolved: "Resolve",
};

/** A reviewer's verdict: it stands on the evidence seen when it was given. */
export function isVerdict(status: string): boolean {
  return status === "confirmed" || status === "dismissed";
}

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === "string" && (REVIEW_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: string, to: string): boolean {
  return isReviewStatus(from) && isReviewStatus(to) && TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: string): readonly ReviewStatus[] {
  return isReviewStatus(from) ? TRANSITIONS[from] : [];
}
