// A budget said per thing the team handles rather than per month: "the AI can cost at most 0.3
// cents per ticket", "max $0.002 per request", "no more than 1 cent a message". Times the things
// the message counts a month (its volume's count of that thing), it is a monthly budget; without
// such a count it is kept out (a per-thing price is no monthly figure to guess).
// Texts are folded and cleaned, as requirements-text.ts reads them.
import type { Volume } from "../costs/volume.js";
import { nounForms } from "./noun-forms.js";
import { PERIOD_NOUNS } from "./periods.js";

const CAP = String.raw`(?:at most|max(?:imum)?|no more than|not more than|under|below|less than|up to|capped at|cap (?:of|at)|a budget of|budget (?:is|of)|can cost|can spend|afford)`;
const AMOUNT = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
// Group 1: dollars after "$"/"usd"; 2: cents; 3: dollars said after the amount; 4: the thing,
// which is no period ("under $500 a month" is a monthly budget) and no price unit ("per 1M tokens").
const PER_THING = new RegExp(
  String.raw`\b${CAP}\s*(?:~|about|around|roughly|approx\.?\s*)?(?:(?:\$|usd|us\$)\s*${AMOUNT}|${AMOUNT}\s*(?:cents?|¢)|${AMOUNT}\s*(?:usd|dollars?))\s*(?:\/|per|a|an|each|every|for each|for every)\s+(?!${PERIOD_NOUNS}s?\b|(?:year|yr|annum|quarter|minute|min|second|sec|gpu|1?m|million|k|thousand|tokens?|toks?)\b)([a-z]+)\b`,
);

export interface UnitBudget {
  /** US dollars a month: the amount per thing × the things counted a month. */
  perMonth: number;
  /** The amount per thing in US dollars. */
  perThingUsd: number;
  /** The thing, as said ("ticket"). */
  thing: string;
  /** The things counted a month, and their noun as the volume counts them ("tickets"). */
  count: number;
  noun: string;
}

/** The budget per thing in `t`, made monthly by the volume's count of that thing, or undefined. */
export function unitBudgetIn(t: string, volume: Volume | null | undefined): UnitBudget | undefined {
  if (!/\d/.test(t)) return undefined;
  const m = PER_THING.exec(t);
  const thing = m?.[4];
  const each = volume?.perItem;
  if (!m || thing === undefined || !each || volume.oneOff) return undefined;
  if (!nounForms(each.noun).test(thing)) return undefined;
  const perThingUsd = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? Number(m[2]) / 100 : Number(m[3]);
  const tokensEach = each.inputTokens + each.outputTokens;
  if (!(perThingUsd > 0) || !(tokensEach > 0)) return undefined;
  const things = (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / tokensEach;
  return { perMonth: Math.round(perThingUsd * things * 100) / 100, perThingUsd, thing, count: things, noun: each.noun };
}

/** Whether `t` states a per-thing amount at all: such an amount is never a monthly budget itself. */
export function saysUnitBudget(t: string): boolean {
  return PER_THING.test(t);
}
