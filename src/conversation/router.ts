// One turn through the core: decode a click, recognize a reply to a pending question, let an
// active guided flow interpret its input, otherwise understand the text; then dispatch to the
// intent's handler and keep the session's bookkeeping (focus, last list, pending, turns).
import type { Catalog } from "../catalog/catalog.js";
import type { Intent } from "../intents/types.js";
import type { InboundMessage } from "../ports.js";
import { askText, decodeAction } from "../action-id.js";
import { stripControl } from "../render/escape.js";
import { resolveModel } from "../catalog/lookup.js";
import { findModelMentions } from "../catalog/mentions.js";
import { fillPick } from "../intents/pending.js";
import { parseChoiceReply } from "./choice-reply.js";
import type { HandlerOutput, HandlerTable, IntentHandler, TurnContext } from "./handler.js";
import { DISCUSSED_KEPT, shortlistShown, type Session, type TurnResult } from "./session.js";
import { factsBeside, keepStatedFacts } from "./noted-facts.js";
import { inheritSubject, subjectAfter } from "./subject.js";
import { costWhereThreadRuns } from "./cost-where-thread-runs.js";
import { FACTUAL } from "../intents/follow-up.js";
import { forgetsFromTheThread, profileCommandIntent } from "../intents/profile-command.js";
import { parseWhatIf } from "../intents/what-if-text.js";
import { MAX_UNDERSTOOD_CHARS } from "../intents/numbers.js";
import {
  appliedKeys,
  intentWithProfile,
  noteProfileUse,
  sessionWithProfile,
  usedLabels,
  withoutProfile,
} from "./team-profile.js";
import type { TeamProfile } from "../profile/profile.js";
import type { Requirements } from "../scoring/requirements.js";
import { displayNames } from "../catalog/display-names.js";

/** understand() from src/intents/understand.ts, injected so the router can be tested alone. */
export type Understand = (text: string, ctx: { catalog: Catalog; session: Session }) => Intent;
/** interpretFlowInput() from the guided-recommendation flow; null = not a flow answer. */
export type FlowInterpreter = (inbound: InboundMessage, ctx: TurnContext) => Intent | null;

/**
 * The open question of a guided flow, asked again after a side answer, with the facts the side
 * question stated applied (from the answers); null when no question is open.
 */
export type FlowResumer = (session: Session, stated: Partial<Requirements>, ctx: TurnContext) => HandlerOutput | null;

export interface RouterDeps {
  catalog: Catalog;
  handlers: HandlerTable;
  understand: Understand;
  interpretFlowInput?: FlowInterpreter | null;
  resumeFlow?: FlowResumer | null;
}

/**
 * Intents that are part of the recommendation itself: no need to say "back to the flow" after them.
 * A what-if is not: asked while a question is open ("what if peak is 10x average?"), it is answered
 * and the question asked again, unless the change answered it (what-if.ts then closes the step).
 */
const FLOW_KINDS = new Set<Intent["kind"]>(["recommend", "flow-control", "reset", "decision-record"]);

/** Intents whose answers rank models on the requirements, so the profile is named in them. */
const RECOMMENDING = new Set<Intent["kind"]>(["recommend", "what-if", "flow-control", "decision-record"]);

function ownRequirements(intent: Intent): Partial<Requirements> {
  return intent.kind === "recommend" ? intent.requirements : {};
}

