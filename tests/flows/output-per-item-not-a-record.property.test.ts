// What the product writes for each item is not the decision-record command (eighth-round re-run of
// the seventh round's law firm): 'it is 2M documents per matter and 3 matters a year, with ~200
// tokens of rationale out per document' answered a decision record, since 'rationale … per
// document' read as the record's noun and a document to write. A size before the noun ("200 tokens
// of rationale") or a count before the document ("per document") says what each item gets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

const ITEMS = [
  ["document", "documents", "e-discovery review for a law firm, read each document (~3k tokens) and tag privilege"],
  ["contract", "contracts", "we check supplier contracts (~4k tokens each) for risky clauses"],
  ["claim", "claims", "we triage insurance claims (~2k tokens each) into fraud risk bands"],
] as const;
const SIZES = ["~200 tokens", "about 150 words", "100 tokens", "2 sentences"] as const;
const NOUNS = ["rationale", "reasoning"] as const;
const EACH = ["per", "for each", "for every"] as const;
const SHAPES = [
  (size: string, noun: string, each: string, item: string) => `and ${size} of ${noun} out ${each} ${item}`,
  (size: string, noun: string, each: string, item: string) => `with ${size} of ${noun} ${each} ${item}`,
  (_size: string, noun: string, each: string, item: string) => `what if we add a short ${noun} ${each} ${item}?`,
] as const;

describe("the output each item gets is not a request for the decision record", () => {
  it("'<size> of rationale per <item>' in a thread about those items keeps the thread (no decision record)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ITEMS),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...EACH),
        fc.constantFrom(...SHAPES),
        ([item, items, job], size, noun, each, shape) => {
          const c = chat(catalog);
          c.say(`${job}, 100k ${items} a month, which model?`);
          const text = shape(size, noun, each, item);
          const reply = c.say(text);
          expect(reply.data?.intent, text).not.toBe("decision-record");
          expect(c.session.requirements.volume, text).toBeDefined();
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a record asked for in such a thread is still the record", () => {
    for (const text of [
      "put the rationale in a document",
      "write our reasoning into a doc please",
      "write the rationale down as a decision record",
      "can I get a memo of the decision for legal",
    ]) {
      const c = chat(catalog);
      c.say(
        "e-discovery review for a law firm, read each document (~3k tokens) and tag privilege, 100k documents a month, which model?",
      );
      expect(c.say(text).data?.intent, text).toBe("decision-record");
    }
  });
});
