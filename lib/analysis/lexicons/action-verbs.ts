// Action verbs and their nominalisations, folded to a canonical action.
// General English data for the action stage.
//
// Folding choices (so that outlets wording one act differently still match):
// - propose <- propose, suggest, offer, float, put forward, pitch, moot: outlets call the same act
//   an "offer", a "proposal" or a "suggestion"; the verb as written stays in ActionSlots.verb, so the
//   framing difference is still visible.
// - reject <- reject, decline, refuse, rebuff, spurn, snub, dismiss, turn down, veto; a negated
//   accept/agree ("will never accept", "did not agree to") is also read as reject.
// - deploy <- deploy, dispatch, station, mobilize; send stays apart ("send a letter").
// - pressure <- pressure, press, push (for), lean on; urge <- urge, call on, call for, encourage.
// - criticize <- criticize, condemn, denounce, slam, rebuke, decry; attack stays physical.
// - invite stays apart from propose ("invited him to the summit").

export interface ActionSense {
  action: string;
  /** the direct object is the party acted on (accuse X, threaten X): a person/org/place object is the target */
  patient?: boolean;
  /** "to X" after it is a destination (send troops to X) */
  motion?: boolean;
  /** an infinitive after it is what is proposed/refused, not an act that happened */
  takesPlan?: boolean;
}

const S = (action: string, flags: Omit<ActionSense, "action"> = {}): ActionSense => ({ action, ...flags });

/** Single-word verbs by lemma. */
export const ACTION_VERBS: Readonly<Record<string, ActionSense>> = {
  propose: S("propose", { takesPlan: true }), suggest: S("propose", { takesPlan: true }),
  offer: S("propose", { takesPlan: true }), float: S("propose", { takesPlan: true }), pitch: S("propose", { takesPlan: true }),
  moot: S("propose", { takesPlan: true }),
  reject: S("reject", { takesPlan: true }), decline: S("reject", { takesPlan: true }), refuse: S("reject", { takesPlan: true }),
  rebuff: S("reject"), spurn: S("reject"), snub: S("reject"), dismiss: S("reject"), veto: S("reject"), repudiate: S("reject"),
  confirm: S("confirm"), announce: S("announce"), unveil: S("announce"),
  accuse: S("accuse", { patient: true }), blame: S("accuse", { patient: true }),
  deny: S("deny"),
  threaten: S("threaten", { patient: true, takesPlan: true }), warn: S("warn", { patient: true }),
  send: S("send", { motion: true }), deploy: S("deploy", { motion: true }), dispatch: S("deploy", { motion: true }),
  station: S("deploy", { motion: true }), mobilize: S("deploy", { motion: true }), mobilise: S("deploy", { motion: true }),
  pressure: S("pressure", { patient: true, takesPlan: true }), press: S("pressure", { patient: true, takesPlan: true }),
  push: S("pressure", { patient: true, takesPlan: true }), coerce: S("pressure", { patient: true, takesPlan: true }),
  urge: S("urge", { patient: true, takesPlan: true }), encourage: S("urge", { patient: true, takesPlan: true }),
  implore: S("urge", { patient: true, takesPlan: true }),
  agree: S("agree", { takesPlan: true }), accept: S("agree"), consent: S("agree", { takesPlan: true }),
  sign: S("sign"), approve: S("approve"), authorize: S("approve"), authorise: S("approve"), ratify: S("approve"),
  endorse: S("approve"),
  ban: S("ban"), prohibit: S("ban"), outlaw: S("ban"),
  arrest: S("arrest", { patient: true }), detain: S("arrest", { patient: true }), apprehend: S("arrest", { patient: true }),
  kill: S("kill", { patient: true }), murder: S("kill", { patient: true }), assassinate: S("kill", { patient: true }),
  attack: S("attack", { patient: true }), bomb: S("attack", { patient: true }), shell: S("attack", { patient: true }),
  raid: S("attack", { patient: true }), strike: S("attack", { patient: true }), invade: S("invade", { patient: true }),
  launch: S("launch"), invite: S("invite", { patient: true, takesPlan: true }),
  criticize: S("criticize", { patient: true }), criticise: S("criticize", { patient: true }),
  condemn: S("criticize", { patient: true }), denounce: S("criticize", { patient: true }),
  slam: S("criticize", { patient: true }), rebuke: S("criticize", { patient: true }), decry: S("criticize"),
  demand: S("demand", { takesPlan: true }), ask: S("ask", { patient: true, takesPlan: true }),
  request: S("ask", { takesPlan: true }),
  help: S("help", { patient: true }), assist: S("help", { patient: true }), aid: S("help", { patient: true }),
  cooperate: S("cooperate"), collaborate: S("cooperate"),
  vow: S("vow", { takesPlan: true }), pledge: S("vow", { takesPlan: true }), promise: S("vow", { takesPlan: true }),
  seize: S("seize"), capture: S("seize"), occupy: S("occupy", { patient: true }),
  withdraw: S("withdraw"), impose: S("impose"), sanction: S("sanction", { patient: true }),
  investigate: S("investigate", { patient: true }), probe: S("investigate", { patient: true }),
  label: S("label", { patient: true }), designate: S("label", { patient: true }), brand: S("label", { patient: true }),
  meet: S("meet", { patient: true }), visit: S("visit", { patient: true }),
  resign: S("resign"), fire: S("fire", { patient: true }), sack: S("fire", { patient: true }),
  evacuate: S("evacuate", { patient: true }), expel: S("expel", { patient: true }), deport: S("expel", { patient: true }),
};

