// A what-if on where the data may be: a new place is the thread's one place rule, in the stead of
// the one it held. Both together would be met by no host ("what if we can use an EU region
// instead?" in a thread whose data must stay in Switzerland), and a team that names a new place in
// a what-if means that place. Said with "also", the place is added (what-if-text.ts tests that).
import { ruleInsideEu } from "../catalog/places-elsewhere.js";
import type { Requirements } from "../scoring/requirements.js";

type PlaceKey = "euDataResidency" | "residencyElsewhere";

/** The thread's place rules that the place a what-if names (`said`, as read from it) replaces. */
export function placeRulesReplaced(said: Partial<Requirements>, current: Requirements): PlaceKey[] {
  const out: PlaceKey[] = [];
  // The EU alone: the thread's other place goes, whether outside the EU (Switzerland) or a member
  // state the what-if widens to the whole EU ("what if anywhere in Europe is fine?").
  if (
    said.euDataResidency === true &&
    said.residencyElsewhere === undefined &&
    current.residencyElsewhere !== undefined
  )
    out.push("residencyElsewhere");
  // A place that lets the data leave the EU: the thread's EU rule goes. A member state keeps it,
  // being inside the EU anyway (as a first message's "data must stay in Germany" reads).
  if (
    said.residencyElsewhere !== undefined &&
    said.euDataResidency !== true &&
    current.euDataResidency === true &&
    !ruleInsideEu(said.residencyElsewhere)
  )
    out.push("euDataResidency");
  return out;
}
