// "no, 5M not 50M", "actually it's regulated data", "make that $2,000": a correction of a fact
// already stated. It replaces the slot (the echo says "Changed: old → new") and is never read as
// an answer to the question being asked ("no" is not "no fine-tuning" here).
import type { Catalog } from "../../catalog/catalog.js";
import type { Requirements } from "../../scoring/requirements.js";
import { HYPOTHETICAL } from "../../intents/thread-change.js";
import { requestSize, rescaledCount } from "../../intents/volume.js";
import { countInThread, threadItemFor } from "../../intents/thread-volume.js";
import { countsFollowUps, resentVolume } from "../../intents/resend-text.js";
import { budgetCurrencyNamed } from "../../intents/requirements-text.js";
import { atRequestSize, atStatedSplit, statedInputShare } from "../../intents/volume-split.js";
import { requirementsFromText } from "./requirements-from-text.js";
import { bareQuantity, STEPS } from "./steps.js";

const CUE =
  /^(no|nope|nah|sorry|actually|correction|wait|oops|i meant|we meant|make (that|it)|change (that|it) to)\b[\s,:;.!-]*/i;
/** "why not X", "and X, why not?": a question, whatever "not" is followed by. */
const WHY_NOT_ASKED = /\bwhy not\b/i;
/** The value being taken back: "not 50M", "instead of 50M", "rather than 50M". */
const REJECTED = /\b(?:not|instead of|rather than)\s+([^,.;!?]+)/i;

/** A slot's value as a number, to find which slot "not 50M" takes back. */
function amountOf(req: Requirements, slot: keyof Requirements): number | undefined {
  if (slot === "volume")
    return req.volume ? req.volume.inputTokensPerMonth + req.volume.outputTokensPerMonth : undefined;
  const value = req[slot];
  return typeof value === "number" ? value : undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.01);

/** The replacement slots when `text` corrects something already stated, else null. */
export function readCorrection(text: string, req: Requirements, catalog: Catalog): Partial<Requirements> | null {
  // "now pretend it's agents, not chat" weighs a change; it takes nothing back.
  if (HYPOTHETICAL.test(text)) return null;
  // "so why not gpt-4.1, with its 1M context?" asks about a model; its "not" takes nothing back.
  if (WHY_NOT_ASKED.test(text)) return null;
  const rejected = REJECTED.exec(text);
  const cued = CUE.test(text.trim());
  if (!cued && !rejected) return null;
  const rest = text.replace(REJECTED, " ").trim().replace(CUE, "").trim();
  if (!rest) return null;
  // The words without the retracted value, read as requirements.
  const stated = requirementsFromText(rest, catalog);
  // "no, 15k claims a month not 25": a new count of the things the volume counts, at the tokens
  // each already stated.
  // "sorry, 3 follow-ups re-send the document": each thing sent 1 + 3 times (resend-text.ts).
  const resent = resentVolume(rest, req.volume);
  if (resent) stated.volume = resent;
  const perItem = threadItemFor(rest, req.volume);
  // A count read at an assumed size ("5000 messages a day", assumed-request-size.ts) takes the
  // size the thread already has instead.
  const sized = stated.volume !== undefined && !stated.volume.perItem?.sizeAssumed;
  const recounted = perItem && !sized && !countsFollowUps(rest) ? rescaledCount(rest, perItem) : null;
  if (recounted) stated.volume = recounted;
  // "sorry, 20 requests a day" in a thread of 400 engineers × 50 a day: for the same people.
  if (stated.volume) stated.volume = countInThread(rest, stated.volume, req.volume);
  // "actually 70% input 30% output", "make that 300 in / 100 out per message": the same volume
  // with a new split or a new size per request.
  if (req.volume && stated.volume === undefined) {
    const share = statedInputShare(rest);
    const size = share === null ? requestSize(rest) : null;
    if (share !== null) stated.volume = atStatedSplit(req.volume, share);
    else if (size) stated.volume = atRequestSize(req.volume, size.input, size.output);
  }
  if (stated.monthlyBudgetUsd === undefined && stated.statedBudget === undefined) {
    const moved = recurrenced(rest, req);
    if (Object.keys(moved).length > 0) return { ...stated, ...moved };
  }
  const replaced = Object.keys(stated).filter((k) => req[k as keyof Requirements] !== undefined);
  if (replaced.length > 0) return stated;
  // A bare amount ("5M") replaces the slot that holds the retracted amount ("not 50M").
  const old = rejected?.[1] ? bareQuantity(rejected[1]) : null;
  if (old === null) return null;
  for (const step of STEPS) {
    const current = amountOf(req, step.slot);
    if (current === undefined || !near(current, old) || !step.parseFree) continue;
    const patch = step.parseFree(rest, catalog);
    if (patch) return patch;
  }
  return null;
}

/**
 * "sorry, the budget is in euros": the thread's budget amount in the currency now named. Only
 * dollars are applied (slot-labels.ts says why), so a budget moved out of dollars is kept as said.
 */
function recurrenced(rest: string, req: Requirements): Partial<Requirements> {
  const currency = budgetCurrencyNamed(rest);
  const perMonth = req.monthlyBudgetUsd ?? req.statedBudget?.perMonth;
  if (currency === undefined || perMonth === undefined) return {};
  if (currency === "USD") return req.monthlyBudgetUsd === undefined ? { monthlyBudgetUsd: perMonth } : {};
  if (req.statedBudget?.currency === currency) return {};
  return { statedBudget: { currency, perMonth } };
}
