// Which language an article is written in, by franc's trigram model (it ships inside its npm
// package; nothing is downloaded). Extraction and storage work for any language; the claim
// analysis reads English only, so it runs on English articles and says so on the others.
import { franc } from "franc-min";

/** Below this many characters of body, franc cannot tell languages apart reliably. */
const MIN_CHARS = 80;
/** The first stretch of a body is enough to tell its language, and keeps a huge page cheap. */
const SAMPLE_CHARS = 6000;

/** ISO 639-3 code of the body's language ("eng", "spa", ...), or "und" when too short to tell. */
export function detectLanguage(body: string): string {
  return franc(body.slice(0, SAMPLE_CHARS), { minLength: MIN_CHARS });
}

/** The analysis runs on English, and on texts too short to tell (the benefit of the doubt). */
export function isAnalysedLanguage(code: string): boolean {
  return code === "eng" || code === "und";
}

/** "Spanish" for "spa"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
