// When does a thread message without a mention reach the advisor? Only in a thread whose session
// is live: a guided recommendation or a "which model did you mean?" question is open, or the bot
// answered there recently. Elsewhere people talk to each other, and the bot stays out of it.
import type { Session } from "../../src/conversation/session.js";
import type { OutboundMessage } from "../../src/ports.js";

export const RECENT_MS = 60 * 60 * 1000;

export function isLiveThread(session: Session | undefined, now: Date): boolean {
  if (!session) return false;
  if (session.flow || session.pending) return true;
  const updated = Date.parse(session.updatedAt);
  return Number.isFinite(updated) && now.getTime() - updated < RECENT_MS;
}

// What the advisor answers to chatter ("lol ok" -> unclear, "thanks!" -> help): fine when someone
// speaks to the bot, noise when people talk to each other in the thread.
const CHATTER_INTENTS = new Set(["unclear", "help"]);

/** Expecting an answer, the bot replies to anything; otherwise it keeps quiet on chatter. */
export function shouldPostUnmentioned(before: Session | undefined, replies: OutboundMessage[]): boolean {
  if (before?.flow?.step || before?.pending) return true;
  return replies.some((r) => !CHATTER_INTENTS.has(r.data?.intent ?? ""));
}
