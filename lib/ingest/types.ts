// Public types of the article-ingest layer.

export type InputType = "text" | "html" | "json";

export interface RawInput {
  content: string;
  type?: InputType;
  /** file path or URL, used for type detection and outlet hints */
  source?: string;
}

/** One line (or unwrapped paragraph) of the input, marked kept or removed with a short reason. */
export interface Segment {
  text: string;
  kept: boolean;
  reason?: string;
}

export interface IngestedArticle {
  inputType: InputType;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601: with the offset when the source gave a zone, else local "YYYY-MM-DDTHH:mm[:ss]" or "YYYY-MM-DD" */
  publishedAt: string | null;
  publishedSource: "dateline" | "metadata" | null;
  /** the words the date came from */
  publishedText: string | null;
  authors: string[];
  /** cleaned body: paragraphs in order separated by "\n\n" */
  body: string;
  segments: Segment[];
  /** ISO 639-3 code of the body's language, "und" when too short to tell (see language.ts) */
  language: string;
}

/** What one input format's extractor gives; ingest() adds the language. */
export type ExtractedArticle = Omit<IngestedArticle, "language">;
