// One question of the guided flow: what we understood so far, the question with its choices as
// buttons (flow-answer actions, plus a skip), and how far along we are.
import { questionBound, questionsAsked } from "../conversation/flows/flow-state.js";
import { SKIP_VALUE, type FlowStep } from "../conversation/flows/steps.js";
import type { FlowState } from "../conversation/session.js";
import type { OutboundMessage } from "../ports.js";
import { choices, message, text } from "../render/builders.js";
import { describeRequirements } from "../conversation/slot-labels.js";
import type { Requirements } from "../scoring/requirements.js";

const SKIP_LABEL = "Skip / not sure";

export { describeRequirements };

export function questionReply(
  step: FlowStep,
  req: Requirements,
  flow: FlowState,
  intro: string[] = [],
  /** Offer only these choice values (the ones an ambiguous word could mean). */
  only?: string[],
): OutboundMessage {
  const offered = only ? step.choices.filter((c) => only.includes(c.value)) : step.choices;
  const number = questionsAsked(flow) + 1;
  // The step being asked is still open, so the bound is at least its number.
  const total = Math.max(number, questionBound(req, flow));
  const blocks = [
    ...intro.map((line) => text(line)),
    text(`**Question ${number} of ${total}:** ${step.question}`),
    choices("Choose one", [
      ...offered.map((c) => ({
        action: { kind: "flow-answer" as const, step: step.id, value: c.value },
        label: c.label,
      })),
      { action: { kind: "flow-answer" as const, step: step.id, value: SKIP_VALUE }, label: SKIP_LABEL },
    ]),
  ];
  return message(blocks, {
    intent: "recommend",
    models: [],
    flow: { step: step.id, question: number, of: total, requirements: req, choices: offered.map((c) => c.value) },
  });
}
