import { test } from "node:test";
import assert from "node:assert/strict";
import { detectInputType } from "../../../lib/ingest/index";

const CASES: [string, string | undefined, string][] = [
  ["Plain words of an article.", undefined, "text"],
  ["<!DOCTYPE html><html><body><p>x</p></body></html>", undefined, "html"],
  ["  <html lang=en><head></head><body>x</body></html>", undefined, "html"],
  ["<div><p>One</p><p>Two</p></div>", undefined, "html"],
  ['{"title": "x", "maintext": "y"}', undefined, "json"],
  ['[{"title": "x"}]', undefined, "json"],
  ["[Updated] The council met on Monday.", undefined, "text"],
  ["The tag <p> marks a paragraph in HTML.", undefined, "text"],
  ["anything", "page.html", "html"],
  ["anything", "/data/article.HTM", "html"],
  ["anything", "article.json", "json"],
  ["<p>a</p><p>b</p><p>c</p>", "notes.txt", "text"],
  ['{"a":1}', "https://example.com/news/story", "json"],
  ["<html><body><p>x</p></body></html>", "https://example.com/news/story.html?ref=1", "html"],
];

for (const [content, source, want] of CASES) {
  test(`detectInputType(${JSON.stringify(content.slice(0, 30))}, ${source}) = ${want}`, () => {
    assert.equal(detectInputType(content, source), want);
  });
}
