// Reading a message while the guided recommendation runs. The router calls this first while
// session.flow is set, and for every flow click (flow-answer / flow-control actions). It returns a flow intent, or null when the
// message is something else ("what's the licence of Llama?", "what if we self-host?"), which
// the router then hands to understand().
import type { Intent } from "../../intents/types.js";
import type { InboundMessage } from "../../ports.js";
import type { TurnContext } from "../handler.js";
import { findModelMentions } from "../../catalog/mentions.js";
import { isKnown, mergeRequirements } from "./flow-state.js";
import { readCorrection } from "./correction.js";
import { requirementsFromText } from "./requirements-from-text.js";
import { answerStep, choiceByValue, SKIP_VALUE, STEP_BY_ID, STEPS } from "./steps.js";
import { decodeAction, type Action } from "../../action-id.js";
import {
  asksAboutListPlace,
  asksOfShownPicks,
  asksSomethingElse,
  flowCommand,
  isOtherCommand,
  putAsOtherQuestion,
} from "../../intents/understand.js";
import { scanNumbers } from "../../intents/number-scan.js";
import { declinesQuestion } from "../../intents/registry/commands.js";
import { SUPPOSITION, VOLUME_WORKING } from "../../intents/cues.js";
import { continuesAnswer, isValueFollowUp } from "../../intents/follow-up.js";
import { foldCase } from "../../catalog/normalize.js";
import { ruleSlotOf } from "../slot-labels.js";

type Command = "back" | "skip" | "start-over" | "refine";

/** The flow-step id of a correction ("no, 5M not 50M"): not a question, a replaced fact. */
export const CORRECTION = "correction";

/** "Ask me more": refine a shortlist. Back, skip and start over are understanding's words (registry/commands.ts). */
const REFINE = /^(refine|refine (it|this|that|the shortlist)|ask me( more)?|narrow (it )?down)$/;

export function controlCommand(text: string): Command | null {
  const t = text
    .toLowerCase()
    .trim()
    .replace(/[.!]+$/, "");
  if (REFINE.test(t)) return "refine";
  return flowCommand(text);
}

export function interpretFlowInput(inbound: InboundMessage, ctx: TurnContext): Intent | null {
  const flow = ctx.session.flow;
  const action = decodeAction(inbound.action?.id);
  if (action?.kind === "flow-answer" || action?.kind === "flow-control") return fromClick(action, inbound.text, ctx);
  if (!flow) return null;
  const text = inbound.text.trim();
  if (!text) return null;
  // An impossible amount ("-5M tokens", "1e308", 400 digits) is no answer: understand() names it.
  if (scanNumbers(text).problems.length > 0) return null;
  const command = controlCommand(text);
  if (command) return { kind: "flow-control", command };
  // Help, reset, sources, a decision record, the profile: another answer, not a reply to the question.
  // (A full reset is recognised here by the registry's words, registry/commands.ts: the reset
  // intent's job, not the flow's.)
  if (isOtherCommand(text, { catalog: ctx.catalog, session: ctx.session })) return null;
  // "how did you get the volume?" asks about the thread, whatever question is open: its handler answers.
  if (VOLUME_WORKING.test(foldCase(text))) return null;
  // So does a question asked of the picks shown ("which ones will sign a BAA?").
  if (asksOfShownPicks(text, ctx)) return null;
  const correction = readCorrection(text, ctx.session.requirements, ctx.catalog);
  if (correction) return { kind: "recommend", text, requirements: correction, flowStep: CORRECTION };
  // After the shortlist (no step asked) messages are what-ifs and questions, except a short
  // answer that fits exactly one question not answered yet ("some" for ML-ops experience).
  if (flow.step === null) return lateAnswer(text, ctx);
  const step = STEP_BY_ID.get(flow.step);
  if (!step) return null;
  // The skip button comes after the choices: its number (shown in the terminal) skips too.
  if (new RegExp(`^#?${step.choices.length + 1}[.!]?$`).test(text)) return { kind: "flow-control", command: "skip" };
  // "break even for the top pick vs its api" is about the shortlist, even where a word of it would
  // answer the question ("api"): with a shortlist shown, its own handler answers and the question
  // is asked again; before one, the flow shows it now (recommend.ts).
  if (asksAboutListPlace(text, ctx)) {
    if ((ctx.session.lastList ?? []).length > 0) return null;
    return { kind: "recommend", text, requirements: {}, flowStep: step.id };
  }
  // "What if we reach 1 million conversations a month?" while a question is open: the what-if is
  // answered (or says what it needs) and the question asked again (router.ts), never its answer.
  if (SUPPOSITION.test(foldCase(text))) return null;
  // "can we publish the labels the model makes as an open dataset?" asks a question of its own
  // (Cape Town's licence question mid-flow was 'Noted: extraction / classification · public data'):
  // its handler answers it and the question is asked again.
  if (putAsOtherQuestion(text, ctx)) return null;
  const answer = answerStep(step, text, ctx.catalog);
  // Free text may fill other slots too ("coding, and the data must stay in our VPC").
  const general = requirementsFromText(text, ctx.catalog);
  if (answer.kind === "answer")
    return { kind: "recommend", text, requirements: mergeRequirements(general, answer.patch), flowStep: step.id };
  // A question, or a message about a named model ("licence of Llama 3.1 70B for 800M users"),
  // is not an answer even when it states a requirement: its own handler answers it.
  if (answer.kind === "none" && (asksSomethingElse(text, ctx) || namesModel(text, ctx))) return null;
  if (answer.kind === "none" && Object.keys(general).length > 0)
    return { kind: "recommend", text, requirements: general, flowStep: step.id };
  if (answer.kind === "none" && declinesQuestion(text.toLowerCase())) return { kind: "flow-control", command: "skip" };
  // Ambiguous or not understood: the handler asks again, saying why, and keeps what else was said.
  return { kind: "recommend", text, requirements: answer.kind === "ambiguous" ? general : {}, flowStep: step.id };
}

