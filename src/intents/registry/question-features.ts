// What the model-question recognizers read from one message: the models it names, its parses
// (each run at most once, on first use: they are the slow part) and the cues several intents
// weigh. Built once per message by understand() and shared by every question rung.
import type { Catalog } from "../../catalog/catalog.js";
import { hostIn } from "../../catalog/hosts.js";
import { parseAssumptionEdits } from "../assumptions-text.js";
import * as cue from "../cues.js";
import { inRecommendation } from "../follow-up.js";
import { asksOutputOwnership } from "../output-ownership-text.js";
import { modelLikeName } from "../model-like-name.js";
import type { ModelRefs } from "../model-refs.js";
import { NO_BUDGET_LIMIT, jobNamedIn, parseRequirements } from "../requirements-text.js";
import { parseTeamFacts } from "../team-facts.js";
import type { ConversationView } from "../types.js";

import { parseVolume } from "../volume.js";
import { atJobSplit } from "../../scoring/job-split.js";
import type { UseCase } from "../../scoring/requirements.js";
import { BREAK_EVEN_MORE, LICENSE_MORE, NEED_MODEL, PRICE_MORE, WHAT_IF_MORE } from "./question-cues.js";

// "no budget" states a team's money, not a question of cost.
const NO_BUDGET_LIMITS = new RegExp(NO_BUDGET_LIMIT.source, "g");

/** One message's parses, each run at most once however many rules read it. */
export interface Parses {
  volume: () => ReturnType<typeof parseVolume>;
  edits: () => Record<string, string | number | boolean>;
  requirements: () => ReturnType<typeof parseRequirements>;
  facts: () => ReturnType<typeof parseTeamFacts>;
  /** A name that looks like a model but is none we know ("quasar-llm", "MegaBrain 3"). */
  modelLike: () => string | null;
  /** The API host named after "on", "via"… ("and on Vertex?"), an offering provider id. */
  host: () => string | null;
  /** Whether a catalogue model has published weights (undefined for an id the catalogue lacks). */
  openWeights: (id: string) => boolean | undefined;
}

export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** `threadJob`: the use case the thread has stated, for a total this message gives without a job. */
export function parsesOf(clean: string, catalog: Catalog, threadJob?: UseCase): Parses {
  const requirements = once(() => parseRequirements(clean, catalog));
  return {
    // A total said without its split is split as the job reads and writes: the job this message
    // names ("for summarising 500M tokens a month"), else the thread's (scoring/job-split.ts).
    volume: once(() => {
      const volume = parseVolume(clean);
      // The job alone: the whole requirements reading costs as much as the rest of a cost question.
      return volume?.splitAssumed ? atJobSplit(volume, jobNamedIn(clean, catalog) ?? threadJob) : volume;
    }),
    edits: once(() => parseAssumptionEdits(clean) as Record<string, string | number | boolean>),
    // A fresh copy each time: the intent that carries it may be changed downstream.
    requirements: () => ({ ...requirements() }),
    facts: once(() => parseTeamFacts(clean)),
    modelLike: once(() => modelLikeName(clean, catalog, true)),
    host: once(() => hostIn(clean, catalog)?.provider ?? null),
    openWeights: (id) => catalog.modelById.get(id)?.openWeights,
  };
}

export interface QuestionFeatures {
  clean: string;
  lower: string;
  refs: ModelRefs;
  /** refs.ids: the models named or pointed at, "?" for a name still to pick. */
  ids: string[];
  session: ConversationView;
  parsed: Parses;
  /** A recommendation is under way in this thread (a flow, or requirements already known). */
  inThread: boolean;
  /** Self-hosting assumptions beyond a context length ("1M token context" is a requirement). */
  hasEdits: () => boolean;
  /** Put as a what-if: a supposition, or a statement of a change that is not a first need. */
  whatIfPhrase: () => boolean;
  /** Put as a supposition: "what if…", "suppose…", "would it change if…". */
  supposes: () => boolean;
  /** A change stated flatly on an empty thread ("only open models"): a first need, not a what-if. */
  statesFirstNeed: () => boolean;
  breakEven: () => boolean;
  recommendCue: () => boolean;
  /** A name nobody knows is still a name: "info on nebula-chat 2" asks about it (not for a chat model). */
  anyUnknown: () => boolean;
  licence: () => boolean;
  priceWords: () => boolean;
  costWords: () => boolean;
  /** "which open models can we …": a list of open models, no model named. */
  openList: () => boolean;
}

export function questionFeatures(
  clean: string,
  lower: string,
  refs: ModelRefs,
  session: ConversationView,
  parsed: Parses,
): QuestionFeatures {
  const supposes = once(() => cue.WHAT_IF_START.test(lower) || WHAT_IF_MORE.test(lower));
  // A change stated flatly on an empty thread ("we want to fine-tune a model and publish the
  // weights", "only open models") states the team's first need: a recommendation, not a what-if.
  const statesFirstNeed = once(
    () =>
      !inRecommendation(session) &&
      !supposes() &&
      cue.WHAT_IF_CONTAINS.test(lower) &&
      Object.keys(parsed.requirements()).length > 0,
  );
  return {
    clean,
    lower,
    refs,
    ids: refs.ids,
    session,
    parsed,
    inThread: inRecommendation(session),
    hasEdits: once(() => Object.keys(parsed.edits()).some((k) => k !== "contextTokens")),
    // A statement of a change ("we now need to fine-tune", "double the traffic") is a what-if,
    // except where it states a first need; a supposition ("what if we self-host?") always is.
    whatIfPhrase: once(() => supposes() || (cue.WHAT_IF_CONTAINS.test(lower) && !statesFirstNeed())),
    supposes,
    statesFirstNeed,
    breakEven: once(() => cue.BREAK_EVEN.test(lower) || BREAK_EVEN_MORE.test(lower)),
    recommendCue: once(() => cue.RECOMMEND.test(lower) || NEED_MODEL.test(lower)),
    anyUnknown: once(() => refs.unknown.length > 0 || parsed.modelLike() !== null),
    licence: once(
      () =>
        cue.LICENSE.test(lower) ||
        cue.OPEN_MODELS_LIST.test(lower) ||
        LICENSE_MORE.test(lower) ||
        asksOutputOwnership(lower),
    ),
    priceWords: once(() => cue.PRICE.test(lower) || PRICE_MORE.test(lower)),
    costWords: once(
      () =>
        cue.COST.test(lower.replace(NO_BUDGET_LIMITS, " ").replace(cue.NO_GPUS, " ")) &&
        !/\b(can|may) (we|i) (use|ship|sell|self[- ]?host|host|run|deploy)\b[^?]*\?*$/.test(
          lower.replace(/\b(cheap\w*|expensive)\b.*$/, ""),
        ),
    ),
    openList: once(() => cue.OPEN_MODELS_LIST.test(lower) && refs.ids.length === 0),
  };
}
