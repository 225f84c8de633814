// A group of GPUs the team named ("what would 8x h100 at $2.50/h cost us?") that holds more than
// the load's peak and one spare: the rest is headroom, said as how many of the named GPUs the load
// needs, not as more spare replicas (Pune BPO: '1 replica for a 3× peak + 3 spare' on 8 H100s).
// Generated models × GPUs × named counts × volumes: the fleet line's figures add up to the group.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { fleetLine } from "../../../src/answers/self-host-common.js";
import { namedHeadroomGpus } from "../../../src/costs/fleet.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { PUNE_BPO } from "../../scenarios/tenth-round-teams.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;
const open = catalog.models.filter((m) => m.openWeights && m.parameters);

describe("a named GPU group larger than the load needs", () => {
  it("says how many of the named GPUs the load needs and that the rest is headroom; spares stay N+1", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...open),
        fc.constantFrom("H100", "L40S", "A100 80GB", "H200"),
        fc.constantFrom(2, 4, 8, 16),
        fc.double({ min: 1e6, max: 2e10, noNaN: true }),
        (model, gpu, named, tokens) => {
          const e = selfHostEstimate(model, volume(tokens * 0.75, tokens * 0.25), { gpu, gpuCount: named }, data);
          if ("unavailable" in e) return;
          const line = fleetLine(e);
          const headroom = namedHeadroomGpus(e);
          const needed = (e.replicasForPeak + e.spareReplicas) * e.gpusPerReplica;
          expect(headroom).toBe(Math.max(0, e.gpus - needed));
          if (headroom > 0) {
            expect(line).toContain(
              `the load needs ${named - headroom} of the ${named} GPUs you named, the other ${headroom} are headroom`,
            );
            expect(named - headroom).toBe(needed);
            // Spares said are the N+1 ones only.
            expect(line).toMatch(new RegExp(`\\+ ${e.spareReplicas} spare|no spare`));
          } else expect(line).not.toContain("headroom");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("Pune BPO: 'what would 8x h100 at $2.50/h cost us for this?' names the 8 H100s and says how many the load needs", () => {
    const c = chat(catalog);
    c.say(PUNE_BPO);
    const said = textOf(c.say("what would 8x h100 at $2.50/h cost us for this?"));
    const lead = said.split("\n").find((l) => l.startsWith("**What if:**"));
    expect(lead).toMatch(/on 8× NVIDIA H100 SXM5/);
    expect(lead).not.toMatch(/H100-SXM-80GB/);
    expect(lead!.match(/GPUs at \$2\.50\/hour/g)).toHaveLength(1);
    for (const line of said.split("\n").filter((l) => / self-hosted, always on /.test(l))) {
      expect(line).toMatch(/8× NVIDIA H100 SXM5/);
      expect(line).not.toMatch(/\+ [2-9] spare/);
      expect(line).toMatch(
        /the load needs \d of the 8 GPUs you named, the other \d are headroom|no spare|\+ 1 spare\)/,
      );
    }
  });
});
