// Shared copy: reprints of one text are found with their spans and grouped; reports written apart
// (even on the same event, with the same names and quotations) are not. Independent-source counts
// on readings come from the copy groups. The dev-set test reads ../shared/dev/stories at test time.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { findSharedCopy, type CopyArticle, type SharedCopy } from "../../../lib/compare/shared-copy";
import { compareStory } from "../../../lib/compare/index";
import { ingest } from "../../../lib/ingest";
import { article } from "../../fixtures/compare/build";

// a made-up wire story, four paragraphs
const WIRE = [
  "Harbor Fire Destroys Warehouse in Port Velm",
  "A fire swept through a grain warehouse on the northern quay of Port Velm early on Tuesday, destroying the building and forcing the closure of two berths for most of the day, harbor officials said.",
  "Firefighters from three districts fought the blaze for more than six hours before bringing it under control shortly after noon. No one was injured, but about 40 workers were evacuated from neighboring sheds as a precaution.",
  "The harbor authority said the cause of the fire was not yet known and that an inquiry would begin once the site had cooled. The warehouse held roughly 2,000 tonnes of barley awaiting export.",
  "\"We were lucky the wind was blowing out to sea,\" said the harbor master, Ilse Marven. Shipping agents said the closure had delayed the loading of four vessels, which were expected to sail on Wednesday.",
].join("\n\n");

// the same text reprinted: a new headline, a few words edited, the third paragraph cut
const REPRINT = [
  "Blaze Guts Grain Store at Busy Port",
  "A fire swept through a grain warehouse on the north quay of Port Velm early on Tuesday, destroying the building and forcing the closure of two berths for most of the day, port officials said.",
  "Firefighters from three districts fought the blaze for more than six hours before bringing it under control shortly after midday. No one was injured, but about 40 workers were evacuated from neighboring sheds as a precaution.",
  "\"We were lucky the wind was blowing out to sea,\" said the harbor master, Ilse Marven. Shipping agents said the closure had delayed the loading of four vessels, which were expected to sail on Wednesday.",
].join("\n\n");

const REPRINT2 = WIRE.replace("Harbor Fire Destroys Warehouse in Port Velm", "Port Velm warehouse fire closes berths")
  .replace("roughly 2,000 tonnes", "about 2,000 tonnes");

// the same event written apart: same names, same figures and the same 15-word quotation
const OWN = [
  "Port Velm counts the cost after warehouse blaze",
  "Smoke still hung over the northern quay of Port Velm on Tuesday evening after a fire gutted a warehouse full of barley that was due to be shipped abroad this week.",
  "Crews from three districts needed six hours to contain the flames. Around 40 people working nearby were moved away, and nobody was hurt.",
  "\"We were lucky the wind was blowing out to sea,\" said the harbor master, Ilse Marven, who added that the authority would look into what started the fire.",
  "Four ships due to load grain at the quay will now leave late, according to agents in the port.",
].join("\n\n");

const pairOf = (sc: SharedCopy, a: string, b: string) => sc.pairs.find((p) => p.a === a && p.b === b);
const spanTexts = (body: string, spans: { start: number; end: number }[]) => spans.map((s) => body.slice(s.start, s.end));

// a statement two independent reports both give, 45 words long, in quotation marks
const STATEMENT = "We have reviewed every record from the last five years and found no evidence that any payment was made improperly, and we will cooperate fully with the inquiry while continuing to serve our customers in every region without interruption or delay of any kind";

