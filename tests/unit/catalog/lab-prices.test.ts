// A lab's own list price, read in its text, settles the price of its own API when it is not older
// than the price lists: a matching list price takes the lab's source and date, a different one is
// dropped (and said), a newer list price is left alone.
import { describe, expect, it } from "vitest";
import { applyLabPrice } from "../../../adapters/tools/catalog-import/lab-prices.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Offering } from "../../../src/catalog/schema.js";
import type { LabPrice } from "../../../adapters/tools/curation/mistral-cards.js";

const lab: LabPrice = {
  provider: "mistral",
  input: 0.1,
  output: 0.3,
  source: "Mistral AI's model card",
  sourceUrl: "https://example.org/card",
  asOf: "2026-08-21",
};
const offering = (over: Partial<Offering>): Offering => ({
  provider: "mistral",
  providerName: "Mistral",
  providerModelId: "small",
  firstParty: true,
  inputPerMTok: 0.1,
  outputPerMTok: 0.3,
  cachedInputPerMTok: null,
  source: "models.dev",
  sourceUrl: "https://example.org/list",
  asOf: "2026-07-02",
  ...over,
});

describe("a lab's own price for its API", () => {
  it("re-dates a matching list price to the lab's text and drops a different one, saying so", () => {
    const warnings: string[] = [];
    const out = applyLabPrice(
      "m",
      [offering({}), offering({ source: "litellm", inputPerMTok: 0.06, outputPerMTok: 0.18, asOf: "2026-07-24" })],
      lab,
      warnings,
    );
    expect(out).toEqual([offering({ source: lab.source, sourceUrl: lab.sourceUrl, asOf: "2026-08-21" })]);
    expect(warnings).toEqual([expect.stringContaining("(0.06/0.18) differs from Mistral AI's model card")]);
  });

  it("leaves hosts, and list prices newer than the lab's text, as they are", () => {
    const host = offering({ provider: "amazon-bedrock", firstParty: false, inputPerMTok: 0.2 });
    const newer = offering({ inputPerMTok: 0.2, asOf: "2026-11-01" });
    expect(applyLabPrice("m", [host, newer], lab, [])).toEqual([host, newer]);
    expect(applyLabPrice("m", [host], undefined, [])).toEqual([host]);
  });

  it("is applied in the committed catalogue: Mistral Small 3.2 at Mistral's card price", () => {
    // Mistral retired Mistral Small 3.2 from its API on 2026-07-31 (the same card): the offering is
    // kept with its last price among the retired ones, no longer sold.
    const retired = readCatalog().retiredOfferings?.get("mistral-small-3.2") ?? [];
    const own = retired.map((r) => r.offering).filter((o) => o.provider === "mistral");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ inputPerMTok: 0.1, outputPerMTok: 0.3, asOf: "2026-08-21" });
    expect(own[0]!.sourceUrl).toMatch(/platform-docs-public\/blob\/[0-9a-f]{40}\/.*mistral-small-3-2-25-06\.ts$/);
  });
});
