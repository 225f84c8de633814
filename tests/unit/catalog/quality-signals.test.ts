// Sourced quality signals in the committed catalogue and the accessors the ranking reads:
// every signal names its benchmark, source, kind and date; use-case strengths follow standings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { PUBLISHED_RESULTS } from "../../../adapters/tools/curation/quality-published.js";
import { LMARENA_RATINGS } from "../../../adapters/tools/curation/lmarena-snapshot.js";
import { LMARENA_MAP } from "../../../adapters/tools/curation/quality-lmarena-map.js";
import {
  BENCHMARKS,
  benchmarkStanding,
  signalFor,
  signalsForUseCase,
  strengthsFromSignals,
} from "../../../src/catalog/quality-signals.js";
import { qualityOf, useCaseTable } from "../../../src/scoring/quality.js";

const catalog = readCatalog();
const model = (id: string) => {
  const found = catalog.modelById.get(id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
};

describe("sourced quality signals", () => {
  it("carry a known benchmark, a source URL, a source kind and a date", () => {
    let count = 0;
    for (const m of catalog.models) {
      for (const q of m.quality.filter((s) => s.benchmark !== undefined)) {
        count++;
        // LMArena and published results are named by the benchmark's label; models.dev rows keep their own name.
        if (q.benchmark!.startsWith("lmarena-")) expect(BENCHMARKS[q.benchmark!].label, m.id).toBe(q.name);
        expect(q.sourceUrl, m.id).toMatch(/^https:\/\//);
        expect(["primary", "secondary"], m.id).toContain(q.sourceKind);
        expect(q.asOf, m.id).toMatch(/^\d{4}-\d{2}/);
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it("cover the frontier closed models and the main open families", () => {
    for (const id of ["gpt-5", "claude-sonnet-4.5", "gemini-2.5-pro", "grok-4", "llama-3.3-70b", "qwen3-235b-a22b"])
      expect(signalFor(model(id), "lmarena-text"), id).toBeDefined();
    for (const id of ["deepseek-v3.2", "mistral-large-3", "gemma-3-27b", "kimi-k2", "glm-4.6"])
      expect(signalFor(model(id), "lmarena-text"), id).toBeDefined();
  });

  // LMArena's stored leaderboards rate Mistral Small 3.1 and Qwen3-VL 235B-A22B (instruct), which the
  // catalogue showed with no quality signal at all until they were mapped.
  it("carry LMArena's own ratings for every model its stored leaderboards list under that name", () => {
    for (const [id, entry] of Object.entries(LMARENA_MAP)) {
      const m = model(id);
      for (const [board, name] of [
        ["lmarena-text", entry.text],
        ["lmarena-vision", entry.vision],
      ] as const) {
        const rated = name ? LMARENA_RATINGS[name]?.[board] : undefined;
        if (rated) expect(signalFor(m, board)?.value, `${id} ${board}`).toBe(rated[0]);
      }
    }
    // GLM-4.5-Air too (round 17's sweep of current models scored only from coding proxies): LMArena
    // rates it under its own name in the stored leaderboard.
    for (const id of ["mistral-small-3.1", "qwen3-vl-235b-a22b", "glm-4.5-air"])
      expect(signalFor(model(id), "lmarena-text"), id).toBeDefined();
  });

  it("rank within one benchmark: a frontier model stands above a 2023 chat model", () => {
    const top = benchmarkStanding(catalog, model("gemini-2.5-pro"), "lmarena-text");
    const old = benchmarkStanding(catalog, model("llama-2-7b"), "lmarena-text");
    expect(top!.share).toBeGreaterThan(0.9);
    expect(old!.share).toBeLessThan(0.1);
    expect(benchmarkStanding(catalog, model("bert"), "lmarena-text")).toBeUndefined();
  });

  it("derive use-case strengths from signals, not tags", () => {
    expect(signalsForUseCase(model("claude-sonnet-4.5"), "coding").length).toBeGreaterThan(0);
    expect(strengthsFromSignals(catalog, model("claude-sonnet-4.5"))).toContain("coding");
    expect(strengthsFromSignals(catalog, model("gemini-2.5-pro"))).toEqual(
      expect.arrayContaining(["multilingual", "vision", "reasoning"]),
    );
    expect(strengthsFromSignals(catalog, model("llama-2-7b"))).toEqual([]);
    // Newer models without LMArena ratings get coding evidence from tagged leaderboard results.
    expect(signalFor(model("claude-opus-4.6"), "swe-bench-pro-public")?.sourceKind).toBe("primary");
    expect(strengthsFromSignals(catalog, model("bert"))).toEqual([]);
  });

  // Gemma 4 (April 2026) came after the LMArena snapshot on file, so it had no signal and its quality
  // was estimated from Gemma 2/3; Google's card gives MMLU-Pro and GPQA Diamond for both sizes.
  it("carry Gemma 4's own card figures, marked secondary because the card was read in copies", () => {
    for (const [id, mmluPro, gpqa] of [
      ["gemma-4-31b", 85.2, 84.3],
      ["gemma-4-26b-a4b", 82.6, 82.3],
    ] as const) {
      expect(signalFor(model(id), "mmlu-pro")?.value, id).toBe(mmluPro);
      expect(signalFor(model(id), "gpqa-diamond")?.value, id).toBe(gpqa);
      expect(signalFor(model(id), "mmlu-pro")?.sourceKind, id).toBe("secondary");
      expect(qualityOf(catalog, id).evidence, id).toBe("measured");
    }
    // Google's own table puts Gemma 4 far above Gemma 3 27B (MMLU-Pro 85.2 vs 67.6), and so does the score.
    expect(qualityOf(catalog, "gemma-4-31b").score).toBeGreaterThan(qualityOf(catalog, "gemma-3-27b").score);
  });

  // These five had no signal at all (estimated quality); OpenHands' own index ran each on the 500
  // SWE-bench Verified instances with one agent, so their coding standing is measured now.
  it("carry OpenHands Index's SWE-bench Verified runs for models that had no signal", () => {
    for (const [id, resolved] of [
      ["nemotron-3-super", 62],
      ["minimax-m2.7", 75.6],
      ["minimax-m3", 76.4],
      ["claude-fable-5", 95.8],
      ["gemini-3.5-flash", 78.6],
    ] as const) {
      const q = signalFor(model(id), "swe-bench-verified");
      expect(q?.value, id).toBe(resolved);
      expect(q?.sourceKind, id).toBe("primary");
      expect(q?.sourceUrl, id).toMatch(
        /^https:\/\/github\.com\/OpenHands\/openhands-index-results\/blob\/[0-9a-f]{40}\//,
      );
      expect(useCaseTable(catalog, "coding").scores.get(id)?.evidence, id).toBe("measured");
    }
    // General ability reads a coding run only as a half-weight proxy; NVIDIA's own MMLU-Pro measures it.
    expect(qualityOf(catalog, "minimax-m3").evidence).toBe("proxy");
    expect(qualityOf(catalog, "nemotron-3-super").evidence).toBe("measured");
  });

  it("carry NVIDIA's own Nemotron 3 figures, from its repository, for all three sizes", () => {
    for (const [id, mmluPro] of [
      ["nemotron-3-nano", 78.3],
      ["nemotron-3-super", 83.73],
      ["nemotron-3-ultra", 86.8],
    ] as const) {
      const q = signalFor(model(id), "mmlu-pro");
      expect(q?.value, id).toBe(mmluPro);
      expect(q?.sourceKind, id).toBe("primary");
      expect(q?.sourceUrl, id).toMatch(/^https:\/\/github\.com\/NVIDIA-NeMo\/Nemotron\/blob\/[0-9a-f]{40}\//);
      expect(qualityOf(catalog, id).evidence, id).toBe("measured");
    }
    expect(signalFor(model("nemotron-3-ultra"), "swe-bench-verified")?.value).toBe(71.9);
  });

  it("every published result is in the catalogue as given, its model measured (coding-only: a proxy), a copy's reading secondary", () => {
    const entries = Object.entries(PUBLISHED_RESULTS).flatMap(([id, rs]) => rs.map((r) => [id, r] as const));
    fc.assert(
      fc.property(fc.constantFrom(...entries), ([id, r]) => {
        const q = signalFor(model(id), r.benchmark);
        expect(q?.value, id).toBe(r.value);
        expect(q?.sourceKind, id).toBe(r.sourceKind);
        expect(q?.sourceUrl, id).toBe(r.sourceUrl);
        if (/copies|republished/.test(r.source)) expect(r.sourceKind, id).toBe("secondary");
        // Measured, unless the model's only signals are coding runs: those stand in for general
        // ability only as a half-weight proxy.
        const codingOnly = model(id).quality.every((s) => s.benchmark && BENCHMARKS[s.benchmark].useCase === "coding");
        expect(qualityOf(catalog, id).evidence, id).toBe(codingOnly ? "proxy" : "measured");
      }),
      { numRuns: entries.length },
    );
  });
});

describe("lab-reported launch figures read in copies", () => {
  it.each([
    ["gpt-5.4-mini", "gpqa-diamond", 88.0],
    ["gpt-5.4-nano", "gpqa-diamond", 82.8],
    ["gemini-3.1-flash-lite", "gpqa-diamond", 86.9],
    ["devstral-small-2", "swe-bench-verified", 68.0],
    ["qwen3.5-35b-a3b", "swe-bench-verified", 69.2],
    ["qwen3.5-35b-a3b", "gpqa-diamond", 84.2],
  ] as const)("%s has %s %d, secondary", (id, benchmark, value) => {
    const q = signalFor(model(id), benchmark);
    expect(q?.value).toBe(value);
    expect(q?.sourceKind).toBe("secondary");
  });
});
