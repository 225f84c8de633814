// The core's entry point: one inbound message and the conversation's session in, replies and the
// next session out. Pure: no I/O, no platform types; time comes in through `now`.
import type { Catalog } from "./catalog/catalog.js";
import { watchAfterTurn } from "./answers/auto-watch.js";
import { flowInterpreter, flowResumer, handlers as defaultHandlers } from "./answers/handlers.js";
import type { HandlerTable } from "./conversation/handler.js";
import { createRouter, type FlowInterpreter, type Understand } from "./conversation/router.js";
import type { Session, TurnResult } from "./conversation/session.js";
import { prepareUnderstanding, understand as defaultUnderstand } from "./intents/understand.js";
import type { InboundMessage } from "./ports.js";
import { startMessage } from "./per-message-memo.js";
import type { TeamProfile } from "./profile/profile.js";

export interface Advisor {
  /** `profile`: the team profile of the conversation's workspace; a changed one comes back in the result. */
  handleTurn(session: Session, inbound: InboundMessage, profile?: TeamProfile | null): TurnResult;
}

export interface AdvisorOptions {
  catalog: Catalog;
  now?: () => Date;
  /** Overrides for tests; production uses the defaults. */
  handlers?: Partial<HandlerTable>;
  understand?: Understand;
  interpretFlowInput?: FlowInterpreter | null;
  /**
   * Build the lookup index and compile the parsers now (default), so a bot's first user does not
   * wait for them; a one-shot command turns it off, since it answers one message and exits.
   */
  warmUp?: boolean;
}

export function createAdvisor(options: AdvisorOptions): Advisor {
  const now = options.now ?? (() => new Date());
  if (!options.understand && options.warmUp !== false) prepareUnderstanding(options.catalog);
  const router = createRouter({
    catalog: options.catalog,
    handlers: { ...defaultHandlers, ...options.handlers } as HandlerTable,
    understand: options.understand ?? defaultUnderstand,
    interpretFlowInput: options.interpretFlowInput === undefined ? flowInterpreter : options.interpretFlowInput,
    resumeFlow: options.interpretFlowInput === null ? null : flowResumer,
  });
  return {
    handleTurn(session, inbound, profile = null) {
      startMessage();
      const at = now();
      const result = router.route(session, inbound, at, profile);
      // A shortlist or decision record makes the thread watch its models (answers/auto-watch.ts).
      return { ...result, ...watchAfterTurn(session, result.session, result.replies, options.catalog, inbound, at) };
    },
  };
}
