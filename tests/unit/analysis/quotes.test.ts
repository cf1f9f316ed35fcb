import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf } from "./helpers-quotes";

// One invented sentence per cue form and mark style: [text, quoted words (start), speaker]
const CASES: Array<[string, string, string, string | null]> = [
  ["after, X said (straight)", `"We will rebuild the bridge by spring," Maria Lopez said.`, "We will rebuild the bridge", "Maria Lopez"],
  ["after, said X (curly)", `“The budget is balanced,” said Thomas Whitfield, the city treasurer.`, "The budget is balanced", "Thomas Whitfield"],
  ["before, X said: (colon)", `Governor Helen Okafor said: "Nobody will be left behind."`, "Nobody will be left behind", "Helen Okafor"],
  ["before, X told Y", `Daniel Brandt told reporters on Monday that "the talks are over."`, "the talks are over", "Daniel Brandt"],
  ["wrote via email", `"The vote was never in doubt," Priya Raman wrote via email.`, "The vote was never in doubt", "Priya Raman"],
  ["added", `"It is a good start," Oskar Lindqvist added.`, "It is a good start", "Oskar Lindqvist"],
  ["asserting participle", `Senator Ruth Adebayo rejected the plan, asserting, "This bill will never pass the chamber."`, "This bill will never pass", "Ruth Adebayo"],
  ["according to X", `"Prices will fall next year," according to economist Lars Petersen.`, "Prices will fall next year", "Lars Petersen"],
  ["calling it", `Mayor Jorge Castillo criticised the decision, calling it "reckless and unfair."`, "reckless and unfair", "Jorge Castillo"],
  ["mixed marks", `"We can work together, but not like this,” said Amara Nwosu.`, "We can work together", "Amara Nwosu"],
  ["double apostrophes", `''Of course we will appeal,'' said Henrik Vogel.`, "Of course we will appeal", "Henrik Vogel"],
  ["hyphenated accented name", `"This remains sensitive for voters," said Gustavo A. Ibáñez-Ruiz, a professor at Lakeside University.`, "This remains sensitive", "Gustavo A. Ibáñez-Ruiz"],
  ["title before name", `"Our answer is no," Prime Minister Ingrid Solberg said.`, "Our answer is no", "Ingrid Solberg"],
  ["org speaker", `"The program will resume in May," the Federal Aviation Administration said in a statement.`, "The program will resume", "Federal Aviation Administration"],
  ["report claimed", `A report in the Daily Ledger described the plan. The report claimed that officials wanted "a larger role for the army."`, "a larger role for the army", "Daily Ledger"],
  ["dash attribution", `“Nobody asked us what we wanted.” ― Carla Mendes`, "Nobody asked us", "Carla Mendes"],
  ["apposition between name and verb", `"We are out of money," Peter Novak, a spokesman for the agency, said.`, "We are out of money", "Peter Novak"],
  ["lower-case title before name", `"That deal is dead," campaign spokesman Rick Halloran said on Tuesday.`, "That deal is dead", "Rick Halloran"],
];

for (const [name, text, starts, speaker] of CASES) {
  test(`quote cue form: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
    assert.equal(text.slice(q.start, q.end), q.quote.replace(/ $/, ""));
  });
}

test("pronoun speaker resolves to the name, never the pronoun", () => {
  const qs = quotesOf(`Elena Petrova arrived late. "I had no choice," she said. Her colleague Mark Dunn disagreed. "It was a mistake," he said.`);
  assert.deepEqual(qs.map((q) => q.speaker), ["Elena Petrova", "Mark Dunn"]);
});

test("surname speaker links to the full name", () => {
  const qs = quotesOf(`Rebecca Thornton announced her candidacy. "I am running to win," Thornton said.`);
  assert.equal(qs[0].speaker, "Rebecca Thornton");
});

test("description speaker resolves through titles seen earlier", () => {
  const qs = quotesOf(`Chilean President Rafael Montes met the delegation. "We will not yield," the Chilean president said.`);
  assert.equal(qs[0].speaker, "Rafael Montes");
});

test("continuation quote in the next paragraph belongs to the previous speaker", () => {
  const qs = quotesOf(`"The harvest was poor," said farmer Luis Ortega.\n\n"We will need help before winter."`);
  assert.equal(qs.length, 2);
  assert.equal(qs[1].speaker, "Luis Ortega");
});

test("a quote continued over two paragraphs is one claim", () => {
  const qs = quotesOf(`Nadia Hamid said: "The first step is to listen.\n\n"The second step is to act."`);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].speaker, "Nadia Hamid");
  assert.match(qs[0].quote, /listen\. The second step/);
});

