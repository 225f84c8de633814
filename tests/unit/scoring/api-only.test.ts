// Research-only weights with a commercial first-party API (the real catalogue's Command R):
// usable through the lab's API by a team that does not self-host, scored as a closed model.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { volume } from "./scoring-fixture.js";

describe("models usable only through the lab's own API", () => {
  const catalog = readCatalog();
  const model = catalog.models.find(
    (m) =>
      m.apiLicenseId &&
      m.offerings.some((o) => o.firstParty) &&
      catalog.licenseById.get(m.licenseId)?.terms.commercialUse === "no",
  );

  it("rank via the API terms, priced at the first-party API, without open-weights credit", () => {
    if (!model) throw new Error("the catalogue has no research-weights model with a first-party API");
    const r = rankModels(catalog, { useCase: "rag", volume: volume(20_000_000) });
    const ranked = r.ranked.find((m) => m.id === model.id);
    expect(ranked).toBeDefined();
    expect(ranked?.costBasis).toBe("api");
    const firstParty = model.offerings.filter((o) => o.firstParty).map((o) => o.providerName);
    expect(firstParty.some((p) => ranked?.costLabel === `API via ${p}`)).toBe(true);
    expect(ranked?.notes.customization).toMatch(/^closed weights/);
    expect(ranked?.license.notes?.some((n) => n.startsWith("Only through"))).toBe(true);
  });

  it("are excluded when the team must self-host (the weights' licence applies)", () => {
    if (!model) throw new Error("fixture");
    const r = rankModels(catalog, { useCase: "rag", deployment: "own-cloud" });
    expect(r.excluded.find((e) => e.id === model.id)?.constraint).toBe("license");
  });

  it("are excluded when the team asks for open-weights models (the weights' licence applies)", () => {
    if (!model) throw new Error("fixture");
    const r = rankModels(catalog, {
      useCase: "coding",
      openWeightsOnly: true,
      monthlyBudgetUsd: 500,
      volume: volume(20_000_000),
    });
    const excluded = r.excluded.find((e) => e.id === model.id);
    expect(excluded?.constraint).toBe("license");
    expect(excluded?.reason).toMatch(/non-commercial/);
    // No ranked model's weights licence blocks commercial use.
    for (const m of r.ranked) {
      const license = catalog.licenseById.get(catalog.modelById.get(m.id)?.licenseId ?? "");
      expect(license?.terms.commercialUse).not.toBe("no");
    }
  });
});
