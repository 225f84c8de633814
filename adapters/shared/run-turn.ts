// One turn, the same on every platform: drop duplicates (across replicas when the store can
// claim), apply rate limits, serialize per conversation, load the session, call the core, save,
// and turn any failure into a friendly reply (never error text). Every wait is bounded: a turn
// waits at most lockWaitMs for earlier turns of its conversation, and every store call has its
// own timeout (session-store.ts), so a store outage gets a clear answer within about 2 s and
// nothing is answered late or out of order once the store is back.
import { createHash } from "node:crypto";
import type { Advisor } from "../../src/advisor.js";
import { newSession, type Session, type SessionStore } from "../../src/conversation/session.js";
import { sessionKey, type InboundMessage, type OutboundMessage } from "../../src/ports.js";
import type { TeamProfile } from "../../src/profile/profile.js";
import { createKeyLock } from "./key-lock.js";
import { loadProfile, profileKey, profileOf, saveProfileChange } from "./profile-store.js";
import type { Logger } from "./logger.js";
import { SessionFormatError } from "./session-format.js";
import { describeError, SessionBusyError } from "./store-errors.js";
import type { WatchStore } from "./watch-store.js";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const SEEN_LIMIT = 5000;
/** How long a message's claim keeps a redelivery (Slack retry, another replica) from running it again. */
export const CLAIM_TTL_MS = 60 * 60 * 1000;
/** Longest a turn waits for earlier turns of the same conversation (ms). */
export const TURN_WAIT_MS = 2000;

/**
 * A store that may also lock a key across processes (Redis) and claim a message id once across
 * replicas (every persistent kind). Plain SessionStores (tests) work without either.
 */
export type LockingSessionStore = SessionStore & {
  /** fn gets the values under readKeys, read together with taking the lock (Redis: one round trip). */
  withLock?<T>(
    key: string,
    fn: (reads: ReadonlyMap<string, Promise<Session | undefined>>) => Promise<T>,
    readKeys?: string[],
  ): Promise<T>;
  claim?(id: string, ttlMs: number): Promise<boolean>;
  release?(id: string): Promise<void>;
};

/** What a rate limiter says about one message: go ahead, or wait this long. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };
export type RateLimit = (inbound: InboundMessage) => Promise<RateDecision>;

export interface TurnRunnerDeps {
  advisor: Advisor;
  store: LockingSessionStore;
  logger: Logger;
  ttlMs?: number;
  /** Longest wait for earlier turns of the same conversation (ms, default TURN_WAIT_MS). */
  turnWaitMs?: number;
  /** Per-user / per-workspace limits (rate-limit.ts); none when absent. */
  rateLimit?: RateLimit;
  /** Told about every message once it is answered or dropped (metrics, the per-turn log line). */
  observe?: (turn: TurnObservation) => void;
  /** Told about every failed store call (metrics). */
  onStoreError?: (operation: StoreOperation, error: unknown) => void;
  /** The index of watching threads (watch-store.ts), kept in step with each session's watch. */
  watches?: WatchStore;
  /** Where team profiles are kept, when not in `store` (a terminal keeps a named profile on disk). */
  profileStore?: LockingSessionStore;
}

export type StoreOperation = "read" | "write" | "lock" | "claim";

/** How one message went, without its text: safe to log at info level and to count. */
export interface TurnObservation {
  platform: string;
  /** The answer's intent ("price", "recommend", …), or "none" when nothing was answered. */
  intent: string;
  outcome: TurnOutcomeKind;
  seconds: number;
}

export type TurnOutcomeKind =
  "answered" | "duplicate" | "rate-limited" | "store-unavailable" | "session-busy" | "session-unreadable" | "error";

// Replies the runner itself makes, by the intent it gives them; any of them names the outcome.
const OUTCOME_OF_INTENT: Record<string, TurnOutcomeKind> = {
  "rate-limited": "rate-limited",
  "store-unavailable": "store-unavailable",
  "session-busy": "session-busy",
  "session-unreadable": "session-unreadable",
  error: "error",
};

function observationOf(inbound: InboundMessage, outcome: TurnOutcome, seconds: number): TurnObservation {
  const intents = outcome.replies.map((r) => (typeof r.data?.intent === "string" ? r.data.intent : "none"));
  const special = intents.map((i) => OUTCOME_OF_INTENT[i]).find((o) => o !== undefined);
  return {
    platform: inbound.ref.platform,
    intent: intents.find((i) => OUTCOME_OF_INTENT[i] === undefined) ?? intents[0] ?? "none",
    outcome: !outcome.handled ? "duplicate" : (special ?? "answered"),
    seconds,
  };
}

export interface TurnOutcome {
  replies: OutboundMessage[];
  /** false when the message was a duplicate and nothing ran. */
  handled: boolean;
}

export function textReply(text: string, intent = "error"): OutboundMessage {
  return { blocks: [{ kind: "text", markdown: text }], fallbackText: text, data: { intent } };
}

export const STORE_READ_FAILED =
  "I can't reach the place this conversation is saved right now, so I can't continue it or save anything (what you told me before is not lost). Questions that need no earlier context, such as a price or a licence, still work; please try the rest again in a minute.";
