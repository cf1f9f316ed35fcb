import { test } from "node:test";
import assert from "node:assert/strict";
import { englishShare, looksEnglish } from "../../../lib/ingest/language";
import { ingest, IngestError } from "../../../lib/ingest";

const CASES: [string, string, boolean][] = [
  ["English news", "The council voted on Tuesday to approve the budget, and the mayor said the city would hire more teachers over the next two years because enrolment had grown.", true],
  ["English with names", "Maria Ruiz, who chairs the committee, told reporters that the plan was not final and that it would be reviewed by the board before the vote in March.", true],
  ["Spanish", "El consejo votó el martes para aprobar el presupuesto, y la alcaldesa dijo que la ciudad contratará más maestros durante los próximos dos años.", false],
  ["French", "Le conseil a voté mardi pour approuver le budget, et la maire a déclaré que la ville embaucherait davantage d'enseignants au cours des deux prochaines années.", false],
  ["German", "Der Rat stimmte am Dienstag dem Haushalt zu, und die Bürgermeisterin sagte, die Stadt werde in den nächsten zwei Jahren mehr Lehrer einstellen.", false],
  ["Portuguese", "O conselho votou na terça-feira para aprovar o orçamento, e a prefeita disse que a cidade vai contratar mais professores nos próximos dois anos.", false],
  ["Italian", "Il consiglio ha votato martedì per approvare il bilancio, e la sindaca ha detto che la città assumerà più insegnanti nei prossimi due anni.", false],
];

for (const [name, text, english] of CASES) {
  test(`looksEnglish: ${name}`, () => assert.equal(looksEnglish(text), english, `share ${englishShare(text)}`));
}

test("too few words to tell: given the benefit of the doubt", () => {
  assert.equal(englishShare("El consejo votó."), null);
  assert.equal(looksEnglish("El consejo votó."), true);
});

test("ingest refuses a body in another language with a clear error", () => {
  assert.throws(
    () => ingest({ content: `Titular del día\n\n${CASES[2][1]} ${CASES[2][1]}` }),
    (e: unknown) => e instanceof IngestError && e.code === "not_english" && /English text only/.test(e.message),
  );
});
