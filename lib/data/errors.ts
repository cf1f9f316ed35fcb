// Typed errors with codes: pages turn them into notFound() or messages, API
// routes into HTTP statuses.
export type AppErrorCode =
  | "not_found"
  | "invalid_input"
  | "duplicate"
  | "unauthorized"
  | "forbidden"
  | "conflict";

const STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  invalid_input: 400,
  duplicate: 409,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** the form field the message concerns, when there is one */
  readonly field?: string;
  constructor(code: AppErrorCode, message: string, field?: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = field;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
