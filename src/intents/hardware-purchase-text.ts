// A team that will buy the hardware it runs on, in the words teams use: "we don't have GPUs yet",
// "no GPUs yet", "the board approved CHF 400k capex for hardware", "what should we buy?", "we need
// to buy servers". Its GPUs are then bought (purchase price spread over their life, costs/fleet.ts),
// never rented from a cloud. Past purchases ("we bought 2 servers with 8 H100 each") are owned
// GPUs (owned-gpus-text.ts), not this. Texts are folded (lower case).
import { gated } from "./reader-gates.js";

const KIT = String.raw`(?:gpus?|hardware|servers?|gpu servers?|cards?)`;

const BUYS_HARDWARE = [
  // "we don't have GPUs yet", "no GPUs yet", "we haven't got any hardware yet", "We don't have
  // GPUs for this yet", "no GPUs for the project so far"
  new RegExp(
    String.raw`\b(?:no|(?:we |i )?(?:don'?t|do not|haven'?t|have not) (?:have |got )?(?:any )?)\s*${KIT}\s+(?:for (?:this|it|that|now|the (?:project|job|pilot))\s+)?(?:yet|so far)\b`,
  ),
  // "capex for hardware", "CHF 400k capex", "a capex budget"
  /\bcap-?ex\b|\bcapital expenditure\b/,
  // "what should we buy", "which GPUs should we buy", "what hardware do we need to buy"
  new RegExp(
    String.raw`\b(?:what|which)(?: (?:kind of |sort of )?${KIT})? (?:should|shall|would|do) (?:we|i) (?:need to )?(?:buy|purchase|procure|order)\b`,
  ),
  // "we need to buy GPUs", "we'll purchase new servers", "we plan to buy hardware"
  new RegExp(
    String.raw`\b(?:we|i)(?:'ll| will| need to| have to| plan to| want to| are going to| intend to| would)\s+(?:buy|purchase|procure)\s+(?:(?:new|our own|some|the|dedicated)\s+)?${KIT}\b`,
  ),
  // "a budget for hardware", "money to buy GPUs"
  // ("no money for servers", "zero budget for hardware" say the team buys none)
  new RegExp(
    String.raw`(?<!\b(?:no|zero|not any|without(?: any)?|nor)\s+)\b(?:budget|money|funds?|approved)\s+(?:for|to buy|to purchase)\s+(?:the |new )?${KIT}\b`,
  ),
];

// Every BUYS_HARDWARE pattern names the KIT, a capex or a verb of buying ("what should we buy").
const NAMES_KIT_OR_CAPEX = /gpu|hardware|server|card|cap-?ex|capital|buy|purchas|procure|order/;

/** The team will buy its hardware (it has none yet, or a capex for it). */
export const buysHardwareIn = gated(
  "hardware to buy",
  (t) => NAMES_KIT_OR_CAPEX.test(t),
  (t: string) => BUYS_HARDWARE.some((re) => re.test(t)),
  () => false,
);

/** Words that make an amount nearby a sum for buying hardware, not a monthly budget. */
export const CAPEX_WORDS = new RegExp(
  String.raw`\bcap-?ex\b|\bcapital expenditure\b|\b(?:for|to buy|to purchase)\s+(?:the |new )?${KIT}\b|\b${KIT} budget\b`,
);
