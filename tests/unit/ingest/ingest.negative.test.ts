// Inputs that must be refused, and lines that must not be misread.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingest, IngestError, type IngestErrorCode } from "../../../lib/ingest/index";
import { parseDateline } from "../../../lib/ingest/datelines";

const BODY = [
  "The city council approved a new budget on Wednesday after a long debate about library hours.",
  "The plan raises spending by 3 percent and draws on the reserve fund to cover a shortfall.",
  "Council members said the vote was close but that the roads would finally be repaired.",
].join("\n\n");

function refuses(code: IngestErrorCode, fn: () => unknown, message?: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof IngestError, "an IngestError");
    assert.equal(e.code, code);
    assert.match(e.message, /^[A-Z].*\.$/, "one sentence");
    if (message) assert.match(e.message, message);
    return true;
  });
}

test("empty and whitespace-only input", () => {
  refuses("empty", () => ingest({ content: "" }));
  refuses("empty", () => ingest({ content: "  \n\t \r\n " }));
  refuses("empty", () => ingest({ content: undefined as unknown as string }));
});

test("binary input", () => {
  refuses("binary", () => ingest({ content: "PK\u0003\u0004\u0000\u0000 some zip bytes" }));
  refuses("binary", () => ingest({ content: "\uFFFD\uFFFD\u0001\u0002abc\uFFFD\u0007\uFFFD\u0010" }));
});

test("malformed JSON names the parser's complaint", () => {
  refuses("malformed_json", () => ingest({ content: '{"title": "x", "maintext": ' }), /not valid JSON: /);
  refuses("malformed_json", () => ingest({ content: "not json at all", source: "article.json" }), /article\.json is not valid JSON/);
  refuses("unsupported_json", () => ingest({ content: "[1, 2, 3]", type: "json" }));
  refuses("unsupported_json", () => ingest({ content: "[{\"title\": \"a\"}, {\"title\": \"b\"}]" }));
});

test("input without a body sentence", () => {
  refuses("no_body", () => ingest({ content: "Home\nNews\nSports\nAdvertisement\nSubscribe" }));
  refuses("no_body", () => ingest({ content: "<html><body><nav>Home | News</nav><p>Advertisement</p></body></html>" }));
  refuses("no_body", () => ingest({ content: '{"title": "Only a title", "maintext": ""}' }));
});

test("too large input", () => {
  refuses("too_large", () => ingest({ content: "a".repeat(10_000_001) }));
});

test("a caption that reads like a sentence is removed", () => {
  const caption = "This photo shows the clinic waiting room in Pine Hollow on Monday morning.";
  const a = ingest({ content: `Clinics get new money\n\n${BODY}\n\n${caption}\n\nThe department will announce a second round in the fall, officials said.` });
  assert.ok(!a.body.includes(caption));
  assert.equal(a.segments.find((s) => s.text === caption)?.reason, "caption");
  const ai = "This image is AI-generated and does not depict any real-life event or location.";
  assert.ok(!ingest({ content: `Budget passes\n\n${ai}\n\n${BODY}` }).body.includes(ai));
});

test("a numeric date is not read month-first", () => {
  const a = ingest({ content: `Budget passes after long debate\nUpdated: 04-05-2025 10:00 IST\n\n${BODY}` });
  assert.equal(a.publishedAt, "2025-05-04T10:00+05:30");
  assert.equal(parseDateline("Updated: 04-05-2025")!.date.iso, "2025-05-04");
  assert.equal(parseDateline("Updated: 05-25-2025"), null, "a dash date that is not day-first is refused, not guessed");
});

test("a dateline never comes out as today's date, and a date without a year is no dateline", () => {
  const a = ingest({ content: `Budget passes after long debate\nPublished: 10:39 | Monday\n\n${BODY}` });
  assert.equal(a.publishedAt, null);
  assert.equal(parseDateline("Updated 10:39"), null);
  assert.equal(parseDateline("Oct. 4 (UPI)"), null);
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(!String(ingest({ content: `Budget passes\nPublished: 5 May\n\n${BODY}` }).publishedAt).startsWith(today));
});

test("a sentence that mentions a date is body, not a dateline", () => {
  const line = "The vote took place on November 8, 2016, after months of campaigning.";
  const a = ingest({ content: `Election results\n\n${line}\n\n${BODY}` });
  assert.ok(a.body.includes(line));
  assert.equal(a.publishedAt, null);
});

test("prose that mentions an advertisement stays in the body", () => {
  const line = "The campaign spent $2 million on a single advertisement that ran during the final week.";
  const a = ingest({ content: `Campaign spending soars\n\n${BODY}\n\n${line}\n\nAdvertisement\n\nThe ad drew complaints from both parties.` });
  assert.ok(a.body.includes(line));
  assert.ok(a.body.includes("The ad drew complaints from both parties."));
  assert.ok(!a.body.split("\n\n").includes("Advertisement"));
});

test("short body paragraphs and a closing numbered summary stay", () => {
  const text = `Budget passes after long debate\n\n${BODY}\n\nAnd, yes, it is all legal.\n\n${BODY}\n\n1. The council approved the budget on a 5-2 vote.\n2. The reserve fund covers the shortfall.\n3. Library hours return on Sundays.`;
  const a = ingest({ content: text });
  for (const l of ["And, yes, it is all legal.", "1. The council approved the budget on a 5-2 vote.", "3. Library hours return on Sundays."]) {
    assert.ok(a.body.includes(l), l);
  }
  assert.equal(a.title, "Budget passes after long debate");
  assert.ok(!a.body.includes("Budget passes after long debate"));
});

test("a list of short title-case headlines before the story is not the title", () => {
  const list = ["Storm Warning Issued for Northern Coast", "Ferry Fares to Rise in January", "Harbour Tunnel Reopens After Repairs", "Local Team Wins Cup Final"];
  const a = ingest({ content: `${list.join("\n")}\n\nCouncil passes budget after long night\n\n${BODY}` });
  assert.equal(a.title, "Council passes budget after long night");
  for (const l of list) assert.ok(!a.body.includes(l));
});
