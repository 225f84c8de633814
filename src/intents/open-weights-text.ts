// Whether only open-weights models will do: true for "open weights only", "weights we can
// download", false when the team says closed models are fine or openness does not matter.
// "open source code" is the material a coding model reads, not a need for open weights.

import { firstUnhedged } from "./hedges.js";

const OPEN =
  /\b(open[- ]?weights?|open[- ]?source(?! (code|repos?|projects?|librar(y|ies)|software|packages?|contributors?))|open models?|oss models?|self[- ]?hostable|weights available|downloadable weights|weights we can download|only open|open ones)\b/;
const EITHER =
  /\b((closed|proprietary)( models?| ones| apis?)? (is|are) (fine|ok|okay|allowed)|(closed|proprietary)( models?)? (too|as well)|open or closed (doesn'?t|does not|won'?t) matter|(doesn'?t|does not) matter (if|whether) (it'?s )?open or closed|(don'?t|do not) care (if|whether) (it'?s )?open or closed|not (necessarily )?open|doesn'?t (have|need) to be open)\b/;

/**
 * `pos`: text with negated phrases blanked ("no open-source models"); `t`: the whole text.
 * "open weights preferred but not required" is a preference, not a filter (hedges.ts).
 */
export function openWeightsIn(pos: string, t: string): boolean | undefined {
  if (EITHER.test(t)) return false;
  return firstUnhedged(OPEN, pos) ? true : undefined;
}
