import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importSelfHost } from "../../../adapters/tools/import-selfhost.js";
import { selfHostDataSchema } from "../../../src/catalog/selfhost-schema.js";
import { keysOfModel, modelKey } from "../../../src/costs/model-key.js";
import { loadSelfHost } from "./fixtures.js";

const reference = fileURLToPath(new URL("../../../../shared/data/selfhost.json", import.meta.url));
const committed = fileURLToPath(new URL("../../../catalog/selfhost.json", import.meta.url));

describe("catalog/selfhost.json", () => {
  it("parses with the schema and keeps sources, dates and verified flags", () => {
    const data = selfHostDataSchema.parse(JSON.parse(readFileSync(committed, "utf8")));
    expect(data.hoursPerMonth).toBe(730);
    const h100 = data.prices.find((p) => p.gpuKey === "H100-SXM-80GB")!;
    // Median of each provider's cheapest VERIFIED on-demand row: Nebius 2.95, RunPod 3.29,
    // Lambda 3.99, AWS 6.88, GCP 11.0612; CoreWeave 6.155 and Azure 12.29 are unverified.
    expect(h100.basis).toBe("verified");
    expect([h100.min, h100.median, h100.max]).toEqual([2.95, 3.99, 11.0612]);
    expect(h100.readings.filter((r) => !r.used).map((r) => [r.provider, r.verified])).toEqual([
      ["CoreWeave", false],
      ["Azure", false],
    ]);
    // Marketplace medians (Vast.ai, RunPod Community) are not datacenter offers.
    expect(h100.readings.some((r) => /Vast|Community/.test(`${r.provider} ${r.offering}`))).toBe(false);
    expect(
      h100.readings.every((r) => r.sources.length > 0 && r.sources.every((s) => s.source.startsWith("http"))),
    ).toBe(true);
    expect(data.kvCache.find((k) => k.model.startsWith("Qwen2.5 72B"))?.verified).toBe(false);
  });

  it.skipIf(!existsSync(reference))("is what the importer produces from the reference file (deterministic)", () => {
    const raw = JSON.parse(readFileSync(reference, "utf8")) as Record<string, unknown>;
    const once = JSON.stringify(importSelfHost(raw), null, 2) + "\n";
    expect(JSON.stringify(importSelfHost(raw), null, 2) + "\n").toBe(once);
    expect(readFileSync(committed, "utf8")).toBe(once);
  });
});

describe("model keys", () => {
  it("normalize names without merging versions", () => {
    expect(modelKey("Meta-Llama-3.1-70B-Instruct")).toBe("llama-3-1-70b");
    expect(modelKey("meta-llama/Llama-3.3-70B-Instruct")).toBe("llama-3-3-70b");
    expect(modelKey("Llama 3 70B")).toBe("llama-3-70b");
    expect(modelKey("DeepSeek-R1-0528")).toBe("deepseek-r1");
    expect(modelKey("Command R+")).not.toBe(modelKey("Command R"));
    expect(modelKey("gemma-3-27b-it")).toBe("gemma-3-27b");
  });

  it("join catalogue models to rows", () => {
    const data = loadSelfHost();
    const keys = keysOfModel({ id: "llama-3.3-70b", name: "Llama 3.3 70B Instruct", aliases: [] });
    expect(data.kvCache.filter((k) => k.matchKeys.some((x) => keys.has(x))).map((k) => k.model)).toEqual([
      "Llama 3.1 70B / Llama 3.3 70B",
    ]);
    const llama3 = keysOfModel({ id: "llama-3-70b", name: "Llama 3 70B", aliases: [] });
    expect(data.kvCache.some((k) => k.matchKeys.some((x) => llama3.has(x)))).toBe(false);
  });
});
