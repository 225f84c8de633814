// One precision decision for owned cards: the "On your hardware" note and the costed fleet name the
// same precision (the cost estimate's default, as published or FP8 where the cards have it, else the
// most faithful that fits), so a reader never sees '16-bit (160 GB)' beside '4× L40S (fp8)'.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { firstShortlist } from "./cost-working-checks.js";
import { UTRECHT_INSURER, WARSAW_TRANSLATION } from "./tenth-round-teams.js";

const catalog = readCatalog();
const LABEL: Record<string, string> = { fp16: "16-bit", fp8: "FP8", int8: "INT8", int4: "4-bit" };

describe("owned cards: the fit note and the cost line use one precision", () => {
  it.each([
    ["Utrecht insurer (8 owned L40S)", UTRECHT_INSURER],
    ["Warsaw translation office (2 servers with 2× L40S)", WARSAW_TRANSLATION],
  ])("%s: every self-hosted pick's fit note says the precision its cost line sizes", (_team, message) => {
    const { top, text } = firstShortlist(catalog, message);
    let checked = 0;
    for (const r of top) {
      if (r.costBasis !== "self-host") continue;
      const cost = new RegExp(`- \\*\\*${r.name}\\*\\* self-hosted[^\\n]*?\\((fp16|fp8|int8|int4)[;)]`).exec(text);
      const fit = new RegExp(
        `- \\*\\*${r.name}\\*\\*: fits (?:your|one server's) [^\\n]*? at (16-bit|FP8|INT8|4-bit) \\(`,
      ).exec(text);
      expect(cost, r.id).not.toBeNull();
      expect(fit, r.id).not.toBeNull();
      expect(fit![1], r.id).toBe(LABEL[cost![1]!]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
