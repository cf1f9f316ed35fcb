// What one inbox import brings (files, paste, URL lists, feeds, news-please dumps) turned into raw
// inputs. Pages and feeds are served by a local HTTP server on 127.0.0.1; loopback is private, so the
// fetches run with allowPrivate except where the refusal itself is tested.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { useTempDatabase } from "../../helpers/temp-db";

useTempDatabase("inbox-sources");
const { gatherInboxInputs, looksLikeUrlList, parseUrlList, MAX_URLS_PER_IMPORT, FETCH_CONCURRENCY } = await import("../../../lib/data/inbox-sources");
const { AppError } = await import("../../../lib/data/errors");

const sentence = (n: string) => `The harbour board approved timetable ${n} on Tuesday, its chair told reporters after a long vote.`;
const page = (n: string) => `<!doctype html><html><head><title>Page ${n}</title></head><body><article><h1>Page ${n}</h1><p>${sentence(n)}</p></article></body></html>`;
const enc = (s: string) => new TextEncoder().encode(s);

let server: http.Server;
let base = "";
let inFlight = 0;
let maxInFlight = 0;
const timers = new Set<NodeJS.Timeout>();

const feedOf = (items: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loop Feed</title>${items}</channel></rss>`;

before(async () => {
  server = http.createServer((req, res) => {
    const p = new URL(req.url ?? "/", "http://x").pathname;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // closed also when the client gives up (a timed-out fetch)
    res.on("close", () => inFlight--);
    const reply = (status: number, type: string, body: string | Buffer, delay = 30) => {
      const t = setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { "content-type": type });
        res.end(body);
      }, delay);
      timers.add(t);
    };
    const article = /^\/a\/(\w+)$/.exec(p);
    if (article) return reply(200, "text/html; charset=utf-8", page(article[1]));
    if (p === "/image") return reply(200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (p === "/big") return reply(200, "text/plain", "x".repeat(200_000));
    if (p === "/slow") return reply(200, "text/html", page("slow"), 3000);
    if (p === "/missing") return reply(404, "text/html", "no");
    if (p === "/short") return reply(200, "text/html", "<html><body><p>Menu</p></body></html>");
    if (p === "/sitemap") return reply(200, "application/xml", "<urlset><url>x</url></urlset>");
    // a feed whose items carry summaries only (fetched from their relative links) and one without a link
    if (p === "/feed.xml") {
      return reply(200, "application/rss+xml", feedOf(`<item><title>One</title><link>/a/f1</link><description>teaser</description></item>
        <item><title>Two</title><link>a/f2</link><description>teaser</description></item>
        <item><title>Linkless</title><description>teaser</description></item>`));
    }
    reply(404, "text/plain", "not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  server.close();
});

const LOOPBACK = { allowPrivate: true, timeoutMs: 1000, maxBytes: 100_000 };
const gather = (input: Partial<{ files: { name: string; bytes: Uint8Array }[]; pasted: string; urls: string }>, options: object = LOOPBACK) =>
  gatherInboxInputs({ files: [], pasted: "", urls: "", ...input }, options);

const LISTS: { name: string; text: string; urls: string[]; problems: RegExp[]; repeated: number }[] = [
  { name: "blank lines, comments and surrounding spaces", text: "\n  https://a.example/1  \n\n# a comment\nhttp://b.example/2\n", urls: ["https://a.example/1", "http://b.example/2"], problems: [], repeated: 0 },
  { name: "duplicates kept once (also after normalising)", text: "https://a.example/1\nhttps://A.example/1\nhttps://a.example/1", urls: ["https://a.example/1"], problems: [], repeated: 2 },
  { name: "non-http schemes refused by line", text: "https://a.example/1\nftp://files.example/x\nfile:///etc/passwd\njavascript:alert(1)", urls: ["https://a.example/1"], problems: [/^Line 2: only http/, /^Line 3: only http/, /^Line 4: only http/], repeated: 0 },
  { name: "words that are no URL", text: "https://a.example/1\nnot a url\nexample.com/page", urls: ["https://a.example/1"], problems: [/^Line 2: “not a url” is not a URL/, /^Line 3: “example\.com\/page” is not a URL/], repeated: 0 },
  { name: "an empty list", text: "\n \n", urls: [], problems: [], repeated: 0 },
];

for (const c of LISTS) {
  test(`parseUrlList: ${c.name}`, () => {
    const r = parseUrlList(c.text);
    assert.deepEqual(r.urls, c.urls);
    assert.equal(r.problems.length, c.problems.length, r.problems.join(" | "));
    c.problems.forEach((re, i) => assert.match(r.problems[i], re));
    assert.equal(r.repeated, c.repeated);
  });
}

test(`parseUrlList refuses more than ${MAX_URLS_PER_IMPORT} URLs, and takes exactly that many`, () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `https://a.example/${i}`).join("\n");
  assert.equal(parseUrlList(list(MAX_URLS_PER_IMPORT)).urls.length, MAX_URLS_PER_IMPORT);
  assert.throws(() => parseUrlList(list(MAX_URLS_PER_IMPORT + 1)), (e: unknown) => e instanceof AppError && /has 51 URLs; one import fetches at most 50/.test(e.message));
});

