// Feeds to items (RSS 2.0, RSS 1.0, Atom), feed sniffing, an item as an HTML page, news-please dumps.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FeedError, feedFormat, feedItemPage, ingest, parseFeed, splitNewsPleaseDump, type FeedItem } from "../../../lib/ingest/index";

const BODY = "The harbour board approved the new ferry timetable on Tuesday, its chair told reporters after the vote.";

const rss = (items: string, channel = "<title>Example Wire</title><link>https://news.example.org/</link>") =>
  `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>${channel}${items}</channel></rss>`;

const atom = (entries: string, attrs = 'xml:base="https://atom.example.net/news/"') =>
  `<feed xmlns="http://www.w3.org/2005/Atom" ${attrs}><title>Atom Example</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>${entries}</feed>`;

const item = (over: Partial<FeedItem>): FeedItem => ({ title: null, link: null, published: null, content: null, summary: null, authors: [], ...over });

const PARSE: { name: string; xml: string; from?: string; title: string | null; items: FeedItem[] }[] = [
  {
    name: "RSS 2.0 with content:encoded, dc:creator and a relative link",
    xml: rss(`<item><title>Ferries &amp; timetables</title><link>/2026/ferry</link><pubDate>Tue, 03 Feb 2026 09:30:00 +0100</pubDate>
      <description>Short summary.</description><content:encoded><![CDATA[<p>${BODY}</p>]]></content:encoded><dc:creator>Ana Writer</dc:creator></item>`),
    title: "Example Wire",
    items: [item({ title: "Ferries & timetables", link: "https://news.example.org/2026/ferry", published: "Tue, 03 Feb 2026 09:30:00 +0100", content: `<p>${BODY}</p>`, summary: "Short summary.", authors: ["Ana Writer"] })],
  },
  {
    name: "RSS summary only: no content, link kept for fetching; dc:date when there is no pubDate",
    xml: rss(`<item><title>Short</title><link>https://news.example.org/short</link><description>Only a teaser.</description><dc:date>2026-02-03T10:00:00Z</dc:date></item>`),
    title: "Example Wire",
    items: [item({ title: "Short", link: "https://news.example.org/short", published: "2026-02-03T10:00:00Z", summary: "Only a teaser." })],
  },
  {
    name: "RSS relative link resolved against the address the feed came from when the channel has no link",
    xml: rss(`<item><title>R</title><link>story/7</link></item>`, "<title>No link</title>"),
    from: "https://feeds.example.com/world/rss.xml",
    title: "No link",
    items: [item({ title: "R", link: "https://feeds.example.com/world/story/7" })],
  },
  {
    name: "RSS permalink guid stands in for a missing link; a non-permalink guid does not",
    xml: rss(`<item><title>G</title><guid>https://news.example.org/g</guid></item><item><title>H</title><guid isPermaLink="false">id-42</guid></item>`),
    title: "Example Wire",
    items: [item({ title: "G", link: "https://news.example.org/g" }), item({ title: "H" })],
  },
  {
    name: "RSS missing fields: an item with nothing but a description",
    xml: rss(`<item><description>Orphan text.</description></item>`),
    title: "Example Wire",
    items: [item({ summary: "Orphan text." })],
  },
  {
    name: "RSS link with a non-http scheme is dropped",
    xml: rss(`<item><title>J</title><link>javascript:alert(1)</link></item>`),
    title: "Example Wire",
    items: [item({ title: "J" })],
  },
  {
    name: "Atom with html content, an html title, xml:base and the alternate link chosen over self",
    xml: atom(`<entry><title type="html">Bridge &amp;amp; &lt;em&gt;tunnel&lt;/em&gt;</title><id>urn:1</id>
      <link rel="self" href="https://atom.example.net/self/1"/><link rel="alternate" type="text/html" href="bridge-tunnel"/>
      <published>2026-02-03T08:00:00+02:00</published><updated>2026-02-04T08:00:00+02:00</updated>
      <content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content><author><name>Bo Reporter</name></author></entry>`),
    title: "Atom Example",
    items: [item({ title: "Bridge & tunnel", link: "https://atom.example.net/news/bridge-tunnel", published: "2026-02-03T08:00:00+02:00", content: `<p>${BODY}</p>`, authors: ["Bo Reporter"] })],
  },
  {
    name: "Atom text content is escaped into paragraphs; updated stands in for published",
    xml: atom(`<entry><title>Plain</title><id>urn:2</id><link href="https://atom.example.net/plain"/><updated>2026-02-05T00:00:00Z</updated>
      <content type="text">First line with &lt;tag&gt;.

Second paragraph.</content><summary>Sum.</summary></entry>`),
    title: "Atom Example",
    items: [item({ title: "Plain", link: "https://atom.example.net/plain", published: "2026-02-05T00:00:00Z", content: "<p>First line with &lt;tag&gt;.</p>\n<p>Second paragraph.</p>", summary: "Sum." })],
  },
  {
    name: "Atom content given by reference (src) is no content: the item is fetched",
    xml: atom(`<entry><title>Ref</title><id>urn:3</id><link href="https://atom.example.net/ref"/><updated>2026-02-05T00:00:00Z</updated><content src="https://atom.example.net/ref.html"/></entry>`),
    title: "Atom Example",
    items: [item({ title: "Ref", link: "https://atom.example.net/ref", published: "2026-02-05T00:00:00Z" })],
  },
  {
    name: "RSS 1.0 (RDF)",
    xml: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://rdf.example.org/"><title>RDF Example</title><link>https://rdf.example.org/</link><description>d</description></channel>
      <item rdf:about="https://rdf.example.org/a"><title>A</title><link>https://rdf.example.org/a</link><dc:date>2026-02-01</dc:date></item></rdf:RDF>`,
    title: "RDF Example",
    items: [item({ title: "A", link: "https://rdf.example.org/a", published: "2026-02-01" })],
  },
  { name: "an empty RSS feed", xml: rss(""), title: "Example Wire", items: [] },
  { name: "an empty Atom feed", xml: atom(""), title: "Atom Example", items: [] },
];

