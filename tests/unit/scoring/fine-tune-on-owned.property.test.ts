// A team that fine-tunes open weights on GPUs it owns trains and serves its fine-tune there: no
// shared API serves a model only the team has. Over generated teams (GPU, card count, job, seeded
// at random), every pick runs on the team's cards, and its frozen weights at the most compact
// fine-tuning precision (QLoRA's 4.127 bits) split over every card already fit one card's usable
// memory: a bound that holds whatever the activation and adapter estimates say.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveGpu } from "../../../src/costs/self-host.js";
import { hardwareFit } from "../../../src/scoring/hardware-fit.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { volume } from "../costs/fixtures.js";

const catalog = readCatalog();
const quoter = selfHostQuoter(catalog.selfhost);
const GPUS = ["L4", "L40S", "A100 40GB", "A100 80GB", "H100", "RTX 4090"] as const;

const team = fc.record({
  gpu: fc.constantFrom(...GPUS),
  cards: fc.constantFrom(1, 2, 4, 8),
  useCase: fc.constantFrom(...USE_CASES),
  tokens: fc.double({ min: 1e6, max: 2e9, noNaN: true }),
});

const fineTuner = (s: { gpu: string; cards: number; useCase: (typeof USE_CASES)[number]; tokens: number }) =>
  ({
    useCase: s.useCase,
    fineTuning: true,
    openWeightsOnly: true,
    ownedGpus: { type: s.gpu, count: s.cards },
    volume: volume(s.tokens * 0.75, s.tokens * 0.25),
  }) satisfies Requirements;

describe("fine-tuning on the team's own GPUs", () => {
  it("property: every pick is served on the owned cards, and its 4-bit frozen weights split over them fit", () => {
    fc.assert(
      fc.property(team, (s) => {
        const req = fineTuner(s);
        const gpu = resolveGpu(catalog.selfhost, s.gpu)!;
        const perCardUsable = gpu.memoryGb * 0.9;
        const { ranked } = rankModels(catalog, req, { selfHost: quoter });
        for (const m of ranked.slice(0, 10)) {
          const model = catalog.modelById.get(m.id)!;
          expect(model.openWeights, m.id).toBe(true);
          expect(m.costBasis, `${m.id} on ${s.cards}× ${s.gpu}`).toBe("self-host");
          const totalB = model.parameters?.totalB;
          expect(totalB, m.id).toBeDefined();
          expect((totalB! * 4.127) / 8 / s.cards, `${m.id} on ${s.cards}× ${s.gpu}`).toBeLessThanOrEqual(perCardUsable);
          // The fit note names the fine-tuning method that fits.
          const fit = hardwareFit(catalog, model, req);
          expect(fit?.fits && fit.note, m.id).toMatch(/fine-tun(e|ing): (full fine-tune|LoRA|QLoRA)/);
        }
      }),
      { numRuns: 12 },
    );
  }, 180_000);

  it("8× A100 40GB (Chennai lab): the 671B–675B models are ruled out, said as a fine-tune that does not fit", () => {
    const req = fineTuner({ gpu: "A100 40GB", cards: 8, useCase: "summarization", tokens: 2e6 });
    const { ranked } = rankModels(catalog, req, { selfHost: quoter });
    for (const name of ["Mistral Large 3", "DeepSeek-V3.2"]) {
      const model = catalog.models.find((m) => m.name === name)!;
      const fit = hardwareFit(catalog, model, req);
      expect(fit?.fits, name).toBe(false);
      expect(fit && !fit.fits && fit.reason, name).toMatch(
        /cannot be fine-tuned on your 8× NVIDIA A100 40GB.*even QLoRA/,
      );
      expect(ranked.map((m) => m.id)).not.toContain(model.id);
    }
    expect(ranked.length).toBeGreaterThan(3);
  });

  it("a team that fine-tunes but owns no GPUs is not moved onto hardware (APIs stay priced)", () => {
    const { ranked } = rankModels(
      catalog,
      { useCase: "chat", fineTuning: true, openWeightsOnly: true, volume: volume(7.5e6, 2.5e6) },
      { selfHost: quoter },
    );
    expect(ranked.some((m) => m.costBasis === "api")).toBe(true);
  });
});