test("partial quote inside a sentence is not direct", () => {
  const qs = quotesOf(`Mayor Anna Berg has rejected the idea, vowing to defend the harbour against closure "by any legal means."`);
  assert.equal(qs[0].speaker, "Anna Berg");
  assert.equal(qs[0].direct, false);
});

test("recounted speech: the inner speaker speaks, via the teller", () => {
  const qs = quotesOf(`Laura Kim met George Bell in March. Kim said Bell told her: "The deal is off."`);
  assert.equal(qs[0].speaker, "George Bell");
  assert.equal(qs[0].via, "Laura Kim");
});

test("two quoted pieces joined by and share the speaker", () => {
  const qs = quotesOf(`Guns are "a public health crisis" and "a national shame," Dr. Samuel Reyes said.`);
  assert.deepEqual(qs.map((q) => q.speaker), ["Samuel Reyes", "Samuel Reyes"]);
});

test("transcript labels name the speaker", () => {
  const qs = quotesOf(`"HOST: Will you run again? I need an answer tonight."`);
  assert.equal(qs[0].speaker, "HOST");
});

// Speakers separated from the quote by appositions, party tags, names the tagger reads as verbs,
// and verb-first attributions: [name, text, quoted words (start), speaker]
const APPOSITION_CASES: Array<[string, string, string, string | null]> = [
  ["parenthesis then apposition", `"We need more time," Rep. Ana Ortiz (D-Ore.), a member of the budget panel, said.`, "We need more time", "Ana Ortiz"],
  ["party tag with an abbreviation", `"The vote will pass," Senate leader Tom Becker, R-Ky., said Tuesday.`, "The vote will pass", "Tom Becker"],
  ["two appositions, one with a verb", `"That is an overreach," Laura Kim, the attorney general of Utah, one of the states suing the agency, said.`, "That is an overreach", "Laura Kim"],
  ["given name tagged as a verb", `"We were open to changes," White House press secretary Josh Warner said at a briefing Monday.`, "We were open to changes", "Josh Warner"],
  ["sentence-initial surname tagged as a verb", `Attorney General Rosa Lynch spoke on Monday. Lynch said there remains a "wide gap between the two systems" in practice.`, "wide gap", "Rosa Lynch"],
  ["verb-first attribution", `Critics were unconvinced. Said Morales: "I do not see any interest in reform."`, "I do not see any interest", "Morales"],
  ["place inside an apposition is not the speaker", `"We lost the vote," the mayor of Springfield, Illinois, said.`, "We lost the vote", "the mayor"],
];

