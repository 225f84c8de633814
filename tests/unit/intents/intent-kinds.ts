// Every Intent kind, so tests can check that understand() returns only known kinds.
import type { IntentKind } from "../../../src/intents/types.js";

const KINDS: Record<IntentKind, true> = {
  help: true, sources: true, reset: true, "model-info": true, license: true, price: true, cost: true,
  "break-even": true, compare: true, tradeoffs: true, recommend: true, "what-if": true, "flow-control": true,
  "decision-record": true, "clarify-model": true, "unknown-model": true, unclear: true,
};
export const INTENT_KINDS_FOR_TESTS = Object.keys(KINDS);
