// Messages between the web server and its analysis child process.
import type { ArticleAnalysis } from "../analysis/types";
import type { Comparison, StoryArticleInput } from "../compare/types";

export type AnalysisRequest =
  | { id: number; kind: "analyze"; body: string; publishedAt: string | null; /** ISO instant */ storyReferenceDate: string | null }
  | { id: number; kind: "compare"; articles: StoryArticleInput[] };

export type AnalysisReply =
  | { id: number; ok: true; analysis?: ArticleAnalysis; comparison?: Comparison }
  | { id: number; ok: false; message: string };

/** Sent once by the child when it has loaded and takes requests. */
export const READY = "ready";