export function createRouter(deps: RouterDeps) {
  const { catalog, handlers } = deps;

  function route(session: Session, inbound: InboundMessage, now: Date, profile: TeamProfile | null = null): TurnResult {
    const ctx: TurnContext = { catalog, now, session, inbound, profile };
    const understood = decide(ctx);
    const decided = inheritSubject(understood, session.subject, catalog, shortlistShown(session));
    // A pending question lasts one turn: any answer that does not set it again drops it.
    const base: Session = { ...session, pending: null };
    // The team profile fills what this thread did not say, for this turn only (conversation/team-profile.ts).
    const handlerSession = sessionWithProfile(base, profile);
    const intent = costWhereThreadRuns(
      withWhatIfChange(intentWithProfile(decided, profile), handlerSession.requirements),
      handlerSession.requirements,
      catalog,
      inbound.text,
    );
    const output = dispatch(intent, { ...ctx, session: handlerSession });
    let after = withoutProfile(output.session ?? base, base, profile);
    const replies = RECOMMENDING.has(intent.kind)
      ? output.replies.map((r) =>
          noteProfileUse(
            r,
            usedLabels(
              profile,
              appliedKeys(profile, base.requirements, ownRequirements(decided)),
              displayNames(ctx.catalog),
            ),
          ),
        )
      : [...output.replies];
    // A side question during a flow ("what does GPT-4o cost?") is answered, then the flow resumes,
    // with what the question said about the team (a volume, a data class) noted and applied.
    // A side question still waiting for a pick ("which Llama?") resumes once it is answered, so
    // "2" picks among the models just offered, not the flow's options.
    const aside = Boolean(
      session.flow?.step && after.flow?.step === session.flow.step && !FLOW_KINDS.has(intent.kind) && !after.pending,
    );
    const resumed = aside ? deps.resumeFlow?.(after, factsBeside(understood, true), { ...ctx, session: after }) : null;
    if (resumed) {
      replies.push(...resumed.replies);
      after = resumed.session ?? after;
    }
    return {
      session: bookkeeping(after, { ...output, replies }, intent, now, !resumed),
      replies,
      ...(output.profile !== undefined ? { profile: output.profile } : {}),
    };
  }

  function decide(ctx: TurnContext): Intent {
    const { inbound, session } = ctx;
    // A bare number answers the question just asked: the Nth of the choices it offered.
    const offered = numberedChoice(inbound, session);
    if (offered) return decide({ ...ctx, inbound: { ...inbound, action: { id: offered } } });
    const action = decodeAction(inbound.action?.id);
    switch (action?.kind) {
      case "ask":
        // The label (sent along by adapters) is the full text whenever it encodes to this id.
        return fromText(askText(action, inbound.text), ctx);
      case "pick":
        return fromPick(action.modelId, session);
      case "flow-answer":
      case "flow-control":
        return deps.interpretFlowInput?.(inbound, ctx) ?? { kind: "unclear", text: "" };
      default:
        // No action, or an id we never issued: the text (a button's label) is the message.
        return fromText(inbound.text, ctx);
    }
  }

  /**
   * A what-if is read against the thread's requirements once, here, so the answer and the record
   * of what was understood agree. A model it rules out ("what if Claude Sonnet 4.5 is off the
   * table") is an exclusion, not a model it asks about.
   */
  function withWhatIfChange(intent: Intent, current: Requirements): Intent {
    if (intent.kind !== "what-if" || intent.change || intent.explain || intent.about) return intent;
    const change = parseWhatIf(intent.text, current, catalog);
    const excluded = new Set(change.patch.exclude?.models ?? []);
    // A change that names no model ("what if it must run on laptops") is about the thread, not
    // about the models "it" would otherwise stand for: no "why not X?" for each of them.
    const changes = Object.keys(change.patch).length > 0 || change.remove.length > 0;
    const named = changes ? mentionedIds(intent.text) : null;
    const modelIds = intent.modelIds?.filter((id) => !excluded.has(id) && (named === null || named.has(id)));
    return { ...intent, change, ...(modelIds ? { modelIds } : {}) };
  }

  function mentionedIds(text: string): Set<string> {
    const ids = new Set<string>();
    for (const m of findModelMentions(text, catalog)) {
      if (m.resolution.status === "found") ids.add(m.resolution.id);
      else if (m.resolution.status === "ambiguous") for (const c of m.resolution.candidates) ids.add(c);
    }
    return ids;
  }

  function fromText(rawText: string, ctx: TurnContext): Intent {
    const text = stripControl(rawText ?? "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_UNDERSTOOD_CHARS);
    if (!text) return { kind: "unclear", text: "" };
    // Profile commands ("remember: we're EU", "profile") work anywhere, even inside a flow.
    const profileCommand = profileCommandIntent(text, catalog);
    if (profileCommand) {
      // "drop the budget" after a shortlist within one: the thread's budget is lifted (a what-if).
      const thread = shortlistShown(ctx.session) ? ctx.session.requirements : null;
      if (forgetsFromTheThread(profileCommand.command, text, thread, ctx.profile?.facts))
        return { kind: "what-if", text };
      return profileCommand;
    }
    const pending = ctx.session.pending;
    if (pending) {
      const index = parseChoiceReply(text, pending.candidates, catalog);
      const picked = index === null ? lookupAmong(text, pending.candidates) : pending.candidates[index];
      if (picked) return fillPick(pending.intent, picked);
    }
    if (ctx.session.flow && deps.interpretFlowInput) {
      const flowIntent = deps.interpretFlowInput({ ...ctx.inbound, text }, ctx);
      if (flowIntent) return flowIntent;
    }
    return deps.understand(text, { catalog, session: ctx.session });
  }

  // A short reply with a typo or a partial name ("the 70 b", "lama 3.1 405") still answers the
  // question; longer text is a new question and goes to understand().
  function lookupAmong(text: string, candidates: string[]): string | undefined {
    if (text.split(" ").length > 4) return undefined;
    const hit = resolveModel(text, catalog, undefined, { among: candidates });
    return hit.status === "found" ? hit.id : undefined;
  }

  function fromPick(modelId: string, session: Session): Intent {
    if (!catalog.modelById.has(modelId)) return { kind: "unknown-model", query: modelId, suggestions: [] };
    if (session.pending && session.pending.candidates.includes(modelId))
      return fillPick(session.pending.intent, modelId);
    // A stale button (the question was answered or the session moved on): show that model.
    return { kind: "model-info", modelIds: [modelId] };
  }

  function dispatch(intent: Intent, ctx: TurnContext): HandlerOutput {
    const handler = handlers[intent.kind] as IntentHandler<Intent["kind"]>;
    return handler(intent as never, ctx);
  }

  return { route };
}

/** The id of the Nth offered choice when the whole message is "N" (or "#N", "N."). */
function numberedChoice(inbound: InboundMessage, session: Session): string | undefined {
  if (inbound.action || !session.offered?.length) return undefined;
  const n = /^\s*#?\s*(\d{1,2})\s*[.)]?\s*$/.exec(inbound.text ?? "");
  return n ? session.offered[Number(n[1]) - 1] : undefined;
}

/** The choices of the last reply that ask the user to pick (flow answers, models), for numbered replies. */
function offeredChoices(output: HandlerOutput): string[] {
  const last = output.replies[output.replies.length - 1];
  const ids = (last?.blocks ?? []).flatMap((b) => (b.kind === "choices" ? b.options.map((o) => o.id) : []));
  const asking = ids.filter((id) => {
    const action = decodeAction(id);
    return action?.kind === "pick" || action?.kind === "flow-answer";
  });
  return asking.length > 0 ? asking : [];
}

/**
 * How much of a list the session keeps for "the second one", "#9": positions people name go up to
 * nine. A shortlist's data lists the whole ranking (about 90 models on the real catalogue), which
 * would otherwise be most of a session rewritten on every turn.
 */
const LIST_POSITIONS = 9;

/** `noteFacts`: keep what a side question stated for the next recommendation (not when a flow took it at once). */
function bookkeeping(session: Session, output: HandlerOutput, intent: Intent, now: Date, noteFacts: boolean): Session {
  const shown = output.replies.flatMap((r) => r.data?.models ?? []).map((m) => m.id);
  const unique = [...new Set(shown)];
  const listed = output.replies
    .flatMap((r) => (Array.isArray(r.data?.list) ? (r.data.list as unknown[]) : []))
    .filter((x): x is string => typeof x === "string");
  const next: Session = {
    ...(noteFacts ? keepStatedFacts(session, intent) : session),
    turns: session.turns + 1,
    updatedAt: now.toISOString(),
    offered: offeredChoices(output),
  };
  // A reset hands back a fresh session: keep it as it is.
  if (intent.kind === "reset") return next;
  next.subject = subjectAfter(intent, output, session.subject);
  // "what about X?" repeats the last factual question for X (understand() reads this).
  if (FACTUAL.has(intent.kind)) next.lastIntent = intent;
  if (unique.length > 0) next.focus = unique;
  if (unique.length > 0)
    next.discussed = [...unique, ...(session.discussed ?? []).filter((id) => !unique.includes(id))].slice(
      0,
      DISCUSSED_KEPT,
    );
  // An answer that only mentions several models (a licence answer about a whole family) is no list
  // of places: after a shortlist, "the top pick" and "#2" still mean the shortlist's (Colombo's
  // "cost per conversation for the top pick" after a Llama licence answer priced Llama 2 7B).
  if (listed.length > 0) next.lastList = listed.slice(0, LIST_POSITIONS);
  else if (unique.length > 1 && !shortlistShown(session)) next.lastList = unique.slice(0, LIST_POSITIONS);
  return next;
}
