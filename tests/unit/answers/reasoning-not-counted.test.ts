// A model that always reasons before answering writes hidden tokens no volume holds. The catalogue
// has no sourced count of them for any model, so a shortlist's cost working says they are not
// counted, for exactly the priced picks that reason first, and cites the published range.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { costWorkingLines } from "../../../src/answers/cost-working.js";
import { NOT_COUNTED } from "../../../src/answers/reasoning-notes.js";
import type { RankedModel } from "../../../src/scoring/rank.js";
import { thinksBeforeAnswering } from "../../../src/scoring/latency-target.js";
import { firstShortlist } from "../../scenarios/cost-working-checks.js";
import { UTRECHT_INSURER } from "../../scenarios/tenth-round-teams.js";
import { volume } from "../costs/fixtures.js";

const catalog = readCatalog();
const thinking = catalog.models.filter(thinksBeforeAnswering);
const others = catalog.models.filter((m) => !thinksBeforeAnswering(m)).slice(0, 40);

const picked = (m: (typeof catalog.models)[number], usd: number) =>
  ({
    id: m.id,
    name: m.name,
    monthlyCostUsd: usd,
    costBasis: "api",
    apiProvider: null,
    costLabel: "",
  }) as unknown as RankedModel;

describe("hidden reasoning is said to be left out of the figures", () => {
  it("property: the note names exactly the priced picks that reason before answering", () => {
    expect(thinking.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.subarray([...thinking, ...others], { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(0, 12.5, 4000), { minLength: 3, maxLength: 3 }),
        (models, costs) => {
          const top = models.map((m, i) => picked(m, costs[i]!));
          const note = costWorkingLines(top, catalog, volume(3e6, 1e6)).find((l) => l.startsWith(`- ${NOT_COUNTED}`));
          const expected = top.filter(
            (m) => m.monthlyCostUsd! > 0 && thinksBeforeAnswering(catalog.modelById.get(m.id)!),
          );
          if (expected.length === 0) {
            expect(note).toBeUndefined();
            return;
          }
          for (const m of expected) expect(note, m.id).toContain(m.name);
          expect(note).toMatch(/neither the cost nor the throughput/);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Utrecht's #2 was DeepSeek-R1 until a replica had to fit one server (a4516da): 671B at 4-bit no
  // longer fits one of its two 4× L40S servers, so its top 3 holds no model that reasons first.
  it("Utrecht insurer (on-prem, 2 servers of 4 L40S): no pick reasons first, so no 'Not counted' line", () => {
    const { top, text } = firstShortlist(catalog, UTRECHT_INSURER);
    expect(top.map((r) => r.name)).not.toContain("DeepSeek-R1");
    expect(top.some((r) => thinksBeforeAnswering(catalog.modelById.get(r.id)!))).toBe(false);
    expect(text).not.toMatch(/Not counted:/);
  });
});
