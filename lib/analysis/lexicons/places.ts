// Countries (every member state of the United Nations and a few more), demonyms, US states and
// large cities as general data.

/** Country -> demonym (adjective) pairs. */
export const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ["Afghanistan", "Afghan"], ["Albania", "Albanian"], ["Algeria", "Algerian"], ["Angola", "Angolan"],
  ["Argentina", "Argentine"], ["Armenia", "Armenian"], ["Australia", "Australian"], ["Austria", "Austrian"],
  ["Azerbaijan", "Azerbaijani"], ["Bahrain", "Bahraini"], ["Bangladesh", "Bangladeshi"], ["Belarus", "Belarusian"],
  ["Belgium", "Belgian"], ["Bolivia", "Bolivian"], ["Bosnia", "Bosnian"], ["Brazil", "Brazilian"],
  ["Bulgaria", "Bulgarian"], ["Cambodia", "Cambodian"], ["Cameroon", "Cameroonian"],
  ["Canada", "Canadian"], ["Chile", "Chilean"], ["China", "Chinese"], ["Colombia", "Colombian"],
  ["Congo", "Congolese"], ["Democratic Republic of the Congo", "Congolese"], ["Costa Rica", "Costa Rican"], ["Croatia", "Croatian"], ["Cuba", "Cuban"],
  ["Cyprus", "Cypriot"], ["Czech Republic", "Czech"], ["Denmark", "Danish"], ["Dominican Republic", "Dominican"],
  ["Ecuador", "Ecuadorian"], ["Egypt", "Egyptian"], ["El Salvador", "Salvadoran"], ["England", "English"],
  ["Estonia", "Estonian"], ["Ethiopia", "Ethiopian"], ["Finland", "Finnish"], ["France", "French"],
  ["Georgia", "Georgian"], ["Germany", "German"], ["Ghana", "Ghanaian"], ["Greece", "Greek"],
  ["Guatemala", "Guatemalan"], ["Haiti", "Haitian"], ["Honduras", "Honduran"], ["Hungary", "Hungarian"],
  ["Iceland", "Icelandic"], ["India", "Indian"], ["Indonesia", "Indonesian"], ["Iran", "Iranian"],
  ["Iraq", "Iraqi"], ["Ireland", "Irish"], ["Israel", "Israeli"], ["Italy", "Italian"], ["Jamaica", "Jamaican"],
  ["Japan", "Japanese"], ["Jordan", "Jordanian"], ["Kazakhstan", "Kazakh"], ["Kenya", "Kenyan"],
  ["Kosovo", "Kosovar"], ["Kuwait", "Kuwaiti"], ["Latvia", "Latvian"], ["Lebanon", "Lebanese"],
  ["Libya", "Libyan"], ["Lithuania", "Lithuanian"], ["Malaysia", "Malaysian"], ["Mali", "Malian"],
  ["Mexico", "Mexican"], ["Moldova", "Moldovan"], ["Mongolia", "Mongolian"], ["Morocco", "Moroccan"],
  ["Mozambique", "Mozambican"], ["Myanmar", "Burmese"], ["Nepal", "Nepalese"], ["Netherlands", "Dutch"],
  ["New Zealand", "New Zealander"], ["Nicaragua", "Nicaraguan"], ["Niger", "Nigerien"], ["Nigeria", "Nigerian"],
  ["North Korea", "North Korean"], ["Norway", "Norwegian"], ["Oman", "Omani"], ["Pakistan", "Pakistani"],
  ["Palestine", "Palestinian"], ["Panama", "Panamanian"], ["Paraguay", "Paraguayan"], ["Peru", "Peruvian"],
  ["Philippines", "Filipino"], ["Poland", "Polish"], ["Portugal", "Portuguese"], ["Qatar", "Qatari"],
  ["Romania", "Romanian"], ["Russia", "Russian"], ["Rwanda", "Rwandan"], ["Saudi Arabia", "Saudi"],
  ["Scotland", "Scottish"], ["Senegal", "Senegalese"], ["Serbia", "Serbian"], ["Singapore", "Singaporean"],
  ["Slovakia", "Slovak"], ["Slovenia", "Slovenian"], ["Somalia", "Somali"], ["Soviet Union", "Soviet"], ["South Africa", "South African"],
  ["South Korea", "South Korean"], ["Spain", "Spanish"], ["Sri Lanka", "Sri Lankan"], ["Sudan", "Sudanese"],
  ["Sweden", "Swedish"], ["Switzerland", "Swiss"], ["Syria", "Syrian"], ["Taiwan", "Taiwanese"],
  ["Tanzania", "Tanzanian"], ["Thailand", "Thai"], ["Tunisia", "Tunisian"], ["Turkey", "Turkish"],
  ["Uganda", "Ugandan"], ["Ukraine", "Ukrainian"], ["United Arab Emirates", "Emirati"],
  ["United Kingdom", "British"], ["United States", "American"], ["Uruguay", "Uruguayan"],
  ["Uzbekistan", "Uzbek"], ["Venezuela", "Venezuelan"], ["Vietnam", "Vietnamese"], ["Wales", "Welsh"],
  ["Yemen", "Yemeni"], ["Zambia", "Zambian"], ["Zimbabwe", "Zimbabwean"],
  // the other member states of the United Nations; listed after the rest so that an adjective two
  // countries share keeps the country above ("Dominican", "Congolese")
  ["Andorra", "Andorran"], ["Antigua and Barbuda", "Antiguan"], ["Bahamas", "Bahamian"], ["Barbados", "Barbadian"],
  ["Belize", "Belizean"], ["Benin", "Beninese"], ["Bhutan", "Bhutanese"], ["Botswana", "Botswanan"],
  ["Brunei", "Bruneian"], ["Burkina Faso", "Burkinabe"], ["Burundi", "Burundian"], ["Cape Verde", "Cape Verdean"],
  ["Central African Republic", "Central African"], ["Chad", "Chadian"], ["Comoros", "Comoran"],
  ["Djibouti", "Djiboutian"], ["Dominica", "Dominican"], ["Equatorial Guinea", "Equatorial Guinean"],
  ["Eritrea", "Eritrean"], ["Eswatini", "Swazi"], ["Fiji", "Fijian"], ["Gabon", "Gabonese"], ["Gambia", "Gambian"],
  ["Grenada", "Grenadian"], ["Guinea", "Guinean"], ["Guinea-Bissau", "Bissau-Guinean"], ["Guyana", "Guyanese"],
  ["Ivory Coast", "Ivorian"], ["Kiribati", "I-Kiribati"], ["Kyrgyzstan", "Kyrgyz"], ["Laos", "Laotian"],
  ["Lesotho", "Basotho"], ["Liberia", "Liberian"], ["Liechtenstein", "Liechtensteiner"],
  ["Luxembourg", "Luxembourgish"], ["Madagascar", "Malagasy"], ["Malawi", "Malawian"], ["Maldives", "Maldivian"],
  ["Malta", "Maltese"], ["Marshall Islands", "Marshallese"], ["Mauritania", "Mauritanian"],
  ["Mauritius", "Mauritian"], ["Micronesia", "Micronesian"], ["Monaco", "Monegasque"],
  ["Montenegro", "Montenegrin"], ["Namibia", "Namibian"], ["Nauru", "Nauruan"], ["North Macedonia", "Macedonian"],
  ["Palau", "Palauan"], ["Papua New Guinea", "Papua New Guinean"], ["Saint Kitts and Nevis", "Kittitian"],
  ["Saint Lucia", "Saint Lucian"], ["Saint Vincent and the Grenadines", "Vincentian"], ["Samoa", "Samoan"],
  ["San Marino", "Sammarinese"], ["Sao Tome and Principe", "Santomean"], ["Seychelles", "Seychellois"],
  ["Sierra Leone", "Sierra Leonean"], ["Solomon Islands", "Solomon Islander"], ["South Sudan", "South Sudanese"],
  ["Suriname", "Surinamese"], ["Tajikistan", "Tajik"], ["Timor-Leste", "Timorese"], ["Togo", "Togolese"],
  ["Tonga", "Tongan"], ["Trinidad and Tobago", "Trinidadian"], ["Turkmenistan", "Turkmen"], ["Tuvalu", "Tuvaluan"],
  ["Vanuatu", "Ni-Vanuatu"],
];

