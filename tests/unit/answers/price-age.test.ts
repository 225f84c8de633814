// A price older than 90 days is kept but never shown as current: the price table, the monthly
// cost answer, the model card, the comparison and the break-even answer say "not re-verified" and
// name the oldest date; a recent price carries its date only.
import { describe, expect, it } from "vitest";
import { breakEvenHandler } from "../../../src/answers/break-even.js";
import { compareHandler } from "../../../src/answers/compare.js";
import { apiCostHandler } from "../../../src/answers/cost.js";
import { modelInfoHandler } from "../../../src/answers/model-info.js";
import { priceHandler } from "../../../src/answers/price.js";
import { ageDays, isStalePrice, priceAsOfLabel, stalePriceNote } from "../../../src/catalog/price-age.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { ctxFor, textOf, withModel } from "./helpers.js";

const gpt4o = miniCatalog().modelById.get("gpt-4o")!;
const at = (now: string) => ({ ...ctxFor(), now: new Date(`${now}T12:00:00Z`) });

describe("price age", () => {
  it("counts whole days and turns stale after 90", () => {
    expect(ageDays("2026-07-02", new Date("2026-12-04T00:00:00Z"))).toBe(155);
    expect(isStalePrice({ asOf: "2026-07-02" }, new Date("2026-09-30T00:00:00Z"))).toBe(false);
    expect(isStalePrice({ asOf: "2026-07-02" }, new Date("2026-10-01T00:00:00Z"))).toBe(true);
    expect(priceAsOfLabel({ asOf: "2026-07" }, new Date("2026-12-04T00:00:00Z"))).toBe("2026-07, not re-verified");
    expect(stalePriceNote([{ asOf: "2026-11-20" }], new Date("2026-12-04T00:00:00Z"))).toBeNull();
  });

  it("marks an old price in the price answer and names the oldest date", () => {
    const text = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, at("2026-11-29")));
    expect(text).toMatch(/2026-01-01, not re-verified/);
    expect(text).toMatch(/more than 90 days old \(the oldest is as of 2026-01-01\)/);
  });

  it("shows a recent price with its date and no warning", () => {
    const text = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, at("2026-02-15")));
    expect(text).toMatch(/2026-01-01/);
    expect(text).not.toMatch(/not re-verified/);
  });

  it("says so on the model card too", () => {
    const fresh = { ...gpt4o, offerings: gpt4o.offerings.map((o) => ({ ...o, asOf: "2026-11-01" })) };
    const ctx = { ...at("2026-11-29"), catalog: withModel(fresh) };
    expect(textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctx))).toMatch(/as of 2026-11-01\)/);
    expect(textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, at("2026-11-29")))).toMatch(
      /as of 2026-01-01, not re-verified\)/,
    );
  });

  it("marks an old price in the monthly cost answer, and not a recent one", () => {
    const cost = (now: string) =>
      textOf(
        apiCostHandler(
          { kind: "cost", modelIds: ["gpt-4o"], volume: null, selfHost: false, assumptionEdits: {} },
          at(now),
        ),
      );
    expect(cost("2026-11-29")).toMatch(/2026-01-01, not re-verified/);
    expect(cost("2026-11-29")).toMatch(/more than 90 days old \(the oldest is as of 2026-01-01\)/);
    expect(cost("2026-02-15")).not.toMatch(/not re-verified/);
  });

  it("marks an old price in the comparison (its own row and the note), and not a recent one", () => {
    const compare = (now: string) =>
      textOf(compareHandler({ kind: "compare", modelIds: ["gpt-4o", "llama-3.1-70b"], volume: null }, at(now)));
    expect(compare("2026-11-29")).toMatch(/Prices as of +2026-01-01, not re-verified/);
    expect(compare("2026-11-29")).toMatch(/more than 90 days old \(the oldest is as of 2026-01-01\)/);
    expect(compare("2026-02-15")).toMatch(/Prices as of +2026-01-01 /);
    expect(compare("2026-02-15")).not.toMatch(/not re-verified/);
  });

  it("marks an old API price in the break-even answer, and not a recent one", () => {
    const breakEven = (now: string) =>
      textOf(
        breakEvenHandler(
          { kind: "break-even", modelIds: ["llama-3.1-70b", "gpt-4o"], volume: null, assumptionEdits: {} },
          at(now),
        ),
      );
    expect(breakEven("2026-11-29")).toMatch(/per 1M at this mix \(models\.dev, 2026-01-01, not re-verified\)/);
    expect(breakEven("2026-11-29")).toMatch(/more than 90 days old \(the oldest is as of 2026-01-01\)/);
    expect(breakEven("2026-02-15")).toMatch(/per 1M at this mix \(models\.dev, 2026-01-01\)/);
    expect(breakEven("2026-02-15")).not.toMatch(/not re-verified/);
  });
});
