// "what about X?" after an answer asks the same question of X: the price of X, the licence of X
// with the same team facts, the cost of X at the same volume. Inside a recommendation thread the
// same words are a what-if instead (handled before this).
import { questionTopic } from "./license-topic.js";
import { foldCase } from "../catalog/normalize.js";
import { DEFAULT_SPLIT_WORDS, volumeAtDefaultSplit, type Volume } from "../costs/volume.js";
import type { TeamFacts } from "../licensing/facts.js";
import { formatCount } from "./numbers.js";
import { BATCH_API } from "./cues.js";
import { multiplierIn } from "./multipliers.js";
import type { ConversationView, Intent } from "./types.js";

const FOLLOW_UP_START =
  /^(?:(?:and|but|ok|okay|so|now|then|hmm)[,]?\s+)*(what about|how about|what of|and for|now for|same for|same (?:question|thing) for|and|or|vs\.?|versus|instead)\b/;
// Words that may surround the model names without asking anything new.
const FILLER = new Set([
  "what",
  "about",
  "how",
  "and",
  "for",
  "same",
  "question",
  "thing",
  "instead",
  "then",
  "the",
  "ok",
  "okay",
  "so",
  "but",
  "now",
  "of",
  "too",
  "also",
  "or",
  "vs",
  "versus",
  "one",
  "model",
  "please",
  "hmm",
  "with",
  "a",
]);

