// Azure's newer GPT versions (GPT-5.4, GPT-5.5) had their EU and US data zones only from LiteLLM's
// price map, read through a mirror (residency shown unverified). Microsoft's own Europe and Americas
// tables (dated 2026-04-30) list their Data Zone Standard rows; answers now cite those, and a place
// neither table covers (Japan, India, the UAE) stays unchecked rather than ruled out, since the Asia
// Pacific and Middle East tables were not read for these versions.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { cloudResidency } from "../../../src/scoring/residency.js";

const catalog = readCatalog();
const MICROSOFT_TABLES = /^https:\/\/github\.com\/MicrosoftDocs\/azure-ai-docs\/blob\/[0-9a-f]{40}\/articles\//;
/** The EU regions each version's row ticks in the Europe table's Data Zone Standard tab. */
const EU_ROWS: Record<string, string[]> = {
  "gpt-5.4": [
    "francecentral",
    "germanywestcentral",
    "italynorth",
    "polandcentral",
    "spaincentral",
    "swedencentral",
    "westeurope",
  ],
  "gpt-5.5": ["polandcentral", "swedencentral"],
};

describe("Azure data zones of GPT-5.4 and GPT-5.5 from Microsoft's own tables", () => {
  for (const [id, euRegions] of Object.entries(EU_ROWS)) {
    const model = catalog.modelById.get(id)!;
    it(`${id}: EU and US processing cited from Microsoft's tables, not the price map`, () => {
      for (const country of ["EU", "US"]) {
        const e = cloudResidency(model, "azure", { said: country, country }, "Azure");
        expect(e.state, `${id} ${country}`).toBe("yes");
        expect(e.sourceKind, `${id} ${country}`).toBe("primary");
        expect(e.sourceUrl, `${id} ${country}`).toMatch(MICROSOFT_TABLES);
      }
      const eu = (model.clouds ?? []).find((r) => r.cloud === "azure" && r.sourceKind === "primary" && r.euProcessing);
      expect(eu?.regions).toEqual(euRegions);
      // Every EU member state whose region the row ticks is named; the others are not claimed.
      const de = cloudResidency(model, "azure", { said: "Germany", country: "DE" }, "Azure");
      expect(de.state, `${id} DE`).toBe(euRegions.includes("germanywestcentral") ? "yes" : "unknown");
    });
    it(`${id}: a place neither table covers stays not checked`, () => {
      for (const country of ["JP", "IN", "AE"]) {
        const e = cloudResidency(model, "azure", { said: country, country }, "Azure");
        expect(e.state, `${id} ${country}`).toBe("unknown");
      }
    });
  }
});
