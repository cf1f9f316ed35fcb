// Pure export formats: CSV (RFC 4180) and schema.org ClaimReview JSON-LD.

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or
 * surrounding space, quotes doubled. Text that a spreadsheet could run as a
 * formula (starting with =, +, -, @, a tab or a carriage return: "-1+cmd|..."
 * is one) is prefixed with an apostrophe; numbers stay numbers.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join("; ") : String(value);
  if (typeof value !== "number" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV with a header line; CRLF line ends as RFC 4180 says. */
export function toCsv<T extends Record<string, unknown>>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export interface ClaimReviewInput {
  id: string;
  kind: string;
  severity: string;
  summary: string;
  claim: string;
  /** when it was confirmed */
  confirmedAt: Date;
  note: string | null;
  /** each article's own words for the claim, and where they stand */
  appearances: { text: string; url: string | null; outlet: string | null; title: string | null; publishedAt: string | null }[];
}

export const KIND_LABEL: Record<string, string> = {
  quote_wording: "quote wording differs",
  role_conflict: "titles or roles conflict",
  detail_conflict: "details conflict",
  date_conflict: "dates conflict",
  number_conflict: "numbers conflict",
  internal_inconsistency: "internally inconsistent",
  single_source: "single source",
  figure_update: "figure updated",
  reviewer_flag: "flagged by a reviewer",
};

/** A schema.org ClaimReview (JSON-LD) for one confirmed discrepancy. */
export function buildClaimReview(item: ClaimReviewInput, site: { baseUrl: string; organization: string }) {
  const base = site.baseUrl.replace(/\/+$/, "");
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/review/${item.id}`,
    claimReviewed: item.claim,
    reviewBody: item.note ? `${item.summary} ${item.note}` : item.summary,
    // a confirmed verdict: the outlets' accounts differ; a major difference rates lowest
    reviewRating: {
      "@type": "Rating",
      ratingValue: item.severity === "major" ? 1 : 2,
      worstRating: 1,
      bestRating: 5,
      alternateName: `Confirmed: outlets disagree, ${KIND_LABEL[item.kind] ?? item.kind.replace(/_/g, " ")} (${item.severity})`,
    },
    itemReviewed: {
      "@type": "Claim",
      // each appearance is the exact text an outlet published, part of the article it stands in
      appearance: item.appearances.map((a) => ({
        "@type": "Quotation",
        text: a.text,
        ...(a.url ? { url: a.url } : {}),
        isPartOf: {
          "@type": "NewsArticle",
          ...(a.url ? { url: a.url } : {}),
          ...(a.title ? { headline: a.title } : {}),
          ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
          ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
        },
      })),
    },
    author: { "@type": "Organization", name: site.organization, url: base },
    datePublished: item.confirmedAt.toISOString().slice(0, 10),
  };
}
