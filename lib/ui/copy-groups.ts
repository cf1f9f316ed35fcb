// How the story page names the articles of a copy group. Pure.
import { formatDate } from "../format";

export interface CopyArticle {
  label: string;
  title: string | null;
  publishedAt: Date | null;
}

/**
 * What tells an article apart from the other articles of its copy group shown under the same
 * outlet: its day, or its title when the day is the same too; null when its outlet is named once.
 */
export function copyArticleDetail(a: CopyArticle, group: CopyArticle[]): string | null {
  const same = group.filter((b) => b !== a && b.label === a.label);
  if (!same.length) return null;
  const day = formatDate(a.publishedAt);
  if (day && !same.some((b) => formatDate(b.publishedAt) === day)) return day;
  return a.title && a.title !== a.label ? a.title : day;
}
