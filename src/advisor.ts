// The core's entry point: one inbound message and the conversation's session in, replies and the
// next session out. Pure: no I/O, no platform types.
import type { Catalog } from "./catalog/catalog.js";
import type { Session } from "./conversation/session.js";
import type { InboundMessage, TurnResult } from "./ports.js";

export interface Advisor {
  handleTurn(session: Session, inbound: InboundMessage): TurnResult;
}

export interface AdvisorOptions {
  catalog: Catalog;
  now?: () => Date;
}

// PLACEHOLDER: the foundation work replaces this with the real router (src/conversation/router.ts).
export function createAdvisor(_options: AdvisorOptions): Advisor {
  return {
    handleTurn(session) {
      return { session, replies: [{ blocks: [{ kind: "text", markdown: "Not ready yet." }], fallbackText: "Not ready yet." }] };
    },
  };
}