/** Whether `lower` only points at other models ("what about claude sonnet 4.5?"). */
export function isBareFollowUp(lower: string, spans: readonly string[]): boolean {
  if (!FOLLOW_UP_START.test(lower)) return false;
  let rest = lower;
  for (const span of spans) rest = rest.replace(foldCase(span), " ");
  const words = rest.split(/[^a-z0-9']+/).filter((w) => w !== "");
  return words.every((w) => FILLER.has(w));
}

/** The last question, asked again about `modelIds` (which may hold "?" for names still unclear). */
export function repeatFor(last: Intent | null | undefined, modelIds: string[]): Intent {
  switch (last?.kind) {
    case "price":
      return { kind: "price", modelIds };
    case "license":
      return { ...last, modelIds, openOnly: false };
    case "cost":
      return { ...last, modelIds };
    case "break-even":
      return { ...last, modelIds };
    case "compare":
      return { ...last, modelIds: [...new Set([...last.modelIds, ...modelIds])].slice(0, 12) };
    default:
      return { kind: "model-info", modelIds };
  }
}

const VALUE_FOLLOW_UP =
  /^(?:(?:and|but|ok|okay|so|now|then|hmm|right|cool|thanks)[,!]?\s+)*(?:what about|how about|what if|and if|now for|same for|same but|same at|and at|at|with|in|on|via|through|using|for|if|and|triple|double|quadruple|halve|half|\d+(?:\.\d+)?x|ten times|twice)\b/;
/** Answers about given models (not a ranking): a follow-up may ask them again with another value. */
export const FACTUAL = new Set<Intent["kind"]>(["price", "cost", "break-even", "compare", "license", "model-info"]);

/** A follow-up put as a supposition ("what if we had…", "and if we needed…"): a change to the thread. */
const SUPPOSED = /\b(if|suppose|supposing|imagine|let'?s say|say we|pretend|were to)\b/;

/**
 * Whether a follow-up may continue the last answer. Outside a recommendation thread it always
 * may. Inside one, only right after a factual answer (a cost, a price, a licence), and only when
 * not put as a supposition: "and at 20M tokens a month?" after a cost re-prices that cost, while
 * the same words after a shortlist, or "what if we had 20M tokens?", re-rank the shortlist.
 */
export function continuesAnswer(
  lower: string,
  view: Pick<ConversationView, "flow" | "requirements" | "subject">,
): boolean {
  if (!inRecommendation(view)) return true;
  const answer = view.subject?.answer;
  return answer !== undefined && FACTUAL.has(answer) && !SUPPOSED.test(lower);
}

/** A recommendation is under way in this thread (a flow, or requirements already known). */
export function inRecommendation(view: Pick<ConversationView, "flow" | "requirements">): boolean {
  return view.flow !== null || Object.keys(view.requirements).length > 0;
}

export interface FollowUpParts {
  lower: string;
  modelIds: string[];
  volume: Volume | null;
  /** A bare amount ("and at 2 billion?"), read as tokens a month. */
  bareTokens: number | null;
  edits: Record<string, string | number | boolean>;
  selfHost: boolean;
  /** "and via api?": the same cost through an API (after a self-hosted one). */
  viaApi?: boolean;
  facts: TeamFacts;
  /** An API host named ("and on Vertex?"): the same models' price or cost there. */
  host?: string | null;
  /** The volume the last answer used when its question gave none (the thread's), for "triple it". */
  baseVolume?: Volume | null;
  /** "and with batch api?": the same prices or cost at the batch-API rates. */
  batch?: boolean;
}

/** Whether a short message only changes a value of the last question ("and at int4?", "triple it?"). */
export function isValueFollowUp(lower: string, last: Intent | null | undefined): boolean {
  if (!last || !FACTUAL.has(last.kind)) return false;
  // Naming another kind of question ("what about the licence of X?") is a new question; "batch
  // pricing" only names the rate of the same one.
  const asked = lower.replace(new RegExp(BATCH_API.source, "g"), " ");
  if (/\b(price|pricing|licen[cs]\w*|compare|comparison|break[- ]?even|tell me about|who made)\b/.test(asked))
    return false;
  return lower.split(/\s+/).length <= 9 && VALUE_FOLLOW_UP.test(lower);
}

/**
 * The last question asked again with what the follow-up changes: other models, a volume (stated,
 * bare or as a multiple of the last one), self-hosting assumptions, team facts. Models left out
 * are filled in by the router from the conversation's subject.
 */
export function followUpOf(last: Intent, p: FollowUpParts): Intent | null {
  const lastVolume = ("volume" in last ? last.volume : null) ?? p.baseVolume ?? null;
  let volume = p.volume;
  if (!volume && p.bareTokens !== null) volume = scaledVolume(null, p.bareTokens);
  if (!volume && lastVolume) {
    const m = multiplierIn(p.lower);
    if (m) volume = scaledVolume(lastVolume, m.factor);
  }
  const hasEdits = Object.keys(p.edits).length > 0;
  const host = p.host && !p.selfHost && !hasEdits ? { host: p.host } : {};
  const batch = p.batch === true && !p.selfHost && !hasEdits ? { batch: true as const } : {};
  // "and via api?" after a self-hosted cost: that cost through the API, at the same volume.
  // "and with batch api?" after one is an API too, at its batch rate.
  const toApi =
    (p.viaApi === true || "batch" in batch) && !p.selfHost && !hasEdits && last.kind === "cost" && last.selfHost;
  if (toApi)
    return {
      ...last,
      modelIds: p.modelIds,
      volume: volume ?? last.volume,
      selfHost: false,
      assumptionEdits: {},
      viaApi: true,
      ...batch,
    };
  const changesSomething =
    p.modelIds.length > 0 ||
    volume !== null ||
    hasEdits ||
    p.selfHost ||
    Object.keys(p.facts).length > 0 ||
    "host" in host ||
    "batch" in batch;
  if (!changesSomething) return null;
  // "and on Vertex?" after a licence or a model's facts asks whether (and at what price) it is
  // sold there: the price there, or its cost at the volume said.
  if ("host" in host && (last.kind === "license" || last.kind === "model-info"))
    return volume
      ? { kind: "cost", modelIds: p.modelIds, volume, selfHost: false, assumptionEdits: {}, ...host }
      : { kind: "price", modelIds: p.modelIds, ...host };
  switch (last.kind) {
    case "cost":
    case "break-even":
      return {
        ...last,
        modelIds: p.modelIds,
        volume: volume ?? last.volume,
        assumptionEdits: { ...last.assumptionEdits, ...p.edits },
        ...(last.kind === "cost" ? { selfHost: last.selfHost || p.selfHost || hasEdits } : {}),
        ...(last.kind === "cost" && !("host" in host) && (p.selfHost || hasEdits) ? { host: undefined } : host),
        ...(last.kind === "cost" && !last.selfHost ? batch : {}),
      } as Intent;
    case "compare":
      return {
        kind: "compare",
        modelIds: p.modelIds.length > 0 ? [...new Set([...last.modelIds, ...p.modelIds])].slice(0, 12) : [],
        volume: volume ?? last.volume,
      };
    case "license":
      // "and can we redistribute it?" after "licence of X": the new part of the licence is asked.
      return {
        ...last,
        modelIds: p.modelIds,
        facts: { ...last.facts, ...p.facts },
        topic: questionTopic(p.lower, false) === "which-license" ? last.topic : questionTopic(p.lower, false),
        openOnly: false,
      };
    case "price":
    case "model-info":
      if (volume || hasEdits || p.selfHost)
        return {
          kind: "cost",
          modelIds: p.modelIds,
          volume: volume ?? null,
          selfHost: p.selfHost || hasEdits,
          assumptionEdits: p.edits,
          ...host,
          ...batch,
        };
      // "and with batch api?" after a model's facts asks for its batch prices.
      return last.kind === "price" || "batch" in batch
        ? { kind: "price", modelIds: p.modelIds, ...host, ...batch }
        : { kind: last.kind, modelIds: p.modelIds };
    default:
      return null;
  }
}

function scaledVolume(base: Volume | null, value: number): Volume {
  if (base === null) {
    return volumeAtDefaultSplit(
      value,
      `${formatCount(value)} tokens a month (per month assumed), split ${DEFAULT_SPLIT_WORDS}`,
    );
  }
  const input = Math.round(base.inputTokensPerMonth * value);
  const output = Math.round(base.outputTokensPerMonth * value);
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: Math.round(base.cachedInputTokensPerMonth * value),
    splitAssumed: base.splitAssumed,
    description: `${value}× the last volume: ${formatCount(input + output)} tokens a month (${formatCount(input)} input + ${formatCount(output)} output)`,
  };
}
