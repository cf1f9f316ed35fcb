import { test } from "node:test";
import assert from "node:assert/strict";
import { isSpeechVerb, speechLemma, NAMING_VERBS, PHRASE_NOUNS, SPEECH_VERBS } from "../../../lib/analysis/lexicons/speech-verbs";
import { HONORIFICS, isTitleWord, MULTIWORD_TITLES, TITLE_QUALIFIERS } from "../../../lib/analysis/lexicons/titles";
import { genderOfGivenName } from "../../../lib/analysis/lexicons/names";
import { countryOfDemonym, isPlace } from "../../../lib/analysis/lexicons/places";
import { TIME_ZONES } from "../../../lib/analysis/lexicons/time-zones";

test("speech verbs: surface forms map to lemmas", () => {
  for (const [form, lemma] of [["said", "say"], ["told", "tell"], ["wrote", "write"], ["tweeted", "tweet"], ["says", "say"]]) {
    assert.equal(speechLemma(form), lemma, form);
  }
  for (const l of ["add", "state", "assert", "claim", "insist", "warn", "note", "explain"]) assert.ok(isSpeechVerb(l), l);
});

test("speech verbs: ordinary verbs are not cues", () => {
  for (const w of ["eat", "run", "build", "visit", "win", "walk", "rail", "beg"]) assert.equal(isSpeechVerb(w), false, w);
  assert.equal(speechLemma("walked", "walk"), null);
});

test("phrase nouns name words, not speakers or statements", () => {
  for (const w of ["phrase", "slogan", "term"]) assert.ok(PHRASE_NOUNS.has(w), w);
  for (const w of ["statement", "spokesman", "say"]) assert.equal(PHRASE_NOUNS.has(w), false, w);
});

test("naming verbs are speech verbs", () => {
  for (const v of NAMING_VERBS) if (v !== "refer") assert.ok(SPEECH_VERBS.has(v), v);
});

test("titles: single and multi-word, honorifics and qualifiers", () => {
  for (const w of ["president", "senator", "professor", "mayor", "spokeswoman"]) assert.ok(isTitleWord(w), w);
  for (const w of ["table", "river", "said"]) assert.equal(isTitleWord(w), false, w);
  assert.ok(MULTIWORD_TITLES.includes("prime minister"));
  assert.ok(MULTIWORD_TITLES.includes("secretary of state"));
  assert.equal(HONORIFICS.get("sen.")?.title, "senator");
  assert.equal(HONORIFICS.get("del.")?.title, "delegate");
  assert.equal(HONORIFICS.get("del"), undefined, "a given name without the abbreviation's stop");
  assert.equal(HONORIFICS.get("mrs.")?.gender, "f");
  for (const q of ["former", "acting", "interim", "late"]) assert.ok(TITLE_QUALIFIERS.has(q), q);
  for (const w of MULTIWORD_TITLES) assert.equal(w, w.toLowerCase(), w);
});

test("names and places", () => {
  assert.equal(genderOfGivenName("Maria"), "f");
  assert.equal(genderOfGivenName("John"), "m");
  assert.equal(genderOfGivenName("Xyzzy"), undefined);
  assert.equal(countryOfDemonym("Mexican"), "Mexico");
  assert.equal(countryOfDemonym("French"), "France");
  assert.ok(isPlace("Mexico City"));
  assert.ok(isPlace("U.S."));
  assert.equal(isPlace("Lopez"), false);
});

