// Line-level boilerplate patterns: generic page furniture that is never article prose
// (menus, ad markers, captions and photo credits, related-link labels, subscription prompts,
// share buttons, contact and legal footers, credits). No site or outlet names, only the shapes
// these lines take on any news page.

import { type LineFeatures, stripListMarker } from "./line-features";

export type BoilerplateReason =
  | "navigation"
  | "advertisement marker"
  | "caption"
  | "related links"
  | "subscription prompt"
  | "share buttons"
  | "footer/contact"
  | "credit";

/** Words of menus, section lists and share bars; a line made only of these is navigation. */
const NAV_WORDS = new Set(
  (
    "home menu search news world politics business economy markets money tech technology science health " +
    "sport sports entertainment culture arts opinion opinions blog blogs interview interviews lifestyle travel " +
    "style food video videos photos photo gallery galleries podcast podcasts newsletter newsletters subscribe " +
    "login logout register account sections section editions edition sectors connect more latest trending " +
    "recommended related popular live watch listen audio topics tags local national international us uk " +
    "europe asia africa americas australia india global weather obituaries education environment climate " +
    "skip content main navigation toggle open close left right top back next previous prev print email e-mail " +
    "share tweet facebook twitter x instagram youtube linkedin quora rss whatsapp telegram reddit pinterest " +
    "tiktok threads bluesky mastodon flipboard copy link comments comment feedback give other links products " +
    "about contact advertise careers help faq sitemap privacy policy terms cookies cookie settings disclaimer " +
    "accept reject all view load show see sign log in up on to of and the with us our follow home page"
  ).split(" "),
);
const SHARE_WORDS = new Set(
  "share tweet facebook twitter x instagram linkedin whatsapp telegram reddit pinterest email e-mail print copy link flipboard bluesky threads".split(" "),
);

const RE_AD = /^(?:advertisements?|advertising|advert|ads?|sponsored(?: (?:content|links?|stories|post))?|paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|(?:story|article|text) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|ad feedback|report (?:this )?ad|skip (?:this )?ad)$/i;

const RE_RELATED_LABEL = /^(?:read (?:also|more|next|this|the full (?:story|article))|see also|also (?:read|see|watch)|related(?: (?:stories|articles|news|content|coverage|reading|posts|links|topics|videos|video))?|more (?:on|about|from|stories|news|coverage|headlines)(?: this (?:story|topic))?|recommended(?: (?:for you|stories|reading|articles|videos))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|don'?t miss|must read|watch(?: now| more| video)?|click here|trending(?: now| stories| news| topics)?|most (?:read|popular|viewed|shared|watched)|latest(?: news| stories| headlines| videos)?|top (?:stories|news|headlines)|editor'?s (?:picks|choice)|up next|what to read next|further reading|in (?:other|related) news)\b\s*[:\-–—»›|]?/i;

const RE_CAPTION_LABEL = /^(?:photo|photograph|image|picture|pictured|illustration|video|graphic|caption|photo credit|image credit|image source|file photo|featured image|top image|main image|lead image|representational image|representative image)s?\s*(?:credit|source)?\s*[:|]/i;
const RE_CAPTION_BY = /\b(?:photo|photograph|image|picture|illustration|graphic|video|footage)s?\s+(?:by|credit|courtesy(?: of)?|via|source)\b/i;
const RE_CAPTION_PAREN = /\((?:[A-Z][\w.&-]*\s+)?(?:photo|image|picture|video|file|screenshot|screengrab)s?\b[^)]*\)\s*$/i;
const RE_CAPTION_STOCK = /(?:^|[\s/|(])(?:getty images|shutterstock|istock(?:photo)?|alamy|stock photo|file photo|screenshot|screengrab)\)?\.?$/i;
const RE_CAPTION_SYNTHETIC = /\b(?:ai[- ]generated|generated (?:by|with|using) (?:ai|artificial intelligence)|for illustrat(?:ive|ion) purposes|illustrative (?:image|photo|picture|purposes)|representational (?:image|photo|picture)|image (?:used )?for representation|does not depict (?:any )?real)/i;
/**
 * A photo credit glued to its caption: an agency's initials, a colon without a space, its name ("XY:Example Agency People wait ...").
 * Only in a line that ends no sentence: a dateline glued to its paragraph ("OSLO:The port reopened on Monday.") is the story.
 */
const RE_CAPTION_CREDIT_LEAD = /^[A-Z]{2,5}:[A-Z][a-z]/;
/** A stock agency's credit opening its caption ("Getty - Contributor Crowds gather ..."). */
const RE_CAPTION_STOCK_LEAD = /^(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy)\s+[-–—]\s+\S/i;
/** A video player's widget: its labels in capitals and its "replay" button, clip titles and durations. */
const RE_VIDEO_WIDGET = /^(?:JUST WATCHED|MUST WATCH|NOW PLAYING)\b|\bReplay More Videos\b/;
const RE_CAPTION_DEICTIC = /^(?:this|above|top|main|file|featured|representational|representative|lead) (?:image|photo|photograph|picture|illustration|graphic)\b/i;

