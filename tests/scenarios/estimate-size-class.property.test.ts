// An estimate is held under what was measured at its size, and the held estimates keep their order
// (twenty-third round; src/scoring/size-class-hold.ts). Gemma 3 1B, estimated from Gemma 3 4B, stood
// at 0.24 above every measured model from 0.5B to 3B and Qwen3 0.6B at 0.25; the first hold put
// every small estimate at Gemma 2 2B's 0.124, a four-way tie a 0.6B won on a 2 GB device. Each
// measured model of the class now bounds an estimate lowered by the size step per halving, so a
// smaller estimate is held lower and no two held estimates of one line tie.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { leafQualityTables } from "../helpers/leaf-quality-tables.js";
import type { Model } from "../../src/catalog/schema.js";
import { ESTIMATE_PENALTY_PER_HALVING, qualityTable, type CriterionTable } from "../../src/scoring/quality.js";
import { rankModels } from "../../src/scoring/rank.js";
import { paramsForMemoryGb } from "../../src/intents/device-memory.js";

const catalog = readCatalog();
const TABLES = leafQualityTables(catalog);
/**
 * One make and generation (the name before the size: "Qwen3" of Qwen3 0.6B, "Gemma 3" of Gemma 3 1B,
 * not Gemma 2) and specialisation (a coder is another product).
 */
const familyKey = (m: Model) =>
  `${m.family}|${m.name.replace(/\s+[\d.]+B\b.*$/, "")}|${/coder|code|vl\b|vision|guard|embed/.exec(m.id)?.[0] ?? ""}`;
const HELD = /an estimate does not pass what was measured at its size/;

/** Models of a table measured (on the job's own signal or a proxy for it), with a size. */
function measuredSized(t: CriterionTable): { size: number; score: number; id: string }[] {
  return catalog.models.flatMap((m) => {
    const q = t.scores.get(m.id);
    const size = m.parameters?.totalB;
    return (q?.evidence === "measured" || q?.evidence === "proxy") && size !== undefined
      ? [{ size, score: q.score, id: m.id }]
      : [];
  });
}

const lowered = (o: { size: number; score: number }, size: number) =>
  o.score - ESTIMATE_PENALTY_PER_HALVING * Math.max(0, Math.log2(o.size / size));

describe("an estimate is held under what was measured at its size, keeping the order of what it holds", () => {
  it("over every estimate in every leaf table: at most the best measured score of its size class (half to twice its size, or the next measured size up), each lowered by the size step per halving down to it, or the table's floor", () => {
    let checked = 0;
    let held = 0;
    for (const [table, t] of TABLES) {
      const measured = measuredSized(t);
      const floor = Math.max(0, Math.min(...measured.map((o) => o.score)) - 0.05);
      for (const m of catalog.models) {
        const q = t.scores.get(m.id);
        const size = m.parameters?.totalB;
        if (q?.evidence !== "estimated" || size === undefined) continue;
        let band = measured.filter((o) => o.id !== m.id && o.size >= size / 2 && o.size <= size * 2);
        if (band.length === 0) {
          const next = Math.min(...measured.filter((o) => o.size > size * 2).map((o) => o.size));
          band = measured.filter((o) => o.size >= next && o.size <= next * 2);
        }
        if (band.length === 0) continue;
        checked++;
        if (HELD.test(q.note)) held++;
        const bound = Math.max(floor, ...band.map((o) => lowered(o, size)));
        expect(q.score, `${table}: ${m.name} (estimated, ${size}B) above its size class`).toBeLessThanOrEqual(
          bound + 1e-9,
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(held).toBeGreaterThan(10);
  });

  it("over every table and line: of two held estimates of one family and specialisation, the larger model scores higher (no tie, no smaller model first)", () => {
    let pairs = 0;
    for (const [table, t] of TABLES) {
      const heldModels = catalog.models.filter((m) => HELD.test(t.scores.get(m.id)?.note ?? ""));
      for (const a of heldModels)
        for (const b of heldModels) {
          const [sa, sb] = [a.parameters!.totalB!, b.parameters!.totalB!];
          if (familyKey(a) !== familyKey(b) || sa <= sb) continue;
          pairs++;
          expect(t.scores.get(a.id)!.score, `${table}: ${a.name} (${sa}B) vs ${b.name} (${sb}B)`).toBeGreaterThan(
            t.scores.get(b.id)!.score,
          );
        }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it("the small end: Gemma 3 1B stands below the measured Llama 3.2 3B and Gemma 2 2B, Qwen3 0.6B below Qwen3 1.7B, each with the reason in its note", () => {
    const t = qualityTable(catalog);
    const s = (id: string) => t.scores.get(id)!;
    expect(s("gemma-3-1b").score).toBeLessThan(s("llama-3.2-3b").score);
    expect(s("gemma-3-1b").score).toBeLessThan(s("gemma-2-2b").score);
    expect(s("qwen3-0.6b").score).toBeLessThan(s("qwen3-1.7b").score);
    for (const id of ["gemma-3-1b", "qwen3-0.6b", "qwen3-1.7b"]) {
      expect(s(id).evidence, id).toBe("estimated");
      expect(s(id).note, id).toMatch(
        /held at \d\.\d\d by the measured Gemma 2 2B \(2B, 0\.12, less 0\.\d\d for its smaller size\)/,
      );
    }
  });

  it("modern estimates are not pulled down to old weak models of their size: Qwen3 4B and 8B stay above the measured Llama 2 7B and Mistral 7B", () => {
    const t = qualityTable(catalog);
    for (const id of ["qwen3-4b", "qwen3-8b"])
      for (const old of ["llama-2-7b", "mistral-7b"])
        expect(t.scores.get(id)!.score, `${id} vs ${old}`).toBeGreaterThan(t.scores.get(old)!.score + 0.1);
  });

  it("over on-device memories of 1 to 4 GB and jobs: no top 5 puts a smaller model of a family above a larger one of the same family and specialisation", () => {
    for (const gb of [1.5, 2, 3, 4])
      for (const useCase of ["chat", "creative", "summarization", "rag"] as const) {
        const ranked = rankModels(catalog, {
          useCase,
          onDevice: true,
          deviceMemoryGb: gb,
          maxParamsB: paramsForMemoryGb(gb),
          commercial: true,
        }).ranked.slice(0, 5);
        ranked.forEach((r, i) => {
          const m = catalog.modelById.get(r.id)!;
          for (const later of ranked.slice(i + 1)) {
            const o = catalog.modelById.get(later.id)!;
            if (familyKey(m) !== familyKey(o)) continue;
            expect(
              m.parameters!.totalB!,
              `${gb} GB ${useCase}: ${m.name} ranked above the larger ${o.name}`,
            ).toBeGreaterThanOrEqual(o.parameters!.totalB!);
          }
        });
      }
  });
});
