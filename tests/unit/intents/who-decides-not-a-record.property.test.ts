// Who decides is a fact of the use, not a command (sixteenth round): the Amsterdam HR-tech team's
// 'Recruiters make every decision; the model never rejects anyone automatically.' inside its first
// message read as the decision-record command ('make … decision'), so the whole message (1.2M CVs a
// month, Azure, €20,000) answered 'Decision record … Not stated: use case'. A verb asks for the record
// only in a command's place: first in its clause, or after a request ("can you", "please").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { makeU } from "./understand-helpers.js";

const u = makeU(readCatalog());

const DECIDERS = ["Recruiters", "Humans", "Our reviewers", "A human", "The loan officer", "Doctors", "Our team"];
const DECIDES = [
  "make every decision",
  "make the final decision",
  "makes the final decision",
  "make all hiring decisions",
  "log every decision",
  "record each decision the model suggests",
  "document every decision for the regulator",
];
const NEEDS = [
  ["We want to summarise 200k CVs a month, 2k tokens each.", 400_000_000],
  ["We extract fields from 50k claims a month, 3,000 tokens each.", 150_000_000],
  ["a support bot for 20M tokens a month.", 20_000_000],
] as const;

describe("a statement about who decides is not the decision-record command", () => {
  it("'<who> <decides>' said before or after the need keeps the message a recommendation with its volume", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DECIDERS),
        fc.constantFrom(...DECIDES),
        fc.constantFrom(...NEEDS),
        fc.boolean(),
        (who, decides, [need, tokens], first) => {
          const fact = `${who} ${decides}; the model never rejects anyone automatically.`;
          const text = first ? `${fact} ${need} Which model?` : `${need} ${fact} Which model?`;
          const intent = u(text);
          expect(intent.kind, text).toBe("recommend");
          if (intent.kind !== "recommend") return;
          const volume = intent.requirements.volume;
          const total = (volume?.inputTokensPerMonth ?? 0) + (volume?.outputTokensPerMonth ?? 0);
          expect(total, text).toBeCloseTo(tokens, -4);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a command to record the decision is still the record", () => {
    for (const text of [
      "record the decision",
      "please document this choice",
      "can you save it as our decision",
      "ok, capture the decision",
      "could you log the decision for us",
      "let's write down why we picked it",
      "I want you to export the decision",
      "can I get a memo of the decision for legal",
      "need a one-pager documenting the model decision",
    ])
      expect(u(text).kind, text).toBe("decision-record");
  });
});
