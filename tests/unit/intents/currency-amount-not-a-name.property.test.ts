// An amount after a currency sign is no model's version: "Budget R$ 1,200,000 per month" named
// DeepSeek R1 (R + 1) and turned a recommendation into a cost question about it, as soon as a
// Portuguese "R$ 1.200.000" was read the English way (words19). Over generated signs and amounts:
// a request for a model names none.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { understand } from "../../../src/intents/understand.js";
import { TEST_NOW } from "../../helpers/test-day.js";

const catalog = readCatalog();

describe("an amount after a currency sign", () => {
  it("names no model, whatever the sign and the amount", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("R$", "R$ ", "US$ ", "A$", "C$ ", "$", "€ ", "£", "₹ ", "₱"),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(",200,000", ",000", ",500", " million", ""),
        (sign, lead, rest) => {
          const text = `we summarise customer reviews, about 2M tokens a month. Budget ${sign}${lead}${rest} per month. which model?`;
          const intent = understand(text, { catalog, session: newSession(TEST_NOW) });
          expect(intent.kind, text).toBe("recommend");
        },
      ),
    );
  });
});