for (const c of PARSE) {
  test(`parseFeed: ${c.name}`, () => {
    const feed = parseFeed(c.xml, c.from);
    assert.equal(feed.title, c.title);
    assert.deepEqual(feed.items, c.items);
  });
}

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rss version="2.0"><channel><title>&h;</title><item><title>&h;</title><link>https://x.example/</link></item></channel></rss>`;

const REFUSED: [string, string, RegExp][] = [
  ["an entity-expansion bomb", BOMB, /declares its own XML entities/],
  ["an external entity", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>`, /declares its own XML entities/],
  ["malformed XML (unclosed elements)", `<rss version="2.0"><channel><item><title>x</channel>`, /not well-formed RSS XML/],
  ["malformed Atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</entry>`, /not well-formed Atom XML/],
  ["XML that is no feed", `<?xml version="1.0"?><sitemap><url>https://x.example/</url></sitemap>`, /not an RSS or Atom feed/],
  ["an HTML page", "<!doctype html><html><body><p>Hello</p></body></html>", /not an RSS or Atom feed/],
  ["plain text", "Just a sentence about rss feeds.", /not an RSS or Atom feed/],
  ["empty input", "", /not an RSS or Atom feed/],
];

for (const [name, xml, message] of REFUSED) {
  test(`parseFeed refuses ${name}`, () => {
    const started = Date.now();
    assert.throws(() => parseFeed(xml), (e: unknown) => e instanceof FeedError && message.test((e as Error).message));
    assert.ok(Date.now() - started < 1000, "refused at once, nothing expanded");
  });
}

const SNIFF: [string, string, ReturnType<typeof feedFormat>][] = [
  ["RSS with declaration, stylesheet and comment", `\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- hi -->\n<rss version="2.0"/>`, "rss"],
  ["RSS with a doctype", `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss version="0.91"/>`, "rss"],
  ["Atom", `<feed xmlns="http://www.w3.org/2005/Atom"/>`, "atom"],
  ["prefixed Atom", `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>`, "atom"],
  ["RDF", `<rdf:RDF xmlns:rdf="x"/>`, "rdf"],
  ["HTML", "<html><body>rss</body></html>", null],
  ["text mentioning a feed", "The <rss> element is the root of a feed.", null],
  ["JSON", '{"title":"rss"}', null],
  ["a sitemap", "<urlset/>", null],
];

for (const [name, content, want] of SNIFF) {
  test(`feedFormat: ${name} is ${want}`, () => assert.equal(feedFormat(content), want));
}

test("an item with full content becomes an HTML page the importer reads with the item's title, address, date and author", () => {
  const page = feedItemPage(item({ title: "Ferries <new> & old", link: "https://news.example.org/a?x=1&y=2", published: "Tue, 03 Feb 2026 09:30:00 +0100", content: `<p>${BODY}</p>`, authors: ["Ana Writer"] }));
  const a = ingest({ content: page, type: "html" });
  assert.equal(a.title, "Ferries <new> & old");
  assert.equal(a.url, "https://news.example.org/a?x=1&y=2");
  assert.equal(a.publishedAt, "2026-02-03T09:30:00+01:00");
  assert.deepEqual(a.authors, ["Ana Writer"]);
  assert.equal(a.body, BODY);
});

test("an item page escapes a title that tries to close the head", () => {
  const page = feedItemPage(item({ title: '</title><script>x()</script>', content: `<p>${BODY}</p>` }));
  assert.ok(!page.includes("<script>"));
});

const ARTICLE = (n: number) => ({ title: `Story ${n}`, maintext: `${BODY} Number ${n}.`, date_publish: "2026-02-03 10:00:00", source_domain: "news.example.org" });

const DUMPS: [string, string, number | null][] = [
  ["a JSON array of articles", JSON.stringify([ARTICLE(1), ARTICLE(2), ARTICLE(3)]), 3],
  ["JSON lines", [ARTICLE(1), ARTICLE(2)].map((a) => JSON.stringify(a)).join("\n") + "\n", 2],
  ["JSON lines with blank lines and CRLF", `${JSON.stringify(ARTICLE(1))}\r\n\r\n${JSON.stringify(ARTICLE(2))}\r\n`, 2],
  ["a single article", JSON.stringify(ARTICLE(1), null, 2), null],
  ["a one-element array (a single article)", JSON.stringify([ARTICLE(1)]), null],
  ["invalid JSON", '{"title": "x",', null],
  ["JSON lines with a broken line", `${JSON.stringify(ARTICLE(1))}\n{"title":`, null],
  ["plain text", "Some text.\nMore text.", null],
];

for (const [name, content, want] of DUMPS) {
  test(`splitNewsPleaseDump: ${name}`, () => {
    const parts = splitNewsPleaseDump(content);
    assert.equal(parts?.length ?? null, want);
    parts?.forEach((p, i) => assert.equal(ingest({ content: p, type: "json" }).title, `Story ${i + 1}`));
  });
}

test("splitNewsPleaseDump names the entry that is no article", () => {
  assert.throws(() => splitNewsPleaseDump(JSON.stringify([ARTICLE(1), "oops", ARTICLE(3)]), "dump.json"), /dump\.json holds 3 entries, and entry 2 is not an article object/);
});
