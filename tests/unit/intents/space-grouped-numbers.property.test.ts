// Thousands set off by a space ("NOK 50 000", "12 000 alerts a day", "1 200 000 tokens"), as
// Norwegian, Swedish, Danish, French or Polish writers group them, a no-break or thin space
// included: the same message with the groups set off by commas is read the same, budgets and
// volumes alike. Digits that run into a name or a hyphenated size are not one number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { scanNumbers } from "../../../src/intents/number-scan.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseVolume } from "../../../src/intents/volume.js";

const catalog = readCatalog();

/** A number written with its thousands groups joined by one separator ("50 000", "1,200,000"). */
type Grouped = (n: number) => string;
const groupedBy =
  (sep: string): Grouped =>
  (n) =>
    n.toLocaleString("en-US").replace(/,/g, sep);

const TEMPLATES = [
  (n: number, g: Grouped) => `Budget NOK ${g(n)} a month. We have 2 developers and no GPUs. Which model?`,
  (n: number, g: Grouped) => `support chatbot, budget ${g(n)} SEK per month, which model?`,
  (n: number, g: Grouped) => `budget € ${g(n)} par mois, traduction de documents, quel modèle ?`,
  (n: number, g: Grouped) => `Budget around US$ ${g(n)} per month, RAG over our wiki. which model?`,
  (n: number, g: Grouped) =>
    `our analysts review ~${g(n)} flagged transactions a day (~5k tokens in, ~300 out). which model?`,
  (n: number, g: Grouped) => `we translate ${g(n)} documents a month, ${g(2000)} tokens each. which model?`,
  (n: number, g: Grouped) => `${g(n)} tokens a month of summaries, which model is cheapest?`,
  (n: number, g: Grouped) => `about ${g(n)} chats a week, ${g(1500)} tokens each, customer support bot`,
];
// A space a writer or a word processor puts between groups: plain, no-break, narrow no-break.
const SEPARATORS = [" ", "\u00a0", "\u202f"];

const reading = (text: string) => {
  const req = parseRequirements(text, catalog);
  const volume = parseVolume(text);
  return {
    budget: req.statedBudget ?? req.monthlyBudgetUsd,
    input: volume?.inputTokensPerMonth,
    output: volume?.outputTokensPerMonth,
  };
};

describe("space-grouped thousands", () => {
  it("a message with its thousands set off by spaces is read as with commas (budgets and volumes, any currency)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 999_999_999 }),
        fc.constantFrom(...TEMPLATES),
        fc.constantFrom(...SEPARATORS),
        (n, template, sep) => {
          const withCommas = reading(template(n, groupedBy(",")));
          const withSpaces = reading(template(n, groupedBy(sep)));
          expect(withSpaces).toEqual(withCommas);
          // The amount itself is read, not only its first group.
          expect(Object.values(withSpaces).some((v) => v !== undefined)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the Oslo broadcaster's 'Budget NOK 50 000 a month' is NOK 50,000, not NOK 50", () => {
    expect(parseRequirements("Budget NOK 50 000 a month.", catalog).statedBudget).toEqual({
      currency: "NOK",
      perMonth: 50_000,
    });
  });

  it.each([
    // A count before a hyphenated size, a version before a size, a model name's digits.
    ["we need 3 200-page manuals summarised", "3 200-page"],
    ["self-host qwen3 235b a22b", "qwen3 235b"],
    ["how much is llama 8 900b", "llama 8 900b"],
    // A decimal run into ("1 200,5") is no grouping this reader can be sure of.
    ["about 1 200,5 tokens", "1 200,5"],
  ])("digits that run into something else are left as written: %s", (text, kept) => {
    expect(scanNumbers(text).text).toContain(kept);
  });
});
