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

// truth4: models.dev's Azure row dated Phi-4-reasoning 2024-12-11 too (Phi-4's day); Microsoft's own
// card says "Release date April 30, 2025" and gives its size, so both facts are primary now.
describe("Phi-4's variants are dated after Phi-4", () => {
  const phi4 = catalog.modelById.get("phi-4")!;
  const variants = catalog.models.filter((m) => m.id.startsWith("phi-4-"));

  it(`each of ${variants.length} Phi-4 variants (mini, reasoning, …) is released after Phi-4 itself`, () => {
    expect(variants.map((m) => m.id)).toContain("phi-4-reasoning");
    for (const m of variants) expect(m.releaseDate! > phi4.releaseDate!, `${m.id} ${m.releaseDate}`).toBe(true);
  });

  it("Phi-4-reasoning's date and size are Microsoft's card's, verified", () => {
    const m = catalog.modelById.get("phi-4-reasoning")!;
    expect(m.releaseDate).toBe("2025-04-30");
    const card = "https://huggingface.co/microsoft/Phi-4-reasoning";
    expect(m.releaseDateSource).toMatchObject({ sourceUrl: card, sourceKind: "primary", verified: true });
    expect(m.parameters).toMatchObject({ totalB: 14, source: card, sourceKind: "primary", verified: true });
  });
});
