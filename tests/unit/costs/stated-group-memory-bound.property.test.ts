// A GPU group the team names is the replica's ceiling: when the weights and the least a service
// batches fit that group but a full batch's KV cache would not, the replica stays on the GPUs named
// and serves what their memory holds after the weights, more load adding replicas of that group
// rather than silently growing each replica past it. The answer then says memory bounds it and
// what a group twice as large would hold. Checked over every open model with a size.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { volume as monthly } from "./fixtures.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights && m.parameters?.totalB);
const volume = monthly(6e9, 2e9);

describe("a replica on a named GPU group", () => {
  for (const stated of [2, 4]) {
    it(`on ${stated}× H100, every model whose weights fit keeps replicas of at most ${stated} GPUs`, () => {
      let bounded = 0;
      for (const model of open) {
        const named = selfHostEstimate(model, volume, { gpu: "h100", gpuCount: stated }, catalog.selfhost);
        if ("unavailable" in named) continue;
        const free = selfHostEstimate(model, volume, { gpu: "h100" }, catalog.selfhost);
        if ("unavailable" in free) continue;
        // The weights alone overflow the group: the replica must be larger, and the answer says so.
        if (named.memory.weightsGb > named.memory.usableGbPerGpu * stated) continue;
        expect(named.gpusPerReplica, model.id).toBeLessThanOrEqual(stated);
        expect(named.memory.kvCacheGb + named.memory.weightsGb, model.id).toBeLessThanOrEqual(
          named.memory.usableGbPerGpu * named.gpusPerReplica + 1e-6,
        );
        if (free.gpusPerReplica > stated) {
          bounded++;
          // Kept on the group, it serves fewer sequences than the larger replica would.
          expect(named.memory.concurrency, model.id).toBeLessThanOrEqual(free.memory.concurrency);
          if (named.memory.concurrencyBound === "memory")
            expect(named.warnings.join("\n"), model.id).toMatch(/Memory bounds each replica: on \d+ /);
        }
      }
      // The property is not vacuous: some models would have grown past the group.
      expect(bounded).toBeGreaterThan(0);
    });
  }
});