const LOOKS: [string, string, boolean][] = [
  ["URLs with a comment", "# mine\nhttps://a.example/1\nhttps://b.example/2", true],
  ["one URL", "https://a.example/1", true],
  ["URLs and an ftp line (reported, not read as an article)", "https://a.example/1\nftp://x.example/f", true],
  ["an article that quotes a URL", `${sentence("x")}\nhttps://a.example/1`, false],
  ["only non-http addresses", "ftp://x.example/f\nmailto:a@b.example", false],
  ["empty", "", false],
];

for (const [name, text, want] of LOOKS) {
  test(`looksLikeUrlList: ${name} is ${want}`, () => assert.equal(looksLikeUrlList(text), want));
}

test("a URL list is fetched; each URL says what happened to it (refused type, too large, timeout, 404, no body, XML that is no feed)", async () => {
  const urls = ["/a/one", "/a/two", "/image", "/big", "/slow", "/missing", "/short", "/sitemap"].map((p) => base + p).join("\n");
  const r = await gather({ urls });
  assert.deepEqual(r.errors, {});
  assert.deepEqual(r.inputs.map((i) => [i.sourceName, i.type]), [[`${base}/a/one`, "html"], [`${base}/a/two`, "html"]]);
  assert.equal(r.inputs[0].content, page("one"), "stored exactly as served");
  const said = Object.fromEntries(r.report.map((x) => [x.source.slice(base.length), [x.ok, x.message]]));
  assert.deepEqual(said["/a/one"], [true, "fetched"]);
  const failures: [string, RegExp][] = [
    ["/image", /image\/png, not an article/],
    ["/big", /larger than the limit|the limit is/],
    ["/slow", /timed out/],
    ["/missing", /answered 404/],
    ["/short", /no article body/],
    ["/sitemap", /XML but not an RSS or Atom feed/],
  ];
  for (const [p, re] of failures) {
    assert.equal(said[p]?.[0], false, p);
    assert.match(String(said[p]?.[1]), re, p);
  }
});

test("loopback is refused unless private addresses are allowed, per URL", async () => {
  const r = await gather({ urls: `${base}/a/one\nhttp://localhost:${new URL(base).port}/a/two` }, { timeoutMs: 1000 });
  assert.equal(r.inputs.length, 0);
  assert.equal(r.report.length, 2);
  for (const line of r.report) {
    assert.equal(line.ok, false);
    assert.match(line.message, /private or local network address|local name/);
  }
});

test(`at most ${FETCH_CONCURRENCY} pages are fetched at once`, async () => {
  maxInFlight = 0;
  const urls = Array.from({ length: 12 }, (_, i) => `${base}/a/c${i}`).join("\n");
  const r = await gather({ urls });
  assert.equal(r.inputs.length, 12);
  assert.ok(maxInFlight <= FETCH_CONCURRENCY && maxInFlight > 1, `at most ${maxInFlight} at once`);
});

test("a feed URL: summary-only items are fetched from their (relative) links, a linkless one is reported", async () => {
  const r = await gather({ urls: `${base}/feed.xml` });
  assert.deepEqual(r.inputs.map((i) => i.sourceName).sort(), [`${base}/a/f1`, `${base}/a/f2`]);
  const linkless = r.report.find((x) => /Linkless/.test(x.source));
  assert.equal(linkless?.ok, false);
  assert.match(linkless!.message, /neither full text nor a link/);
});

test("a feed file: items with full content are taken from the feed, summary-only items are fetched", async () => {
  const xml = feedOf(`<item><title>Full</title><link>https://news.example.org/full</link><pubDate>Tue, 03 Feb 2026 09:30:00 +0100</pubDate>
    <content:encoded><![CDATA[<p>${sentence("full")}</p>]]></content:encoded></item>
    <item><title>Teaser</title><link>${base}/a/t1</link><description>t</description></item>`);
  const r = await gather({ files: [{ name: "news.rss", bytes: enc(xml) }] });
  assert.deepEqual(r.errors, {});
  assert.deepEqual(r.inputs.map((i) => [i.sourceName, i.type]), [["https://news.example.org/full", "html"], [`${base}/a/t1`, "html"]]);
  assert.match(r.inputs[0].content, /<title>Full<\/title>/);
  assert.deepEqual(r.report.map((x) => x.message), ["full text taken from the feed", "fetched"]);
});