export const STORE_DOWN_NOTE =
  "Note: I can't save this conversation right now, so this answer won't be remembered for follow-ups. Please try again in a minute if you want to continue from here.";
export const STORE_WRITE_FAILED =
  "Note: I couldn't save this step of the conversation. Your earlier answers are still saved; if the next reply seems to forget this one, say it again.";
export const SESSION_FORMAT_UNREADABLE =
  "This conversation was saved by a different version of modelwise that I can't read. Your saved answers are kept as they were; please start a new thread (or a new terminal --session) to continue.";
export const PROFILE_WRITE_FAILED =
  "Note: I couldn't save that change to your team profile just now, so it is not kept yet. Please say it again in a minute.";
export const SESSION_BUSY =
  "Another message in this conversation is still being answered (perhaps by another modelwise instance). Please send yours again in a moment.";
export const INTERNAL_ERROR =
  "Sorry, something went wrong on my side while answering that. Nothing was lost; please try again or rephrase.";

export function slowDownText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're sending messages faster than I can answer them well. Please slow down and try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}

/**
 * Answers that need no conversation state: a fresh session gives the same reply. Only these are
 * given while the store is down; anything else would silently start the conversation over.
 */
const STATELESS_INTENTS = new Set([
  "price",
  "license",
  "model-info",
  "cost",
  "break-even",
  "compare",
  "tradeoffs",
  "hosting",
  "sources",
  "help",
]);

