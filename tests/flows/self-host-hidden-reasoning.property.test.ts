// A model that reasons before answering decodes hidden tokens no stated volume holds. The ranking
// prices them (hidden-reasoning.ts billedVolume), but the self-hosting answer ('what would
// self-hosting deepseek r1 cost us?') sized the GPUs on the answer tokens alone. Over generated
// counted volumes and the open reasoning models on file: the answer says the output it serves,
// stated output + 1,000 reasoning tokens a request, and its fleet is sized on that.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { REASONING_TOKENS_ESTIMATE, thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { formatTokens } from "../../src/render/format.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const REASONERS = catalog.models.filter((m) => m.openWeights && thinksBeforeAnswering(m)).slice(0, 3);
const HOURS_A_MONTH = 730;

describe("the self-hosting answer for a model that reasons first serves its hidden reasoning too", () => {
  it("has open reasoning models to ask about", () => {
    expect(REASONERS.length).toBeGreaterThan(0);
  });

  it("the output it is sized on is the stated output plus the reasoning of each request", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REASONERS),
        fc.constantFrom(5_000, 20_000, 120_000),
        fc.constantFrom(800, 1_500),
        fc.constantFrom(200, 400),
        (model, tickets, input, output) => {
          const c = chat(catalog);
          c.say(
            `we answer ${tickets.toLocaleString("en-US")} support tickets a month, about ${input.toLocaleString("en-US")} tokens in and ${output} out each`,
          );
          const reply = c.say(`what would self-hosting ${model.name} cost us?`);
          const text = textOf(reply);
          const served = tickets * (output + REASONING_TOKENS_ESTIMATE);
          expect(text, model.name).toContain(`decodes ${formatTokens(served)} of output a month`);
          expect(text).toMatch(/Hidden reasoning counted/);
          // The fleet's load is the served output rate over what its replicas decode.
          const fleet = (
            reply.data as unknown as { selfHost: { load: number; throughputTokensPerSec: number; replicas: number } }
          ).selfHost;
          const averageRate = served / (HOURS_A_MONTH * 3600);
          expect(fleet.load * fleet.throughputTokensPerSec * fleet.replicas).toBeCloseTo(averageRate, 3);
        },
      ),
      { numRuns: 10 },
    );
  });
});