function namesModel(text: string, ctx: TurnContext): boolean {
  return findModelMentions(text, ctx.catalog).some((m) => m.resolution.status === "found");
}

const LATE_ANSWER_MAX_WORDS = 3;
/** The values of a yes-or-no question's choices (steps.ts): said unasked, they answer nothing. */
const BARE_YES_OR_NO = new Set(["yes", "no"]);

function lateAnswer(text: string, ctx: TurnContext): Intent | null {
  if (asksSomethingElse(text, ctx) || namesModel(text, ctx)) return null;
  // "and with batch api?" right after a price continues that answer (follow-up.ts), as understand() reads it.
  const lower = foldCase(text);
  if (continuesAnswer(lower, ctx.session) && isValueFollowUp(lower, ctx.session.lastIntent)) return null;
  if (text.split(/\s+/).length > LATE_ANSWER_MAX_WORDS) return statedChange(text, ctx);
  const req = ctx.session.requirements;
  // Words about a requirement already set ("we don't need fine-tuning") make it a what-if.
  const stated = requirementsFromText(text, ctx.catalog);
  // A wish about a rule the thread holds ("fine-tuning is just a nice-to-have") changes that rule.
  const held = (k: keyof typeof req) => req[k] !== undefined || req[ruleSlotOf(k)] !== undefined;
  if ((Object.keys(stated) as (keyof typeof req)[]).some(held)) return statedChange(text, ctx);
  // So do words taking one back ("no budget"): its "no" answers no question ("none" for ML-ops).
  if (BUDGET_DROPPED.test(text)) return statedChange(text, ctx);
  const open = STEPS.filter((s) => !isKnown(req, s) && (!s.optional || (s.relevant?.(req) ?? false)));
  // A bare yes or no ("sure, why not?", "nope") names no question: it answers only one that was asked.
  const fits = open.flatMap((s) => {
    const a = answerStep(s, text, ctx.catalog);
    return a.kind === "answer" && a.value !== undefined && !BARE_YES_OR_NO.has(a.value)
      ? [{ step: s, patch: a.patch }]
      : [];
  });
  const only = fits.length === 1 ? fits[0] : undefined;
  // What else the words say is kept, as for an answer to an asked question: "we're on AWS" answers
  // where it may run (own cloud) and names the cloud; the choice alone lost the account, so the
  // Tokyo studio's shortlist after it had no Bedrock model at all, only self-hosted weights.
  if (only)
    return { kind: "recommend", text, requirements: mergeRequirements(stated, only.patch), flowStep: only.step.id };
  return statedChange(text, ctx);
}

const BUDGET_DROPPED = /\b(no|without( a)?|drop the|remove the|forget the) budget\b/i;

/** A statement that changes the thread's requirements ("we're based in the EU", "no budget"): a what-if. */
function statedChange(text: string, ctx: TurnContext): Intent | null {
  const stated = requirementsFromText(text, ctx.catalog);
  if (Object.keys(stated).length > 0 || BUDGET_DROPPED.test(text)) return { kind: "what-if", text };
  return null;
}

function fromClick(
  action: Extract<Action, { kind: "flow-answer" | "flow-control" }>,
  label: string,
  ctx: TurnContext,
): Intent {
  if (action.kind === "flow-control") {
    if (action.command === "start") return { kind: "recommend", text: "help me choose a model", requirements: {} };
    return { kind: "flow-control", command: action.command };
  }
  const { value } = action;
  const step = STEP_BY_ID.get(action.step);
  if (!step) return { kind: "unclear", text: label };
  // A click on an older question's button still answers that question.
  if (value === SKIP_VALUE)
    return ctx.session.flow?.step === step.id
      ? { kind: "flow-control", command: "skip" }
      : { kind: "unclear", text: label };
  const choice = choiceByValue(step, value);
  if (!choice) return { kind: "unclear", text: label };
  return { kind: "recommend", text: choice.label, requirements: choice.patch, flowStep: step.id };
}
