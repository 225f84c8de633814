// A cloud's own page outranks an aggregator's list. The catalogue held LiteLLM's "US data zone" /
// "EU data zone" records for thirteen Azure models next to Microsoft's own tables naming the same
// places, and the residency evidence cited whichever came first: the third-party list (shown
// unverified) for GPT-4.1 in the US. Now a third-party record whose every country a cloud's own
// record already names is dropped at import, and the evidence cites the cloud's page whenever one
// places the model in the country, whatever order the records are in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { CloudAvailability } from "../../../src/catalog/clouds.js";
import { memberStateOfRegion } from "../../../src/catalog/region-countries.js";
import type { Model } from "../../../src/catalog/schema.js";
import { cloudResidency } from "../../../src/scoring/residency.js";
import type { CloudProvider } from "../../../src/scoring/requirements.js";

const catalog = readCatalog();
const CLOUD: Record<CloudProvider, string> = { azure: "azure", aws: "aws-bedrock", gcp: "google-vertex" };
const names = (r: CloudAvailability, country: string) =>
  (r.countries ?? []).includes(country) || r.regions.some((g) => memberStateOfRegion(g) === country);
const COUNTRIES = ["US", "GB", "JP", "AU", "IN", "CA", "BR", "CH", "DE", "FR", "SE", "EU"];

describe("a cloud's own records outrank third-party lists", () => {
  it("no third-party cloud record only repeats places the cloud's own records name", () => {
    for (const m of catalog.models) {
      const records = m.clouds ?? [];
      for (const r of records.filter((x) => x.sourceKind === "secondary" && (x.countries ?? []).length > 0)) {
        const own = new Set(
          records.filter((p) => p.cloud === r.cloud && p.sourceKind === "primary").flatMap((p) => p.countries ?? []),
        );
        expect(
          r.countries!.every((c) => own.has(c)),
          `${m.id}: ${r.sourceUrl} (${r.countries!.join(", ")})`,
        ).toBe(false);
      }
    }
  });

  const withPrimary = catalog.models.filter((m) => (m.clouds ?? []).some((r) => r.sourceKind === "primary"));
  /** A third party's copy of one of the model's own records: the same places, another source. */
  const secondaryCopy = (r: CloudAvailability): CloudAvailability => ({
    ...r,
    service: `${r.service} (third-party list)`,
    sourceKind: "secondary",
    sourceUrl: "https://example.org/price-list",
  });

  it("every model × cloud × country, records in any order, third-party copies added: a place the cloud's own page names is cited from it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...withPrimary),
        fc.constantFrom<CloudProvider>("azure", "aws", "gcp"),
        fc.constantFrom(...COUNTRIES),
        fc.integer({ min: 0, max: 1000 }),
        (model, cloud, country, seed) => {
          const own = (model.clouds ?? []).filter((r) => r.cloud === CLOUD[cloud]);
          const shuffled = [...own, ...own.map(secondaryCopy)].sort(
            (a, b) => ((a.sourceUrl.length * 31 + seed) % 7) - ((b.sourceUrl.length * 31 + seed) % 7),
          );
          const m: Model = {
            ...model,
            clouds: [...(model.clouds ?? []).filter((r) => r.cloud !== CLOUD[cloud]), ...shuffled],
          };
          const e = cloudResidency(m, cloud, { said: country, country }, cloud);
          if (own.some((r) => r.sourceKind === "primary" && names(r, country))) {
            expect(e.state).toBe("yes");
            expect(e.sourceKind, `${model.id} on ${cloud} in ${country}: ${e.detail}`).toBe("primary");
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
