// A what-if that lifts an exclusion the thread holds: "what if we drop the no-meta rule", "what if
// we allow meta models", "what if we also allow american labs?", "without the chinese-labs ban".
// The labs, countries, licences and models named are the thread's own exclusions to take back,
// never new ones: reading "no-meta" or "drop ..." as a negation would exclude Meta again (a flip).
// "drop chinese models" (no rule word) stays an exclusion; "don't allow meta" is one too.
import type { Catalog } from "../catalog/catalog.js";
import { EXCLUSION_KINDS, unionExclusions, type Exclusions } from "../scoring/requirements.js";
import { parseExclusions } from "./exclusions.js";

// Words that let something back in. The clause must name what it lets in.
const ALLOW =
  /\b(?:allow(?:ed|ing|s)?|permit(?:ted|ting|s)?|includ(?:e|ed|es|ing)|accept(?:ed|ing|s)?|let in|unban(?:ned)?|re-?admit|bring back|put back|back in|open (?:it |things )?up to|consider(?:ed|ing)?|(?:is|are|were|was|'re) (?:fine|ok|okay|acceptable|allowed|in)|(?:no longer|stop|quit|don'?t|do not|didn'?t|did not|not) (?:exclud\w*|ban\w*|block\w*|rul\w* out))\b/;
// Taking back a rule by name: "drop the no-meta rule", "lift the ban on chinese labs".
const DROP_RULE =
  /\b(?:drop|remov|lift|scrap|ditch|forget|relax|undo|waiv|ignor|los|without|get rid of)\w*\b.*\b(?:rule|ban|exclusion|restriction|block|filter|veto|limit)s?\b/;
// An allow word that is itself negated rules out instead: "what if we didn't allow meta".
const NEGATED_ALLOW =
  /(?:\bnot|\bnever|\bno longer|n'?t|\bdont|\bcannot)\s+(?:\w+\s+)?(?:allow|permit|includ|accept|consider|let)\w*/;
const CLAUSE = /[^,.;!?]+|[,.;!?]+/g;
const CLAUSE_JOIN = /\s(?:but|and then|though|however)\s/;

export interface LiftedExclusions {
  /** The thread's exclusions the message takes back. */
  lifted: Exclusions;
  /** The text with the lifting clauses blanked (same length), for the other readers. */
  kept: string;
  /**
   * What a lifting clause lets in that the thread never ruled out ("what if we allow meta" with
   * no Meta exclusion): nothing to change, which the answer says rather than guessing.
   */
  neverExcluded: Exclusions;
}

/** What `named` holds that `current` also holds (`keep`), or does not hold (`!keep`). */
function filterBy(named: Exclusions, current: Exclusions | undefined, keep: boolean): Exclusions {
  const out: Exclusions = {};
  for (const key of EXCLUSION_KINDS) {
    const picked = (named[key] ?? []).filter((v) => (current?.[key]?.includes(v) ?? false) === keep);
    if (picked.length > 0) out[key] = picked;
  }
  return out;
}

function isEmpty(e: Exclusions): boolean {
  return Object.keys(e).length === 0;
}

/** The thread's exclusions a message lifts, clause by clause; nothing when it holds none. */
export function liftedExclusions(text: string, current: Exclusions | undefined, catalog?: Catalog): LiftedExclusions {
  const lower = text.toLowerCase();
  const chars = text.split("");
  let lifted: Exclusions = {};
  let neverExcluded: Exclusions = {};
  // Clauses end at punctuation or a contrast ("allow meta but only open weights").
  const pieces: { start: number; text: string }[] = [];
  for (const m of lower.matchAll(CLAUSE)) {
    let offset = 0;
    for (const part of m[0].split(CLAUSE_JOIN)) {
      const at = m[0].indexOf(part, offset);
      pieces.push({ start: m.index + at, text: part });
      offset = at + part.length;
    }
  }
  for (const piece of pieces) {
    const lifts = (ALLOW.test(piece.text) && !NEGATED_ALLOW.test(piece.text)) || DROP_RULE.test(piece.text);
    if (!lifts) continue;
    const all = parseExclusions(piece.text, [{ start: 0, end: piece.text.length }], catalog);
    if (isEmpty(all)) continue;
    lifted = unionExclusions(lifted, filterBy(all, current, true));
    neverExcluded = unionExclusions(neverExcluded, filterBy(all, current, false));
    // Either way the clause lets something in: no other reader may take its names as exclusions.
    for (let i = piece.start; i < piece.start + piece.text.length; i++) chars[i] = " ";
  }
  return { lifted, kept: chars.join(""), neverExcluded };
}

/** `base` without the exclusions in `lifted`; undefined when nothing is left. */
export function withoutExclusions(base: Exclusions | undefined, lifted: Exclusions): Exclusions | undefined {
  if (!base) return undefined;
  const out: Exclusions = {};
  for (const key of EXCLUSION_KINDS) {
    const left = (base[key] ?? []).filter((v) => !lifted[key]?.includes(v));
    if (left.length > 0) out[key] = left;
  }
  return isEmpty(out) ? undefined : out;
}
