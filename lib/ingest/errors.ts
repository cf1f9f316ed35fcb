export type IngestErrorCode =
  | "empty"
  | "binary"
  | "malformed_json"
  | "unsupported_json"
  | "no_body"
  | "too_large";

/** A failure to ingest an input, with a machine-readable code and a one-sentence message. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}
