// Made-up articles for the clustering tests: three invented events, each reported by three
// outlets in different words, one short stub and one off-topic page. Names are fictional.
import type { ClusterInput } from "../../../lib/cluster";

const FERRY = [
  `A passenger ferry ran aground off Tarvik Island on Tuesday, and coastguard crews evacuated all 212 people on board.
The Lindqvist Marine vessel struck a sandbank in heavy fog shortly after leaving Porthaven harbour, the coastguard said.
Nobody was seriously hurt, although four passengers were treated for hypothermia. Investigators from the maritime safety board will examine the hull and the navigation logs.`,
  `Coastguard crews rescued 212 passengers from a ferry that hit a sandbank near Tarvik Island in thick fog.
The vessel, operated by Lindqvist Marine, had left Porthaven harbour minutes earlier. Four people were treated for hypothermia at the island clinic.
The maritime safety board opened an investigation into the grounding and asked for the navigation logs.`,
  `Fog is blamed for the grounding of a Lindqvist Marine ferry off Tarvik Island. All 212 passengers were taken off by coastguard boats and helicopters.
The ferry had sailed from Porthaven harbour and drifted onto a sandbank. The maritime safety board said its inspectors would board the vessel once the tide turns. Four travellers suffered hypothermia.`,
];

const VACCINE = [
  `Health regulators in Ostrava Province approved a new measles vaccine made by Halvorsen Biologics on Monday.
The approval follows trials in 9,000 children that showed fewer side effects than the current shot. Clinics will begin offering the vaccine next month, Health Minister Dagny Ruud said, and school nurses will receive training.`,
  `Halvorsen Biologics won approval for its measles vaccine in Ostrava Province after trials in 9,000 children.
Health Minister Dagny Ruud said clinics would offer the new shot from next month. Regulators said side effects were rarer than with the vaccine now in use, and school nurses are being trained to give it.`,
  `Ostrava Province regulators cleared the Halvorsen Biologics measles vaccine, citing trials in 9,000 children with fewer side effects.
Health Minister Dagny Ruud welcomed the decision and said clinics and school nurses would start vaccinating next month. Parents groups had campaigned for the switch for two years.`,
];

const BRIDGE = [
  `The Kessler Bridge in Marlow City will close for eighteen months from June for a full rebuild, the transport authority announced.
Engineers found corrosion in the steel cables during an inspection last winter. Commuters will be diverted over the Elm Street crossing, and extra river buses will run at rush hour, Mayor Tobias Rennick said.`,
  `Marlow City will shut the Kessler Bridge in June for eighteen months after engineers discovered corroded steel cables.
Mayor Tobias Rennick said extra river buses would run during rush hour while commuters use the Elm Street crossing. The transport authority put the cost of the rebuild at 140 million.`,
  `Corroded cables will force the Kessler Bridge to close for eighteen months, the Marlow City transport authority said.
The rebuild starts in June. Mayor Tobias Rennick promised extra river buses for commuters and signs directing drivers to the Elm Street crossing. Shop owners near the bridge fear a drop in trade.`,
];

const day = (d: number) => `2025-03-${String(d).padStart(2, "0")}T09:00:00`;

/** Nine reports of three events, interleaved as an inbox would receive them. */
export const STORIES: { input: ClusterInput; story: string }[] = [0, 1, 2].flatMap((k) => [
  { input: { id: `ferry-${k}`, title: k === 0 ? "Ferry runs aground off Tarvik Island" : null, body: FERRY[k], publishedAt: day(4 + k) }, story: "ferry" },
  { input: { id: `vaccine-${k}`, title: "New measles vaccine approved", body: VACCINE[k], publishedAt: day(10 + k) }, story: "vaccine" },
  { input: { id: `bridge-${k}`, title: "Kessler Bridge to close for rebuild", body: BRIDGE[k], publishedAt: k === 2 ? null : day(12) }, story: "bridge" },
]);

/** A paywall teaser that names the ferry event in its few words. */
export const STUB: ClusterInput = {
  id: "stub",
  title: "Ferry aground off Tarvik Island",
  body: "Ferry aground off Tarvik Island. Subscribe to read the full story.",
  publishedAt: day(4),
};

/** A page of site boilerplate with enough words not to be a stub. */
export const OFF_TOPIC: ClusterInput = {
  id: "off-topic",
  title: "Newsletter",
  body: `Sign up for our morning newsletter and get the best of our journalism delivered to your inbox every day.
You can unsubscribe at any time. Our privacy policy explains how we use your data and which cookies we set.
Follow us on social media, download our app for your phone or tablet, and send your tips and photographs to our editors.`,
  publishedAt: day(5),
};

/** The same ferry report published weeks later: the same words, another event of the same kind. */
export function weeksLater(input: ClusterInput, weeks: number): ClusterInput {
  const date = new Date(Date.parse(`${input.publishedAt}Z`) + weeks * 7 * 86_400_000);
  return { ...input, id: `${input.id}+${weeks}w`, publishedAt: date.toISOString().slice(0, 19) };
}

/** Another grounding by the same operator: shared names and words, different island, figures and cause. */
export const SECOND_GROUNDING: ClusterInput = {
  id: "ferry-again",
  title: "Lindqvist Marine ferry grounded again",
  body: `A Lindqvist Marine ferry struck rocks near Skerra Point after an engine failure, the coastguard said.
The vessel had left Porthaven harbour with 87 passengers, who were moved to a tug and brought back to port.
The maritime safety board, still examining last month's grounding, said it would widen its investigation into the operator's fleet and its maintenance records.`,
  publishedAt: "2025-03-05T09:00:00",
};

/** The board's report on the ferry grounding half a year later, naming the day of the event. */
export const FOLLOW_UP: ClusterInput = {
  id: "follow-up",
  title: "Report blames fog and radar fault for Tarvik Island grounding",
  body: `Fog and a faulty radar caused the Lindqvist Marine ferry to run aground off Tarvik Island on March 4, 2025, the maritime safety board said in its final report.
The vessel had left Porthaven harbour minutes before it struck the sandbank, and coastguard crews evacuated all 212 passengers. Four were treated for hypothermia.
The board asked the operator to replace the radar on its fleet and to train crews for sailing in fog.`,
  publishedAt: "2025-09-16T09:00:00",
};

/** The same report without the day of the event: nothing in it says which grounding it is about. */
export const UNDATED_FOLLOW_UP: ClusterInput = {
  ...FOLLOW_UP,
  id: "follow-up-undated",
  body: FOLLOW_UP.body.replace(" on March 4, 2025", ""),
};

/** A headline-only page whose title names no story of the fixture. */
export const STUB_ELSEWHERE: ClusterInput = {
  id: "stub-elsewhere",
  title: "Orchestra announces winter season",
  body: "Orchestra announces winter season. Read more.",
  publishedAt: day(5),
};

/** A headline-only page whose title names two stories at once, as a round-up does. */
export const STUB_TWO_STORIES: ClusterInput = {
  id: "stub-two",
  title: "Tarvik Island ferry; measles vaccine approved",
  body: "Today's headlines. Read more.",
  publishedAt: day(10),
};
