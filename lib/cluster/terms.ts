// An article's terms for story clustering: content words (stemmed, lower-case, minus function words),
// names (capitalised runs inside sentences, as words and as phrases) and title words. Names and title
// words carry a boost: they say which event an article is about, where plain words say what kind.

import { isFunctionWord, isNegation, splitSentences, stem, tokenize } from "../analysis/text";
import { NON_NAME_WORDS } from "../analysis/lexicons/names";
import { ABBREVIATIONS } from "../analysis/lexicons/english";

export interface TermStats {
  /** occurrences in the article */
  count: number;
  /** the largest weight multiplier of any occurrence */
  boost: number;
}

export interface ArticleTerms {
  terms: Map<string, TermStats>;
  /** the title's terms alone: what a page with too little body to judge by says it is about */
  titleTerms: Map<string, TermStats>;
  /** distinct content words of the body: how much text there is to judge by */
  bodyWords: number;
}

/** Multipliers: a title word states the story; a name pins the event down; a name phrase more so. */
export const TITLE_BOOST = 2;
export const NAME_BOOST = 1.5;
export const PHRASE_BOOST = 2;
/** Longest name run kept as a phrase: longer runs are usually headings in Title Case. */
const MAX_PHRASE_WORDS = 4;

/** The term of a word, or null for words that say nothing about a story (abbreviations: "Mr", "Inc", "Dec"). */
function termOf(norm: string): string | null {
  if (norm.length < 2 || isFunctionWord(norm) || isNegation(norm) || ABBREVIATIONS.has(norm)) return null;
  return /^\d+$/.test(norm) ? norm : stem(norm);
}

function add(terms: Map<string, TermStats>, term: string, boost: number): void {
  const t = terms.get(term);
  if (t) {
    t.count++;
    t.boost = Math.max(t.boost, boost);
  } else terms.set(term, { count: 1, boost });
}

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);

/** "1,500" and "1500" are one number: thousands separators go before tokenising splits at the comma. */
const joinDigitGroups = (text: string) => text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, "");

/** Terms of an article. Name detection only runs on the body: titles are often in Title Case. */
export function articleTerms(title: string | null, body: string): ArticleTerms {
  const terms = new Map<string, TermStats>();
  const titleTerms = new Map<string, TermStats>();
  for (const tok of tokenize(joinDigitGroups(title ?? ""))) {
    const term = termOf(tok.norm);
    if (!term) continue;
    add(terms, term, TITLE_BOOST);
    add(titleTerms, term, 1);
  }
  const bodyTerms = new Set<string>();
  for (const paragraph of joinDigitGroups(body).split(/\n+/)) {
    for (const sentence of splitSentences(paragraph)) {
      const toks = tokenize(sentence.text);
      let run: string[] = [];
      const flush = () => {
        if (run.length >= 2 && run.length <= MAX_PHRASE_WORDS) add(terms, run.join("_"), PHRASE_BOOST);
        run = [];
      };
      toks.forEach((tok, i) => {
        const term = termOf(tok.norm);
        // a sentence's first word is capitalised anyway: a name only when the next word is one too
        const name =
          term !== null &&
          isCapitalised(tok.text) &&
          !NON_NAME_WORDS.has(tok.norm) &&
          (i > 0 || (i + 1 < toks.length && isCapitalised(toks[i + 1].text)));
        if (name) run.push(term);
        else flush();
        if (term) {
          add(terms, term, name ? NAME_BOOST : 1);
          bodyTerms.add(term);
        }
      });
      flush();
    }
  }
  return { terms, titleTerms, bodyWords: bodyTerms.size };
}