const RE_SUBSCRIBE_START = /^(?:join|subscribe|sign up|sign in|log in|register|create (?:a |an |your )?(?:free )?account|become a|already (?:a |have an )|get (?:unlimited|full|our|the latest|breaking|exclusive)|download (?:our|the)|support (?:our|independent|quality)|donate|unlock|start (?:your )?(?:free )?trial|try \d|enjoy unlimited|follow us|like us on|want more|don'?t have an account)\b/i;
const RE_SUBSCRIBE_WORD = /(?:subscri|membership|\bmembers?\b|newsletter|sign[ -]?up|log ?in|sign in|account|premium|trial|\bapp\b|donat|support (?:our|us|independent|quality)|conversation|comments?|inbox|unlimited|paywall|free articles?|exclusive|ad-free)/i;

const RE_EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]*[a-z]/i;
const RE_PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}/;
const RE_CONTACT_LABEL = /^(?:e-?mail|phone|tel|telephone|fax|mobile|whatsapp|call us|contact(?: us)?|address|helpline|hotline|toll[- ]free)\s*(?:no\.?|number)?\s*:/i;
const RE_COPYRIGHT = /(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved)/i;
const RE_LEGAL = /\b(?:privacy policy|terms of (?:use|service)|terms (?:&|and) conditions|cookie (?:policy|settings|preferences)|disclaimer|do not sell my)/i;
const RE_URL = /\b(?:https?:\/\/|www\.)\S+/i;

const RE_CREDIT = /^\(?\s*(?:with inputs? from|with agency inputs|additional reporting by|reporting by|reported by|editing by|edited by|written by|compiled by|translated by|produced by|graphics by|(?:this|the) (?:story|article|report) (?:was|has been) (?:updated|corrected|produced|written|edited|translated|published)|editor'?s note|correction:|clarification:)/i;
const RE_CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i;

/**
 * The boilerplate class of a line, or null when no generic boilerplate pattern fits.
 * `f` are the line's features (computed once by the caller).
 */
export function boilerplateReason(line: string, f: LineFeatures): BoilerplateReason | null {
  const text = stripListMarker(line).trim();
  const bare = text.replace(/^[\s\-–—*•|»›:]+|[\s\-–—*•|»›:.]+$/g, "");
  if (!bare) return "navigation";

  if (f.words <= 6 && RE_AD.test(bare)) return "advertisement marker";

  // contact and legal footers
  if (f.words <= 15 && (RE_CONTACT_LABEL.test(text) || RE_EMAIL.test(text))) return "footer/contact";
  if (f.words <= 12 && RE_PHONE.test(text) && !f.endsSentence) return "footer/contact";
  if (f.words <= 25 && RE_COPYRIGHT.test(text)) return "footer/contact";
  if (f.words <= 15 && !f.endsSentence && RE_LEGAL.test(text)) return "footer/contact";

  // captions and photo credits
  if (f.words <= 40 && (RE_CAPTION_LABEL.test(text) || RE_CAPTION_SYNTHETIC.test(text) || RE_CAPTION_DEICTIC.test(text))) return "caption";
  if (RE_CAPTION_PAREN.test(text) || RE_CAPTION_STOCK.test(text) || (RE_CAPTION_CREDIT_LEAD.test(text) && !f.endsSentence) || RE_CAPTION_STOCK_LEAD.test(text)) return "caption";
  if (RE_VIDEO_WIDGET.test(text)) return "related links";
  if (RE_CAPTION_BY.test(text) && (!f.endsSentence || f.words <= 12)) return "caption";

  if (f.words <= 30 && (RE_CREDIT.test(text) || RE_CONTRIBUTED.test(text))) return "credit";

  // related-link labels: a short label line, or "Read also: <headline>"
  const related = RE_RELATED_LABEL.exec(bare);
  if (related) {
    const labelOnly = related[0].length >= bare.length - 1;
    const withColon = /[:\-–—»›|]\s*$/.test(related[0]);
    // a label in capitals opening a long line is a widget's heading over its headlines ("MOST READ IN
    // NEWS <KICKER> headline <KICKER> headline"): prose does not open in capitals with such a label
    const shouted = /[A-Z]{2}/.test(related[0]) && related[0] === related[0].toUpperCase();
    if (labelOnly || withColon || shouted || (f.words <= 6 && !f.endsSentence)) return "related links";
  }

  if (f.words <= 12 && /^(?:share|share this(?: article| story| post)?|share on|share via|copy link)\b\s*:?/i.test(bare) && !f.endsSentence) return "share buttons";
  if (f.words <= 20 && RE_SUBSCRIBE_START.test(text) && RE_SUBSCRIBE_WORD.test(text)) return "subscription prompt";
  if (f.words <= 12 && !f.endsSentence && /newsletter|subscri/i.test(text)) return "subscription prompt";

  // menus and share bars: every word is a menu word, or short items separated by pipes
  if (f.words <= 12 && !f.endsSentence) {
    const words = bare.toLowerCase().split(/[\s/|·•,&]+/).filter(Boolean);
    if (words.length > 0 && words.every((w) => NAV_WORDS.has(w.replace(/[^a-z-]/g, "")))) {
      return words.some((w) => SHARE_WORDS.has(w)) && words.every((w) => SHARE_WORDS.has(w) || NAV_WORDS.has(w))
        && words.filter((w) => SHARE_WORDS.has(w)).length >= Math.ceil(words.length / 2)
        ? "share buttons"
        : "navigation";
    }
  }
  if (!f.endsSentence && f.words <= 25) {
    const parts = text.split(/\s+[|•·]\s+/);
    if (parts.length >= 3 && parts.every((p) => p.split(/\s+/).length <= 4)) return "navigation";
  }
  if (f.words <= 3 && RE_URL.test(text)) return "navigation";
  return null;
}
