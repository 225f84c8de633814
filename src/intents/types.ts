// What a message asks for, after model names and slots were extracted. The router dispatches
// each kind to its handler (src/answers/handlers.ts).
import type { Volume } from "../costs/volume.js";
import type { TeamFacts } from "../licensing/facts.js";
import type { LicenseTopic } from "../licensing/topic.js";
import type { Place } from "../catalog/regions.js";
import type { CloudProvider, Requirements, UseCase } from "../scoring/requirements.js";
import type { ProfileCommand } from "../profile/profile.js";
import type { FineTuneAsk } from "./fine-tune-text.js";
import type { WhatIfChange } from "./what-if-text.js";

export type { LicenseTopic } from "../licensing/topic.js";

/** A provider data term a question can ask about (answers/provider-terms.ts words each). */
export type ProviderTerm = "training" | "free-tier" | "retention" | "zdr" | "baa" | "dpa" | "eu";

/** What a question about the shown picks asks of each. */
type PicksTopic =
  /** An API host's data term ("which ones will sign a BAA?"), answered for each pick's host. */
  | { topic: "term"; term: ProviderTerm }
  /** Which costs least, or most, at the thread's volume ("which of these is cheapest?"). */
  | { topic: "cheapest" | "dearest" }
  /** Speed on record ("how fast is the top pick?", "which of these is fastest?"), against the thread's target. */
  | { topic: "speed" }
  /** Ratings in a language ("how good is the top pick at yoruba?"), ISO codes as requirements hold them. */
  | { topic: "language"; languages: string[] }
  /** A cost per thing or person the thread counts ("what does the top pick cost per episode?"):
   * the unit's noun and how many of it a month (per-unit-text.ts). */
  | { topic: "per-unit"; noun: string; perMonth: number; people: boolean };

export type PicksQuestion = PicksTopic & {
  /** The picks asked about by place or pronoun ("the top pick"); empty = the top 3 shown. */
  ids: string[];
  /** Asked of any model in the catalogue ("does any model have an Inuktitut rating?"), not only the picks. */
  anyModel?: true;
};

export type TradeoffTopic =
  "cost-at-scale" | "ownership" | "data-security" | "support" | "lock-in" | "customization" | "general";

