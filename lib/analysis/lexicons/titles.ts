// Titles, offices and honorifics as general English data (lower-case).

/** Honorifics and abbreviated titles written before a name; value: the title it stands for and gender. */
export const HONORIFICS: ReadonlyMap<string, { title: string | null; gender?: "m" | "f" }> = new Map([
  ["mr", { title: null, gender: "m" }], ["mr.", { title: null, gender: "m" }],
  ["mrs", { title: null, gender: "f" }], ["mrs.", { title: null, gender: "f" }],
  ["ms", { title: null, gender: "f" }], ["ms.", { title: null, gender: "f" }],
  ["miss", { title: null, gender: "f" }], ["mx.", { title: null }],
  ["sir", { title: "sir", gender: "m" }], ["dame", { title: "dame", gender: "f" }],
  ["lord", { title: "lord", gender: "m" }], ["lady", { title: "lady", gender: "f" }],
  ["dr", { title: "doctor" }], ["dr.", { title: "doctor" }], ["prof", { title: "professor" }], ["prof.", { title: "professor" }],
  ["sen", { title: "senator" }], ["sen.", { title: "senator" }], ["rep", { title: "representative" }], ["rep.", { title: "representative" }],
  ["reps.", { title: "representative" }], ["sens.", { title: "senator" }], ["del.", { title: "delegate" }],
  ["gov", { title: "governor" }], ["gov.", { title: "governor" }], ["lt.", { title: "lieutenant" }],
  ["gen", { title: "general" }], ["gen.", { title: "general" }], ["col.", { title: "colonel" }], ["maj.", { title: "major" }],
  ["capt.", { title: "captain" }], ["sgt.", { title: "sergeant" }], ["adm.", { title: "admiral" }],
  ["cmdr.", { title: "commander" }], ["pres.", { title: "president" }], ["supt.", { title: "superintendent" }],
  ["atty.", { title: "attorney" }], ["rev.", { title: "reverend" }], ["hon.", { title: null }], ["fr.", { title: "father", gender: "m" }],
  ["msgr.", { title: "monsignor", gender: "m" }], ["sr.", { title: "sister", gender: "f" }],
  ["pope", { title: "pope", gender: "m" }], ["king", { title: "king", gender: "m" }], ["queen", { title: "queen", gender: "f" }],
  ["prince", { title: "prince", gender: "m" }], ["princess", { title: "princess", gender: "f" }],
  ["sheikh", { title: "sheikh", gender: "m" }], ["rabbi", { title: "rabbi" }], ["imam", { title: "imam", gender: "m" }],
]);

/** Head nouns of titles and offices (single words, lower-case). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice-president", "premier", "chancellor", "minister", "secretary", "senator", "congressman",
  "congresswoman", "congressmember", "representative", "governor", "mayor", "ambassador", "envoy", "consul",
  "judge", "justice", "prosecutor", "attorney", "lawyer", "counsel", "commissioner", "director", "chairman",
  "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder",
  "owner", "executive", "manager", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide",
  "adviser", "advisor", "strategist", "pollster", "consultant", "analyst", "economist", "professor",
  "lecturer", "researcher", "scientist", "historian", "author", "writer", "columnist", "editor",
  "journalist", "reporter", "correspondent", "anchor", "host", "commentator", "officer", "official",
  "general", "admiral", "colonel", "captain", "lieutenant", "sergeant", "commander", "marshal", "sheriff",
  "chief", "head", "leader", "speaker", "whip", "delegate", "lawmaker", "legislator", "councilman",
  "councilwoman", "councillor", "councilor", "alderman", "nominee", "candidate", "challenger", "incumbent",
  "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "rabbi",
  "imam", "pastor", "priest", "reverend", "dean", "provost", "principal", "superintendent", "treasurer",
  "comptroller", "auditor", "inspector", "administrator", "coordinator", "organizer", "organiser",
  "activist", "advocate", "campaigner", "fellow", "president-elect", "chancellor-elect", "mayor-elect",
  "governor-elect", "senator-elect", "diplomat", "negotiator", "regulator", "sen.", "rep.", "gov.",
  "partner", "president-elect", "surrogate", "supporter", "donor", "fundraiser", "operative", "deputy",
  "undersecretary", "under-secretary", "assistant", "ceo", "magnate", "mogul", "billionaire", "businessman",
  "businesswoman", "entrepreneur", "investor", "banker", "physician", "doctor", "surgeon", "nurse",
  "coach", "player", "quarterback", "actor", "actress", "singer", "rapper", "comedian", "director",
  "producer", "star", "expert", "specialist", "scholar", "student", "teacher", "nominee", "delegate",
  "monarch", "dictator", "premier", "prime", "chief-of-staff", "treasurer",
]);

/**
 * Titles a writer puts in lower case right before a name ("museum director X", "coach X"); words that
 * also read as verbs or adjectives there ("host", "star", "fellow", "press") are left out.
 */
