// The FedRAMP impact level a team's cloud service must be authorised at: "must be FedRAMP Moderate
// authorized", "what if we need FedRAMP High?", "a FedRAMP High authorised environment", "FedRAMP
// authorization at the High impact level". A rule on the hosts (scoring keeps it; the answer names
// which picks' hosts have it on record), read beside the government cloud (government-cloud-text.ts).
import type { Requirements } from "../scoring/requirements.js";

const LEVEL_AFTER =
  /\bfed ?ramp[- ](?:(?:authori[sz]ed|authori[sz]ation|certified|compliant|approved)\s+)?(?:at\s+(?:the\s+)?)?(moderate|high|low)\b/g;
const LEVEL_BEFORE = /\bfed ?ramp\b[^.;!?]{0,40}?\b(moderate|high|low)(?:[- ](?:impact|baseline|level))/g;
const RANK = { low: 0, moderate: 1, high: 2 } as const;

/** The level a (fold-cased, negations blanked) text requires, the highest said; undefined when none. */
export function fedrampLevelIn(text: string): Requirements["fedrampLevel"] {
  let level: NonNullable<Requirements["fedrampLevel"]> | undefined;
  for (const m of [...text.matchAll(LEVEL_AFTER), ...text.matchAll(LEVEL_BEFORE)]) {
    const said = m[1] as keyof typeof RANK;
    if (level === undefined || RANK[said] > RANK[level]) level = said;
  }
  return level;
}
