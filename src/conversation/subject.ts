// What the last answer was about, so a follow-up that leaves it out continues THAT answer: the
// models, volume and mode of a price, cost, break-even, licence or comparison, or the top of a
// shortlist. The kind of the answer is kept with it: inside a recommendation thread a bare value
// change ("and at 20M tokens a month?") re-prices after a cost answer but re-ranks after a
// shortlist (registry/questions/follow-ups.ts reads it).
import type { Catalog } from "../catalog/catalog.js";
import { FACTUAL } from "../intents/follow-up.js";
import type { Intent } from "../intents/types.js";
import type { TeamFacts } from "../licensing/facts.js";
import type { HandlerOutput } from "./handler.js";
import type { Session } from "./session.js";

/** The first model of the ranking a reply shows (a shortlist or a what-if's new one), if any. */
function topOfRanking(output: HandlerOutput): string | undefined {
  for (const reply of output.replies) {
    const ranking = reply.data?.ranking;
    if (!Array.isArray(ranking)) continue;
    const first = ranking[0] as { id?: unknown } | undefined;
    if (typeof first?.id === "string") return first.id;
  }
  return undefined;
}

/**
 * The subject after a turn: a factual answer's models and volume; a shortlist's #1 (a follow-up
 * about "it" alone, such as a break-even, is about the pick, not a pairing of #1 with #2) with
 * nothing else; otherwise (a question of the flow, help, chatter) the subject stays.
 */
export function subjectAfter(intent: Intent, output: HandlerOutput, previous: Session["subject"]): Session["subject"] {
  const subject = subjectOf(intent, output, previous);
  const licenceFacts = { ...previous?.licenceFacts, ...(intent.kind === "license" ? statedOnly(intent.facts) : {}) };
  return subject && Object.keys(licenceFacts).length > 0 ? { ...subject, licenceFacts } : subject;
}

/** The facts a licence question stated (unstated ones are left out, not kept as undefined). */
function statedOnly(facts: TeamFacts): TeamFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as TeamFacts;
}

function subjectOf(intent: Intent, output: HandlerOutput, previous: Session["subject"]): Session["subject"] {
  if (FACTUAL.has(intent.kind) && "modelIds" in intent) {
    const modelIds = (intent.modelIds ?? []).filter((id) => id !== "?");
    const volume = "volume" in intent && intent.volume ? intent.volume : (previous?.volume ?? null);
    const selfHost =
      intent.kind === "cost" ? intent.selfHost : intent.kind === "break-even" ? previous?.selfHost === true : false;
    return {
      modelIds: modelIds.length > 0 ? modelIds : (previous?.modelIds ?? []),
      volume,
      selfHost,
      answer: intent.kind,
    };
  }
  const top = topOfRanking(output);
  // No volume of its own: answers after a shortlist read the thread's and say where it came from.
  if (top) return { modelIds: [top], volume: null, selfHost: false, answer: intent.kind };
  return previous ?? null;
}

/**
 * Fills what a follow-up leaves out from the subject: "and at int4?" keeps the models and
 * volume; "compare with GPT-4.1 mini" compares it with the model just discussed.
 */
export function inheritSubject(
  intent: Intent,
  subject: Session["subject"],
  catalog: Catalog,
  /** The thread has shown a shortlist: a cost of no model in particular is the shortlist's. */
  shortlist = false,
): Intent {
  if (!subject || !FACTUAL.has(intent.kind) || !("modelIds" in intent)) return intent;
  // "which open models may we use?" is about the catalogue, not the last model discussed.
  if (intent.kind === "license" && intent.openOnly) return intent;
  const known = subject.modelIds.filter((id) => catalog.modelById.has(id));
  const ids = intent.modelIds ?? [];
  // "can we fine-tune Llama on our letters?" covers a whole family; "how much would this cost us
  // to run?" after it is the cost of what the thread would run, its shortlist (answers/cost.ts),
  // not of the family's first few releases as listed (Ghent's hospital got Llama 2 7B's API price).
  if (ids.length === 0 && shortlist && intent.kind === "cost" && familyWide(subject, known)) return intent;
  const followUp = ids.length === 0 && known.length > 0;
  const modelIds = followUp ? known : withSubjectCompared(intent, ids, known);
  const volume = "volume" in intent && intent.volume === null && modelIds.length > 0 ? subject.volume : undefined;
  // "what about 5B tokens a month?" after a self-hosting cost stays self-hosted.
  // "and via api?" after one leaves it, on purpose.
  const selfHost =
    intent.kind === "cost" && followUp && subject.selfHost === true && !intent.viaApi ? { selfHost: true } : {};
  return { ...intent, modelIds, ...(volume ? { volume } : {}), ...selfHost } as Intent;
}

/** A cost answer shows at most this many models (answers/cost.ts). */
export const COST_MODELS_SHOWN = 4;

/** A licence answer about more models than a cost shows: a family asked by its name, no one model. */
function familyWide(subject: NonNullable<Session["subject"]>, known: readonly string[]): boolean {
  return subject.answer === "license" && known.length > COST_MODELS_SHOWN;
}

/** At most this many models of the subject are weighed against a model named alone. */
const MAX_COMPARED_WITH = 3;

/** A comparison that names one model ("compare with X", "vs X") weighs it against the subject. */
function withSubjectCompared(intent: Intent, ids: string[], subject: string[]): string[] {
  if (intent.kind !== "compare" || ids.length !== 1 || ids[0] === "?") return ids;
  const others = subject.filter((id) => !ids.includes(id));
  return others.length > 0 ? [...others.slice(0, MAX_COMPARED_WITH), ...ids] : ids;
}
