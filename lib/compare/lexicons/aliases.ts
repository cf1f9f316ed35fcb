// General aliases for places and organisations that news outlets write in several ways.
// Data only: each entry maps every written form (compared case-insensitively, punctuation-free)
// to one canonical key. No story-specific names belong here.

export interface AliasEntry {
  /** canonical key, lower-case, as used in comparison keys */
  key: string;
  /** display form */
  name: string;
  kind: "place" | "org";
  /** written forms; compared after lower-casing and removing dots/punctuation */
  forms: string[];
  /** demonyms / adjectives that refer to the same place ("British" -> UK) */
  demonyms?: string[];
}

export const ALIASES: readonly AliasEntry[] = [
  { key: "us", name: "United States", kind: "place",
    forms: ["US", "U.S.", "U.S.A.", "USA", "United States", "United States of America", "America", "the States"],
    demonyms: ["American"] },
  { key: "uk", name: "United Kingdom", kind: "place",
    forms: ["UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    demonyms: ["British"] },
  { key: "un", name: "United Nations", kind: "org", forms: ["UN", "U.N.", "United Nations"] },
  { key: "eu", name: "European Union", kind: "org", forms: ["EU", "E.U.", "European Union"], demonyms: ["European"] },
  { key: "nato", name: "NATO", kind: "org", forms: ["NATO", "N.A.T.O.", "North Atlantic Treaty Organization", "North Atlantic Alliance"] },
  { key: "uae", name: "United Arab Emirates", kind: "place", forms: ["UAE", "U.A.E.", "United Arab Emirates", "the Emirates"], demonyms: ["Emirati"] },
  { key: "ussr", name: "Soviet Union", kind: "place", forms: ["USSR", "U.S.S.R.", "Soviet Union"], demonyms: ["Soviet"] },
  { key: "drc", name: "Democratic Republic of the Congo", kind: "place", forms: ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo"], demonyms: ["Congolese"] },
  { key: "imf", name: "International Monetary Fund", kind: "org", forms: ["IMF", "I.M.F.", "International Monetary Fund"] },
  { key: "fbi", name: "Federal Bureau of Investigation", kind: "org", forms: ["FBI", "F.B.I.", "Federal Bureau of Investigation"] },
  { key: "cia", name: "Central Intelligence Agency", kind: "org", forms: ["CIA", "C.I.A.", "Central Intelligence Agency"] },
  { key: "nhs", name: "National Health Service", kind: "org", forms: ["NHS", "National Health Service"] },
  { key: "icc", name: "International Criminal Court", kind: "org", forms: ["ICC", "International Criminal Court"] },
  { key: "netherlands", name: "Netherlands", kind: "place", forms: ["Netherlands", "the Netherlands", "Holland"], demonyms: ["Dutch"] },
  { key: "france", name: "France", kind: "place", forms: ["France"], demonyms: ["French"] },
  { key: "germany", name: "Germany", kind: "place", forms: ["Germany"], demonyms: ["German"] },
  { key: "switzerland", name: "Switzerland", kind: "place", forms: ["Switzerland"], demonyms: ["Swiss"] },
  { key: "spain", name: "Spain", kind: "place", forms: ["Spain"], demonyms: ["Spanish"] },
  { key: "poland", name: "Poland", kind: "place", forms: ["Poland"], demonyms: ["Polish"] },
  { key: "sweden", name: "Sweden", kind: "place", forms: ["Sweden"], demonyms: ["Swedish"] },
  { key: "denmark", name: "Denmark", kind: "place", forms: ["Denmark"], demonyms: ["Danish"] },
  { key: "finland", name: "Finland", kind: "place", forms: ["Finland"], demonyms: ["Finnish"] },
  { key: "ireland", name: "Ireland", kind: "place", forms: ["Ireland", "Republic of Ireland"], demonyms: ["Irish"] },
  { key: "turkey", name: "Turkey", kind: "place", forms: ["Turkey", "Turkiye", "Türkiye"], demonyms: ["Turkish"] },
  { key: "greece", name: "Greece", kind: "place", forms: ["Greece"], demonyms: ["Greek"] },
  { key: "philippines", name: "Philippines", kind: "place", forms: ["Philippines", "the Philippines"], demonyms: ["Filipino", "Philippine"] },
  { key: "new-zealand", name: "New Zealand", kind: "place", forms: ["New Zealand", "NZ"], demonyms: ["New Zealander"] },
  { key: "south-korea", name: "South Korea", kind: "place", forms: ["South Korea", "Republic of Korea", "ROK"], demonyms: ["South Korean"] },
  { key: "north-korea", name: "North Korea", kind: "place", forms: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], demonyms: ["North Korean"] },
  { key: "czechia", name: "Czech Republic", kind: "place", forms: ["Czech Republic", "Czechia"], demonyms: ["Czech"] },
];

/** punctuation-free, lower-case, single-spaced form used to look aliases up */
export function aliasLookupForm(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, "")
    .replace(/\./g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

const FORM_INDEX = new Map<string, AliasEntry>();
const DEMONYM_INDEX = new Map<string, AliasEntry>();
for (const e of ALIASES) {
  for (const f of e.forms) FORM_INDEX.set(aliasLookupForm(f), e);
  FORM_INDEX.set(aliasLookupForm(e.name), e);
  for (const d of e.demonyms ?? []) DEMONYM_INDEX.set(aliasLookupForm(d), e);
}

/** The alias entry a written form refers to ("U.S." -> us), or undefined. */
export function lookupAlias(written: string): AliasEntry | undefined {
  return FORM_INDEX.get(aliasLookupForm(written));
}

/** The alias entry an adjective refers to ("British" -> uk), or undefined. */
export function lookupDemonym(written: string): AliasEntry | undefined {
  return DEMONYM_INDEX.get(aliasLookupForm(written));
}

/** Longest alias form in words, used to bound multi-word look-ups. */
export const MAX_ALIAS_WORDS = Math.max(
  ...[...FORM_INDEX.keys(), ...DEMONYM_INDEX.keys()].map((k) => k.split(" ").length),
);