test("a feed detected by content among other files, whatever its name", async () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atomic</title><id>u</id><updated>2026-01-01T00:00:00Z</updated>
    <entry><title>E</title><id>e</id><updated>2026-01-01T00:00:00Z</updated><link href="https://atom.example.net/e"/><content type="html">&lt;p&gt;${sentence("atom")}&lt;/p&gt;</content></entry></feed>`;
  const r = await gather({ files: [{ name: "feed.txt", bytes: enc(xml) }, { name: "plain.txt", bytes: enc(sentence("plain")) }] });
  assert.deepEqual(r.inputs.map((i) => i.sourceName), ["plain.txt", "https://atom.example.net/e"]);
});

test("a news-please dump (array, JSON lines) becomes one input per article", async () => {
  const art = (n: number) => ({ title: `Dump ${n}`, maintext: sentence(`d${n}`), date_publish: "2026-02-03 10:00:00" });
  const r = await gather({
    files: [
      { name: "dump.json", bytes: enc(JSON.stringify([art(1), art(2), art(3)])) },
      { name: "dump.jsonl", bytes: enc([art(4), art(5)].map((a) => JSON.stringify(a)).join("\n")) },
    ],
  });
  assert.deepEqual(r.errors, {});
  assert.deepEqual(r.inputs.map((i) => [i.sourceName, i.type]), [["dump.json #1", "json"], ["dump.json #2", "json"], ["dump.json #3", "json"], ["dump.jsonl #1", "json"], ["dump.jsonl #2", "json"]]);
  assert.deepEqual(JSON.parse(r.inputs[1].content), art(2));
});

test("a .txt file of URLs is a URL list; its bad lines stop the import before anything is fetched", async () => {
  maxInFlight = 0;
  const ok = await gather({ files: [{ name: "urls.txt", bytes: enc(`${base}/a/l1\n\n${base}/a/l2\n`) }] });
  assert.deepEqual(ok.inputs.map((i) => i.sourceName), [`${base}/a/l1`, `${base}/a/l2`]);
  maxInFlight = 0;
  const bad = await gather({ files: [{ name: "urls.txt", bytes: enc(`${base}/a/l3\nftp://x.example/y`) }] });
  assert.deepEqual(bad.inputs, []);
  assert.match(bad.errors.files?.[0] ?? "", /^urls\.txt: Line 2: only http/);
  assert.equal(maxInFlight, 0, "nothing fetched");
});

const STOPPERS: { name: string; input: Parameters<typeof gather>[0]; field: "files" | "content" | "urls"; message: RegExp }[] = [
  { name: "a malformed feed file", input: { files: [{ name: "bad.xml", bytes: enc("<rss><channel><item>") }] }, field: "files", message: /^bad\.xml: The feed is not well-formed/ },
  { name: "an entity bomb pasted", input: { pasted: `<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss version="2.0"><channel><title>&a;</title></channel></rss>` }, field: "content", message: /declares its own XML entities/ },
  { name: "a dump with an entry that is no article", input: { files: [{ name: "d.json", bytes: enc('[{"title":"x"}, 3]') }] }, field: "files", message: /entry 2 is not an article object/ },
  { name: "a non-http line in the URL box", input: { urls: "https://a.example/1\nfile:///etc/passwd" }, field: "urls", message: /^Line 2: only http/ },
  { name: "too many URLs in the box", input: { urls: Array.from({ length: 60 }, (_, i) => `https://a.example/${i}`).join("\n") }, field: "urls", message: /has 60 URLs/ },
  { name: "an article file with no body, next to a URL", input: { files: [{ name: "menu.html", bytes: enc("<p>Home</p>") }], urls: `${base}/a/x` }, field: "files", message: /menu\.html: .*no article body/ },
];

for (const c of STOPPERS) {
  test(`stops the import, nothing fetched: ${c.name}`, async () => {
    maxInFlight = 0;
    const r = await gather(c.input);
    assert.deepEqual(r.inputs, []);
    assert.match(r.errors[c.field]?.[0] ?? "", c.message);
    assert.equal(maxInFlight, 0);
  });
}

test("a dump of more articles than one import takes is refused with one message", async () => {
  const arts = Array.from({ length: 53 }, (_, i) => ({ title: `Dump ${i}`, maintext: sentence(`m${i}`) }));
  const r = await gather({ files: [{ name: "big.json", bytes: enc(JSON.stringify(arts)) }] });
  assert.deepEqual(r.inputs, []);
  assert.deepEqual(r.errors.files, ["These files hold 53 articles, more than the 50 one import takes; import them in smaller batches."]);
});

test("an .xml file that is no feed is passed over; a .rss file that is no feed is an error", async () => {
  const sitemap = enc("<urlset><url><loc>https://a.example/</loc></url></urlset>");
  const r = await gather({ files: [{ name: "sitemap.xml", bytes: sitemap }, { name: "a.txt", bytes: enc(sentence("a")) }] });
  assert.deepEqual(r.skipped, ["sitemap.xml"]);
  assert.deepEqual(r.inputs.map((i) => i.sourceName), ["a.txt"]);
  const bad = await gather({ files: [{ name: "news.rss", bytes: sitemap }] });
  assert.deepEqual(bad.inputs, []);
  assert.match(bad.errors.files?.[0] ?? "", /news\.rss/);
});
