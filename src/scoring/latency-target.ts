// A stated response-time target ("answers under 1.5 s", "p95 below 800 ms", "ttft < 300ms", a
// real-time voice agent). The catalogue holds no measured time-to-first-token or tokens-per-second
// for any host, so a target is checked only where the model's own design settles it: a model its
// lab names as a reasoning ("thinking") model writes hidden reasoning before its first answer
// token, and that wait alone outlasts a target of a few seconds (an estimate, said as one). Every
// other model stays, speed weighs more the tighter the target (weights.ts), and the answer says
// what was not checked and what to measure.
import type { Model } from "../catalog/schema.js";

export interface LatencyTarget {
  seconds: number;
  /** What the target times: the first token streamed, or the whole answer. */
  measure: "first-token" | "answer";
  /** "p95" when the team named a percentile. */
  percentile?: string;
  /** A real-time voice agent with no number said: the target is our assumption (VOICE_FIRST_TOKEN_S). */
  assumed?: true;
}

/**
 * A voice agent said without a number: the first words within a second. Our assumption (a pause
 * longer than that is noticed in a conversation), said back as assumed; a stated number replaces it.
 */
export const VOICE_FIRST_TOKEN_S = 1;

/**
 * Our estimate of the hidden reasoning a thinking model writes before answering, and of a hosted
 * model's output rate: 1,000 tokens at 100 tokens/s is 10 s before the first answer token.
 * Published accounts put reasoning traces at REASONING_TRACE_RANGE tokens (REASONING_SOURCE), so
 * this is their low end: the wait a target is checked against and the tokens a request is costed
 * with (hidden-reasoning.ts) are the least a reader should expect, never a guess in between.
 */
export const REASONING_TOKENS_ESTIMATE = 1_000;
export const HOSTED_TOKENS_PER_S_ESTIMATE = 100;
export const REASONING_WAIT_S = REASONING_TOKENS_ESTIMATE / HOSTED_TOKENS_PER_S_ESTIMATE;
/** The longest reasoning trace REASONING_SOURCE reports for a request. */
export const REASONING_TOKENS_HIGH = 15_000;
/** The range of reasoning-trace lengths REASONING_SOURCE reports, as said to a reader. */
export const REASONING_TRACE_RANGE = `${REASONING_TOKENS_ESTIMATE.toLocaleString("en-US")}–${REASONING_TOKENS_HIGH.toLocaleString("en-US")}`;
export const REASONING_SOURCE = {
  label: "Latency Budgets for Reasoning Models (Multigrid, secondary)",
  url: "https://dev.to/multigrid/latency-budgets-for-reasoning-models-36a1",
  asOf: "2026-12-05",
};

/** At or under this a target is tight: speed weighs half as much again (weights.ts). */
export const TIGHT_TARGET_S = 2;

// How labs name a model that always reasons before answering: OpenAI's o-series and its GPT-5
// "Pro" tiers ("more compute per answer"), DeepSeek's R1, Kimi's and others' "Thinking" and
// "Reasoning" variants. Hybrid models (a reasoning switch, as Claude 4.x, GPT-5, Qwen3) are not:
// their reasoning can be turned down, and the shortlist says so.
const THINKING_ONLY = /^o\d(?:-mini|-pro)?$|^gpt-5(?:\.\d+)?-pro$|(?:^|-)r1(?:-|$)|thinking|(?:^|-)reasoning(?:-|$)/;

export function thinksBeforeAnswering(model: Model): boolean {
  return THINKING_ONLY.test(model.id);
}

/** "answers within 1.5 s (p95)", "first token within 0.3 s", "first words within 1 s (voice, assumed)". */
export function describeLatencyTarget(t: LatencyTarget): string {
  const what = t.measure === "first-token" ? (t.assumed ? "first words" : "first token") : "answers";
  const extra = [t.percentile, t.assumed ? "real-time voice, assumed: say your own target" : undefined].filter(Boolean);
  return `${what} within ${formatSeconds(t.seconds)}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`;
}

function formatSeconds(s: number): string {
  return s < 1 ? `${Math.round(s * 1000)} ms` : `${Number(s.toFixed(2))} s`;
}

/** Why a model cannot meet the target, or null when nothing in the catalogue says it cannot. */
export function latencyTargetReason(model: Model, target: LatencyTarget): string | null {
  if (!thinksBeforeAnswering(model) || target.seconds >= REASONING_WAIT_S) return null;
  return `${model.name} reasons before it answers (so named by its lab): its first answer token waits for its hidden reasoning, about ${REASONING_WAIT_S} s at our estimate (${REASONING_TOKENS_ESTIMATE} reasoning tokens at ${HOSTED_TOKENS_PER_S_ESTIMATE} tokens/s), more than your target (${describeLatencyTarget(target)})`;
}

/**
 * Said under a shortlist for a team with a target: what was ruled out and on what estimate, which
 * picks must have their reasoning turned down, and that no measured latency was checked.
 */
export function latencyTargetNote(
  target: LatencyTarget,
  picks: readonly Pick<Model, "name" | "capabilities" | "id">[],
  ruledOut: number,
  onDevice?: OnDeviceTarget,
): string {
  // Reasoning turned up would outlast only a target under the reasoning wait.
  const hybrid =
    target.seconds < REASONING_WAIT_S ? picks.filter((p) => p.capabilities.reasoning === true).map((p) => p.name) : [];
  const parts = [
    `**Latency target:** ${describeLatencyTarget(target)}.`,
    ruledOut > 0
      ? `${ruledOut} model${ruledOut === 1 ? "" : "s"} that always reason before answering ${ruledOut === 1 ? "is" : "are"} ruled out (our estimate: ${REASONING_WAIT_S} s of hidden reasoning before the first answer token).`
      : "",
    hybrid.length > 0
      ? `${hybrid.join(", ")} can reason before answering: turn reasoning off or to its lowest setting, or the target is out of reach.`
      : "",
    onDevice
      ? onDeviceWait(target, onDevice)
      : "No measured latency is in the catalogue, so the picks are not checked against the number itself: speed is weighed from model size instead (below), and your target is worth measuring at peak load on the host you choose.",
  ];
  return parts.filter(Boolean).join(" ");
}

/** Where an on-device model runs: a phone-class chip (phones and tablets) and the size cap in force. */
export interface OnDeviceTarget {
  phone: boolean;
  maxB?: number;
}

/**
 * On a device no host is chosen: the device's own chip reads the whole prompt before the first
 * word, and a phone or tablet chip is the slowest of all. Said as our judgement, since the
 * catalogue holds no on-device measurement.
 */
function onDeviceWait(target: LatencyTarget, device: OnDeviceTarget): string {
  const unmeasured =
    "No measured latency is in the catalogue, so the picks are not checked against the number itself: speed is weighed from model size instead (below). On a device the whole prompt is read by the device's own chip before the first word, a wait that grows with the prompt's length and the model's size: measure your longest prompt on the slowest device you support.";
  if (!device.phone) return unmeasured;
  const cap = device.maxB !== undefined ? `at ${device.maxB}B parameters or less` : "small";
  return `${unmeasured} A phone or tablet chip is the slowest of all: the picks are kept ${cap}, and a 7–8B model there would make ${describeLatencyTarget(target)} unlikely for a prompt of a few thousand tokens (our judgement, not a measurement).`;
}