export const LOWER_CASE_TITLES: ReadonlySet<string> = new Set([
  "president", "chancellor", "minister", "secretary", "senator", "governor", "mayor", "ambassador", "envoy",
  "judge", "prosecutor", "attorney", "lawyer", "commissioner", "director", "chairman", "chairwoman",
  "chairperson", "ceo", "cfo", "founder", "co-founder", "cofounder", "owner", "manager", "spokesman",
  "spokeswoman", "spokesperson", "adviser", "advisor", "strategist", "pollster", "consultant", "analyst",
  "economist", "professor", "researcher", "scientist", "historian", "columnist", "editor", "journalist",
  "reporter", "correspondent", "anchor", "commentator", "officer", "captain", "lieutenant", "sergeant",
  "commander", "sheriff", "chief", "lawmaker", "legislator", "councilman", "councilwoman", "councillor",
  "councilor", "nominee", "candidate", "dean", "principal", "superintendent", "treasurer", "inspector",
  "administrator", "coordinator", "activist", "campaigner", "diplomat", "negotiator", "deputy",
  "undersecretary", "businessman", "businesswoman", "entrepreneur", "investor", "banker", "physician",
  "doctor", "surgeon", "actor", "actress", "singer", "rapper", "comedian",
  "producer", "detective", "curator", "keeper", "pastor", "bishop", "archbishop",
  // occupations of sport, the arts, science and trades, as news writes them before a name
  "coach", "quarterback", "pitcher", "goalkeeper", "striker", "midfielder", "linebacker",
  "referee", "umpire", "jockey", "conductor", "composer", "novelist", "poet", "playwright", "screenwriter",
  "photographer", "painter", "sculptor", "architect", "designer", "choreographer", "chef", "astronaut",
  "astronomer", "physicist", "chemist", "biologist", "engineer", "pilot", "nurse", "paramedic",
  "firefighter", "priest", "rabbi", "imam",
]);

/** Multi-word titles (lower-case), matched before single words. */
export const MULTIWORD_TITLES: readonly string[] = [
  "vice president", "prime minister", "foreign minister", "defense minister", "defence minister",
  "interior minister", "finance minister", "secretary of state", "secretary of defense", "secretary-general",
  "secretary general", "attorney general", "solicitor general", "surgeon general", "press secretary",
  "chief of staff", "campaign manager", "campaign chairman", "campaign chair", "communications director",
  "national security adviser", "national security advisor", "house speaker", "majority leader",
  "minority leader", "supreme leader", "chief justice", "chief executive", "chief executive officer",
  "managing director", "executive director", "editor in chief", "editor-in-chief", "first lady",
  "lieutenant governor", "district attorney", "state senator", "state representative", "u.s. attorney",
  "commerce secretary", "treasury secretary", "defense secretary", "foreign secretary", "home secretary",
  "health secretary", "energy secretary", "labor secretary", "homeland security secretary",
  "running mate", "presidential candidate", "presidential nominee", "vice presidential nominee",
  "associate professor", "assistant professor", "senior fellow", "senior adviser", "senior advisor",
  "deputy director", "special envoy", "special counsel",
];

/** Qualifiers written before a title. */
/** Generic words that describe the holder of a country's or body's top office ("the Chilean leader"). */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(["leader", "head", "counterpart"]);
/** Offices whose holder such a generic word can describe. */
export const TOP_OFFICES: ReadonlySet<string> = new Set([
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "monarch", "leader",
  "head of state", "head of government", "supreme leader", "mayor", "governor", "chairman", "chairwoman", "chair", "ceo",
]);

/** Nouns that are generic descriptions of people (a source, officials) but not titles. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "man", "woman", "source", "sources", "official", "officials", "aide", "aides", "spokesman", "spokeswoman",
  "spokesperson", "people", "person", "voter", "voters", "resident", "residents", "witness", "witnesses",
  "supporter", "supporters", "critic", "critics", "observer", "observers", "expert", "experts",
  "insider", "insiders", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors", "ally", "allies",
]);

export function isTitleWord(w: string): boolean {
  return TITLE_WORDS.has(w.toLowerCase());
}

/**
 * Offices and titles, longest first is not required (matching picks the longest).
 * A title found here is the "office" of a role; the rest of the title is its jurisdiction.
 */
