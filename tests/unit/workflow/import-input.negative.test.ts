// Each bad import input gets a clear message at the field it concerns.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../helpers/temp-db";
import { decodeBytes, checkImportContent, acceptedFileName } from "../../../lib/data/prepare-import";
import { MAX_ARTICLE_BYTES } from "../../../lib/data/add-articles";
import { AppError } from "../../../lib/data/errors";

const FIX = path.join(ROOT, "tests", "fixtures", "import");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIX, name)));

function refuses(fn: () => unknown, message: RegExp, field: string) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof AppError, `an AppError, got ${String(e)}`);
    assert.equal(e.code, "invalid_input");
    assert.equal(e.field, field);
    assert.match(e.message, message);
    return true;
  });
}

const BYTE_CASES: [string, Uint8Array, RegExp][] = [
  ["an empty file", read("empty.txt"), /empty/],
  ["a binary file", read("binary.png"), /binary/],
  ["a Latin-1 file", read("latin1.txt"), /not valid UTF-8/],
  ["an oversized file", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(97), /limit is 2 MB/],
];

for (const [name, bytes, message] of BYTE_CASES) {
  test(`upload: ${name} is refused at the file field`, () => refuses(() => decodeBytes(bytes, { label: "upload.txt", field: "files" }), message, "files"));
}

test("upload: the message names the file", () => {
  refuses(() => decodeBytes(read("latin1.txt"), { label: "latin1.txt", field: "files" }), /^latin1\.txt is not valid UTF-8/, "files");
});

const TEXT_CASES: [string, string, RegExp][] = [
  ["empty paste", "   \n\t ", /is empty/],
  ["whitespace only", "\n\n\n", /is empty/],
  ["binary paste (NUL)", "abc\u0000def and more text", /binary/],
  ["control characters", "\u0001\u0002\u0003\u0004\u0005\u0006".repeat(40), /not valid UTF-8|binary/],
  ["oversized paste", "word ".repeat(MAX_ARTICLE_BYTES / 5 + 10), /limit is 2 MB/],
  ["a single letter", "x", /no article body/],
  ["a JSON array", "[1, 2, 3]", /no article body|not an article object/],
  ["JSON nested 100,000 deep", "[".repeat(100_000) + "]".repeat(100_000), /not an article object|nested too deeply/],
  ["an object nested 100,000 deep", '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000), /no article body|nested too deeply/],
];

for (const [name, content, message] of TEXT_CASES) {
  test(`paste: ${name} is refused at the content field`, () => refuses(() => checkImportContent(content, { label: "The pasted text", field: "content" }), message, "content"));
}

test("an article in another language is not refused: it is stored and its language told", () => {
  const content = "El alcalde anunció el martes un nuevo presupuesto para la ciudad.\n\nEl consejo municipal aprobó el plan con siete votos a favor y dos en contra, según informaron los medios locales durante la sesión de la tarde.";
  assert.doesNotThrow(() => checkImportContent(content, { label: "The pasted text", field: "content" }));
});

test("malformed JSON is refused with the parser's reason", () => {
  const content = Buffer.from(read("malformed.json")).toString("utf8");
  refuses(() => checkImportContent(content, { label: "malformed.json", field: "files", source: "malformed.json" }), /malformed\.json is not valid JSON/, "files");
  refuses(() => checkImportContent('{"title": "x",, }', { label: "The pasted text", field: "content", type: "json" }), /not valid JSON/, "content");
});

test("JSON that is not an object is refused", () => {
  refuses(() => checkImportContent('"just a string"', { label: "string.json", field: "files", source: "string.json" }), /not an article object/, "files");
  refuses(() => checkImportContent("42", { label: "number.json", field: "files", source: "number.json" }), /not an article object/, "files");
});

// positive controls: the same checks pass good input
test("good inputs pass and get their type", () => {
  assert.equal(checkImportContent(Buffer.from(read("council-vote.txt")).toString("utf8"), { label: "a", field: "content", source: "council-vote.txt" }), "text");
  assert.equal(checkImportContent(Buffer.from(read("council-vote-b.html")).toString("utf8"), { label: "a", field: "files", source: "council-vote-b.html" }), "html");
  assert.equal(checkImportContent(Buffer.from(read("council-vote-c.json")).toString("utf8"), { label: "a", field: "files", source: "council-vote-c.json" }), "json");
});

test("declared charsets, BOMs and UTF-16 decode", () => {
  assert.equal(decodeBytes(read("latin1.txt"), { label: "x", field: "files", charset: "iso-8859-1" }).slice(0, 4), "Café");
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), { label: "x", field: "files" }), "hi");
  assert.equal(decodeBytes(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]), { label: "x", field: "files" }), "hi");
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>Caf'), Buffer.from([0xe9]), Buffer.from("</body></html>")]);
  assert.match(decodeBytes(new Uint8Array(html), { label: "x", field: "files" }), /Café/);
  assert.throws(() => decodeBytes(new Uint8Array([0x61]), { label: "x", field: "url", charset: "klingon-8" }), /cannot read/);
});

test("file names: accepted extensions", () => {
  for (const ok of ["a.txt", "B.HTML", "c.htm", "d.json", "e.md"]) assert.equal(acceptedFileName(ok), true, ok);
  for (const bad of ["a.pdf", "b.docx", "c.png", "noext"]) assert.equal(acceptedFileName(bad), false, bad);
});
