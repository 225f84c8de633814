// One question of the guided flow: what we understood so far, the question with its choices as
// buttons (flow-answer actions, plus a skip), and how far along we are.
import { questionBound, questionsAsked } from "../conversation/flows/flow-state.js";
import { SKIP_VALUE, type FlowStep } from "../conversation/flows/steps.js";
import type { FlowState } from "../conversation/session.js";
import type { OutboundMessage } from "../ports.js";
import { choices, message, text } from "../render/builders.js";
import { formatCount, formatUsd } from "../render/format.js";
import { CRITERION_LABELS, USE_CASE_LABELS, type Requirements } from "../scoring/requirements.js";

const SKIP_LABEL = "Skip / not sure";

/** Requirements in a few words each, for echoing back ("coding · under $500/month"). */
export function describeRequirements(req: Partial<Requirements>): string[] {
  const out: string[] = [];
  if (req.useCase) out.push(USE_CASE_LABELS[req.useCase]);
  if (req.dataSensitivity) out.push(`${req.dataSensitivity} data`);
  if (req.deployment)
    out.push(
      { "any-api": "any managed API", "own-cloud": "runs in your own cloud", "on-prem": "on-prem" }[req.deployment],
    );
  if (req.openWeightsOnly) out.push("open-weights models only");
  if (req.volume) {
    const total = req.volume.inputTokensPerMonth + req.volume.outputTokensPerMonth;
    out.push(
      `${formatCount(total)} tokens/month${req.volume.splitAssumed ? " (3:1 input:output assumed)" : ` (${formatCount(req.volume.inputTokensPerMonth)} in, ${formatCount(req.volume.outputTokensPerMonth)} out)`}`,
    );
  }
  if (req.monthlyBudgetUsd !== undefined) out.push(`budget ${formatUsd(req.monthlyBudgetUsd)}/month`);
  if (req.monthlyActiveUsers !== undefined) out.push(`${formatCount(req.monthlyActiveUsers)} monthly users`);
  if (req.fineTuning !== undefined) out.push(req.fineTuning ? "fine-tuning needed" : "no fine-tuning");
  if (req.trainOnOutputs !== undefined)
    out.push(req.trainOnOutputs ? "outputs train other models" : "outputs not used for training");
  if (req.mlOpsExperience) out.push(`ML-ops experience: ${req.mlOpsExperience}`);
  if (req.contextTokens !== undefined) out.push(`${formatCount(req.contextTokens)} tokens of context`);
  if (req.languages?.length) out.push(`languages: ${req.languages.join(", ")}`);
  if (req.latency) out.push(req.latency === "interactive" ? "interactive latency" : "batch is fine");
  if (req.inEu !== undefined) out.push(req.inEu ? "EU-based team" : "not EU-based");
  if (req.commercial !== undefined) out.push(req.commercial ? "commercial use" : "non-commercial use");
  if (req.priorities?.length) out.push(`priorities: ${req.priorities.map((c) => CRITERION_LABELS[c]).join(", ")}`);
  return out;
}

export function questionReply(
  step: FlowStep,
  req: Requirements,
  flow: FlowState,
  intro: string[] = [],
): OutboundMessage {
  const number = questionsAsked(flow) + 1;
  // The step being asked is still open, so the bound is at least its number.
  const total = Math.max(number, questionBound(req, flow));
  const blocks = [
    ...intro.map((line) => text(line)),
    text(`**Question ${number} of ${total}:** ${step.question}`),
    choices("Choose one", [
      ...step.choices.map((c) => ({
        action: { kind: "flow-answer" as const, step: step.id, value: c.value },
        label: c.label,
      })),
      { action: { kind: "flow-answer" as const, step: step.id, value: SKIP_VALUE }, label: SKIP_LABEL },
    ]),
  ];
  return message(blocks, {
    intent: "recommend",
    models: [],
    flow: { step: step.id, question: number, of: total, requirements: req, choices: step.choices.map((c) => c.value) },
  });
}