export const OFFICES: readonly string[] = [
  "president", "vice president", "prime minister", "deputy prime minister", "premier",
  "chancellor", "vice chancellor", "king", "queen", "prince", "princess", "emperor", "empress", "monarch",
  "sultan", "emir", "crown prince", "pope", "cardinal", "archbishop", "bishop", "imam", "rabbi",
  "mayor", "deputy mayor", "governor", "lieutenant governor", "senator", "state senator", "representative",
  "congressman", "congresswoman", "member of parliament", "mp", "lawmaker", "legislator", "speaker",
  "majority leader", "minority leader", "secretary", "secretary of state", "secretary general",
  "secretary of defense", "defense secretary", "defence secretary", "home secretary", "foreign secretary",
  "press secretary", "minister", "foreign minister", "defense minister", "defence minister",
  "finance minister", "interior minister", "health minister", "justice minister", "economy minister",
  "ambassador", "envoy", "special envoy", "consul", "chief of staff", "attorney general", "solicitor general",
  "general", "lieutenant general", "major general", "brigadier general", "admiral", "colonel", "major",
  "captain", "lieutenant", "sergeant", "commander", "commissioner", "police chief", "sheriff",
  "chief executive", "chief executive officer", "ceo", "cfo", "coo", "founder", "co founder", "chairman",
  "chairwoman", "chairperson", "chair", "director", "director general", "managing director", "executive director",
  "professor", "associate professor", "assistant professor", "lecturer", "researcher", "economist", "analyst",
  "judge", "justice", "chief justice", "magistrate", "prosecutor", "district attorney", "lawyer", "attorney",
  "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "national security adviser",
  "governor general", "council member", "councillor", "councilman", "councilwoman", "alderman",
  "president of the european commission", "head of state", "head of government", "dictator", "coach", "captain",
];

/** Role nouns too vague to conflict with a specific office ("leader", "counterpart"). */
export const VAGUE_ROLE_WORDS: ReadonlySet<string> = new Set([
  "leader", "official", "officials", "head", "counterpart", "figure", "politician", "chief", "boss",
  "authority", "representative of", "member", "incumbent", "statesman", "stateswoman", "person", "man", "woman",
]);

/** Role qualifiers mapped to their meaning. "current" is the same as no qualifier. */
export const ROLE_QUALIFIERS: ReadonlyMap<string, "former" | "acting" | "elect" | "current" | "neutral"> = new Map([
  ["former", "former"], ["ex", "former"], ["late", "former"], ["erstwhile", "former"], ["onetime", "former"],
  ["one time", "former"], ["one-time", "former"], ["previous", "former"], ["future", "elect"], ["elected", "neutral"], ["past", "former"], ["retired", "former"], ["deposed", "former"], ["ousted", "former"],
  ["acting", "acting"], ["interim", "acting"], ["caretaker", "acting"], ["provisional", "acting"],
  ["elect", "elect"], ["incoming", "elect"], ["designate", "elect"], ["designated", "elect"],
  ["current", "current"], ["sitting", "current"], ["incumbent", "current"], ["outgoing", "current"],
  ["then", "neutral"], ["newly", "neutral"], ["longtime", "neutral"], ["long time", "neutral"],
]);

export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  // every one-word qualifier of ROLE_QUALIFIERS, the hyphenated forms, and "deputy", which stands
  // before a title the same way ("Deputy Prime Minister X")
  ...[...ROLE_QUALIFIERS.keys()].filter((q) => !q.includes(" ")), "then-", "ex-", "deputy",
]);

/** Offices compared as one ("spokesman" and "spokesperson", "premier" and "prime minister"). */
export const OFFICE_SYNONYMS: Readonly<Record<string, string>> = {
  spokesman: "spokesperson", spokeswoman: "spokesperson", chairman: "chair", chairwoman: "chair",
  chairperson: "chair", "chief executive": "ceo", "chief executive officer": "ceo", advisor: "adviser",
  "defence minister": "defense minister", "defence secretary": "defense secretary", congresswoman: "congressman",
  councilman: "councillor", councilwoman: "councillor", "council member": "councillor", premier: "prime minister",
  "secretary general": "secretary general", attorney: "lawyer", "co-founder": "founder", "co founder": "founder", cofounder: "founder",
};