for (const [name, text, starts, speaker] of APPOSITION_CASES) {
  test(`quote speaker across appositions: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

// Colon cues, name appositions, split sentences after "?", closing verbs, nouns tagged as verbs,
// pronouns after quotes that name someone else: [name, text, quoted words (start), speaker]
const CUE_CASES: Array<[string, string, string, string | null]> = [
  ["colon cue: the subject of the verb, not the clause's first name", `The Ledger made these claims in May, and the Tribune responded:\n\n"There is no evidence for any of it."`, "There is no evidence", "Tribune"],
  ["a name apposition wins over an introductory phrase", `In a statement to the Gazette, her senior policy adviser, Jon Halvorsen, said: “The mayor believes the plan is essential.”`, "The mayor believes", "Jon Halvorsen"],
  ["question split from its attribution", `Prime Minister Leo Varga criticized him. “It looks like we will not get along, who knows?” Brandt told a television station in an interview aired on Monday.`, "It looks like", "Brandt"],
  ["a closing verb that is not a speech verb", `Marta Klein said the country had changed. “Our country will always be our country,” an angry Dubois retaliated.`, "Our country will always", "Dubois"],
  ["a noun tagged as a verb is not the main verb", `Senator Ruth Adams immediately posted a Twitter comment of her own, saying, “We are so excited to meet the new team!”`, "We are so excited", "Ruth Adams"],
  ["he after a quote naming other men", `Walter Price spoke at length. “Voters reject them. George Hall got fewer votes than Tom Reed in 2000,” he points out.`, "Voters reject them", "Walter Price"],
  ["a participle after a clause without its own subject", `Judge Ruth Okafor said little about the appeal, calling it ''routine'' and, when pressed by the panel a second time, replying, ''The record speaks for itself.''`, "The record speaks", "Ruth Okafor"],
  ["a progressive the tagger reads as an adjective", `Coach Ann Lee spoke on Monday. Lee is promising “a faster team next spring,” but she has also cut practice time.`, "a faster team", "Ann Lee"],
  ["a naming verb the tagger reads as a noun after coordinated names", `At every budget meeting, Ann Lee and Tom Ward call them "paper savings" without any shame.`, "paper savings", "Tom Ward"],
  ["a title in quotes between the cue and the quote", `Ann Lee spoke. Lee told the “Evening Hour” podcast this week that “the harbor deal is finished.”`, "the harbor deal", "Ann Lee"],
  ["a noun like a speech verb after a determiner is no cue", `Tom Ward waited. The phone call "was brief," Ann Lee said.`, "was brief", "Ann Lee"],
  ["a country as the speaker, past tense read as an adjective", `The fishing ban drew anger. Norway branded the rule "a gift to poachers."`, "a gift to poachers", "Norway"],
  ["a country with an apposition", `Even Portugal, a founding member of the pact and its main lender, said it was "deeply worried" about the vote.`, "deeply worried", "Portugal"],
  ["a city before the quote is not the speaker", `Boston "feels like home to me," Tom Ward said.`, "feels like home", "Tom Ward"],
  ["the slogan a named subject used", `Tom Ward toured the docks in May. Ward has used the slogan “ships before shops” at every stop.`, "ships before shops", "Tom Ward"],
  ["echoed: with the quote in the next paragraph", `Voters spoke. Parker Eaton said it was fine. "I like him."\n\nStudent Mia Lund echoed:\n\n“She speaks her mind, and that might be what the country needs.”`, "She speaks her mind", "Mia Lund"],
];

for (const [name, text, starts, speaker] of CUE_CASES) {
  test(`quote speaker cue: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

// "Name:" leads (headlines, interview lines) and a name right before a colon
const LEAD_CASES: Array<[string, string, string, string | null]> = [
  ["headline led by a name", `Anna Weber: Voters Are ‘Tired of the Noise.’\n\nFormer Senator Anna Weber says voters want change.`, "Tired of the Noise", "Anna Weber"],
  ["headline led by a title and name", `Hacker Lupo: Server Was Unprotected, ‘Like an Open Door.’\n\nDuring an interview, the hacker said so.`, "Like an Open Door", "Hacker Lupo"],
  ["a name right before the colon", `The timing of the surge doesn’t surprise Republican pollster Dana Shaw: “Historically, lesser-known candidates have seen the biggest boost.”`, "Historically", "Dana Shaw"],
  ["a prepositional object before the colon is not the speaker", `Former candidate Jeb Bush explained what was wrong to the Dutch newspaper Het Dagblad: “What he did was so insensitive.”`, "What he did", "Jeb Bush"],
];

for (const [name, text, starts, speaker] of LEAD_CASES) {
  test(`quote speaker lead: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

// Attribution rules with a positive and a negative case each: [name, text, quoted words (start), speaker]
const RULE_CASES: Array<[string, string, string, string | null]> = [
  ["a present-tense cue read as a noun: 'The Ledger reports that'", `The Riverside Ledger reports that the mayor wanted to "keep the plan under wraps until the vote."`, "keep the plan", "Riverside Ledger"],
  ["a present-tense cue read as a noun before a colon", `The Riverside Ledger reports:\n\n"The mayor wanted to keep the plan under wraps until the vote was over."`, "The mayor wanted", "Riverside Ledger"],
  ["negative: a plural noun after a name is no cue", `Mayor Ana Ruiz dismissed the Riverside Ledger reports, calling them "a scheme kept under wraps."`, "a scheme kept", "Ana Ruiz"],
  ["a person named right before a participle of saying", `The ad shows footage of Helen Okafor saying during the debate, "That makes me a winner."`, "That makes me", "Helen Okafor"],
  ["negative: a participle after a comma takes the clause subject", `Helen Okafor met Daniel Brandt, saying, "We have work to do on this bill."`, "We have work", "Helen Okafor"],
];

/** Each case: the quote starting with `starts` in `text` is attributed to `speaker`. */
function ruleTests(cases: readonly (readonly [string, string, string, string | null])[]) {
  for (const [name, text, starts, speaker] of cases) {
    test(`quote rule: ${name}`, () => {
      const qs = quotesOf(text);
      const q = qs.find((x) => x.quote.startsWith(starts));
      assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
      assert.equal(q.speaker, speaker);
    });
  }
}

ruleTests(RULE_CASES);

test("transcript turns in paragraphs whose marks are left open are separate quotes with their own speakers", () => {
  const qs = quotesOf(`"HALE: Let us start with the budget, Governor.\n\n"OKAFOR: The budget is balanced and will stay that way.\n\n"HALE: Thank you.`);
  assert.deepEqual(qs.map((q) => [q.quote.slice(0, 6), q.speaker]), [["HALE: ", "HALE"], ["OKAFOR", "OKAFOR"], ["HALE: ", "HALE"]]);
});

test("a quote continued over paragraphs stays one claim when no new speaker is named", () => {
  const qs = quotesOf(`"We will need help before winter," said farmer Luis Ortega. "The harvest was poor.\n\n"Nobody has come yet," he added.`);
  assert.equal(qs.length, 2, JSON.stringify(qs));
  assert.ok(qs[1].quote.includes("Nobody has come yet"));
  assert.equal(qs[1].speaker, "Luis Ortega");
});

test("a paragraph after an unclosed quote that names a new speaker is a quote of its own", () => {
  const qs = quotesOf(`"We will need help before winter," said farmer Luis Ortega. "The harvest was poor.\n\n"Nobody has come yet," added Mayor Ana Ruiz.`);
  assert.equal(qs.length, 3, JSON.stringify(qs));
  assert.equal(qs[2].speaker, "Ana Ruiz");
  assert.equal(qs[1].speaker, "Luis Ortega");
});

const RULE_CASES_2: Array<[string, string, string, string | null]> = [
  ["a verb of naming in the sentence before speaks for a named person", `His former partner, Lena Voss, called him a master of hard deals. "He closed deals nobody else could close."`, "He closed deals", "Lena Voss"],
  ["negative: a verb of naming with a non-person subject lends no speaker", `The report called the plan a master stroke. "He closed deals nobody else could close."`, "He closed deals", null],
  ["a quote set off by dashes after a person's name", `Several senators agreed, including the former candidate Ann Lee -- "We will not wait for the audit" -- and others.`, "We will not wait", "Ann Lee"],
  ["negative: after a name that is a preposition's object", `Tom Hale said the host seemed loyal to Ann Lee -- "a changed man to me, which surprised me."`, "a changed man", "Tom Hale"],
  ["an attribution closing the sentence after another verb", `A cashier who "takes a few bills from the drawer" is held accountable, Ann Lee said.`, "takes a few bills", "Ann Lee"],
  ["judging verbs: condemned ... as", `In a statement, President Tom Hale condemned the plan as "reckless and wasteful."`, "reckless and", "Tom Hale"],
  ["judging verbs: likened ... to", `Another critic, Ann Lee, likened the rules to "tearing up the charter."`, "tearing up the charter", "Ann Lee"],
];

ruleTests(RULE_CASES_2);

test("a speakerless repeat of an attributed quote (a pull quote) takes its speaker", () => {
  const text = `The budget fight goes on.\n\n"Nobody will be left behind in this city."\n\nThe council met on Monday. "Nobody will be left behind in this city," said Mayor Ana Ruiz.`;
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => q.speaker), ["Ana Ruiz", "Ana Ruiz"]);
});

