// Whose data terms apply to a model a host resells (issue 12): Claude on Microsoft Foundry is sold
// by Azure but processed by Anthropic (Microsoft's own Claude hosting comparison), so "is Claude on
// Azure covered by a BAA?" is answered from Anthropic's terms, and the BAA filter reads them too.
// A closed model of another lab whose processor no source names (Claude on Vertex, GPT through
// OpenRouter) is said to be not on record. Checked over every (model, host, term) of the real
// catalogue; the oracle reads the host records' `processors` directly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { providerTerms } from "../../../src/answers/provider-terms.js";
import type { Model } from "../../../src/catalog/schema.js";
import type { ProviderTerm } from "../../../src/intents/types.js";
import { applyHosting } from "../../../src/scoring/hosting.js";

const catalog = readCatalog();
const labId = (m: Model) => [...(catalog.labByName?.values() ?? [])].find((l) => l.name === m.lab)?.id ?? "";

/** The processor a host's own record names for the model's lab, read directly; null when none. */
function named(provider: string, m: Model) {
  const records = catalog.providerPolicyById?.get(provider)?.processors ?? [];
  return records.find((r) => r.lab === labId(m)) ?? records.find((r) => r.lab === "*") ?? null;
}
const ownerLab = (provider: string) => {
  const r = catalog.hostOwnerById?.get(provider);
  return r && "lab" in r ? r.lab : null;
};

/** Every (model, host) where the host sells the model and is not its lab's own first-party API. */
const pairs = catalog.models.flatMap((m) =>
  m.offerings.filter((o) => !o.firstParty).map((o) => ({ model: m, provider: o.provider })),
);
const resold = pairs.filter((p) => {
  const n = named(p.provider, p.model);
  return n !== null && n.processor !== p.provider;
});
const unnamed = pairs.filter(
  (p) => !p.model.openWeights && named(p.provider, p.model) === null && ownerLab(p.provider) !== labId(p.model),
);
const TERMS: ProviderTerm[] = ["baa", "training", "zdr", "retention"];

describe("terms of a model a host resells come from the processor the host's own page names", () => {
  it("the catalogue holds such models (Claude on Azure) and such unnamed ones (Claude on Vertex)", () => {
    expect(resold.some((p) => p.provider === "azure" && p.model.lab === "Anthropic")).toBe(true);
    expect(unnamed.length).toBeGreaterThan(0);
  });

  it("every resold model × term: the answer is the processor's terms, led by whose they are and citing the host's page", () => {
    fc.assert(
      fc.property(fc.constantFrom(...resold), fc.constantFrom(...TERMS), ({ model, provider }, term) => {
        const record = named(provider, model)!;
        const answer = providerTerms(catalog, { provider, asks: term, models: [model] });
        expect(answer.evidence.provider).toBe(record.processor);
        expect(answer.evidence.soldOn).toBe(provider);
        expect(answer.facts[0]).toMatch(/is the data processor there/);
        expect(answer.sources.map((s) => s.url)).toContain(record.sourceUrl);
        // The term asked is the processor's value, never the host's own.
        const processorTerms = catalog.providerPolicyById?.get(record.processor);
        const field = {
          baa: "baa",
          training: "trainsOnCustomerData",
          zdr: "zeroDataRetention",
          retention: "retentionDays",
        }[term as "baa"] as "baa";
        expect(answer.evidence[field] ?? "unknown").toBe(processorTerms?.[field]?.value ?? "unknown");
      }),
      { numRuns: 60 },
    );
  });

  it("every closed model of another lab with no processor on record: said to be not on record, never 'these terms apply'", () => {
    for (const { model, provider } of unnamed) {
      const answer = providerTerms(catalog, { provider, asks: "baa", models: [model] });
      const line = answer.facts.find((f) => f.includes(`**${model.name}**`)) ?? "";
      expect(line, `${model.id} on ${provider}`).toMatch(/is not on record/);
      expect(line).not.toMatch(/these terms are the ones that apply/);
    }
  });

  it("the BAA filter reads the processor's terms: a resold offering is kept exactly when the processor signs one", () => {
    for (const { model, provider } of resold) {
      const processor = catalog.providerPolicyById?.get(named(provider, model)!.processor);
      const signs = ["yes", "on-request"].includes(processor?.baa?.value ?? "unknown");
      const kept = applyHosting(catalog, model, { needsBaa: true }).model.offerings.some(
        (o) => o.provider === provider,
      );
      expect(kept, `${model.id} on ${provider}`).toBe(signs);
    }
  });
});
