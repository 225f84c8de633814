// Shared pieces of the session-store tests: an advisor that only counts turns (the store and
// the turn runner are what is under test) and an inbound message factory.
import type { Advisor } from "../../src/advisor.js";
import type { InboundMessage } from "../../src/ports.js";

export const countingAdvisor: Advisor = {
  handleTurn(session, inbound) {
    const next = { ...session, turns: session.turns + 1, updatedAt: inbound.receivedAt.toISOString() };
    return {
      session: next,
      replies: [
        {
          blocks: [{ kind: "text", markdown: `turn ${next.turns}` }],
          fallbackText: `turn ${next.turns}`,
          data: { intent: "test" },
        },
      ],
    };
  },
};

export function inbound(id: string, text = "hello", thread = "t1"): InboundMessage {
  return {
    ref: { platform: "console", channel: "c1", thread },
    user: { id: "u1" },
    text,
    messageId: id,
    receivedAt: new Date("2026-01-01T00:00:00Z"),
  };
}