test("negative: a repeat attributed to two different people, or too short, stays speakerless", () => {
  const two = quotesOf(`The fight goes on.\n\n"Nobody will be left behind."\n\nThe council met. "Nobody will be left behind," said Mayor Ana Ruiz. Later, "nobody will be left behind," said Tom Hale.`);
  assert.equal(two[0].speaker, null);
  const short = quotesOf(`The fight goes on.\n\n"Left behind."\n\nThe council met. "Nobody will be left behind," said Mayor Ana Ruiz.`);
  assert.ok(short.every((q) => q.quote !== "Left behind." || q.speaker === null));
});

const RULE_CASES_3: Array<[string, string, string, string | null]> = [
  ["inverted cue after more words: '\"...\" for X, said Y'", `"A hard road ahead" for the council, said Mayor Ana Ruiz.`, "A hard road ahead", "Ana Ruiz"],
  ["negative: a subject with an apposition before the verb is the speaker", `"The plan works," Tom Hale, the director of the Riverside Trust, told The Ledger.`, "The plan works", "Tom Hale"],
  ["a short title-case quote opening its sentence, then its speaker", `"Never," said Tom Hale, a local voter. "Never again in this town, for anyone."`, "Never,", "Tom Hale"],
  ["its continuation keeps the speaker", `"Never," said Tom Hale, a local voter. "Never again in this town, for anyone."`, "Never again in", "Tom Hale"],
];

