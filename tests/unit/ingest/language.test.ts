import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, isAnalysedLanguage, languageName } from "../../../lib/ingest/language";
import { ingest } from "../../../lib/ingest";

const CASES: [string, string, string][] = [
  ["English news", "The council voted on Tuesday to approve the budget, and the mayor said the city would hire more teachers over the next two years because enrolment had grown.", "eng"],
  ["English with names", "Maria Ruiz, who chairs the committee, told reporters that the plan was not final and that it would be reviewed by the board before the vote in March.", "eng"],
  ["Spanish", "El consejo votó el martes para aprobar el presupuesto, y la alcaldesa dijo que la ciudad contratará más maestros durante los próximos dos años.", "spa"],
  ["French", "Le conseil a voté mardi pour approuver le budget, et la maire a déclaré que la ville embaucherait davantage d'enseignants au cours des deux prochaines années.", "fra"],
  ["German", "Der Rat stimmte am Dienstag dem Haushalt zu, und die Bürgermeisterin sagte, die Stadt werde in den nächsten zwei Jahren mehr Lehrer einstellen.", "deu"],
  ["Portuguese", "O conselho votou na terça-feira para aprovar o orçamento, e a prefeita disse que a cidade vai contratar mais professores nos próximos dois anos.", "por"],
  ["Italian", "Il consiglio ha votato martedì per approvare il bilancio, e la sindaca ha detto che la città assumerà più insegnanti nei prossimi due anni.", "ita"],
  ["Russian", "Совет во вторник проголосовал за утверждение бюджета, и мэр заявила, что в ближайшие два года город наймёт больше учителей.", "rus"],
];

for (const [name, text, code] of CASES) {
  test(`detectLanguage: ${name}`, () => {
    assert.equal(detectLanguage(text), code);
    assert.equal(isAnalysedLanguage(code), code === "eng");
  });
}

test("too short to tell: undetermined, and analysed (the benefit of the doubt)", () => {
  assert.equal(detectLanguage("El consejo votó."), "und");
  assert.equal(isAnalysedLanguage("und"), true);
});

test("language names for display", () => {
  assert.equal(languageName("spa"), "Spanish");
  assert.equal(languageName("not a code"), "not a code");
});

test("ingest extracts and keeps a body in another language, with its language", () => {
  const a = ingest({ content: `Titular del día\n\n${CASES[2][1]} ${CASES[2][1]}` });
  assert.equal(a.language, "spa");
  assert.match(a.body, /El consejo votó/);
});
