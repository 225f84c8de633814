// Whatever facts and model ids arrive (the parser's output, stale session ids), the licence code
// answers without throwing, with a verdict for every known model and no pings echoed back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { licenseHandler } from "../../../src/answers/license.js";
import type { LicenseTopic } from "../../../src/intents/types.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { LICENSE_TOPICS } from "../../../src/licensing/topic.js";
import { licenseVerdict } from "../../../src/licensing/verdict.js";
import { ctxFor } from "../answers/helpers.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");
const ids = catalog.models.map((m) => m.id);
const TOPICS: (LicenseTopic | null)[] = [null, ...LICENSE_TOPICS];

const factsArb: fc.Arbitrary<TeamFacts> = fc.record(
  {
    commercial: fc.boolean(),
    monthlyActiveUsers: fc.oneof(
      fc.integer({ min: 0, max: 5e9 }),
      fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY, 0.5),
    ),
    fineTune: fc.boolean(),
    distributeWeights: fc.boolean(),
    serveAsApi: fc.boolean(),
    trainOnOutputs: fc.boolean(),
    competingModel: fc.boolean(),
    selfHost: fc.boolean(),
    inEu: fc.boolean(),
    fieldOfUse: fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom("medical", "<!channel> military @everyone", "law-enforcement", ""),
    ),
  },
  { requiredKeys: [] },
);

describe("licence code under arbitrary input", () => {
  it("gives every catalogue model a well-formed verdict for any facts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog.models), factsArb, (model, facts) => {
        const license = catalog.licenseById.get(model.licenseId);
        if (!license) return;
        const v = licenseVerdict(model, license, facts);
        expect(["allowed", "conditional", "blocked"]).toContain(v.verdict);
        expect(v.reasons.length).toBeGreaterThan(0);
        for (const line of [...v.reasons, ...v.duties, ...(v.questions ?? [])])
          expect(line).not.toMatch(/undefined|NaN|Infinity|\[object/);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("answers any license intent without throwing and without echoing a ping", () => {
    fc.assert(
      fc.property(
        fc.subarray(ids, { maxLength: 6 }),
        factsArb,
        fc.constantFrom(...TOPICS),
        fc.boolean(),
        (modelIds, facts, topic, openOnly) => {
          const ctx = ctxFor(catalog, now);
          const out = licenseHandler(
            { kind: "license", modelIds: [...modelIds, "no-such-model"], facts, topic, openOnly },
            ctx,
          );
          expect(out.replies).toHaveLength(1);
          const reply = out.replies[0]!;
          expect(reply.data?.intent).toBe("license");
          expect(reply.fallbackText.length).toBeGreaterThan(0);
          expect(reply.fallbackText).not.toMatch(/<!channel>|@everyone/);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