/** Other names and spellings of countries, each to its name in COUNTRIES. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ["U.S.", "United States"], ["US", "United States"], ["USA", "United States"], ["U.S.A.", "United States"],
  ["America", "United States"], ["United States of America", "United States"], ["the States", "United States"],
  ["UK", "United Kingdom"], ["U.K.", "United Kingdom"], ["Britain", "United Kingdom"], ["Great Britain", "United Kingdom"],
  ["Holland", "Netherlands"], ["the Netherlands", "Netherlands"], ["Burma", "Myanmar"], ["UAE", "United Arab Emirates"],
  ["U.A.E.", "United Arab Emirates"], ["the Emirates", "United Arab Emirates"], ["USSR", "Soviet Union"],
  ["U.S.S.R.", "Soviet Union"], ["DRC", "Democratic Republic of the Congo"], ["DR Congo", "Democratic Republic of the Congo"],
  ["D.R. Congo", "Democratic Republic of the Congo"], ["Democratic Republic of Congo", "Democratic Republic of the Congo"],
  ["Republic of Ireland", "Ireland"], ["Turkiye", "Turkey"], ["Türkiye", "Turkey"], ["the Philippines", "Philippines"],
  ["NZ", "New Zealand"], ["Republic of Korea", "South Korea"], ["ROK", "South Korea"], ["DPRK", "North Korea"],
  ["Democratic People's Republic of Korea", "North Korea"], ["Czechia", "Czech Republic"],
  ["Côte d'Ivoire", "Ivory Coast"], ["Cote d'Ivoire", "Ivory Coast"], ["East Timor", "Timor-Leste"],
  ["Swaziland", "Eswatini"], ["Macedonia", "North Macedonia"], ["Cabo Verde", "Cape Verde"],
  ["the Bahamas", "Bahamas"], ["the Gambia", "Gambia"], ["São Tomé and Príncipe", "Sao Tome and Principe"],
]);

/** Other adjectives of countries ("Philippine" as well as "Filipino"). */
export const DEMONYM_ALIASES: ReadonlyMap<string, string> = new Map([["Philippine", "Philippines"]]);