/** Phrasal verbs: lemma + particle (+ preposition). */
export const PHRASAL_VERBS: Readonly<Record<string, ActionSense>> = {
  "turn down": S("reject"), "put forward": S("propose"), "call on": S("urge", { patient: true, takesPlan: true }),
  "call for": S("urge", { takesPlan: true }), "push for": S("pressure", { takesPlan: true }),
  "lean on": S("pressure", { patient: true }), "pull out": S("withdraw"), "crack down": S("crack down"),
  "send in": S("send", { motion: true }), "carry out": S("carry out"), "set up": S("set up"),
  "back down": S("back down"), "walk away": S("withdraw"), "sign off": S("approve"),
};

/** Nominalisations, by lower-cased singular form: "a proposal from X to send troops into Y". */
export const ACTION_NOUNS: Readonly<Record<string, ActionSense>> = {
  proposal: S("propose", { takesPlan: true }), offer: S("propose", { takesPlan: true }),
  suggestion: S("propose", { takesPlan: true }), initiative: S("propose", { takesPlan: true }),
  invitation: S("invite", { takesPlan: true }), invite: S("invite", { takesPlan: true }),
  rejection: S("reject"), refusal: S("reject", { takesPlan: true }), denial: S("deny"),
  confirmation: S("confirm"), announcement: S("announce"), accusation: S("accuse"),
  threat: S("threaten", { takesPlan: true }), warning: S("warn"), deployment: S("deploy", { motion: true }),
  pressure: S("pressure", { takesPlan: true }), push: S("pressure", { takesPlan: true }),
  demand: S("demand", { takesPlan: true }), request: S("ask", { takesPlan: true }), plea: S("urge", { takesPlan: true }),
  ban: S("ban"), arrest: S("arrest"), attack: S("attack"), invasion: S("invade"), killing: S("kill"),
  agreement: S("agree"), approval: S("approve"), criticism: S("criticize"), condemnation: S("criticize"),
  withdrawal: S("withdraw"), visit: S("visit"), pledge: S("vow", { takesPlan: true }), vow: S("vow", { takesPlan: true }),
  promise: S("vow", { takesPlan: true }),
};

/** Irregular past forms and participles, mapped to the lemma (wink sometimes tags them ADJ). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  sent: "send", struck: "strike", shot: "shoot", sought: "seek", withdrew: "withdraw", withdrawn: "withdraw",
  met: "meet", forbade: "forbid", forbidden: "forbid", brought: "bring", put: "put", set: "set",
};

/** Verbs whose infinitive complement did happen ("decided to deploy"), unlike a proposal's. */
export const REALIS_CONTROL: ReadonlySet<string> = new Set(["decide", "move", "begin", "start", "continue", "manage", "go", "proceed"]);

/** Heads of noun phrases that name places or destinations ("to the border", "on Danish soil"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "border", "borders", "soil", "territory", "territories", "country", "city", "capital", "region", "area", "zone",
  "coast", "waters", "airspace", "base", "bases", "port", "state", "province", "town", "village", "camp", "streets",
  "embassy", "ground", "frontier", "mainland", "island", "peninsula", "strip", "bank", "front", "front line",
  "frontline", "district", "neighbourhood", "neighborhood", "county", "valley", "mountains", "desert", "sea",
  "gulf", "strait", "river", "lake", "highway", "prison", "hospital", "school", "parliament", "square", "compound",
]);

/** Words in an object that make "to X" a destination: "send troops to X". */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  "troops", "troop", "forces", "force", "military", "army", "soldiers", "personnel", "marines", "navy", "ships",
  "warships", "drones", "jets", "aircraft", "weapons", "missiles", "police", "agents", "units", "battalion",
  "battalions", "brigade", "brigades", "reinforcements", "boots", "guard", "peacekeepers", "aid", "supplies",
]);

/** Lemma of an action verb form, or null. */
export function verbSense(lemma: string): ActionSense | null {
  return ACTION_VERBS[lemma.toLowerCase()] ?? null;
}
