// A question about the picks' data terms ("does the top pick train on our data?", "how long do the
// picks keep our data?") is answered, for each pick, from the terms of whoever processes that model
// on the host it is costed on: the data terms belong to the (model's lab, host) pair, not to the host
// alone. Claude sold on Azure is processed by Anthropic (Microsoft's own page), so Anthropic's terms
// answer for it, while GPT on Azure is answered by Microsoft's Azure OpenAI terms. Over generated
// Azure teams × question phrasings × terms, the oracle reading the catalogue's processor records.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { termInWords } from "../../../src/answers/provider-terms.js";
import { dataProcessor } from "../../../src/catalog/data-processor.js";
import { hostName } from "../../../src/catalog/hosts.js";
import type { ProviderTerm } from "../../../src/intents/types.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();

const TEAMS = [
  "We run customer support for a retailer, on Azure. About 2 million messages a month, 800 tokens in and 200 out. Quality matters more than price.",
  "Our insurer summarises claim files on Azure: 50,000 files a month, 6,000 tokens in, 500 out. Best quality wins.",
  "We're an Azure shop drafting sales emails, 300,000 a month, 400 tokens in and 300 out; quality first.",
];
const QUESTIONS: { term: ProviderTerm; asks: string[] }[] = [
  {
    term: "training",
    asks: [
      "do the picks train on our customers' data?",
      "which of these train on what we send?",
      "does the top pick train on our data?",
    ],
  },
  { term: "retention", asks: ["how long do the picks keep our data?", "which of these keep our prompts?"] },
];

describe("the picks' data terms are those of the model's processor on its host", () => {
  it("over generated Azure teams × phrasings × terms: each pick's line is its processor's term, and says whose", () => {
    let resold = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TEAMS), fc.constantFrom(...QUESTIONS), fc.nat(), (team, q, i) => {
        const c = chat(catalog);
        const first = c.say(team);
        expect(first.data?.intent).toBe("recommend");
        const ask = q.asks[i % q.asks.length]!;
        const text = textOf(c.say(ask));
        const lines = text.split("\n").filter((l) => l.startsWith("- **"));
        expect(lines.length, ask).toBeGreaterThan(0);
        for (const line of lines) {
          const name = /^- \*\*(.+?)\*\* via (.+?)(?: \(|:)/.exec(line);
          if (!name) continue; // a self-hosted pick
          const model = catalog.models.find((m) => m.name === name[1])!;
          const host = [...new Set(model.offerings.map((o) => o.provider))].find(
            (p) => hostName(p, catalog) === name[2],
          )!;
          const processor = dataProcessor(catalog, model, host);
          if (processor.provider === null) {
            expect(line, ask).toMatch(/is not on record/);
            continue;
          }
          const words = termInWords(catalog, processor.provider, q.term);
          if (words) expect(line, ask).toContain(words.words);
          if (processor.provider !== host) {
            resold++;
            expect(line, ask).toContain(
              `processed there by ${hostName(processor.provider, catalog)}, so its terms apply`,
            );
          } else expect(line, ask).not.toMatch(/processed there by/);
        }
      }),
      // The first team and question always run: with 8 random runs alone, about one run in 256 drew only
      // cases without Claude on Azure among the picks, and the check below failed by chance.
      { numRuns: 8, examples: [[TEAMS[0]!, QUESTIONS[0]!, 0]] },
    );
    // The generated teams reach the case the rule is about (Claude on Azure among the picks).
    expect(resold).toBeGreaterThan(0);
  });
});
