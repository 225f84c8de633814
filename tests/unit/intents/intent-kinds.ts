// The Intent kinds understand() may return, so tests can check it returns only known kinds.
// A plain list on purpose: another area adding a kind must not break this file's typecheck.
export const INTENT_KINDS_FOR_TESTS: readonly string[] = [
  "help",
  "sources",
  "reset",
  "model-info",
  "license",
  "price",
  "cost",
  "break-even",
  "compare",
  "tradeoffs",
  "hosting",
  "recommend",
  "what-if",
  "flow-control",
  "decision-record",
  "profile",
  "watch",
  "clarify-model",
  "unknown-model",
  "unclear",
];
