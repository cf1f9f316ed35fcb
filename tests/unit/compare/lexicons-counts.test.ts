// The counted-things lexicon (lib/analysis/lexicons/counts.ts) and the event lexicon (events.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CASUALTY_CLASSES, CASUALTY_CUES, CASUALTY_GLUE, COUNT_CLASSES, GENERIC_PERSON_CLASSES, UNIT_CLASSES,
} from "../../../lib/analysis/lexicons/counts";
import { EVENT_HEADS, REPORTING_WORDS } from "../../../lib/analysis/lexicons/events";

const lists = { COUNT_CLASSES: [...COUNT_CLASSES.keys()], CASUALTY_CUES: [...CASUALTY_CUES.keys()], CASUALTY_GLUE: [...CASUALTY_GLUE], UNIT_CLASSES: [...UNIT_CLASSES.keys()], EVENT_HEADS: [...EVENT_HEADS.keys()], REPORTING_WORDS: [...REPORTING_WORDS] };

test("count classes: deaths, injuries and people each gather their synonyms", () => {
  const table: [string[], string][] = [
    [["killed", "dead", "died", "deaths", "death", "fatalities", "lives", "people killed", "death toll"], "deaths"],
    [["injured", "wounded", "hurt", "injuries", "people injured"], "injuries"],
    [["people", "persons", "person", "civilians", "individuals", "residents"], "people"],
    [["troops", "soldiers", "service members"], "troop"],
  ];
  for (const [words, cls] of table) for (const w of words) assert.equal(COUNT_CLASSES.get(w), cls, w);
  assert.ok(CASUALTY_CLASSES.has("deaths") && CASUALTY_CLASSES.has("injuries") && !CASUALTY_CLASSES.has("people"));
  assert.ok(GENERIC_PERSON_CLASSES.has("people") && !GENERIC_PERSON_CLASSES.has("troop"));
});

test("casualty cues: killed/dead/died -> deaths, injured/wounded/hurt -> injuries; glue never cues", () => {
  for (const w of ["killed", "killing", "dead", "died", "slain", "perished"]) assert.equal(CASUALTY_CUES.get(w), "deaths", w);
  for (const w of ["injured", "wounded", "wounding", "hurt", "hospitalized"]) assert.equal(CASUALTY_CUES.get(w), "injuries", w);
  for (const w of ["survived", "evacuated", "rescued", "arrested", "missing"]) assert.equal(CASUALTY_CUES.get(w), undefined, w);
  for (const w of CASUALTY_GLUE) assert.equal(CASUALTY_CUES.get(w), undefined, `glue word ${w} is not a cue`);
});

test("units: spellings of one unit share a class", () => {
  assert.equal(UNIT_CLASSES.get("%"), UNIT_CLASSES.get("percent"));
  assert.equal(UNIT_CLASSES.get("per cent"), "percent");
  assert.equal(UNIT_CLASSES.get("$"), UNIT_CLASSES.get("usd"));
  assert.notEqual(UNIT_CLASSES.get("eur"), UNIT_CLASSES.get("usd"));
});

test("event heads: forms of one event share a class; verbs of saying are not heads", () => {
  const table: [string[], string][] = [
    [["call", "phone", "phoned", "telephoned"], "call"],
    [["attack", "attacked", "bombing", "blast", "explosion", "airstrike"], "attack"],
    [["vote", "voted", "referendum"], "vote"],
    [["killed", "killing", "murdered", "assassinated"], "killing"],
    [["meeting", "met", "summit", "talks"], "meeting"],
  ];
  for (const [words, cls] of table) for (const w of words) assert.equal(EVENT_HEADS.get(w), cls, w);
  for (const w of ["said", "announced", "told", "speaking", "propose", "reject", "confirmed"]) {
    assert.equal(EVENT_HEADS.get(w), undefined, w);
  }
  for (const w of ["said", "announced", "speaking", "recounted", "according"]) assert.ok(REPORTING_WORDS.has(w), w);
  for (const w of ["report", "call", "attack", "vote"]) assert.ok(!REPORTING_WORDS.has(w), w);
});

test("lexicons are general data: lower-case, no duplicates within a list", () => {
  for (const [name, ws] of Object.entries(lists)) {
    for (const w of ws) assert.equal(w, w.toLowerCase().trim(), `${name}: ${w}`);
    assert.equal(new Set(ws).size, ws.length, name);
  }
});
