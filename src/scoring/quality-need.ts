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
  const level = QUALITY_NEED[req.useCase];
  return level === null ? undefined : { level, job: USE_CASE_LABELS[req.useCase] };
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