const CASES: { name: string; articles: CopyArticle[]; pairs: [string, string][]; groups: string[][] }[] = [
  {
    name: "a reprint with a changed headline, edited words and a cut paragraph",
    articles: [{ id: "wire", body: WIRE }, { id: "paper", body: REPRINT }],
    pairs: [["paper", "wire"]],
    groups: [["paper", "wire"]],
  },
  {
    name: "the same event written apart, sharing names and a 15-word quotation",
    articles: [{ id: "wire", body: WIRE }, { id: "own", body: OWN }],
    pairs: [],
    groups: [],
  },
  {
    name: "three copies form one group, an independent report stays out",
    articles: [{ id: "c", body: REPRINT2 }, { id: "a", body: WIRE }, { id: "own", body: OWN }, { id: "b", body: REPRINT }],
    pairs: [["a", "b"], ["a", "c"], ["b", "c"]],
    groups: [["a", "b", "c"]],
  },
  {
    name: "a long statement both quote is the speaker's words, not copy",
    articles: [
      { id: "x", body: `The company denied the claims on Monday. "${STATEMENT}," a spokeswoman said in an email.` },
      { id: "y", body: `In a statement, the firm said: "${STATEMENT}." Regulators declined to comment on the case.` },
    ],
    pairs: [],
    groups: [],
  },
  {
    name: "a statement one quotes and the other narrates is not copy either",
    articles: [
      { id: "x", body: `The company denied the claims on Monday. "${STATEMENT}," a spokeswoman said in an email.` },
      { id: "y", body: `${STATEMENT}.\n\nRegulators declined to comment on the case.` },
    ],
    pairs: [],
    groups: [],
  },
  {
    name: "an embedded post both carry is not copy",
    articles: [
      { id: "x", body: `The singer announced the news online.\n\n${STATEMENT} \u2014 Jane Doe (@janedoe) May 1, 2020\n\nHer agent confirmed it.` },
      { id: "y", body: `Fans reacted with surprise on Friday.\n\n${STATEMENT} \u2014 Jane Doe (@janedoe) May 1, 2020` },
    ],
    pairs: [],
    groups: [],
  },
  {
    name: "a one-paragraph alert that is mostly the wire's first paragraph is a copy of it",
    articles: [
      { id: "wire", body: WIRE },
      { id: "alert", body: "PORT VELM \u2014 A fire swept through a grain warehouse on the northern quay of Port Velm early on Tuesday, destroying the building and forcing the closure of two berths." },
    ],
    pairs: [["alert", "wire"]],
    groups: [["alert", "wire"]],
  },
  {
    name: "a stock phrase shared by two short texts is not copy",
    articles: [
      { id: "x", body: "The Democratic Republic of the Far Islands said on Friday it would hold talks with its neighbors next month." },
      { id: "y", body: "Trade officials of the Democratic Republic of the Far Islands met investors in the capital on Thursday." },
    ],
    pairs: [],
    groups: [],
  },
];

for (const c of CASES) {
  test(`shared copy: ${c.name}`, () => {
    const sc = findSharedCopy(c.articles);
    assert.deepEqual(sc.pairs.map((p) => [p.a, p.b]), c.pairs);
    assert.deepEqual(sc.groups, c.groups);
    // the input order does not matter
    assert.deepEqual(findSharedCopy([...c.articles].reverse()), sc);
  });
}

test("shared copy: the reprint's spans are its shared passages, as offsets into each body", () => {
  const p = pairOf(findSharedCopy([{ id: "wire", body: WIRE }, { id: "paper", body: REPRINT }]), "paper", "wire")!;
  const inPaper = spanTexts(REPRINT, p.spansA);
  const inWire = spanTexts(WIRE, p.spansB);
  // a lead with two edited words bridged, "midday" for "noon" bridged, and the closing quotation
  assert.ok(inPaper[0].startsWith("A fire swept through a grain warehouse on the north quay"), inPaper[0]);
  assert.ok(inWire[0].startsWith("A fire swept through a grain warehouse on the northern quay"), inWire[0]);
  assert.ok(inPaper.join(" ").includes("shortly after midday"));
  assert.ok(inWire.join(" ").includes("Ilse Marven. Shipping agents said"));
  // the new headline is not shared, nor the paragraph the reprint cut
  assert.ok(!inPaper.join(" ").includes("Blaze Guts"));
  assert.ok(!inWire.join(" ").includes("inquiry would begin"));
  assert.ok(!inWire.join(" ").includes("Harbor Fire Destroys"));
  // all of the reprint but its headline is shared; the cut paragraph lowers the wire's share
  assert.ok(p.shareA > 0.9 && p.shareB < p.shareA && p.shareB > 0.6, `${p.shareA} ${p.shareB}`);
  assert.equal(p.wordsA, inPaper.join(" ").split(/\s+/).length);
});

/** An article with its body (the fixture builder locates claims in it but does not pass it on). */
const withBody = (id: string, outlet: string, body: string, figure: string, value: number, counts: string) =>
  ({ ...article(id, outlet, null, body).number(figure, { value, counts }).build(), body });

