// For code, task results weigh before people's votes (src/scoring/task-evidence.ts). Checked over
// generated pairs of models added to the real catalogue: a generalist rated on LMArena's coding
// board alone, and a code model with a task result (SWE-Bench Pro, Aider Polyglot) and a vote
// rating of its own. A strong vote rating alone must not out-rank a comparable task result with a
// near vote rating, which is how a vision-language model (Qwen3-VL 235B-A22B, votes only) led a
// bank's on-prem code assistant over Qwen3-Coder 480B-A35B.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { BENCHMARKS, type BenchmarkId } from "../../../src/catalog/benchmarks.js";
import type { Model, QualitySignal } from "../../../src/catalog/schema.js";
import { useCaseTable } from "../../../src/scoring/quality.js";
import { anchorOf, placer } from "../../../src/scoring/signal-scale.js";

const real = readCatalog();
const template = real.modelById.get("qwen3-next-80b-a3b")!;

/** Signals compare by name, so a generated one takes the name the catalogue's rows of its benchmark carry. */
const nameOf = (b: BenchmarkId) => real.models.flatMap((m) => m.quality).find((q) => q.benchmark === b)!.name;
const signal = (benchmark: BenchmarkId, value: number): QualitySignal => ({
  name: nameOf(benchmark),
  value,
  higherIsBetter: true,
  source: "generated for this test",
  asOf: "2026-12-01",
  benchmark,
});
const model = (id: string, quality: QualitySignal[]): Model => ({ ...template, id, name: id, family: id, quality });
const withModels = (extra: Model[]): Catalog => {
  const models = [...real.models, ...extra];
  return { ...real, models, modelById: new Map(models.map((m) => [m.id, m])) };
};
/** The values the catalogue holds for a benchmark, sorted: generated values are drawn from them. */
const valuesOf = (b: BenchmarkId) =>
  real.models.flatMap((m) => m.quality.filter((q) => q.benchmark === b).map((q) => q.value)).sort((x, y) => x - y);
const VOTES = valuesOf("lmarena-coding");
const TASKS = ["swe-bench-pro-public", "aider-polyglot"] as const;

/** Where a signal stands on the coding scale, read as the fit reads it (the LMArena coding anchor). */
function standing(catalog: Catalog, s: QualitySignal): number {
  const reads = (x: QualitySignal) => x.benchmark !== undefined && BENCHMARKS[x.benchmark].useCase === "coding";
  return placer(catalog, anchorOf(catalog, reads))(s).share;
}

describe("coding fit: task results first, votes alone pulled toward the middle", () => {
  it("over generated pairs: a top-fifth vote rating alone ranks below a task result at most 0.05 lower with votes at most 0.1 lower", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: Math.floor(VOTES.length * 0.7), max: VOTES.length - 1 }),
        fc.constantFrom(...TASKS),
        fc.double({ min: 0.6, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (voteAt, task, taskQuantile, votesBelow) => {
          const taskValues = valuesOf(task);
          const voter = model("generated-generalist", [signal("lmarena-coding", VOTES[voteAt]!)]);
          const taskSignal = signal(task, taskValues[Math.round(taskQuantile * (taskValues.length - 1))]!);
          const ownVotes = signal("lmarena-coding", VOTES[Math.max(0, voteAt - votesBelow)]!);
          const coder = model("generated-coder", [taskSignal, ownVotes]);
          const catalog = withModels([voter, coder]);
          const v = standing(catalog, voter.quality[0]!);
          const t = standing(catalog, taskSignal);
          const own = standing(catalog, ownVotes);
          const fit = useCaseTable(catalog, "coding").scores;
          const voterFit = fit.get(voter.id)!;
          // Votes alone: still measured, never raised above their standing, said as votes alone.
          expect(voterFit.evidence).toBe("measured");
          expect(voterFit.score).toBeLessThanOrEqual(v + 1e-9);
          expect(voterFit.note).toMatch(/votes on prompts, no task benchmark/);
          if (v < 0.8 || t < v - 0.05 || own < v - 0.1) return;
          compared++;
          expect(
            fit.get(coder.id)!.score,
            `votes ${v.toFixed(3)} vs task ${t.toFixed(3)} + votes ${own.toFixed(3)}`,
          ).toBeGreaterThan(voterFit.score);
        },
      ),
      { numRuns: 40, seed: 16 },
    );
    expect(compared).toBeGreaterThan(5);
  });

  it("the code jobs read it (coding, agents); a model with task results only keeps their plain mean", () => {
    for (const job of ["coding", "agents"] as const) {
      const qwenVl = useCaseTable(real, job).scores.get("qwen3-vl-235b-a22b")!;
      expect(qwenVl.note, job).toMatch(/votes on prompts, no task benchmark/);
    }
    const tasksOnly = useCaseTable(real, "coding").scores.get("devstral-2")!;
    expect(tasksOnly.note).not.toMatch(/votes on prompts/);
  });
});
