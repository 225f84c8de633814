// A lower precision at the same price is explained: the note appears exactly when the fleet (GPUs)
// is the same at INT4/INT8 as at the precision used unasked, and its figures are the estimate's.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { samePrecisionCostNote } from "../../../src/answers/precision-note.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { volume } from "../costs/fixtures.js";

const catalog = readCatalog();
const open = catalog.models.filter((m) => m.openWeights && m.kind === "model" && m.parameters);

describe("a lower precision that saves nothing says why", () => {
  it.each(["H100-SXM-80GB", "L40S-48GB", "A100-80GB"])("on %s, for every sized open model", (gpu) => {
    let explained = 0;
    for (const m of open) {
      const v = volume(15e6, 5e6);
      const low = selfHostEstimate(m, v, { gpu, precision: "int4" }, catalog.selfhost);
      const base = selfHostEstimate(m, v, { gpu }, catalog.selfhost);
      if ("unavailable" in low || "unavailable" in base) continue;
      const note = samePrecisionCostNote(m, low, v, { gpu, precision: "int4" }, catalog.selfhost);
      if (low.gpus === base.gpus && base.precision !== "int4") {
        explained++;
        expect(note, m.id).toMatch(/INT4 does not change the fleet here/);
        expect(note, m.id).toContain(`${low.gpusPerReplica} × ${low.gpu.name}`);
        expect(note, m.id).toContain(
          `${low.memory.needGb.toFixed(1)} GB instead of ${base.memory.needGb.toFixed(1)} GB`,
        );
      } else expect(note, m.id).toBeNull();
    }
    expect(explained).toBeGreaterThan(0);
  });

  it("says nothing when no lower precision was asked", () => {
    const m = catalog.modelById.get("llama-3.3-70b")!;
    const v = volume(15e6, 5e6);
    const e = selfHostEstimate(m, v, { gpu: "H100-SXM-80GB" }, catalog.selfhost);
    if ("unavailable" in e) throw new Error(e.unavailable);
    expect(samePrecisionCostNote(m, e, v, { gpu: "H100-SXM-80GB" }, catalog.selfhost)).toBeNull();
  });
});