test("independent sources: readings count copy groups, not articles (through compareStory)", () => {
  const killed = "The fire killed 3 workers.";
  const cmp = compareStory([
    withBody("a", "Alpha", `${WIRE}\n\n${killed}`, "3 workers", 3, "workers killed"),
    withBody("b", "Beta", `${REPRINT}\n\n${killed}`, "3 workers", 3, "workers killed"),
    withBody("c", "Gamma", `${REPRINT2}\n\n${killed}`, "3 workers", 3, "workers killed"),
    withBody("d", "Delta", `${OWN}\n\n${killed}`, "3 workers", 3, "workers killed"),
    withBody("e", "Epsilon", "Officials said the fire on the quay killed 5 workers.", "5 workers", 5, "workers killed"),
  ]);
  assert.deepEqual(cmp.sharedCopy.groups, [["a", "b", "c"]]);
  const d = cmp.discrepancies.find((x) => x.kind === "number_conflict");
  assert.ok(d, JSON.stringify(cmp.discrepancies.map((x) => x.summary)));
  const side = (n: string) => d.readings.find((r) => r.text.includes(n))!;
  assert.deepEqual([side("3").articleIds.length, side("3").independentSources], [4, 2]);
  assert.equal(side("5").independentSources, 1);
  const g = cmp.groups.find((x) => x.key === d.groupKey)!;
  for (const r of g.readings) assert.equal(typeof r.independentSources, "number");
  assert.equal(g.readings.find((r) => r.articleIds.includes("a"))!.independentSources, 2);
});

test("independent sources: two articles of one outlet are one source even when written apart", () => {
  const cmp = compareStory([
    withBody("a", "Alpha", WIRE, "40 workers", 40, "workers evacuated"),
    withBody("b", "Alpha", `${OWN}\n\nIn all, 40 workers were evacuated.`, "40 workers", 40, "workers evacuated"),
    withBody("c", "Beta", "About 45 workers were evacuated.", "45 workers", 45, "workers evacuated"),
  ]);
  assert.deepEqual(cmp.sharedCopy, { groups: [], pairs: [] });
  const readings = [...cmp.groups.flatMap((g) => g.readings), ...cmp.discrepancies.flatMap((d) => d.readings)];
  assert.ok(readings.some((r) => r.articleIds.includes("a") && r.articleIds.includes("b")), "no reading of both Alpha articles");
  for (const r of readings) {
    const outlets = new Set(r.articleIds.map((id) => (id === "c" ? "Beta" : "Alpha"))).size;
    assert.equal(r.independentSources, outlets, JSON.stringify(r));
  }
});

test("independent sources: the majority is of independent sources, not of reprinted articles", () => {
  const cmp = compareStory([
    withBody("a", "Alpha", `${WIRE}\n\nThe fire killed 3 workers.`, "3 workers", 3, "workers killed"),
    withBody("b", "Beta", `${REPRINT}\n\nThe fire killed 3 workers.`, "3 workers", 3, "workers killed"),
    withBody("c", "Gamma", `${REPRINT2}\n\nThe fire killed 3 workers.`, "3 workers", 3, "workers killed"),
    withBody("d", "Delta", `${OWN}\n\nThe fire killed 5 workers.`, "5 workers", 5, "workers killed"),
    withBody("e", "Epsilon", "Officials said the fire on the quay killed 5 workers.", "5 workers", 5, "workers killed"),
  ]);
  const d = cmp.discrepancies.find((x) => x.kind === "number_conflict");
  assert.ok(d, JSON.stringify(cmp.discrepancies.map((x) => x.summary)));
  const g = cmp.groups.find((x) => x.key === d.groupKey)!;
  // three articles of one text against two written apart: the two are the majority
  assert.equal(g.consensus, "5 workers");
  assert.deepEqual(g.departures, ["a", "b", "c"]);
});

// Real reprints in the hand-judged dev stories (../shared/dev/stories): the stories' notes name them.
const DEV = path.join(import.meta.dirname, "..", "..", "..", "..", "shared", "dev", "stories");

