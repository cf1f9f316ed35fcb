// Month names as general English data, for reading dates and for comparing them.

export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/**
 * A month's name or its abbreviation, with an optional abbreviation point, as a capturing pattern
 * to build on: "Nov", "Nov.", "Sept", "December".
 */
export const MONTH_PATTERN =
  "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";

/** The month (1-12) a name or abbreviation stands for; 0 when it is none. */
export const monthIndex = (w: string): number =>
  MONTHS.findIndex((m) => m.startsWith(w.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
