// A board only a handful of models report (the agentic-coding harness boards: two or three frontier
// models each, none rated on a broad board) ranks a model among those few, not on the catalogue's
// scale. Before, the last of three frontier models there scored as a weak model: Claude Sonnet 4.6,
// rated only on such boards, had a general quality of 0.40 beside Sonnet 4.5's 0.94, and GPT-5.4's
// coding fit was 0.47 although SWE-Bench Pro placed it above Claude Sonnet 4.5. Checked over
// generated few-model boards added to the real catalogue:
// - a model with a broad or placed signal keeps the score those give it, however it fares on them;
// - a model rated only on them is weighed with its measured relative's estimate, said in the note.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import type { Model, QualitySignal } from "../../../src/catalog/schema.js";
import { qualityTable, useCaseTable } from "../../../src/scoring/quality.js";

/** A board at most this many models report is a few-model board (THIN_BOARD_REPORTERS in quality.ts). */
const THIN_BOARD_REPORTERS = 4;

const real = readCatalog();

const board = (name: string, value: number): QualitySignal => ({
  name,
  value,
  higherIsBetter: true,
  source: "generated for this test",
  asOf: "2026-12-01",
});

/** The catalogue with a generated board of `values` (one per model id) added to those models. */
function withBoard(name: string, values: ReadonlyMap<string, number>, extra: Model[] = []): Catalog {
  const models = [...real.models, ...extra].map((m) =>
    values.has(m.id) ? { ...m, quality: [...m.quality, board(name, values.get(m.id)!)] } : m,
  );
  return { ...real, models, modelById: new Map(models.map((m) => [m.id, m])) };
}

/** Models measured on a broad board of the coding class (SWE-Bench, LMArena coding). */
const broadCoders = real.models.filter((m) => m.quality.some((q) => /swe-bench verified|lmarena coding/i.test(q.name)));

describe("few-model boards do not decide quality on their own", () => {
  it("there are broadly measured models to add boards to", () => expect(broadCoders.length).toBeGreaterThan(10));

  it("over generated boards of 2 to 4 models, two of them broadly measured: those two keep their coding fit wherever they place", () => {
    const unrated = (i: number): Model => ({
      ...broadCoders[0]!,
      id: `generated-peer-${i}`,
      name: `Peer ${i}`,
      family: `peer-${i}`,
      quality: [],
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...broadCoders.map((m) => m.id)), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 0, max: THIN_BOARD_REPORTERS - 2 }),
        fc.array(fc.double({ min: 1, max: 99, noNaN: true }), {
          minLength: THIN_BOARD_REPORTERS,
          maxLength: THIN_BOARD_REPORTERS,
        }),
        (ids, extra, scores) => {
          // Peers with no rating of their own: the board cannot be placed on the broad scale.
          const peers = Array.from({ length: extra }, (_, i) => unrated(i));
          const all = [...ids, ...peers.map((p) => p.id)];
          const values = new Map(all.map((id, i) => [id, scores[i]!]));
          const catalog = withBoard("Generated Coding Harness Bench (pass@1)", values, peers);
          const before = useCaseTable(real, "coding").scores;
          const after = useCaseTable(catalog, "coding").scores;
          for (const id of ids) expect(after.get(id)!.score, id).toBeCloseTo(before.get(id)!.score, 9);
        },
      ),
      { numRuns: 25, seed: 2026 },
    );
  });

  it("over generated boards: a model rated only there, last of its few peers, is weighed with its measured relative and never scored below both", () => {
    const relative = real.modelById.get("claude-sonnet-4.5")!;
    // Frontier peers no broad board has rated yet, as on the harness boards.
    const peers = [1, 2, 3].map((i): Model => ({
      ...relative,
      id: `generated-peer-${i}`,
      name: `Peer ${i}`,
      family: `peer-${i}`,
      quality: [],
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: THIN_BOARD_REPORTERS - 1 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (others, low) => {
          // A new release of Sonnet's line, rated on one board with `others` models above it.
          const fresh: Model = { ...relative, id: "generated-sonnet", name: "Claude Sonnet 9.9", quality: [] };
          const values = new Map<string, number>([["generated-sonnet", low]]);
          for (const p of peers.slice(0, others)) values.set(p.id, low + 10);
          const catalog = withBoard("Generated Coding Harness Bench (score)", values, [
            fresh,
            ...peers.slice(0, others),
          ]);
          for (const t of [qualityTable(catalog), useCaseTable(catalog, "coding")]) {
            const q = t.scores.get("generated-sonnet")!;
            const alone = 0.5 + ((0 - 0.5) * others) / (others + 2);
            expect(q.score).toBeGreaterThan(alone);
            expect(q.note).toMatch(/weighed with its estimate from Claude Sonnet/);
          }
        },
      ),
      { numRuns: 15, seed: 4646 },
    );
  });

  it("Claude Sonnet 4.6 and GPT-5.4 (catalogue): few-model boards no longer sink them below their own line's older releases' measured standing by half", () => {
    const q = (id: string) => qualityTable(real).scores.get(id);
    const fit = (id: string) => useCaseTable(real, "coding").scores.get(id);
    const sonnet46 = q("claude-sonnet-4.6");
    if (sonnet46) expect(sonnet46.score).toBeGreaterThan(0.45);
    const gpt54 = fit("gpt-5.4");
    const sonnet45 = fit("claude-sonnet-4.5");
    // SWE-Bench Pro (public) places GPT-5.4's 59.1 above Sonnet 4.5's 43.6.
    if (gpt54 && sonnet45) expect(gpt54.score).toBeGreaterThan(0.85);
  });
});