/** Article-file prefixes per story (gold.json "category"): groups the notes name, pairs read and found apart. */
const DEV_CASES: { story: string; copies: string[][]; apart: [string, string][]; noCopy?: boolean }[] = [
  { story: "woman_gets_284_billion_electric_bil", copies: [["96107f", "d184a1", "f0ca1c"]], apart: [["c7805f", "96107f"], ["0dc536", "c7805f"]] },
  { story: "nyc_subway_work_trains_collide_in_tunnel_1_worker_injured", copies: [["2216ac", "5ab789", "7cd30f"]], apart: [] },
  { story: "goldman_sachs_feels_tax_bills_burn_with_5b_charge", copies: [["535543", "74a581"]], apart: [["8f5bf8", "535543"], ["22f61b", "535543"]] },
  { story: "former_Facebook_and_Apple_employees", copies: [["0a7e78", "935d8e"]], apart: [["08120b", "b8dd65"], ["0a7e78", "f881f8"]] },
  { story: "berlin_sets_up_new_years_eve_safe_zone_for_women_amid_sexual_assault_concerns", copies: [["23f05e", "840293"]], apart: [["b50e2a", "23f05e"]] },
  { story: "russian_space_experts_regain_control_of_1st_angola_satellite", copies: [["2ea0c8", "4c06bb"]], apart: [["2ea0c8", "3d4cea"], ["2a8b66", "3d4cea"]] },
  { story: "elon_musk_reveals_red_tesla_roadster_bound_for_mars", copies: [["12e362", "2e3eda"]], apart: [["466c69", "2e3eda"], ["466c69", "e2f8cc"]] },
  {
    story: "israel_indicts_palestinian_teenage_girl_who_punched_soldier_army",
    copies: [["4468c6", "ca3b0e", "fd87b3"], ["872c4e", "890853", "b40a8b"]],
    // the Reuters and the AP story are two texts
    apart: [["4468c6", "872c4e"], ["ca3b0e", "890853"]],
  },
  {
    story: "american_airlines_apologizes_after_g_league_players_accused_of_stealing_blankets_thrown_off_flight",
    copies: [["931861", "c8272c", "cca8ed"]],
    // the longer original with the pasted statement is not the wire's text
    apart: [["ccd4cc", "931861"]],
  },
  // shared quotations, statements and embedded posts, nothing more
  { story: "north_Korea_hokkaido_missile", copies: [], apart: [["0046d5", "4a6824"], ["0046d5", "ec0f1c"], ["093c65", "077896"]] },
  { story: "chrissy_teigen_live_tweets_nightmare_flight_after_bizarre_passenger_mishap", copies: [], apart: [["8bfd98", "c6ace0"], ["36e5d8", "8bfd98"]] },
  { story: "Sarah_Silverman_and_Michael_Sheen_Break_Up", copies: [], apart: [], noCopy: true },
  { story: "Apple_removed_Telegram", copies: [], apart: [], noCopy: true },
  { story: "north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report", copies: [], apart: [], noCopy: true },
  // the notes: no duplicates
  { story: "First_Falcon_Heavy_launch", copies: [], apart: [], noCopy: true },
  { story: "harambe", copies: [], apart: [], noCopy: true },
  { story: "chinas_tiangong_1_space_station_is_out_of_control_and_will_soon_fall_to_earth", copies: [], apart: [], noCopy: true },
];

test("shared copy on the dev stories: the reprints the notes name are found, texts written apart are not", { skip: !fs.existsSync(DEV) && "../shared/dev/stories not present" }, () => {
  const gold = JSON.parse(fs.readFileSync(path.join(DEV, "gold.json"), "utf8")) as { category: string; articles: Record<string, string> }[];
  for (const c of DEV_CASES) {
    const story = gold.find((s) => s.category === c.story);
    assert.ok(story, c.story);
    const articles = Object.keys(story.articles).map((file) => {
      const a = ingest({ content: fs.readFileSync(path.join(DEV, "articles", file), "utf8"), source: file });
      return { id: file.slice(0, 6), body: a.body };
    });
    const sc = findSharedCopy(articles);
    const groupOf = (id: string) => sc.groups.findIndex((g) => g.includes(id));
    for (const copies of c.copies) {
      assert.ok(groupOf(copies[0]) >= 0, `${c.story}: ${copies[0]} in no copy group`);
      for (const id of copies) assert.equal(groupOf(id), groupOf(copies[0]), `${c.story}: ${id} not with ${copies[0]} (${JSON.stringify(sc.groups)})`);
    }
    for (const [x, y] of c.apart) {
      assert.ok(groupOf(x) < 0 || groupOf(x) !== groupOf(y), `${c.story}: ${x} and ${y} grouped`);
    }
    if (c.noCopy) assert.deepEqual(sc.groups, [], `${c.story}: ${JSON.stringify(sc.groups)}`);
    // every span lies within its body and the shares are shares
    for (const p of sc.pairs) {
      for (const [id, spans] of [[p.a, p.spansA], [p.b, p.spansB]] as const) {
        const body = articles.find((a) => a.id === id)!.body;
        for (const s of spans) assert.ok(s.start >= 0 && s.end <= body.length && s.start < s.end);
      }
      assert.ok(p.shareA > 0 && p.shareA <= 1 && p.shareB > 0 && p.shareB <= 1);
    }
  }
});
