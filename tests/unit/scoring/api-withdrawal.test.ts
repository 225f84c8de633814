import { describe, expect, it } from "vitest";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { applyConstraints } from "../../../src/scoring/constraints.js";
import { rebuild, scoringCatalog, volume } from "./scoring-fixture.js";

const base = scoringCatalog();

/** The fixture with every model marked as withdrawn from its lab's API. */
function allWithdrawn(status: "deprecated" | "retired") {
  return rebuild(
    base.models.map((m) => ({ ...m, status })),
    base.licenses,
    base,
  );
}

const selfHosting: Requirements[] = [
  { deployment: "on-prem", volume: volume(50e6) },
  { selfHosted: true, volume: volume(3e6) },
  { deployment: "own-cloud" },
];

describe("a lab withdrawing a model from its API", () => {
  for (const status of ["deprecated", "retired"] as const) {
    const catalog = allWithdrawn(status);
    const openIds = base.models.filter((m) => m.openWeights).map((m) => m.id);

    it(`(${status}) leaves open weights to a team that self-hosts`, () => {
      for (const req of selfHosting) {
        const r = applyConstraints(catalog, req);
        const outForAvailability = r.excluded.filter((e) => e.constraint === "availability").map((e) => e.id);
        for (const id of openIds) expect(outForAvailability).not.toContain(id);
      }
    });

    it(`(${status}) rules open weights out of the API route, saying the weights remain`, () => {
      const r = applyConstraints(catalog, { volume: volume(50e6) });
      for (const id of openIds) {
        const e = r.excluded.find((x) => x.id === id);
        expect(e?.constraint).toBe("availability");
        expect(e?.reason).toMatch(/self-hosted/);
      }
    });

    it(`(${status}) rules closed models out whatever the deployment`, () => {
      for (const req of [{}, ...selfHosting]) {
        const r = applyConstraints(catalog, req);
        for (const m of base.models.filter((x) => !x.openWeights))
          expect(r.candidates.some((c) => c.model.id === m.id)).toBe(false);
      }
    });
  }
});
