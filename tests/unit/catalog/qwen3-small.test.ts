// The three small dense Qwen3 sizes teams shortlist for devices and cheap volume (0.6B, 1.7B, 4B)
// were missing: asked by name they resolved to nothing or to another size. Each now has Qwen's own
// facts: the release post's 32K context (not a host's 40K or 128K serving cap), Apache 2.0 (Qwen3's
// licence record), total and active parameters from Qwen's technical report, and a host's price.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveModel } from "../../../src/catalog/lookup.js";

const catalog = readCatalog();
const SIZES = [
  { id: "qwen3-0.6b", said: "qwen3 0.6b", totalB: 0.6 },
  { id: "qwen3-1.7b", said: "Qwen3 1.7B", totalB: 1.7 },
  { id: "qwen3-4b", said: "qwen 3 4b", totalB: 4 },
];

describe("Qwen3 0.6B, 1.7B and 4B", () => {
  it.each(SIZES)("$id has Qwen's context, licence and parameters, each with its source", ({ id, totalB }) => {
    const m = catalog.modelById.get(id);
    expect(m, id).toBeDefined();
    expect(m!.contextWindow).toBe(32_768);
    expect(m!.contextWindowSource).toMatchObject({ sourceKind: "primary" });
    expect(m!.contextWindowSource?.sourceUrl).toMatch(
      /QwenLM\/qwenlm\.github\.io\/blob\/[0-9a-f]{40}\/content\/blog\/qwen3\//,
    );
    expect(m!.licenseId).toBe("qwen3");
    expect(m!.openWeights).toBe(true);
    expect(m!.parameters).toMatchObject({ totalB, activeB: totalB });
    expect(m!.releaseDate).toBe("2025-04-29");
    expect(m!.offerings.length).toBeGreaterThan(0);
  });

  it.each(SIZES)("'$said' resolves to $id", ({ id, said }) => {
    const found = resolveModel(said, catalog);
    expect(found).toEqual({ status: "found", id });
  });
});
