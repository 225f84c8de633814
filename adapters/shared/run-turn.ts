// One turn, the same on every platform: drop duplicates, serialize per conversation, load the
// session, call the core, save, and turn any failure into a friendly reply (never error text).
import type { Advisor } from "../../src/advisor.js";
import { newSession, type Session, type SessionStore } from "../../src/conversation/session.js";
import { sessionKey, type InboundMessage, type OutboundMessage } from "../../src/ports.js";
import { createKeyLock } from "./key-lock.js";
import type { Logger } from "./logger.js";
import { SessionFormatError } from "./session-format.js";
import { SessionBusyError } from "./session-store.js";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const SEEN_LIMIT = 5000;

/** A store that can also lock a key across processes (the Redis store), so replicas take turns. */
export type LockingSessionStore = SessionStore & { withLock?<T>(key: string, fn: () => Promise<T>): Promise<T> };

export interface TurnRunnerDeps {
  advisor: Advisor;
  store: LockingSessionStore;
  logger: Logger;
  ttlMs?: number;
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
  "I couldn't reach this conversation's saved state just now, so I did nothing rather than start over. Please try again in a moment.";
export const STORE_WRITE_FAILED =
  "Note: I couldn't save this step of the conversation. Your earlier answers are still saved; if the next reply seems to forget this one, say it again.";
export const SESSION_FORMAT_UNREADABLE =
  "This conversation was saved by a different version of modelwise that I can't read. Your saved answers are kept as they were; please start a new thread (or a new terminal --session) to continue.";
export const SESSION_BUSY =
  "Another message in this conversation is still being answered (perhaps by another modelwise instance). Please send yours again in a moment.";
export const INTERNAL_ERROR =
  "Sorry, something went wrong on my side while answering that. Nothing was lost; please try again or rephrase.";

export function createTurnRunner(deps: TurnRunnerDeps) {
  const withKeyLock = createKeyLock();
  const seen = new Set<string>();
  const ttlMs = deps.ttlMs ?? SESSION_TTL_MS;

  function firstSighting(inbound: InboundMessage): boolean {
    const id = `${sessionKey(inbound.ref)}#${inbound.messageId}`;
    if (seen.has(id)) return false;
    seen.add(id);
    // Sets iterate in insertion order: evict the oldest once over the limit.
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    return true;
  }

  async function turn(inbound: InboundMessage): Promise<OutboundMessage[]> {
    const key = sessionKey(inbound.ref);
    let session: Session | undefined;
    try {
      session = await deps.store.get(key);
    } catch (error) {
      deps.logger.error("session read failed", { key, error: describe(error) });
      // Retrying will not help with a session from another version, so say what will.
      if (error instanceof SessionFormatError) return [textReply(SESSION_FORMAT_UNREADABLE, "session-unreadable")];
      return [textReply(STORE_READ_FAILED, "store-unavailable")];
    }

    let result;
    try {
      result = deps.advisor.handleTurn(session ?? newSession(inbound.receivedAt), inbound);
    } catch (error) {
      deps.logger.error("turn failed", { key, error: describe(error) });
      return [textReply(INTERNAL_ERROR)];
    }

    try {
      await deps.store.set(key, result.session, ttlMs);
    } catch (error) {
      deps.logger.error("session write failed", { key, error: describe(error) });
      return [...result.replies, textReply(STORE_WRITE_FAILED, "store-unavailable")];
    }
    return result.replies;
  }

  // turn() never throws, so anything withLock rejects with is about the lock itself.
  async function turnAcrossReplicas(key: string, inbound: InboundMessage): Promise<OutboundMessage[]> {
    if (!deps.store.withLock) return turn(inbound);
    try {
      return await deps.store.withLock(key, () => turn(inbound));
    } catch (error) {
      deps.logger.error("session lock failed", { key, error: describe(error) });
      if (error instanceof SessionBusyError) return [textReply(SESSION_BUSY, "session-busy")];
      return [textReply(STORE_READ_FAILED, "store-unavailable")];
    }
  }

  return async function runTurn(inbound: InboundMessage): Promise<TurnOutcome> {
    if (!firstSighting(inbound)) return { replies: [], handled: false };
    const key = sessionKey(inbound.ref);
    const replies = await withKeyLock(key, () => turnAcrossReplicas(key, inbound));
    return { replies, handled: true };
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

/** Error name and message for logs only; never shown to a user. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