export const US_STATES: readonly string[] = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
  "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
  "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
  "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
  "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];

export const CITIES: readonly string[] = [
  "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
  "Dallas", "San Francisco", "Boston", "Seattle", "Denver", "Miami", "Atlanta", "Detroit", "Cleveland",
  "Las Vegas", "Baltimore", "Pittsburgh", "St. Louis", "New Orleans", "Orlando", "Tampa", "Charlotte",
  "Milwaukee", "Minneapolis", "Nashville", "Austin", "Portland", "Sacramento", "Salt Lake City", "Richmond",
  "Des Moines", "Manchester", "Columbus", "Cincinnati", "Raleigh", "Brooklyn", "Manhattan", "Queens",
  "London", "Paris", "Berlin", "Madrid", "Rome", "Moscow", "Beijing", "Shanghai", "Tokyo", "Seoul", "Delhi",
  "New Delhi", "Mumbai", "Cairo", "Istanbul", "Ankara", "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem",
  "Tel Aviv", "Gaza", "Riyadh", "Dubai", "Abu Dhabi", "Kabul", "Islamabad", "Karachi", "Lagos", "Nairobi", "Johannesburg",
  "Mexico City", "Monterrey", "Guadalajara", "Tijuana", "Juárez", "Ciudad Juárez", "Havana", "Caracas", "Bogotá",
  "Lima", "Santiago", "Buenos Aires", "São Paulo", "Rio de Janeiro", "Brasília", "Toronto", "Montreal",
  "Vancouver", "Ottawa", "Sydney", "Melbourne", "Brussels", "Amsterdam", "Vienna", "Geneva", "Zurich",
  "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Warsaw", "Prague", "Budapest", "Athens", "Kyiv", "Kiev",
  "Minsk", "Hong Kong", "Singapore", "Bangkok", "Hanoi", "Manila", "Jakarta", "Taipei", "Pyongyang",
  "Washington", "Washington, D.C.", "D.C.", "Dublin", "Edinburgh", "Lisbon", "Barcelona", "Munich", "Milan",
];

/**
 * Capitals of countries, each a city of CITIES: "the German capital" names the city. Capitals that
 * are disputed or split between cities are left out.
 */
