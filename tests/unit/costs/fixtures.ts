// Small models following src/catalog/schema.ts, so the cost tests do not depend on the
// catalogue being built in parallel. Prices are the ones the tests' hand calculations use.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { Model, Offering } from "../../../src/catalog/schema.js";
import { selfHostDataSchema, type SelfHostData } from "../../../src/catalog/selfhost-schema.js";
import type { Volume } from "../../../src/costs/volume.js";

export function loadSelfHost(): SelfHostData {
  const path = fileURLToPath(new URL("../../../catalog/selfhost.json", import.meta.url));
  return selfHostDataSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

export function offering(
  provider: string,
  inputPerMTok: number,
  outputPerMTok: number,
  extra: Partial<Offering> = {},
): Offering {
  return {
    provider,
    providerName: provider,
    providerModelId: `${provider}-model`,
    firstParty: false,
    inputPerMTok,
    outputPerMTok,
    cachedInputPerMTok: null,
    source: "models.dev",
    sourceUrl: null,
    asOf: "2026-07-02",
    ...extra,
  };
}

export function model(over: Partial<Model> & Pick<Model, "id" | "name">): Model {
  return {
    lab: "Test",
    family: "test",
    aliases: [],
    kind: "model",
    releaseDate: null,
    status: "current",
    openWeights: true,
    licenseId: "test-license",
    parameters: null,
    contextWindow: 131072,
    maxOutput: null,
    inputModalities: ["text"],
    outputModalities: ["text"],
    capabilities: { reasoning: null, toolCalling: null, structuredOutput: null },
    strengths: [],
    quality: [],
    offerings: [],
    specSource: { source: "test", asOf: "2026-07-02" },
    description: "Test model.",
    seedCorrection: null,
    ...over,
  };
}

export const llama33_70b = model({
  id: "llama-3.3-70b",
  name: "Llama 3.3 70B",
  lab: "Meta",
  parameters: { totalB: 70, activeB: 70, source: "https://github.com/meta-llama/llama-models", asOf: "2025-07-15" },
  offerings: [offering("deepinfra", 0.23, 0.4), offering("together", 0.88, 0.88)],
});

export const llama31_8b = model({
  id: "llama-3.1-8b",
  name: "Llama 3.1 8B",
  parameters: { totalB: 8, activeB: 8, source: "https://github.com/meta-llama/llama-models", asOf: "2025-07-15" },
  offerings: [offering("deepinfra", 0.03, 0.05)],
});

export const deepseekR1 = model({
  id: "deepseek-r1",
  name: "DeepSeek R1",
  parameters: { totalB: 671, activeB: 37, source: "https://github.com/deepseek-ai/DeepSeek-V3", asOf: "2025-01-20" },
  offerings: [offering("deepseek", 0.55, 2.19, { firstParty: true })],
});

/** No KV row and no throughput row of its own: exercises the estimates. */
export const gemma3_27b = model({
  id: "gemma-3-27b",
  name: "Gemma 3 27B",
  parameters: { totalB: 27, activeB: 27, source: "https://github.com/google-deepmind/gemma", asOf: "2025-03-12" },
  offerings: [offering("deepinfra", 0.09, 0.17)],
});

export const gpt4o = model({
  id: "gpt-4o",
  name: "GPT-4o",
  openWeights: false,
  offerings: [offering("openai", 2.5, 10, { firstParty: true, cachedInputPerMTok: 1.25 })],
});

export function volume(input: number, output: number, cached = 0): Volume {
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: cached,
    splitAssumed: false,
    description: "test volume",
  };
}

/** A catalogue of the fixture models with the real self-hosting data. */
export function fixtureCatalog(models: Model[] = [llama33_70b, llama31_8b, deepseekR1, gemma3_27b, gpt4o]): Catalog {
  return {
    licenses: [],
    models,
    selfhost: loadSelfHost(),
    licenseById: new Map(),
    modelById: new Map(models.map((m) => [m.id, m])),
    asOf: "2026-11-29",
  };
}
