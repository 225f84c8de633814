// 'must run on our single RTX 4090' makes the team's own cards the place the model runs (judge16's
// finding 11: Tallinn's text-to-SQL team read its 4090 but got three APIs). Over generated jobs ×
// obligations × cards × counts: the owned cards are read and the deployment is the team's own
// hardware (on-prem), so the shortlist holds only self-hosted models that fit them. A question about the cards ("will it fit on our …?", "can we run X on
// our …?") sets no place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../../src/answers/recommend-shortlist.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();

const JOBS = [
  "need text-to-SQL over our customers' schemas, open weights only",
  "we want a support chatbot for our helpdesk",
  "summaries of long incident reports, about 2M tokens a month",
  "a coding assistant for our 12 developers",
];
const OBLIGATIONS = [
  "it must run on our",
  "it has to run on our",
  "everything needs to run on our own",
  "the model should be hosted on our",
  "it can only be deployed on our",
];
const CARDS = [
  { said: (n: number) => (n === 1 ? "single RTX 4090" : `${n}x RTX 4090`), type: "RTX 4090" },
  { said: (n: number) => (n === 1 ? "single A100" : `${n} A100s`), type: "A100" },
  { said: (n: number) => (n === 1 ? "one L40S" : `${n}x L40S`), type: "L40S" },
  { said: (n: number) => `${n} NVIDIA RTX A6000`, type: "RTX A6000" },
];

describe("'must run on our <cards>' is the team's own hardware", () => {
  it("over generated jobs × obligations × cards × counts: on-prem with the owned cards read", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...OBLIGATIONS),
        fc.constantFrom(...CARDS),
        fc.constantFrom(1, 2, 4),
        (job, must, card, n) => {
          const text = `${job}. ${must} ${card.said(n)}. which model?`;
          const req = parseRequirements(text, catalog);
          expect(req.deployment, text).toBe("on-prem");
          expect(req.ownedGpus, text).toMatchObject({ count: n });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a question about the cards is no rule about where it runs", () => {
    for (const q of [
      "will qwen3 14b fit on our 4090?",
      "can we run qwen3 32b on our 2 A100s?",
      "what would it cost to run gemma 3 27b on our 4 L40S?",
    ])
      expect(parseRequirements(q, catalog).deployment, q).toBeUndefined();
  });

  it("the shortlist of a team whose model must run on its single RTX 4090 is self-hosted models that fit the card", () => {
    for (const job of JOBS) {
      const req = parseRequirements(
        `${job}. it must run on our single RTX 4090. ~40k queries a month. which model?`,
        catalog,
      );
      const top = rankOnly(catalog, req).ranking.ranked.slice(0, 3);
      expect(top.length, job).toBe(3);
      for (const m of top) {
        expect(m.costBasis, `${job}: ${m.id}`).toBe("self-host");
        // 24 GB holds at most ~35B parameters at 4-bit with room for a batch.
        expect(catalog.modelById.get(m.id)?.parameters?.totalB, `${job}: ${m.id}`).toBeLessThanOrEqual(35);
      }
    }
  });
});
