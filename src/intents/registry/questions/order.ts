// The one place that says which reading of a model question wins: every question rung of every
// intent (and the follow-up rungs) is named here once, and its position is its precedence. Rungs
// are tried from the top and the first that reads a message wins, so a new rung is placed by
// inserting its name, between the readings it must beat and those that must beat it; the
// recognizer refuses a rung that is not listed or a name used twice (recognize.ts). Each rung's own
// file says why it sits where it does.
export const QUESTION_ORDER = [
  // A short value change of the last question ("and at int4?") is that question again, and
  // "what about X?" is the last question about X (in a thread only right after a factual answer).
  // A size after a licence answer lists the open models of that size for the same use.
  "follow-up:licence-size",
  "follow-up:value-change",
  "follow-up:other-models",
  // A self-hosting assumption alone ("and with 2 ops engineers?") re-runs the cost view.
  "cost:assumptions-alone",
  // A model put forward with a permission question ("what about X, can we publish the weights?")
  // asks for X's licence verdict, before "what about X" makes it a what-if in a thread.
  "license:model-put-forward",
  // In a recommendation thread, a question about how its volume was read, then what-if phrases
  // and stated requirements change it.
  "what-if:volume-working",
  // A question asked of the picks shown ("which ones will sign a BAA?", "which of these allow
  // fine-tuning?") before the what-ifs its need words ("BAA", "cheapest") would otherwise make.
  "what-if:about-the-picks",
  "what-if:phrase-in-thread",
  "what-if:requirement-in-thread",
  "what-if:count-in-thread",
  "what-if:languages-dropped-in-thread",
  "what-if:why-not",
  "what-if:why-listed",
  "what-if:no-model-named",
  "recommend:first-need-as-change",
  "break-even:self-host-vs-api",
  // A need without a model, before licence, price and cost words such needs often contain.
  "recommend:need-without-model",
  "recommend:explicit-ask",
  "recommend:requirements-with-model-word",
  "license:ok-for-a-sector",
  "cost:sizing",
  "compare:named-models-weighed",
  "license:permission-words",
  "license:team-fact-asked",
  "price:price-words",
  "compare:priced",
  "cost:volume-or-cost-words",
  "compare:two-or-more-models",
  "compare:compare-word",
  // Late readings: what no earlier rung claimed.
  "what-if:late-phrase",
  "recommend:late-explicit-ask",
  "license:model-with-circumstances",
  // "is gemma 3 12b free for us?": whether a named model costs nothing is its licence (and what
  // running it costs: free-to-run-text.ts), not its model card.
  "license:free-asked",
  "model-info:named-model",
  "recommend:requirements-alone",
  "recommend:need-and-request",
] as const;

export type RungId = (typeof QUESTION_ORDER)[number];
