// Common given names with their usual gender, and words that mark organisations, as general data.

const MALE = `aaron abdul abraham adam adrian ahmed al alan albert alberto alejandro alex alexander alexei alfred ali allen
alvaro amir andre andrea andrei andres andrew andy angel angelo anthony antonio arnold arthur austin barry ben
benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
byron calvin cameron carl carlos cecil chad charles charlie chris christian christopher chuck clarence clark
clint cody colin cory craig curtis dale dan daniel danny darrell dave david dean dennis derek diego dmitry
dominic don donald doug douglas duncan dwight earl ed eddie edgar eduardo edward elijah elliot emmanuel
enrique eric erik ernest ethan eugene evan felipe fernando francis francisco frank franklin fred frederick
gabriel gary gavin gene george gerald gilbert glenn gordon graham greg gregory gustavo guy hank harold harris
harry hassan hector henry herbert howard hugh hugo ian isaac ivan jack jacob jaime jake james jamie jared
jason javier jay jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon jonathan
jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle lance larry
lawrence lee leo leon leonard lindsey lloyd louis lucas luis luke malcolm manuel marc marco marcelo marcus
mario mark martin marvin mason matt matthew maurice max michael miguel mike mitch mohamed mohammed muhammad
nathan neil nelson nicholas nick nicolas nigel noah norman oliver omar oscar pablo pat patrick paul pedro
peter phil philip pierre rafael ralph ramon randy raul ray raymond ricardo richard rick ricky rob robert
roberto rod rodney roger roland ron ronald ross roy rudy russell ryan salvador sam samuel scott sean sebastian
sergei sergio seth shawn stan stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd
tom tommy tony travis trey troy tyler vernon victor vincent vladimir wade walter warren wayne wesley will
william willie xavier yuri zachary`;

const FEMALE = `abigail ada adriana alexandra alexis alice alicia alison allison amanda amber amy ana andrea angela angelina
anita ann anna anne annie april ashley barbara beatriz betsy betty beverly bonnie brenda brianna bridget
brittany camila carla carly carmen carol caroline carolyn catherine cecilia charlotte chelsea cheryl christina
christine cindy claire clara claudia colleen connie cynthia daisy dana danielle debbie deborah debra denise
diana diane donna doris dorothy edith elaine eleanor elena elizabeth ellen emily emma erica erin esther eva
evelyn fiona florence frances gabriela gabrielle gina gloria grace gwen hannah heather heidi helen hillary
holly hope ida irene iris isabel isabella jackie jacqueline jane janet janice jasmine jean jeanne jennifer
jenny jessica jill joan joanna jodi josefina joy joyce judith judy julia julie june karen karina kate
katherine kathleen kathryn kathy katie kayla kelly kim kimberly kirsten kristen laura lauren leah lena leslie
lillian linda lisa liz lois loretta lori louise lucia lucy lydia madeleine madison maggie marcia margaret
maria marian marie marilyn marina marion marsha martha mary maureen megan melanie melissa meryl michelle
mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia pamela patricia patty
paula pauline peggy penny rachel rebecca regina renee rita roberta robin rosa rose rosemary ruth sally
samantha sandra sara sarah sharon sheila shirley silvia sonia sophia stacey stephanie sue susan suzanne sylvia
tammy tanya tara teresa theresa tiffany tina tracy valerie vanessa veronica victoria virginia wanda wendy
whitney yolanda yvonne zoe`;

/** Given name (lower-case) -> gender. */
export const GIVEN_NAMES: ReadonlyMap<string, "m" | "f"> = new Map([
  ...MALE.split(/\s+/).filter(Boolean).map((n) => [n, "m"] as [string, "m"]),
  ...FEMALE.split(/\s+/).filter(Boolean).map((n) => [n, "f"] as [string, "f"]),
]);

export function genderOfGivenName(name: string): "m" | "f" | undefined {
  return GIVEN_NAMES.get(name.toLowerCase());
}

