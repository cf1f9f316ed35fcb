// General aliases for places and organisations that news outlets write in several ways: each
// entry maps every written form (compared case-insensitively, punctuation-free) to one canonical
// key. Countries come from the analysis lexicon's country list, so both layers know the same ones.
import { COUNTRIES, COUNTRY_ALIASES, DEMONYM_ALIASES } from "./places";

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

/** Organisations written several ways. */
const ORGANISATIONS: readonly AliasEntry[] = [
  { key: "un", name: "United Nations", kind: "org", forms: ["UN", "U.N.", "United Nations"] },
  { key: "eu", name: "European Union", kind: "org", forms: ["EU", "E.U.", "European Union"], demonyms: ["European"] },
  { key: "nato", name: "NATO", kind: "org", forms: ["NATO", "N.A.T.O.", "North Atlantic Treaty Organization", "North Atlantic Alliance"] },
  { key: "imf", name: "International Monetary Fund", kind: "org", forms: ["IMF", "I.M.F.", "International Monetary Fund"] },
  { key: "fbi", name: "Federal Bureau of Investigation", kind: "org", forms: ["FBI", "F.B.I.", "Federal Bureau of Investigation"] },
  { key: "cia", name: "Central Intelligence Agency", kind: "org", forms: ["CIA", "C.I.A.", "Central Intelligence Agency"] },
  { key: "nhs", name: "National Health Service", kind: "org", forms: ["NHS", "National Health Service"] },
  { key: "icc", name: "International Criminal Court", kind: "org", forms: ["ICC", "International Criminal Court"] },
];

/** Short keys kept for countries best known by their initials (comparison keys are stored with reviews). */
const COUNTRY_KEYS: Readonly<Record<string, string>> = {
  "United States": "us", "United Kingdom": "uk", "United Arab Emirates": "uae", "Soviet Union": "ussr",
  "Democratic Republic of the Congo": "drc", "Czech Republic": "czechia",
};

/** Countries from the one country list of the analysis lexicons, with their other names and adjectives. */
const COUNTRY_ENTRIES: readonly AliasEntry[] = COUNTRIES.map(([name, demonym]) => ({
  key: COUNTRY_KEYS[name] ?? name.toLowerCase().replace(/[^a-z]+/g, "-"),
  name,
  kind: "place" as const,
  forms: [name, ...[...COUNTRY_ALIASES].filter(([, c]) => c === name).map(([a]) => a)],
  demonyms: [demonym, ...[...DEMONYM_ALIASES].filter(([, c]) => c === name).map(([d]) => d)],
}));

export const ALIASES: readonly AliasEntry[] = [...COUNTRY_ENTRIES, ...ORGANISATIONS];

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
