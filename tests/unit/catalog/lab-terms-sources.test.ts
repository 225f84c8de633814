// Labs whose country is read in their own terms (the legal entity and its seat), not in an article
// about them: Mistral AI (its Terms of Service), Cohere (its SaaS Agreement), Hugging Face (its Terms
// of Service). The audit no longer lists them among countries on a secondary source.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { auditCatalog } from "../../../adapters/tools/catalog-audit/checks.js";

const catalog = readCatalog();
const lab = (id: string) => [...(catalog.labByName?.values() ?? [])].find((l) => l.id === id)!;

describe("lab countries from the labs' own terms", () => {
  it.each([
    ["mistral-ai", "FR", "mistral.ai", /15 rue des Halles, 75001 Paris/],
    ["cohere", "CA", "cohere.com", /Toronto, Ontario/],
    ["hugging-face", "US", "huggingface.co", /Delaware corporation/],
  ])("%s: %s, read on its own site (%s), primary", (id, country, host, seat) => {
    const l = lab(id);
    expect(l.country).toBe(country);
    expect(l.sourceKind).toBe("primary");
    expect(new URL(l.sourceUrl!).hostname).toBe(host);
    expect(l.note).toMatch(seat);
    expect(l.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the audit lists only the labs still on a secondary source", () => {
    const listed = auditCatalog(catalog, new Date("2026-12-08T00:00:00Z"))
      .findings.filter((f) => f.kind === "lab-country-secondary")
      .map((f) => f.subject);
    for (const id of ["mistral-ai", "cohere", "hugging-face"]) expect(listed).not.toContain(`lab ${id}`);
    expect(listed).toContain("lab openai");
  });
});
