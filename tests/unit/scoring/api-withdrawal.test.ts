import { describe, expect, it } from "vitest";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { isLabApi } from "../../../src/catalog/offering-lifecycle.js";
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

    it(`(${status}) keeps open weights on the API route at the hosts that still serve them, without the lab's own endpoint`, () => {
      const r = applyConstraints(catalog, { volume: volume(50e6) });
      for (const id of openIds) {
        expect(r.excluded.find((x) => x.id === id)?.constraint, id).not.toBe("availability");
        const c = r.candidates.find((x) => x.model.id === id);
        if (!c) continue;
        expect(c.model.offerings.filter(isLabApi), id).toEqual([]);
        const others = base.modelById.get(id)?.offerings.filter((o) => !isLabApi(o)) ?? [];
        expect(c.model.offerings.map((o) => o.provider).sort(), id).toEqual(others.map((o) => o.provider).sort());
      }
      // Some open weights are served by another host, so the rule is exercised, not vacuous.
      expect(r.candidates.some((c) => c.model.openWeights && c.model.offerings.length > 0)).toBe(true);
    });

    it(`(${status}) rules out open weights only the lab served for a team that uses managed APIs only`, () => {
      const r = applyConstraints(catalog, { deployment: "any-api", volume: volume(50e6) });
      const labOnly = base.models.filter((m) => m.openWeights && m.offerings.length > 0 && m.offerings.every(isLabApi));
      expect(labOnly.length).toBeGreaterThan(0);
      for (const m of labOnly) {
        expect(
          r.candidates.some((c) => c.model.id === m.id),
          m.id,
        ).toBe(false);
        // Out for its terms or for having no host left, never for the lab's withdrawal itself.
        expect(r.excluded.find((x) => x.id === m.id)?.constraint, m.id).not.toBe("availability");
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