export function createTurnRunner(deps: TurnRunnerDeps) {
  const withKeyLock = createKeyLock(deps.turnWaitMs ?? TURN_WAIT_MS);
  const seen = new Set<string>();
  const ttlMs = deps.ttlMs ?? SESSION_TTL_MS;

  function seenHere(id: string): boolean {
    // Kept as a digest, not the id itself: an id is cut from the platform's request body, and V8
    // keeps a slice's whole parent string alive, so SEEN_LIMIT remembered ids held as many request
    // bodies (~3.5 MB in Slack mode); a digest is 27 characters of its own.
    const digest = createHash("sha1").update(id).digest("base64");
    if (seen.has(digest)) return true;
    seen.add(digest);
    // Sets iterate in insertion order: evict the oldest once over the limit.
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    return false;
  }

  /** true unless another replica sharing the store claimed this message first. */
  async function claimAcrossReplicas(id: string): Promise<boolean> {
    if (!deps.store.claim) return true;
    try {
      return await deps.store.claim(`msg:${id}`, CLAIM_TTL_MS);
    } catch (error) {
      deps.onStoreError?.("claim", error);
      // Store down: this process still drops its own repeats; answering beats staying silent.
      deps.logger.warn("message claim failed; answering anyway", { error: describeError(error) });
      return true;
    }
  }

  /** The store cannot be read: answer what needs no state, say plainly that nothing is saved. */
  function withoutStore(inbound: InboundMessage): OutboundMessage[] {
    let replies: OutboundMessage[];
    try {
      replies = deps.advisor.handleTurn(newSession(inbound.receivedAt), inbound).replies;
    } catch {
      return [textReply(STORE_READ_FAILED, "store-unavailable")];
    }
    const stateless =
      !inbound.action &&
      replies.length > 0 &&
      replies.every((r) => typeof r.data?.intent === "string" && STATELESS_INTENTS.has(r.data.intent));
    return stateless
      ? [...replies, textReply(STORE_DOWN_NOTE, "store-unavailable")]
      : [textReply(STORE_READ_FAILED, "store-unavailable")];
  }

  /**
   * `early`: the session and team profile as read together with taking the conversation's lock
   * (Redis); whatever is not there is read now. Both reads travel together either way.
   */
  async function turn(
    inbound: InboundMessage,
    early: ReadonlyMap<string, Promise<Session | undefined>> = new Map(),
  ): Promise<OutboundMessage[]> {
    const key = sessionKey(inbound.ref);
    // Read with the lock when the profile lives in the session store (see turnAcrossReplicas).
    const profileRecord = deps.profileStore ? undefined : early.get(profileKey(inbound.ref));
    const profileRead = (
      profileRecord ? profileRecord.then(profileOf) : loadProfile(deps.profileStore ?? deps.store, inbound.ref)
    ).then(
      (profile) => ({ ok: true as const, profile }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    let session: Session | undefined;
    try {
      session = await (early.get(key) ?? deps.store.get(key));
    } catch (error) {
      deps.logger.error("session read failed", { key, error: describeError(error) });
      deps.onStoreError?.("read", error);
      // Retrying will not help with a session from another version, so say what will.
      if (error instanceof SessionFormatError) return [textReply(SESSION_FORMAT_UNREADABLE, "session-unreadable")];
      return withoutStore(inbound);
    }

    // The team profile (per workspace, not per thread): answers work without it if it can't be read.
    const read = await profileRead;
    const profile: TeamProfile | null = read.ok ? read.profile : null;
    const profileReadable = read.ok;
    if (!read.ok)
      deps.logger.warn("team profile read failed; answering without it", { error: describeError(read.error) });

    let result;
    try {
      result = deps.advisor.handleTurn(session ?? newSession(inbound.receivedAt), inbound, profile);
    } catch (error) {
      deps.logger.error("turn failed", { key, error: describeError(error) });
      return [textReply(INTERNAL_ERROR)];
    }

    try {
      await deps.store.set(key, result.session, ttlMs);
    } catch (error) {
      deps.logger.error("session write failed", { key, error: describeError(error) });
      deps.onStoreError?.("write", error);
      return [...result.replies, textReply(STORE_WRITE_FAILED, "store-unavailable")];
    }
    await syncWatch(key, session?.watch, result.session.watch);
    if (result.profile !== undefined) {
      try {
        // An unreadable profile is never overwritten by a partial one.
        if (!profileReadable) throw new Error("profile was not readable this turn");
        await saveProfileChange(
          deps.profileStore ?? deps.store,
          inbound.ref,
          profile,
          result.profile,
          inbound.receivedAt,
        );
      } catch (error) {
        deps.logger.error("team profile write failed", { error: describeError(error) });
        return [...result.replies, textReply(PROFILE_WRITE_FAILED, "store-unavailable")];
      }
    }
    return result.replies;
  }

  /** A changed watch goes to the index alerts read; failing that only delays alerts, so the turn goes on. */
  async function syncWatch(key: string, before: Session["watch"], after: Session["watch"]): Promise<void> {
    if (!deps.watches || JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return;
    try {
      if (after) await deps.watches.put(key, after);
      else await deps.watches.remove(key);
    } catch (error) {
      deps.logger.warn("watch index write failed", { error: describeError(error) });
    }
  }

  // turn() never throws, so anything withLock rejects with is about the lock itself.
  async function turnAcrossReplicas(key: string, inbound: InboundMessage): Promise<OutboundMessage[]> {
    if (!deps.store.withLock) return turn(inbound);
    try {
      // The team profile is read with the lock only when it lives in the same store.
      const readKeys = deps.profileStore ? [key] : [key, profileKey(inbound.ref)];
      return await deps.store.withLock(key, (reads) => turn(inbound, reads), readKeys);
    } catch (error) {
      deps.logger.error("session lock failed", { key, error: describeError(error) });
      deps.onStoreError?.("lock", error);
      if (error instanceof SessionBusyError) return [textReply(SESSION_BUSY, "session-busy")];
      return withoutStore(inbound);
    }
  }

  async function limited(inbound: InboundMessage): Promise<OutboundMessage[] | null> {
    if (!deps.rateLimit) return null;
    try {
      const decision = await deps.rateLimit(inbound);
      return decision.allowed ? null : [textReply(slowDownText(decision.retryAfterMs), "rate-limited")];
    } catch (error) {
      deps.logger.warn("rate limit check failed; allowing the message", { error: describeError(error) });
      return null;
    }
  }

  async function runTurnUnobserved(inbound: InboundMessage): Promise<TurnOutcome> {
    const key = sessionKey(inbound.ref);
    const id = `${key}#${inbound.messageId}`;
    // A message the platform never redelivers needs no duplicate check: no digest, no claim
    // written to the store (the claim was a store write for every Slack command).
    const once = inbound.deliveredOnce === true;
    // This process's own repeats stop here, before anything is counted.
    if (!once && seenHere(id)) return { replies: [], handled: false };
    // The claim and the rate check travel together (one round trip with Redis). A repeat that
    // another replica claimed first still uses one point of its sender's budget: rare (a Slack
    // retry that reached another replica) and harmless.
    const [first, slowDown] = await Promise.all([once || claimAcrossReplicas(id), limited(inbound)]);
    if (!first) return { replies: [], handled: false };
    if (slowDown) return { replies: slowDown, handled: true };
    try {
      const replies = await withKeyLock(key, () => turnAcrossReplicas(key, inbound));
      return { replies, handled: true };
    } catch (error) {
      // Only the in-process wait can reject here: earlier turns of this conversation are stuck.
      deps.logger.warn("turn waited too long for the conversation", { key, error: describeError(error) });
      return { replies: [textReply(SESSION_BUSY, "session-busy")], handled: true };
    }
  }

  // Turns in progress, so a shutdown can let them finish before the store closes.
  const inFlight = new Set<Promise<TurnOutcome>>();

  async function runTurn(inbound: InboundMessage): Promise<TurnOutcome> {
    const started = performance.now();
    const running = runTurnUnobserved(inbound);
    inFlight.add(running);
    try {
      const outcome = await running;
      deps.observe?.(observationOf(inbound, outcome, (performance.now() - started) / 1000));
      return outcome;
    } finally {
      inFlight.delete(running);
    }
  }

  /** Resolves once every turn in progress has finished, or after `timeoutMs`; true if all finished. */
  async function drain(timeoutMs: number): Promise<boolean> {
    if (inFlight.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const finished = Promise.allSettled([...inFlight]).then(() => true as const);
    try {
      return await Promise.race([finished, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  return Object.assign(runTurn, { drain, inFlight: () => inFlight.size });
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;