test("countries: every member state of the United Nations, by name, other name and adjective", async () => {
  const { COUNTRIES } = await import("../../../lib/analysis/lexicons/places");
  const { lookupAlias } = await import("../../../lib/analysis/lexicons/aliases");
  // 193 member states, and a few places news names as countries (Kosovo, Taiwan, the UK's nations)
  assert.ok(COUNTRIES.length >= 193, String(COUNTRIES.length));
  for (const c of ["Luxembourg", "Malta", "Bhutan", "Namibia", "Tuvalu", "Ivory Coast", "Guinea-Bissau", "Sao Tome and Principe"]) {
    assert.ok(isPlace(c), c);
  }
  for (const [adj, c] of [["Maltese", "Malta"], ["Ivorian", "Ivory Coast"], ["Malagasy", "Madagascar"], ["Kyrgyz", "Kyrgyzstan"]]) {
    assert.equal(countryOfDemonym(adj), c, adj);
  }
  // an adjective two countries share keeps the larger one listed first
  assert.equal(countryOfDemonym("Dominican"), "Dominican Republic");
  assert.equal(countryOfDemonym("Congolese"), "Congo");
  for (const [form, key] of [["Côte d'Ivoire", "ivory-coast"], ["East Timor", "timor-leste"], ["Swaziland", "eswatini"], ["the Gambia", "gambia"]]) {
    assert.equal(lookupAlias(form)?.key, key, form);
  }
  for (const w of ["Lyonnais", "Atlantis", "Europe", "Texan"]) assert.equal(countryOfDemonym(w), undefined, w);
  const names = COUNTRIES.map(([n]) => n);
  assert.equal(new Set(names).size, names.length, "each country once");
});

test("speech verbs: echo, bark and scold are cues", () => {
  for (const w of ["echo", "bark", "scold"]) assert.equal(isSpeechVerb(w), true, w);
});

test("speech verbs: attacking in words (blast, slam, pound ... as) are cues; hitting with the body is not", () => {
  for (const w of ["blast", "slam", "lambaste", "bash", "pound"]) assert.equal(isSpeechVerb(w), true, w);
  for (const w of ["punch", "kick", "push"]) assert.equal(isSpeechVerb(w), false, w);
});

test("verbs of judging something as a description are naming cues; verbs of feeling or acting are not", () => {
  for (const w of ["liken", "compare", "rate", "condemn", "denounce", "decry", "deride", "hail", "laud"]) {
    assert.equal(isSpeechVerb(w), true, w);
    assert.ok(NAMING_VERBS.has(w), w);
  }
  assert.equal(speechLemma("likened", "liken"), "liken");
  assert.equal(isSpeechVerb("exhort"), true);
  assert.equal(NAMING_VERBS.has("exhort"), false);
  for (const w of ["admire", "fear", "seethe", "use"]) assert.equal(isSpeechVerb(w), false, w);
});

test("one role-qualifier vocabulary: every qualifier the extractor reads has one meaning for the comparison", async () => {
  const { ROLE_QUALIFIERS, TITLE_QUALIFIERS } = await import("../../../lib/analysis/lexicons/titles");
  for (const q of TITLE_QUALIFIERS) {
    if (q === "deputy") continue; // part of a title, not a qualifier of its time
    assert.ok(ROLE_QUALIFIERS.has(q.replace(/-$/, "")), q);
  }
  assert.equal(ROLE_QUALIFIERS.get("former"), "former");
  assert.equal(ROLE_QUALIFIERS.get("interim"), "acting");
  assert.equal(ROLE_QUALIFIERS.get("president"), undefined);
});

test("time zones: upper-case abbreviations with offsets from UTC, [least, most] in minutes", () => {
  for (const [zone, [lo, hi]] of Object.entries(TIME_ZONES)) {
    assert.match(zone, /^[A-Z]{2,5}$/, zone);
    assert.ok(lo <= hi && hi - lo <= 60, `${zone}: one offset, or standard and daylight time`);
    assert.ok(lo >= -12 * 60 && hi <= 14 * 60, zone);
  }
  const table: [string, number, number][] = [["GMT", 0, 0], ["PST", -480, -480], ["EDT", -240, -240], ["ET", -300, -240], ["KST", 540, 540], ["BST", 60, 60]];
  for (const [zone, lo, hi] of table) assert.deepEqual(TIME_ZONES[zone], [lo, hi], zone);
  // abbreviations of several zones cannot place a clock time
  for (const zone of ["IST", "CST", "AST"]) assert.equal(TIME_ZONES[zone], undefined, zone);
});
