// slotsOf maps an Intent to the corpus's canonical slot view; the evaluation is only as honest as
// this mapping, so each field family is checked once.
import { describe, expect, it } from "vitest";
import { SlotViewSchema } from "../../../src/intents/slot-view.js";
import { slotsOf } from "../../../src/intents/slots-of.js";
import { PICK_PLACEHOLDER } from "../../../src/intents/pending.js";

const volume = (input: number, output: number) => ({
  inputTokensPerMonth: input,
  outputTokensPerMonth: output,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: "",
});

describe("slotsOf", () => {
  it("maps a recommendation's requirements, flattening exclusions and summing the volume", () => {
    const view = slotsOf({
      kind: "recommend",
      text: "",
      requirements: {
        useCase: "coding",
        volume: volume(37_500_000, 12_500_000),
        exclude: { countries: ["CN"], labs: [] },
        ownedGpus: { type: "H100-SXM-80GB", count: 8 },
        openWeightsOnly: true,
      },
    });
    expect(view).toEqual({
      intent: "recommend",
      slots: {
        useCase: "coding",
        tokensPerMonth: 50_000_000,
        "exclude.countries": ["CN"],
        ownedGpus: { type: "h100", count: 8 },
        openWeightsOnly: true,
      },
    });
  });

  it("reads lab ids in their canonical form, whatever slug the requirement used", () => {
    const view = slotsOf({
      kind: "recommend",
      text: "",
      requirements: { exclude: { labs: ["alibaba-qwen", "mistral-ai", "alibaba"] } },
    });
    expect(view.slots).toEqual({ "exclude.labs": ["alibaba", "mistral"] });
  });

  it("maps cost: models, volume, self-hosting and the assumption edits that are slots", () => {
    const view = slotsOf({
      kind: "cost",
      modelIds: ["llama-3.3-70b"],
      volume: volume(75, 25),
      selfHost: true,
      assumptionEdits: {
        precision: "int4",
        gpuHourlyUsd: 2.1,
        utilization: 0.5,
        ownedGpuCount: 8,
        ownedGpuType: "A100 80GB",
        opsCapacity: "none",
      },
    });
    expect(view.slots).toEqual({
      models: ["llama-3.3-70b"],
      tokensPerMonth: 100,
      selfHost: true,
      precision: "int4",
      gpuHourlyUsd: 2.1,
      ownedGpus: { type: "a100", count: 8 },
      mlOpsExperience: "none",
    });
  });

  it("maps licence facts and topic, and flow commands", () => {
    expect(
      slotsOf({
        kind: "license",
        modelIds: ["gemma-3-27b"],
        facts: { commercial: true, fineTune: true, distributeWeights: true, monthlyActiveUsers: 5000 },
        topic: "commercial-use",
        openOnly: false,
      }).slots,
    ).toEqual({
      models: ["gemma-3-27b"],
      commercial: true,
      fineTuning: true,
      redistributeWeights: true,
      monthlyActiveUsers: 5000,
      licenseTopic: "commercial-use",
    });
    expect(slotsOf({ kind: "flow-control", command: "skip" })).toEqual({
      intent: "flow-control",
      slots: { flowCommand: "skip" },
    });
  });

  it("reads a 'which one did you mean?' as the question it waits to answer, without the placeholder", () => {
    const view = slotsOf({
      kind: "clarify-model",
      query: "llama",
      candidates: ["llama-3.1-8b", "llama-3.1-70b"],
      pending: { kind: "price", modelIds: [PICK_PLACEHOLDER] },
    });
    expect(view).toEqual({ intent: "price", slots: {} });
  });

  it("always returns values inside the canonical vocabulary", () => {
    const view = slotsOf({
      kind: "recommend",
      text: "",
      requirements: { languages: ["german"], useCase: "coding" } as never,
    });
    expect(SlotViewSchema.safeParse(view.slots).success).toBe(true);
    expect(view.slots).toEqual({ useCase: "coding" });
  });
});
