// The mini catalogue plus TEST-ONLY quality signals and an EU exclusion, so scoring tests can
// exercise quality percentiles and regional constraints. The numbers are invented for tests and
// labelled "test fixture"; they are not facts about the models.
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { License, Model, QualitySignal } from "../../../src/catalog/schema.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import type { ProviderPolicy } from "../../../src/catalog/provider-policies.js";

const signal = (name: string, value: number, higherIsBetter = true): QualitySignal => ({
  name,
  value,
  higherIsBetter,
  source: "test fixture",
  asOf: "2026-01-01",
});

const QUALITY: Record<string, QualitySignal[]> = {
  "gpt-4o": [signal("Arena Elo", 1280), signal("SWE-bench Verified", 33)],
  "claude-sonnet-4.5": [signal("Arena Elo", 1300), signal("SWE-bench Verified", 70)],
  "deepseek-r1": [signal("Arena Elo", 1290), signal("SWE-bench Verified", 49)],
  "qwen2.5-72b": [signal("Arena Elo", 1250), signal("SWE-bench Verified", 24)],
  "llama-3.1-70b": [signal("Arena Elo", 1240)],
  "llama-3.1-8b": [signal("Arena Elo", 1170)],
  "gpt-4o-mini": [signal("Arena Elo", 1260)],
};

const term = <T>(value: T) => ({
  value,
  sourceUrl: "https://example.test/terms",
  sourceKind: "primary" as const,
  asOf: "2026-01-01",
  note: "test fixture",
});

/** Data terms for two of the fixture's hosts (invented, test fixture): data control reads them. */
const POLICIES: ProviderPolicy[] = [
  { provider: "openai", name: "OpenAI API", zeroDataRetention: term("on-request"), trainsOnCustomerData: term("no") },
  {
    provider: "anthropic",
    name: "Anthropic API",
    zeroDataRetention: term("on-request"),
    trainsOnCustomerData: term("no"),
  },
];

export function rebuild(models: Model[], licenses: License[], base: Catalog): Catalog {
  return {
    ...base,
    models,
    licenses,
    modelById: new Map(models.map((m) => [m.id, m])),
    licenseById: new Map(licenses.map((l) => [l.id, l])),
  };
}

let cached: Catalog | undefined;
export function scoringCatalog(): Catalog {
  if (cached) return cached;
  const base = miniCatalog();
  const models = base.models.map((m) => {
    const q = QUALITY[m.id];
    const vision = m.id === "llama-3.2-11b-vision" ? { inputModalities: ["text", "image"] } : {};
    return { ...m, ...vision, quality: q ?? m.quality };
  });
  const licenses = base.licenses.map((l) =>
    l.id === "llama-3.2"
      ? {
          ...l,
          terms: {
            ...l.terms,
            regionalExclusions: [
              {
                region: "EU",
                scope: "rights for multimodal models are not granted to EU-domiciled companies (test fixture)",
              },
            ],
          },
        }
      : l,
  );
  cached = { ...rebuild(models, licenses, base), providerPolicyById: new Map(POLICIES.map((p) => [p.provider, p])) };
  return cached;
}

export const volume = (totalTokens: number) => ({
  inputTokensPerMonth: totalTokens * 0.75,
  outputTokensPerMonth: totalTokens * 0.25,
  cachedInputTokensPerMonth: 0,
  splitAssumed: true,
  description: `${totalTokens} tokens a month`,
});