export const CAPITALS: ReadonlyMap<string, string> = new Map([
  ["United Kingdom", "London"], ["England", "London"], ["France", "Paris"], ["Germany", "Berlin"], ["Spain", "Madrid"],
  ["Italy", "Rome"], ["Russia", "Moscow"], ["China", "Beijing"], ["Japan", "Tokyo"], ["South Korea", "Seoul"],
  ["North Korea", "Pyongyang"], ["India", "New Delhi"], ["Egypt", "Cairo"], ["Turkey", "Ankara"], ["Iran", "Tehran"],
  ["Iraq", "Baghdad"], ["Syria", "Damascus"], ["Lebanon", "Beirut"], ["Saudi Arabia", "Riyadh"], ["Afghanistan", "Kabul"],
  ["Pakistan", "Islamabad"], ["Kenya", "Nairobi"], ["Mexico", "Mexico City"], ["Cuba", "Havana"], ["Venezuela", "Caracas"],
  ["Colombia", "Bogotá"], ["Peru", "Lima"], ["Chile", "Santiago"], ["Argentina", "Buenos Aires"], ["Brazil", "Brasília"],
  ["Canada", "Ottawa"], ["Belgium", "Brussels"], ["Netherlands", "Amsterdam"], ["Austria", "Vienna"], ["Sweden", "Stockholm"],
  ["Norway", "Oslo"], ["Denmark", "Copenhagen"], ["Finland", "Helsinki"], ["Poland", "Warsaw"], ["Czech Republic", "Prague"],
  ["Hungary", "Budapest"], ["Greece", "Athens"], ["Ukraine", "Kyiv"], ["Belarus", "Minsk"], ["Thailand", "Bangkok"],
  ["Vietnam", "Hanoi"], ["Philippines", "Manila"], ["Indonesia", "Jakarta"], ["Taiwan", "Taipei"], ["Ireland", "Dublin"],
  ["Portugal", "Lisbon"], ["Scotland", "Edinburgh"], ["Singapore", "Singapore"], ["United States", "Washington"],
  ["United Arab Emirates", "Abu Dhabi"],
]);

/** Other spellings and forms of a city of CITIES, each to the name it has there. */
export const CITY_ALIASES: ReadonlyMap<string, string> = new Map([
  ["Kiev", "Kyiv"], ["Delhi", "New Delhi"], ["Washington, D.C.", "Washington"], ["D.C.", "Washington"],
  ["Juárez", "Ciudad Juárez"], ["Bogota", "Bogotá"], ["Brasilia", "Brasília"],
]);

export const REGIONS: readonly string[] = [
  "Europe", "Asia", "Africa", "Latin America", "South America", "North America", "Central America",
  "Middle East", "Caribbean", "Pacific", "Atlantic", "Gulf", "Balkans", "Scandinavia", "Midwest", "West Coast",
  "East Coast", "Silicon Valley", "Wall Street", "Capitol Hill", "Texas", "Rust Belt",
];

const placeSet = new Set<string>();
const demonyms = new Map<string, string>();
for (const [c, d] of COUNTRIES) {
  placeSet.add(c.toLowerCase());
  // the first country listed for an adjective keeps it ("Congolese")
  if (!demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c);
}
for (const [d, c] of DEMONYM_ALIASES) if (!demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c);
for (const [a] of COUNTRY_ALIASES) placeSet.add(a.toLowerCase());
for (const s of [...US_STATES, ...CITIES, ...REGIONS]) placeSet.add(s.toLowerCase());

/** Is this (case-insensitive) name a known place? */
export function isPlace(name: string): boolean {
  return placeSet.has(name.toLowerCase());
}

/** The country a demonym names ("Chilean" -> "Chile"), or undefined. */
export function countryOfDemonym(adj: string): string | undefined {
  return demonyms.get(adj.toLowerCase());
}

/** Demonyms and place-like adjectives used before titles ("Chilean President", "U.S. Senator"). */
export function isNationality(word: string): boolean {
  const w = word.toLowerCase();
  return demonyms.has(w) || w === "u.s." || w === "us" || w === "american" || w === "federal" || w === "state";
}

/** Nouns that name land in general: "on X soil" means "in X". */
export const GENERIC_PLACE_NOUNS: ReadonlySet<string> = new Set([
  "soil", "territory", "ground", "land", "lands", "country", "nation", "state", "side", "turf", "territories",
]);

/** Words that only locate: dropped from the front of a place phrase. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "to", "into", "in", "on", "onto", "at", "inside", "within", "toward", "towards", "across", "throughout",
  "near", "along", "over", "through", "the", "a", "an",
]);
