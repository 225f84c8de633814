// Facts a question states beside what it asks: "phi-4 vs gemma 3 12b for on-device stuff",
// "we handle card payments data, is a hosted LLM a security risk?", "ADR for llama 3.3 70b
// on-prem". The question is answered as asked; the facts ride along on the intent so the
// conversation keeps them for the recommendation that follows (conversation/noted-facts.ts).
import type { Requirements } from "../scoring/requirements.js";
import type { Intent } from "./types.js";

type Carrier = Extract<Intent, { kind: "compare" | "tradeoffs" | "decision-record" }>;
type Key = keyof Requirements;

// The team's circumstances: true whatever the question is about.
const TEAM_FACTS: Key[] = [
  "dataSensitivity",
  "euDataResidency",
  "noRetention",
  "noTrainingOnData",
  "inEu",
  "needsBaa",
  "cloudProvider",
  "usGovernmentCloud",
  "fedrampLevel",
  "mlOpsExperience",
  "monthlyActiveUsers",
  "volume",
  "languages",
  "exclude",
  "fieldOfUse",
  "nonprofit",
];

// What each kind keeps. A trade-off question is ABOUT open weights, self-hosting, cost or
// customisation ("is open source always cheaper?"), so those words are its topic, not facts; a
// decision record names where the choice runs ("ADR for Llama 3.3 70B on-prem") but its
// "summarise the decision" is no use case. A comparison keeps everything but its own volume and
// a quality bar ("is llama 3.3 70b as good as gpt-4o?" asks the comparison; it sets no bar).
const KEEPS: Record<Carrier["kind"], (key: Key) => boolean> = {
  tradeoffs: (key) => TEAM_FACTS.includes(key),
  "decision-record": (key) => TEAM_FACTS.includes(key) || key === "deployment" || key === "selfHosted",
  compare: (key) => key !== "volume" && key !== "qualityFloor",
};

const CARRIERS = new Set<Intent["kind"]>(Object.keys(KEEPS) as Carrier["kind"][]);

function carries(intent: Intent): intent is Carrier {
  return CARRIERS.has(intent.kind);
}

/** `intent` with the requirements its message states, when it is a question that has no place for them of its own. */
export function withStatedFacts(intent: Intent, requirements: () => Partial<Requirements>): Intent {
  if (!carries(intent)) return intent;
  const keep = KEEPS[intent.kind];
  const stated = Object.fromEntries(
    Object.entries(requirements()).filter(([key]) => keep(key as Key)),
  ) as Partial<Requirements>;
  return Object.keys(stated).length > 0 ? { ...intent, requirements: stated } : intent;
}
