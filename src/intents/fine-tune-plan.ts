// Fine-tuning the team plans, and whether it is said as a wish. A plan ("we'll fine-tune it on our
// tickets") is a rule: a model that cannot be tuned is ruled out. A wish ("would be nice to have",
// "we might later", "ideally a model we can fine-tune") rules nothing out; the ranking weighs the
// ability to tune instead, as a lead keeps an option open without paying for it in every pick.
import { isHedged, isPreferenceOnly, WISH_LEFT } from "./hedges.js";

/** Words for tuning the model itself: LoRA, training it on the team's data, continued pre-training. */
export const FINE_TUNE_PLAN =
  /\b(fine-?\s?tun\w*|finetun\w*|(our|a|my) (own )?tuned|lora|qlora|train (it|the model|them) on our (own )?data|customi[sz]e the weights|adapt the weights|further train\w*|continued pre-?training)\b/;

const FINE_TUNE_PLAN_ALL = new RegExp(FINE_TUNE_PLAN.source, "g");

/** Said just after fine-tuning: it is not needed ("isn't a must"), read as none unless a wish follows. */
const NOT_NEEDED_AFTER =
  /^\s+(?:isn'?t|aren'?t|is not|are not)\s+(?:required|needed|necessary|a must|mandatory|essential)\b/;
// "which model could we fine-tune?": a question's modal before its subject asks for the ability.
const ASKED_BEFORE = /\b(?:could|can|might|may)\s+(?:we|i|you)\s+(?:[\w'-]+\s+)?$/;

/**
 * How fine-tuning is said in folded `t` when no mention of it is a plan: "preference" where one
 * mention says it is not required ("optional", "nice to have", "ideally", "if possible"),
 * "possibility" where all are only possible ("we might", "eventually", "later on"). Undefined
 * when a mention is said as a plan, or none is said.
 */
export function fineTuningWishIn(t: string): "preference" | "possibility" | undefined {
  let wish: "preference" | "possibility" | undefined;
  for (const m of t.matchAll(FINE_TUNE_PLAN_ALL)) {
    const [start, end] = [m.index, m.index + m[0].length];
    // "fine-tuning isn't a must, just a nice-to-have": not needed, still wished.
    const notNeededButWished = NOT_NEEDED_AFTER.test(t.slice(end)) && WISH_LEFT.test(t);
    if (isPreferenceOnly(t, start, end) || notNeededButWished) wish = "preference";
    else if (ASKED_BEFORE.test(t.slice(Math.max(0, start - 30), start))) return undefined;
    else if (isHedged(t, start, end)) wish ??= "possibility";
    else return undefined;
  }
  return wish;
}

/** Whether folded `t` says fine-tuning is not needed ("fine-tuning isn't required"): no plan to tune. */
export function fineTuningNotNeeded(t: string): boolean {
  for (const m of t.matchAll(FINE_TUNE_PLAN_ALL))
    if (NOT_NEEDED_AFTER.test(t.slice(m.index + m[0].length))) return true;
  return false;
}
