// The quality a job needs. An ML lead does not buy the strongest model for every job: labelling
// tickets or pulling fields from invoices is done well by a small model, and a frontier model's
// extra quality there buys little a team would notice. So above the level a job needs, each point
// of quality (and of use-case fit, the same kind of evidence) counts only SURPLUS_SHARE of a point;
// below it, every point counts. Cost, speed and context fit then decide between models that are
// all good enough, as they do for a team that chooses by hand.
//
// Coding and agents have no level: the work itself is what the team buys, and a stronger model
// finishes tasks a weaker one does not. A team that said quality matters most, or that trains its
// own model on the outputs (the teacher bounds the student), also gets no level.
import type { Say } from "./noted.js";
import { USE_CASE_LABELS, type Requirements, type UseCase } from "./requirements.js";

/**
 * The quality and use-case fit score (a catalogue percentile, see quality.ts) each job needs. The
 * percentiles rank the catalogue's models, old ones included: 0.55 is a current small model
 * (GPT-5 nano, Gemma 3 12B), 0.75 a current mid tier (GPT-5 mini, Gemini 2.5 Flash), 0.85 the
 * models close to the frontier. Fields and labels need the least; customer-facing answers more;
 * writing and translation read as finished work more still.
 */
export const QUALITY_NEED: Record<UseCase, number | null> = {
  extraction: 0.55,
  summarization: 0.65,
  rag: 0.7,
  chat: 0.75,
  translation: null,
  creative: 0.85,
  coding: null,
  agents: null,
};

/**
 * How far below its need a job's quality may fall and still be worth shipping: the job's minimum
 * is its need less this band (extraction 0.35, summaries 0.45, RAG 0.50, chat 0.55, writing 0.65).
 * Why 0.2: on the catalogue's percentiles it is about one whole tier, the distance from a lab's
 * current small model to its mid model (GPT-5 nano 0.58 to GPT-5 mini 0.78 on general quality;
 * Gemma 3 4B 0.35 to Gemma 3 12B 0.54 for extraction). So a model at the minimum is a tier below
 * what the job needs, the least a lead would still ship after testing it; below it sit the 1B–3B
 * models and older 7B–8B ones (Llama 3.2 3B 0.11, Llama 3.1 8B 0.18 for extraction), which a lead
 * does not sign for the job even at half the price. A ranking puts the models below the minimum
 * after every model that reaches it (quality-minimum.ts).
 */
export const MINIMUM_BAND = 0.2;

/** Each point of quality above the job's need counts this share of a point. */
export const SURPLUS_SHARE = 0.25;

export interface QualityNeed {
  level: number;
  /** The job, as said in the note ("extraction / classification"). */
  job: string;
}

/** The level the team's job needs, or undefined when every point of quality counts (see above). */
export function qualityNeedOf(req: Requirements): QualityNeed | undefined {
  if (!req.useCase || req.trainOnOutputs === true) return undefined;
  if (req.priorities?.includes("quality")) return undefined;
  // An unknown use case (withKnownUseCase) has no level: `?? null`, never a need of undefined.
  const level = QUALITY_NEED[req.useCase] ?? null;
  return level === null ? undefined : { level, job: USE_CASE_LABELS[req.useCase] };
}

/**
 * The least quality (mean of quality and use-case fit, as scored) a model needs to be a pick for
 * the team's job, or undefined: no job stated, or a job whose profile already weighs quality
 * first (coding, agents, translation: QUALITY_NEED null). Kept whatever the team's priorities:
 * "cost first" means the cheapest model that does the job, not the cheapest model.
 */
export function qualityMinimumOf(req: Pick<Requirements, "useCase">): QualityNeed | undefined {
  const level = req.useCase ? (QUALITY_NEED[req.useCase] ?? null) : null;
  if (!req.useCase || level === null) return undefined;
  return { level: Math.round((level - MINIMUM_BAND) * 100) / 100, job: USE_CASE_LABELS[req.useCase] };
}

/** Part of a cache key: tables with a need applied are kept apart from the plain ones. */
export const needKey = (need: QualityNeed | undefined): string => (need ? `@need${need.level}` : "");

/** A score with the surplus above the need counted at SURPLUS_SHARE (monotone: order never flips). */
export function aboveNeed(score: number, need: QualityNeed | undefined): number {
  if (!need || score <= need.level) return score;
  return need.level + SURPLUS_SHARE * (score - need.level);
}

/** Says, after a score's own note, how the need changed it (nothing when it did not). */
export function sayNeed(score: number, need: QualityNeed | undefined, say: Say): void {
  if (!need || score <= need.level) return;
  say?.(
    `; above ${need.level.toFixed(2)} (enough for ${need.job}) each point counts ${SURPLUS_SHARE}: ${score.toFixed(2)} → ${aboveNeed(score, need).toFixed(2)}`,
  );
}
