// One table of hosting rules decides both whether the hosting filter runs (hasHostingRules) and how
// the cost cache names a narrowing (costKeysOf's hosting key). Checked over generated requirements:
// a team with any hosting rule never shares the no-rule key, and two teams whose rules differ never
// share a key, so a cached estimate made under one set of rules is not served under another.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costKeysOf } from "../../../src/scoring/constraints.js";
import { hasHostingRules } from "../../../src/scoring/hosting-rules.js";
import type { Requirements } from "../../../src/scoring/requirements.js";

const rules: fc.Arbitrary<Requirements> = fc.record(
  {
    cloudProvider: fc.constantFrom("aws", "azure", "gcp" as const),
    usGovernmentCloud: fc.boolean(),
    needsBaa: fc.boolean(),
    dataSensitivity: fc.constantFrom("regulated", "internal", "public" as const),
    euDataResidency: fc.boolean(),
    residencyElsewhere: fc.constantFrom("India", "Canada", "Japan"),
    deployment: fc.constantFrom("any-api", "self-host", "any" as const),
    noRetention: fc.boolean(),
    noTrainingOnData: fc.boolean(),
    batchOk: fc.boolean(),
    latency: fc.constantFrom("interactive", "batch" as const),
    onDevice: fc.boolean(),
    exclude: fc.record(
      {
        providers: fc.subarray(["aws", "azure", "gcp"]),
        hostCountries: fc.subarray(["US", "CN"]),
        hosts: fc.subarray(["openai", "anthropic"]),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Requirements>;

const hostingKey = (req: Requirements) => costKeysOf(req).hosting;

describe("hosting rules: one table for the filter and the cost cache", () => {
  it("a team with a hosting rule never shares the cost key of a team without one", () => {
    const none = hostingKey({});
    fc.assert(
      fc.property(rules, (req) => {
        expect(hostingKey(req) !== none).toBe(hasHostingRules(req));
      }),
    );
  });

  it("adding one rule to a team's requirements changes its cost key", () => {
    fc.assert(
      fc.property(
        rules,
        fc.constantFrom<Partial<Requirements>>(
          { needsBaa: true },
          { euDataResidency: true },
          { noRetention: true },
          { noTrainingOnData: true },
          { onDevice: true },
          { batchOk: true },
          { residencyElsewhere: "Brazil" },
          { exclude: { hosts: ["mistral"] } },
        ),
        (req, added) => {
          const key = Object.keys(added)[0] as keyof Requirements;
          fc.pre(req[key] === undefined || req[key] === false);
          // A batch job is already priced at batch rates: saying batch APIs are fine adds nothing.
          fc.pre(!(key === "batchOk" && req.latency === "batch"));
          expect(hostingKey({ ...req, ...added })).not.toBe(hostingKey(req));
          expect(hasHostingRules({ ...req, ...added })).toBe(true);
        },
      ),
    );
  });
});
