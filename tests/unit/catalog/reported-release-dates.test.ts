// Release dates we hold only from a dated report of the lab's announcement replace a price list's date
// that is wrong: models.dev's Azure row dated Phi-4-mini 2024-12-11, Phi-4's own release, two months
// before Phi-4-mini existed. Every reported date reaches the catalogue marked secondary and unverified,
// so answers say "per <source>, <date>".
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { REPORTED_RELEASE_DATES } from "../../../adapters/tools/curation/facts-primary.js";

const catalog = readCatalog();

describe("release dates from dated reports", () => {
  it("each reported date is the catalogue's, from that report, secondary and unverified", () => {
    for (const [id, fact] of Object.entries(REPORTED_RELEASE_DATES)) {
      const m = catalog.modelById.get(id)!;
      expect(m.releaseDate, id).toBe(fact.value);
      expect(m.releaseDateSource, id).toMatchObject({ sourceUrl: fact.url, sourceKind: "secondary", verified: false });
    }
  });

  it("Phi-4-mini is dated February 2025 (with Phi-4-multimodal), not Phi-4's December 2024", () => {
    const mini = catalog.modelById.get("phi-4-mini")!;
    const phi4 = catalog.modelById.get("phi-4")!;
    expect(mini.releaseDate).toBe("2025-02-26");
    expect(mini.releaseDate! > phi4.releaseDate!).toBe(true);
  });
});