export type Intent =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "reset" }
  | { kind: "model-info"; modelIds: string[] }
  /** maxParamsB: a size cap on the models a list question asks about ("open models under 14B"). */
  /** closedOnly: no model named, the closed providers asked about ("distilling from a closed model's outputs"). */
  | {
      kind: "license";
      modelIds: string[];
      facts: TeamFacts;
      topic: LicenseTopic | null;
      openOnly: boolean;
      maxParamsB?: number;
      closedOnly?: true;
      /** Asked whether the model is free ("is Gemma free for NGOs?"): a free licence is not free to run, so what it costs is said too. */
      runningCost?: true;
    }
  /** host: the API provider asked about ("on Vertex"), an offering provider id; absent = every host. */
  | { kind: "price"; modelIds: string[]; host?: string; batch?: true }
  | {
      kind: "cost";
      modelIds: string[];
      volume: Volume | null;
      selfHost: boolean;
      assumptionEdits: Record<string, string | number | boolean>;
      /** The API provider asked about ("on Vertex"): its offering is costed instead of the usual ones. */
      host?: string;
      /** Asked through an API on purpose ("and via api?"): not the self-hosted follow-up of the subject. */
      viaApi?: true;
      /** At the providers' batch-API rates ("and with batch api?"), where they offer one. */
      batch?: true;
      /** Also asks how good the model is ("… and is it good enough for coding?"), for that use case if named. */
      qualityAsked?: UseCase | null;
      /** A fine-tuning run on named GPUs ("fine-tune qwen3 8b on 2x 4090?"): its memory fit, not a serving cost. */
      fineTune?: FineTuneAsk;
      /** A serving question on a number of cards ("does X fit on one h100?", "X on 2x A100"): answered yes or no first. */
      fit?: { gpus: number };
    }
  | {
      kind: "break-even";
      modelIds: string[];
      volume: Volume | null;
      assumptionEdits: Record<string, string | number | boolean>;
    }
  /** requirements: facts the question states beside it ("for on-device use"), kept for later (stated-facts.ts). */
  | { kind: "compare"; modelIds: string[]; volume: Volume | null; requirements?: Partial<Requirements> }
  /** topic: which criterion a general trade-off question weighs (null: open vs closed in general). */
  /** provider: the API host whose data terms a data-security question asks about ("does Mistral train on our data?"). */
  | {
      kind: "tradeoffs";
      modelIds: string[];
      topic?: TradeoffTopic;
      requirements?: Partial<Requirements>;
      provider?: string;
      /** The provider term asked about ("covered by the BAA?"), answered first. */
      asks?: ProviderTerm;
    }
  /** Where models run: their hosts, clouds and regions ("is claude on azure?", "does azure have a UK region?"). */
  | {
      kind: "hosting";
      modelIds: string[];
      cloud?: CloudProvider;
      provider?: string;
      place?: Place;
      /** A host the catalogue does not hold, as the team wrote it ("OVHcloud"). */
      unlistedHost?: string;
      /** The cloud's US government partition is asked about ("on bedrock in govcloud?"): with `cloud`. */
      usGovernment?: true;
    }
  /** flowStep: set by the guided flow (interpretFlowInput) when the message answers that step's question. */
  | { kind: "recommend"; text: string; requirements: Requirements; flowStep?: string }
  /** modelIds: models named in the what-if ("why not GPT-4o?"), when resolved. */
  /** change: what it changes in the thread's requirements, read against them when understood (what-if-text.ts). */
  /** explain: a question about how the thread read something ("how did you get the volume?"), not a change. */
  /** about: a question asked of the picks shown ("which of these is cheapest?"), answered for them, not a change. */
  | {
      kind: "what-if";
      text: string;
      modelIds?: string[];
      change?: WhatIfChange;
      explain?: "volume";
      about?: PicksQuestion;
    }
  /** refine: after a one-shot shortlist, ask the few questions that would change it. */
  | { kind: "flow-control"; command: "back" | "skip" | "start-over" | "refine" }
  | {
      kind: "decision-record";
      requirements?: Partial<Requirements>;
      /** The model the record is for, when named ("ADR for going with Llama 3.3 70B"). */
      modelIds?: string[];
    }
  /** The team's standing facts: show them, or edit them with what the message states. */
  | {
      kind: "profile";
      action: "show" | "edit";
      text: string;
      requirements: Partial<Requirements>;
      /** What exactly to do (remember / forget / clear), when the message was read as a profile command. */
      command?: ProfileCommand;
      /** true when the message changes the profile. */
      profileEdit?: boolean;
    }
  /** Watch models for changes (price, licence, status), stop watching, or list what is watched. */
  | { kind: "watch"; action: "watch" | "unwatch" | "list"; modelIds: string[] }
  /** A model name matched several models: ask which, then run `pending` with the pick. */
  | { kind: "clarify-model"; query: string; candidates: string[]; pending: Intent }
  /** No model matched; `pending` (optional) is the question to run for a suggestion the user picks. */
  | { kind: "unknown-model"; query: string; suggestions: string[]; pending?: Intent }
  /** problem: a friendly sentence naming what could not be used ("that number is more than …"). */
  /** `thanks`: the message only thanks us (met with a short reply, not the list of what we can do). */
  | { kind: "unclear"; text: string; problem?: string; thanks?: true };

export type IntentKind = Intent["kind"];

/**
 * What understanding reads from the conversation: a view of the session (which lives in
 * conversation/ and holds intents, so intents/ cannot import it without a cycle).
 */
export interface ConversationView {
  focus: string[];
  lastList: string[];
  /** Every model the thread's answers were about, most recent first (Session.discussed). */
  discussed?: readonly string[];
  flow: { step: string | null } | null;
  requirements: Requirements;
  lastIntent?: Intent | null;
  /** What the last answer was (conversation/subject.ts): a fact asked about, or a shortlist. */
  subject?: { answer?: IntentKind } | null;
}
