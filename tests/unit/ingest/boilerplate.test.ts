import { test } from "node:test";
import assert from "node:assert/strict";
import { boilerplateReason } from "../../../lib/ingest/boilerplate";
import { isBylineLine, authorsFromByline, outletFromBylineLine, outletFromSelfReference } from "../../../lib/ingest/bylines";
import { isBodyLike, isHeadlineLike, isSentenceLike, lineFeatures } from "../../../lib/ingest/line-features";

const reason = (line: string) => boilerplateReason(line, lineFeatures(line));

const BOILERPLATE: [string, string][] = [
  ["Skip to content", "navigation"],
  ["Left Menu", "navigation"],
  ["Home | World | Business | Politics", "navigation"],
  ["OPINION / BLOG / INTERVIEW", "navigation"],
  ["Advertisement", "advertisement marker"],
  ["ADVERTISEMENT", "advertisement marker"],
  ["— Advertisement —", "advertisement marker"],
  ["Story continues below advertisement", "advertisement marker"],
  ["Sponsored content", "advertisement marker"],
  ["Read also:", "related links"],
  ["MOST READ IN NEWS BIG REVEAL Bakery chain swaps its recipe for a sugar-free one STORM WARNING Ferries cancelled as gales hit the coast", "related links"],
  ["TRENDING NOW Council votes to close the old pier. Three injured in a bus crash on the ring road.", "related links"],
  ["Read more: Library hours could shrink under new proposal", "related links"],
  ["Related:", "related links"],
  ["Recommended", "related links"],
  ["Latest", "related links"],
  ["Trending on Example Videos", "related links"],
  ["You may also like", "related links"],
  ["Official White House Photo by Jane Roe", "caption"],
  ["This image is AI-generated and does not depict any real-life event or location. It is a fictional representation created for illustrative purposes only.", "caption"],
  ["Image: Containers stacked at the terminal on Thursday (Photo: Kai Lind/Example)", "caption"],
  ["Supporters wave flags at a rally in Ohio on Monday. (AP Photo/Jane Roe)", "caption"],
  ["Jane Roe / Getty Images", "caption"],
  // a credit opening its caption
  ["XP:Example Press Crowds wait outside the court on Monday", "caption"],
  ["Getty - Contributor Firefighters work through the night", "caption"],
  ["Getty Images - Getty Soldiers take part in a drill", "caption"],
  // a video player's widget
  ["JUST WATCHED How the new bridge was built Replay More Videos ... MUST WATCH How the new bridge was built 02:35", "related links"],
  ["MUST WATCH Floods hit the coast 01:12", "related links"],
  ["Join the conversation as a VIP Member", "subscription prompt"],
  ["Subscribe to our Newsletter", "subscription prompt"],
  ["Sign up for our newsletter to get local news in your inbox every morning.", "subscription prompt"],
  ["Share this article: Facebook Twitter WhatsApp Email", "share buttons"],
  ["Facebook Twitter Email", "share buttons"],
  ["Email: info@example.com", "footer/contact"],
  ["Phone: +91-555-0100123, +91-5550199876", "footer/contact"],
  ["© Copyright 2025", "footer/contact"],
  ["Privacy Policy | Terms of Use | Contact", "footer/contact"],
  ["(With inputs from agencies.)", "credit"],
  ["Reporting by Jane Roe; Editing by John Doe", "credit"],
  ["Associated Press writer Jane Roe contributed to this report.", "credit"],
];

for (const [line, want] of BOILERPLATE) {
  test(`boilerplate (${want}): ${line.slice(0, 60)}`, () => assert.equal(reason(line), want));
}

const PROSE = [
  "The council approved the budget on Wednesday after a four-hour debate.",
  "He said the advertisement campaign had cost the party $2 million in the final week.",
  "Photos taken by residents showed water up to the windows of several homes on Mill Street.",
  "Related charges were filed against two other men on Friday, prosecutors said.",
  "Watch what happens next, he warned the crowd.",
  "She declined to share details of the agreement.",
  "Latest figures show unemployment fell to 3.9 percent in March.",
  "Most read stories this year were about the storm, the paper said in its annual review.",
  "Trending topics on the site included the pier closure and the bus crash on the ring road.",
  "The senator's office did not respond to an email seeking comment.",
  "Readers wrote in to complain about the newsletter's new design, the editor said.",
  "AP: the agency's name stands before a colon and a space here.",
  // a dateline glued to its paragraph is the story, not a credit
  "KELSO:The port reopened on Monday after a week of strikes, officials said.",
  "ELGIN:Ferry crews ended their strike on Friday.",
  "Getty, the museum's founder, left the collection to the city.",
  "Just watched the debate, one voter wrote, and still undecided.",
  "Replay the video to see the moment the bridge opened.",
  "The meeting ran from 10:30 to noon.",
];
for (const line of PROSE) {
  test(`prose stays: ${line.slice(0, 60)}`, () => assert.equal(reason(line), null));
}

test("line shapes: body, short sentence, headline", () => {
  assert.ok(isBodyLike(lineFeatures("The council approved a $48 million operating budget on Wednesday night.")));
  assert.ok(isBodyLike(lineFeatures("Trump has won Georgia, Virginia, Alabama, Massachusetts and Tennessee.")), "a sentence full of names is still prose");
  assert.ok(!isBodyLike(lineFeatures("Former Bank Worker Helped Launder $26 Million Through Shell Accounts, Prosecutors Say")));
  assert.ok(!isBodyLike(lineFeatures("Can You Feel the Excitement? The Candidate Is Back and in the Lead!")));
  assert.ok(isSentenceLike(lineFeatures("And, yes, it is all legal.")));
  assert.ok(isHeadlineLike(lineFeatures("Peruvian mayor turns down offer of a new bridge")));
  assert.ok(!isHeadlineLike(lineFeatures("Menu")));
});

test("bylines, authors and outlet hints", () => {
  assert.ok(isBylineLine("By Jane Doe and John Roe", 6, false));
  assert.deepEqual(authorsFromByline("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
  assert.deepEqual(authorsFromByline("By Samuel Achebe, Business Reporter"), ["Samuel Achebe"]);
  assert.deepEqual(authorsFromByline("By Jane Doe | Nov. 8, 2016"), ["Jane Doe"]);
  assert.equal(outletFromBylineLine("- Agencies and Example News"), "Example News");
  assert.equal(outletFromBylineLine("Example Times with agencies"), "Example Times");
  assert.equal(outletFromBylineLine("Sampleville News Desk | Updated: 05-05-2025 06:42 IST"), "Sampleville");
  assert.equal(outletFromBylineLine("The council met on Monday"), null);
  assert.equal(outletFromSelfReference("Trending on Example Videos"), "Example");
  assert.equal(outletFromSelfReference("© 2024 The Example Ledger. All rights reserved."), "The Example Ledger");
  assert.equal(outletFromSelfReference("© Copyright 2025"), null);
});
