// Where two price lists disagree, an answer says what it did with them: the price table shows a row
// per reading ("Both are shown."); a cost answer prices one, names it and gives the other's month.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { priceDisagreements, sourceLabel } from "../../../src/answers/common.js";
import { apiMonthlyCost } from "../../../src/costs/api-cost.js";
import { formatUsd } from "../../../src/render/format.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { volume } from "../costs/fixtures.js";

const catalog = readCatalog();
const disagreeing = catalog.models.filter((m) => priceDisagreements(m).length > 0);

describe("disagreeing price lists", () => {
  it("exist in the catalogue (else this test checks nothing)", () => expect(disagreeing.length).toBeGreaterThan(0));

  it.each(disagreeing.map((m) => [m.name, m] as const))("%s: a price answer shows every reading", (_, m) => {
    const reply = chat(catalog).say(`price of ${m.name}`);
    const table = reply.blocks.find((b) => b.kind === "table");
    for (const d of priceDisagreements(m)) {
      const rows = table?.kind === "table" ? table.rows.filter((r) => r[0]?.startsWith(d.providerName)) : [];
      expect(rows.length, d.provider).toBe(d.offerings.length);
    }
    expect(textOf(reply)).toMatch(/Both are shown/);
  });

  it.each(disagreeing.map((m) => [m.name, m] as const))("%s: a cost answer names the reading it used", (_, m) => {
    const text = textOf(chat(catalog).say(`cost of ${m.name} at 10M tokens a month`));
    expect(text).not.toMatch(/Both are shown/);
    for (const d of priceDisagreements(m)) {
      const line = text.split("\n").find((l) => l.includes(`disagree on ${d.providerName}'s price`)) ?? "";
      if (/is not the offering priced here/.test(line)) continue;
      const used = d.offerings.find((o) => line.includes(`This cost uses ${sourceLabel(o.source)}'s price`));
      expect(used, line).toBeDefined();
      // Every other reading's month at the same volume (10M at the default 3:1 split) is given.
      for (const o of d.offerings.filter((x) => x !== used))
        expect(line, o.source).toContain(formatUsd(apiMonthlyCost(o, volume(7.5e6, 2.5e6)).totalUsd));
    }
  });
});
