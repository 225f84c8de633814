// The US government clouds a team may be bound to (CUI, FedRAMP High, ITAR workloads): AWS GovCloud
// (US) and Azure Government, said by name or by one of their regions. Either one is a rule on where
// the model runs, inside that cloud (scoring/hosting.ts keeps the models its own pages list there).
// "FedRAMP High" alone names no cloud (commercial regions hold that authorisation too), so it is
// read as regulated data (sensitivity-text.ts) and as the level the hosts must hold (fedramp-text.ts).
import type { CloudProvider } from "../scoring/requirements.js";

const GOVERNMENT_CLOUDS: ReadonlyArray<{ cloud: CloudProvider; words: RegExp }> = [
  { cloud: "aws", words: /\b(?:aws[ -])?gov ?cloud\b|\bus-gov-(?:west|east)-1\b/ },
  { cloud: "azure", words: /\bazure (?:government|gov)\b|\busgov(?:virginia|arizona|texas|iowa)\b/ },
];

/** The government cloud a (fold-cased, negations blanked) text says the team runs in, if any. */
export function governmentCloudIn(text: string): CloudProvider | undefined {
  return GOVERNMENT_CLOUDS.find((g) => g.words.test(text))?.cloud;
}
