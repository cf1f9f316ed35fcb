// CSV quoting and the schema.org ClaimReview shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildClaimReview, csvField, toCsv } from "../../../lib/data/export-format";

const CASES: [unknown, string][] = [
  ["plain", "plain"],
  ["with, comma", '"with, comma"'],
  ['say "hi"', '"say ""hi"""'],
  ["two\nlines", '"two\nlines"'],
  ["cr\r\nlf", '"cr\r\nlf"'],
  [" leading space", '" leading space"'],
  ["", ""],
  [null, ""],
  [undefined, ""],
  [42, "42"],
  [-3.5, "-3.5"],
  ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
  ["+1 more", "'+1 more"],
  ["@handle", "'@handle"],
  ["-cmd", "'-cmd"],
  ["-12 people", "'-12 people"],
  ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
  ["\tTAB", "'\tTAB"],
  ["\r=1", "\"'\r=1\""],
  [-7, "-7"],
  [["a", "b"], "a; b"],
  [new Date("2025-05-03T12:00:00Z"), "2025-05-03T12:00:00.000Z"],
];

for (const [input, expected] of CASES) {
  test(`csvField(${JSON.stringify(input)})`, () => assert.equal(csvField(input), expected));
}

test("toCsv writes a header and CRLF-terminated rows that round-trip through a CSV parser", () => {
  const csv = toCsv([{ a: "x,y", b: 'q"q' }, { a: "line\nbreak", b: "" }], ["a", "b"]);
  assert.equal(csv, 'a,b\r\n"x,y","q""q"\r\n"line\nbreak",\r\n');
  // a minimal RFC 4180 parser
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && csv[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  assert.deepEqual(rows, [["a", "b"], ["x,y", 'q"q'], ["line\nbreak", ""]]);
});

test("ClaimReview has the schema.org shape", () => {
  const review = buildClaimReview(
    {
      id: "d1",
      kind: "quote_wording",
      severity: "major",
      summary: "Two outlets quote different words.",
      claim: "The minister said the plan is final",
      confirmedAt: new Date("2025-05-04T10:00:00Z"),
      note: "Checked against the video.",
      appearances: [
        { text: "the plan is final", url: "https://a.example/story", outlet: "Outlet A", title: "Headline A", publishedAt: "2025-05-03" },
        { text: "the plan is settled", url: null, outlet: "Outlet B", title: null, publishedAt: null },
      ],
    },
    { baseUrl: "http://localhost:3000/", organization: "Parallax" },
  );
  assert.equal(review["@context"], "https://schema.org");
  assert.equal(review["@type"], "ClaimReview");
  assert.equal(review.claimReviewed, "The minister said the plan is final");
  assert.equal(review.url, "http://localhost:3000/review/d1");
  assert.equal(review.reviewRating["@type"], "Rating");
  assert.match(review.reviewRating.alternateName, /^Confirmed: .*quote wording/);
  assert.deepEqual([review.reviewRating.ratingValue, review.reviewRating.worstRating, review.reviewRating.bestRating], [1, 1, 5]);
  assert.equal(review.itemReviewed["@type"], "Claim");
  assert.equal(review.itemReviewed.appearance.length, 2);
  assert.deepEqual(review.itemReviewed.appearance[0], {
    "@type": "Quotation",
    text: "the plan is final",
    url: "https://a.example/story",
    isPartOf: {
      "@type": "NewsArticle",
      url: "https://a.example/story",
      headline: "Headline A",
      datePublished: "2025-05-03",
      publisher: { "@type": "Organization", name: "Outlet A" },
    },
  });
  assert.deepEqual(review.itemReviewed.appearance[1], {
    "@type": "Quotation", text: "the plan is settled", isPartOf: { "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Outlet B" } },
  });
  assert.deepEqual(review.author, { "@type": "Organization", name: "Parallax", url: "http://localhost:3000" });
  assert.equal(review.datePublished, "2025-05-04");
  assert.match(review.reviewBody, /Checked against the video/);
  // it is valid JSON (what the export writes)
  assert.deepEqual(JSON.parse(JSON.stringify(review)), review);
});
