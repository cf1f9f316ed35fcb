// One request size limit for every way in (API JSON, import form, server actions): checked on the
// declared length before any body is read, and given to Next so it never cuts a body short below it.

/** Largest request body accepted: room for an import of several 2 MB articles. */
export const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

/** The same limit in Next's size notation. */
export const MAX_REQUEST_SIZE = `${MAX_REQUEST_BYTES / (1024 * 1024)}mb` as const;

/** Whether a request declares a body over the limit (a missing or malformed length is judged later, by the reader). */
export function overLimit(contentLength: string | null): boolean {
  if (!contentLength || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > MAX_REQUEST_BYTES;
}

export function tooLargeMessage(): string {
  return `The request is larger than ${MAX_REQUEST_BYTES / (1024 * 1024)} MB, the most Parallax accepts at once; import fewer or smaller files at a time.`;
}