for (const [name, text, starts, speaker] of RULE_CASES_3) {
  test(`quote rule: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

test("negative: a programme title after a preposition is no quote even with a speaker after it", () => {
  const qs = quotesOf(`On "Morning Report," Tom Hale said the plan would pass.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

const RULE_CASES_4: Array<[string, string, string, string | null]> = [
  ["inverted cue after a clause with its own verb", `"Watching the costs climb is alarming," since most were approved by one vote, said Lena Voss, who teaches law.`, "Watching the costs", "Lena Voss"],
  ["negative: after a clause with its own verb, a description is not taken", `"Watching the costs climb is alarming," since most were approved by one vote, said one professor.`, "Watching the costs", null],
  ["a hyphenated premodifier before the speaker", `"Turnout is falling," Ohio-based Matt Hale said. "Interest was weak from the start."`, "Interest was weak", "Matt Hale"],
];

for (const [name, text, starts, speaker] of RULE_CASES_4) {
  test(`quote rule: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

const IT_CASES: Array<[string, string, string, string | null]> = [
  ["'it' as a speaker is the organisation named just before", `The Riverside Water Board on Friday raised rates to stop what it called "a slow collapse of the network."`, "a slow collapse", "Riverside Water Board"],
  ["negative: 'it' with no organisation nearby stays unresolved", `Tom Hale watched as the storm pushed the river to what it called "a slow collapse of the whole network."`, "a slow collapse", null],
];

for (const [name, text, starts, speaker] of IT_CASES) {
  test(`quote rule: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
  });
}

// Quotes nested in quotes, nicknames in quotation marks inside names: [name, text, quoted words (start), speaker, quoted words (end)]
const NESTING_CASES: Array<[string, string, string, string | null, string]> = [
  ["a quote nested in the same marks", `Ana Ruiz spoke last. “The mayor keeps praising what he calls “bold reform” while the clinics close,” said Ana Ruiz.`, "The mayor keeps", "Ana Ruiz", "the clinics close,"],
  ["a question inside a quote", `Paul Grant added:\n\n"The survey put it plainly: “Should the ferry run at night?” Most readers agreed."`, "The survey put it", "Paul Grant", "Most readers agreed."],
  ["a stray opening mark before a quote", `The ruling came “late, and then “We accept it,” said Ivan Horvat.`, "We accept it", "Ivan Horvat", "We accept it,"],
  ["a nickname inside the speaker's name, after titles and a party tag", `Ben Ames opened the fair. "Nobody bakes like this valley!" his aunt, state Rep. Marta "Tita" Lund (D-Hilltown), yelled from the stage.`, "Nobody bakes", "Marta Lund", "this valley!"],
  ["a nickname, then the surname alone", `Samuel "Sugar" Okoro won the bout. "I am ready for more," Okoro said.`, "I am ready", "Samuel Okoro", "for more,"],
];

for (const [name, text, starts, speaker, ends] of NESTING_CASES) {
  test(`quote marks: ${name}`, () => {
    const qs = quotesOf(text);
    const q = qs.find((x) => x.quote.startsWith(starts));
    assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(qs)}`);
    assert.equal(q.speaker, speaker);
    assert.ok(q.quote.endsWith(ends), q.quote);
    // the nested words are part of the quote, not a quote of their own
    assert.equal(qs.length, 1, JSON.stringify(qs));
  });
}

// "according to X" closing the sentence that holds a quote, away from the quote itself
ruleTests([
  ["'according to X' closing the sentence", `The mayor was greeted with chants of "Ana!" at a rally in May, according to union leader Tom Hale.`, "Ana!", "Tom Hale"],
  ["'according to X' with a parenthesis after the name", `More than 100 people took part in a “walk-in” at 20 schools, according to the organizer Alliance for Open Harbors (AOH).`, "walk-in", "Alliance for Open Harbors"],
  ["'according to X' with a relative clause after the name", `The crowd booed "the plan that nobody in this city asked for" at the rally, according to Tom Hale, who was there.`, "the plan that nobody", "Tom Hale"],
  ["negative: a new clause after 'according to X'", `The crowd booed "the plan that nobody in this city asked for" at the rally, according to Tom Hale, and Ann Ward left early.`, "the plan that nobody", null],
  ["negative: a cue before the quote wins", `Mayor Ann Ward called the council's plan "a waste of everyone's time and money" in May, according to Tom Hale.`, "a waste of", "Ann Ward"],
]);

// Passives: the subject of 'was called "..."' is not the speaker; the agent after the quote is
ruleTests([
  ["the agent of a passive naming verb", `Tom Hale opened the fair. The plan was called "reckless and wasteful" by Mayor Ana Ruiz.`, "reckless and wasteful", "Ana Ruiz"],
  ["a described agent of a passive naming verb", `Tom Hale opened the fair. The plan was called "reckless and wasteful" by critics in the council.`, "reckless and wasteful", "critics"],
  ["negative: the subject of a passive is no speaker", `Tom Hale opened the fair. The plan was called "reckless and wasteful and useless" at the meeting.`, "reckless and wasteful", null],
  ["a title followed by its author", `The plan borrows from a paper titled "How to Fix the Harbor" by Tom Hale and Ann Ward.`, "How to Fix the Harbor", "Tom Hale"],
  ["negative: 'by' after a quote that is no agent", `Tom Hale said the plan will be finished "by the end of the year," and left.`, "by the end", "Tom Hale"],
  ["negative: a passive inside reported speech keeps the reporter", `Tom Hale said the plan was "rejected out of hand" by Ann Ward.`, "rejected out of hand", "Tom Hale"],
  ["a short name given by a passive naming verb is kept", `When the desk examined the claim, it was labeled “Mostly True.”`, "Mostly True.", null],
]);

test("negative: a short scare quote after a distant passive is not kept", () => {
  const qs = quotesOf(`Tom Hale has been called a charlatan by fellow doctors for promoting “quack” cures.`);
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

// A quoted sentence standing alone after a sentence, in the same paragraph, whose subject is a named person
ruleTests([
  ["the named subject of the sentence before", `On Sunday, Sen. Ann Lee (Vt.), who lost the primary, identified young voters as a reason for hope. "The younger people are sick and tired of the old ways."`, "The younger people", "Ann Lee"],
  ["after a title in quotes that opens the sentence before", `On "Morning Report," Ann Lee identified young voters as a reason for hope. "The younger people are sick and tired of the old ways."`, "The younger people", "Ann Lee"],
  ["negative: a person who is only the object", `The storm hit the farm of Ann Lee on Sunday night. "The younger people are sick and tired of the old ways."`, "The younger people", null],
  ["negative: a sentence in the paragraph before", `On Sunday, Ann Lee identified young voters as a reason for hope.\n\n"The younger people are sick and tired of the old ways."`, "The younger people", null],
]);

// A speech verb coordinated with one before an earlier quote in the sentence keeps that verb's subject
ruleTests([
  ["a coordinated verb after an earlier quote", `The Fact Desk claimed “Hale exaggerates” the jobless rate through a “misleading use of numbers,” and concluded his comments were “Mostly False.”`, "Mostly False.", "Fact Desk"],
  ["negative: a verb-first attribution after a conjunction is still inverted", `Critics were unconvinced. "We lost," Ann Lee said. And said Tom Hale: "I do not see any interest in reform."`, "I do not see", "Tom Hale"],
]);

// A free relative ("what X called ...") is not part of the speaker's NP
ruleTests([
  ["a described speaker after 'what'", `The bank was tied to what multiple lawmakers called “fraud” in May.`, "fraud", "multiple lawmakers"],
  ["negative: a determiner stays in the NP", `Critics backed what the city council called “a fair deal for the harbor.”`, "a fair deal", "the city council"],
]);

// "compare" judges something against a description, like "liken"; "compared to/with" is a preposition
ruleTests([
  ["compared ... to a description in quotes", `Ann Lee, a debate coach, compared the mayor to a referee who is "working the crowd" in hopes of a deal.`, "working the crowd", "Ann Lee"],
  ["a participle of comparing after the quote", `Tom Hale openly admires the old mayor as a “strong leader,” comparing him favorably to the new one.`, "strong leader", "Tom Hale"],
  ["negative: 'compared to' as a preposition names nobody", `Sales rose 5 percent in May compared to "the worst spring on record for the harbor."`, "the worst spring", null],
]);

// "rate" judges something as a description
ruleTests([
  ["rated ... as a description in quotes", `The Fact Desk rated 22% of the claims as “entirely true” last year.`, "entirely true", "Fact Desk"],
  ["the agent of a passive 'rated'", `The hotel is rated "excellent" by most guests.`, "excellent", "most guests"],
  ["negative: a base form after 'the <Name>' is a noun, no cue", `The Harbor Bank rate that "nobody in the valley could afford" rose again in May.`, "nobody in the valley", null],
]);

// A title in quotes after a preposition or possessive, its punctuation inside the marks, is no quote
const TITLE_CASES: Array<[string, string, number]> = [
  ["a programme after 'on'", `Tom Hale repeated the claim on "Harbor Nights."`, 0],
  ["a programme after a possessive", `Tom Hale said so on the network’s “Harbor Nights.”`, 0],
  ["negative: a cry after a preposition is kept", `Ann Lee was greeted with chants of "Ana, Ana, Ana!" at the rally, Tom Hale said.`, 1],
  ["negative: a name given by a verb of naming is kept", `Mayor Ana Ruiz called the plan "Harbor First."`, 1],
];
for (const [name, text, n] of TITLE_CASES) {
  test(`quote titles: ${name}`, () => {
    const qs = quotesOf(text);
    assert.equal(qs.length, n, JSON.stringify(qs));
  });
}

// Verbs of attacking in words: "blasted ... as", "has been pounding X as"
ruleTests([
  ["pounding ... as a description", `Senator Ana Ruiz (D-Ore.), in particular, has been steadily pounding the mayor as a “con artist” for months.`, "con artist", "Ana Ruiz"],
  ["blasted ... that ... was", `Tom Hale also blasted the board for failing to say that the deal was only “partial,” and left.`, "partial", "Tom Hale"],
]);

test("a mark opening a paragraph and left open runs on around a quote nested in it, which keeps its own speaker", () => {
  const qs = quotesOf(`Ann Lee read the letter aloud:\n\n"The first time I saw the harbor, a man called it “the end of the world” and left.\n\n"Nobody believed him, but I stayed for good."`);
  assert.deepEqual(qs.map((q) => [q.quote, q.speaker]), [
    ["The first time I saw the harbor, a man called it “the end of the world” and left. Nobody believed him, but I stayed for good.", "Ann Lee"],
    ["the end of the world", "a man"],
  ]);
});

test("a transcript turn left open keeps a title nested in it and its label's speaker", () => {
  const qs = quotesOf(`"HOST: Is this an episode of “Quiz Night” or a debate? Tell us, Governor.\n\n"OKAFOR: It is a debate, and a serious one."`);
  assert.deepEqual(qs.map((q) => [q.quote.slice(0, 6), q.speaker]), [["HOST: ", "HOST"], ["OKAFOR", "OKAFOR"]]);
  assert.match(qs[0].quote, /Quiz Night” or a debate/);
});

test("negative: an opening mark left open inside a paragraph is still a stray mark", () => {
  const qs = quotesOf(`The ruling came “late, and then “We accept it,” said Ivan Horvat.`);
  assert.deepEqual(qs.map((q) => q.quote), ["We accept it,"]);
});
