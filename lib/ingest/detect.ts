// Input type detection and binary-content checks.

import type { InputType } from "./types";

const EXT_TYPES: Record<string, InputType> = {
  html: "html", htm: "html", xhtml: "html", shtml: "html",
  json: "json",
  txt: "text", text: "text", md: "text",
};

const RE_HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;
const RE_HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|meta|li|ul|ol|script|style|body|head|html|title|img|figure|main|nav|header|footer|table|tr|td|link|blockquote|em|strong|b|i)\b[^<>]*>/gi;

/** Type of an input: the file extension of `source` when it has a known one, else the content's shape. */
export function detectInputType(content: string, source?: string): InputType {
  if (source) {
    const path = source.trim().replace(/[?#].*$/, "");
    const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
    if (ext && EXT_TYPES[ext] && !/^https?:\/\/[^/]+\/?$/i.test(path)) return EXT_TYPES[ext];
  }
  const head = content.slice(0, 20000).replace(/^\uFEFF/, "").trimStart();
  if (/^\{/.test(head) || /^\[\s*(?:[{["\]]|$)/.test(head)) return "json";
  if (RE_HTML_START.test(head)) return "html";
  let tags = 0;
  RE_HTML_TAG.lastIndex = 0;
  while (RE_HTML_TAG.exec(head) && ++tags < 3);
  return tags >= 3 ? "html" : "text";
}

/**
 * Whether content looks binary: any NUL character, or more than 10% control or
 * replacement characters (U+FFFD) in the first 64k characters.
 */
export function looksBinary(content: string): boolean {
  const n = Math.min(content.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = content.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127 || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > 0.1;
}
