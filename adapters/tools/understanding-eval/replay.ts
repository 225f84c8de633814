// Runs corpus records through the real advisor: a fresh in-memory session per record, the earlier
// messages (`previous`) replayed as whole turns, then the record's text as one more turn. The
// intent the router dispatches for that last turn is captured by wrapping every real handler (so
// pending picks, flow answers and understand() all count, as in production), and the time spent
// understanding it (flow interpretation + understand()) is measured around those two functions.
import { performance } from "node:perf_hooks";
import { createAdvisor } from "../../../src/advisor.js";
import { flowInterpreter, handlers } from "../../../src/answers/handlers.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { HandlerTable, IntentHandler } from "../../../src/conversation/handler.js";
import type { FlowInterpreter, Understand } from "../../../src/conversation/router.js";
import { newSession, type Session } from "../../../src/conversation/session.js";
import { slotsOf } from "../../../src/intents/slots-of.js";
import type { Intent } from "../../../src/intents/types.js";
import { prepareUnderstanding, understand } from "../../../src/intents/understand.js";
import type { InboundMessage } from "../../../src/ports.js";
import type { CorpusRecord } from "./corpus.js";
import type { RecordOutcome } from "./score.js";

/** The replay's clock; the catalogue is read as of the same day (eval-understanding.ts), so the
 *  eval's figures do not move as real days pass a retirement date. */
const REPLAY_NOW = new Date("2026-12-01T12:00:00Z");
export const REPLAY_DAY = REPLAY_NOW.toISOString().slice(0, 10);

export function createReplayer(catalog: Catalog): (record: CorpusRecord) => RecordOutcome {
  let captured: Intent | null = null;
  let understandingMs = 0;

  const timed =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const start = performance.now();
      try {
        return fn(...args);
      } finally {
        understandingMs += performance.now() - start;
      }
    };

  const watched: Partial<HandlerTable> = {};
  for (const [kind, handler] of Object.entries(handlers) as [string, IntentHandler<Intent["kind"]>][]) {
    (watched as Record<string, IntentHandler<Intent["kind"]>>)[kind] = (intent, ctx) => {
      captured = intent;
      return handler(intent, ctx);
    };
  }
  prepareUnderstanding(catalog);
  const advisor = createAdvisor({
    catalog,
    now: () => REPLAY_NOW,
    handlers: watched,
    understand: timed(understand) as Understand,
    interpretFlowInput: flowInterpreter ? (timed(flowInterpreter) as FlowInterpreter) : null,
  });

  return (record) => {
    let session: Session = newSession(REPLAY_NOW);
    let turn = 0;
    const send = (text: string) => {
      captured = null;
      understandingMs = 0;
      session = advisor.handleTurn(session, inbound(record.id, text, turn++)).session;
    };
    let gotIntent = "error";
    let got: Record<string, unknown> = {};
    try {
      for (const text of record.previous ?? []) send(text);
      send(record.text);
      if (captured) ({ intent: gotIntent, slots: got } = slotsOf(captured));
    } catch {
      // A turn that throws is scored as understood as nothing; the label says what it should be.
      gotIntent = "error";
      got = {};
    }
    return {
      id: record.id,
      split: record.split,
      text: record.text,
      expectedIntent: record.intent,
      gotIntent,
      expected: record.slots,
      got,
      forbid: record.forbid ?? {},
      ms: understandingMs,
    };
  };
}

function inbound(id: string, text: string, n: number): InboundMessage {
  return {
    ref: { platform: "console", channel: "corpus", thread: id },
    user: { id: "corpus" },
    text,
    messageId: `${id}-${n}`,
    receivedAt: REPLAY_NOW,
  };
}