/** Words that make a capitalised run an organisation (lower-case). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "council", "committee", "commission", "department", "ministry", "agency", "bureau", "office", "administration",
  "military", "syndicate",
  "service", "services", "institute", "institution", "foundation", "fund", "trust", "association", "society",
  "union", "federation", "league", "alliance", "coalition", "party", "congress", "senate", "parliament",
  "assembly", "court", "university", "college", "school", "academy", "center", "centre", "hospital",
  "bank", "group", "corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "ltd", "ltd.", "llc", "plc",
  // the legal form a firm's name ends in
  "llc.", "plc.", "llp", "llp.", "l.l.c.", "l.l.p.", "gmbh", "incorporated", "limited",
  "company", "companies", "holdings", "partners", "industries", "airlines", "motors", "technologies",
  "times", "post", "journal", "news", "herald", "tribune", "gazette", "press", "review", "magazine",
  "telegraph", "guardian", "globe", "chronicle", "examiner", "observer", "monitor", "reuters", "network",
  "television", "radio", "broadcasting", "media", "daily", "weekly", "house", "pentagon", "army", "navy",
  "force", "forces", "guard", "police", "board", "authority", "organization", "organisation",
  "network", "project", "campaign", "pac", "caucus", "club", "church", "mission", "secretariat", "cabinet",
  "government", "embassy", "consulate", "tribunal", "command", "reserve", "exchange", "index", "poll",
  "polls", "institute", "lab", "laboratory", "initiative", "watch", "international",
  // parties and movements named by their members ("the Free Democrats", "the Social Democrats")
  "democrats", "republicans", "conservatives", "liberals", "socialists", "communists", "greens", "tories",
]);

/** Organisation words that name a publication or broadcaster (a "newspaper"/"outlet"). */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  "times", "post", "journal", "news", "herald", "tribune", "gazette", "review", "magazine", "telegraph",
  "guardian", "globe", "chronicle", "examiner", "observer", "monitor", "reuters", "daily", "weekly",
  "television", "radio", "broadcasting", "network", "press", "blaze", "beast", "hill", "atlantic",
]);

/** Well-known acronyms and one-word organisations (upper-case or as written). */
export const ORG_ACRONYMS: ReadonlySet<string> = new Set([
  "UN", "U.N.", "NATO", "EU", "E.U.", "FBI", "CIA", "NSA", "DHS", "DOJ", "IRS", "EPA", "FDA", "CDC", "NASA",
  "IMF", "WHO", "WTO", "OPEC", "GOP", "DNC", "RNC", "NAACP", "ACLU", "NRA", "AFL-CIO", "CNN", "MSNBC", "NBC",
  "ABC", "CBS", "NPR", "PBS", "BBC", "AP", "AFP", "UPI", "Fox", "Reuters", "Bloomberg", "Politico", "Axios",
  "Breitbart", "Google", "Facebook", "Twitter", "Apple", "Amazon", "Microsoft", "Congress", "Pentagon",
  "Kremlin", "Interpol", "Europol", "Hamas", "Hezbollah", "Taliban", "ISIS", "ISIL", "SEC", "FEC", "FCC", "DEA",
  "ATF", "ICE", "CBP", "TSA", "FEMA", "USDA", "NIH", "OECD", "WikiLeaks", "Gallup", "Quinnipiac", "Univision",
  "Telemundo", "YouTube", "Instagram", "Vox", "BuzzFeed", "Salon", "Slate", "Newsweek", "Time", "Forbes",
  "HuffPost", "Pew", "Rasmussen", "PolitiFact", "Senate", "Parliament", "Supreme", "Democrats", "Republicans",
]);

/** Words that end an organisation run but never start a person (lower-case). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.",
  "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "i", "god", "christmas",
  "easter", "thanksgiving", "ramadan", "internet", "advertisement", "ok", "tv", "covid", "covid-19",
]);
