// Batch-API prices through the real flow: "and with batch api?" after a price or a cost answers at
// each provider's sourced batch discount (and names the providers with none), and a thread whose
// work waits ("what if we batch everything overnight") is priced as "batch APIs are fine" is.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { batchDiscountPct } from "../../src/catalog/provider-policies.js";
import type { Model } from "../../src/catalog/schema.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { PriceFact } from "../../src/answers/price.js";
import type { CostFact } from "../../src/answers/cost.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const discountOf = (provider: string) => batchDiscountPct(catalog, { provider }) ?? 0;

// Models chosen by property, not by id: sold both by a provider with a sourced batch discount and
// by one without, so one answer shows both kinds of row.
const MIXED = [...catalog.modelById.values()].filter(
  (m: Model) =>
    m.offerings.some((o) => discountOf(o.provider) > 0) && m.offerings.some((o) => discountOf(o.provider) === 0),
);
const CLOSED_DISCOUNTED = [...catalog.modelById.values()].find(
  (m) =>
    !m.openWeights &&
    m.offerings.length > 0 &&
    m.offerings.some((o) => o.firstParty) &&
    m.offerings.every((o) => discountOf(o.provider) > 0),
)!;

const SUPPORT =
  "we need a model for customer support chat in english, 20M tokens a month, api is fine, budget $500 a month";

describe("batch-API prices", () => {
  it.each(MIXED.slice(0, 3).map((m) => [m.name]))(
    "'and with batch api?' after the price of %s gives each row at its provider's batch discount, or says there is none",
    (name) => {
      const c = chat(catalog);
      const plain = (c.say(`price of ${name}`).data?.prices as PriceFact[]) ?? [];
      const reply = c.say("and with batch api?");
      expect(reply.data?.intent).toBe("price");
      expect(reply.data?.batch).toBe(true);
      const batch = (reply.data?.prices as PriceFact[]) ?? [];
      expect(batch.length).toBeGreaterThan(0);
      for (const row of batch) {
        const before = plain.find((p) => p.provider === row.provider && p.source === row.source);
        if (!before) continue;
        const k = 1 - discountOf(row.provider) / 100;
        expect(row.inputPerMTok).toBeCloseTo(before.inputPerMTok * k, 9);
        expect(row.outputPerMTok).toBeCloseTo(before.outputPerMTok * k, 9);
      }
      const text = textOf(reply);
      if (batch.some((r) => discountOf(r.provider) === 0)) expect(text).toContain("No batch discount is on file for");
      if (batch.some((r) => discountOf(r.provider) > 0)) expect(text).toMatch(/−\d+%/);
    },
  );

  it("'and with batch api?' after a price asked inside a thread is that price at batch rates, not a change to the thread", () => {
    const c = chat(catalog);
    c.say(SUPPORT);
    const before = structuredClone(c.session.requirements);
    c.say(`price of ${CLOSED_DISCOUNTED.name}`);
    const reply = c.say("and with batch api?");
    expect(reply.data?.intent).toBe("price");
    expect(reply.data?.batch).toBe(true);
    expect(c.session.requirements).toEqual(before);
  });

  it("'and with batch pricing?' after a cost re-prices the same volume at the batch rate", () => {
    const c = chat(catalog);
    const plain = (c.say(`cost of ${CLOSED_DISCOUNTED.name} at 50M tokens a month`).data?.costs as CostFact[]) ?? [];
    const reply = c.say("and with batch pricing?");
    expect(reply.data?.intent).toBe("cost");
    expect(reply.data?.batch).toBe(true);
    const batch = (reply.data?.costs as CostFact[]) ?? [];
    expect(batch.length).toBeGreaterThan(0);
    for (const row of batch) {
      const before = plain.find((p) => p.provider === row.provider)!;
      expect(before).toBeDefined();
      expect(row.volume).toEqual(before.volume);
      expect(row.totalUsd).toBeCloseTo(before.totalUsd * (1 - discountOf(row.provider) / 100), 6);
    }
  });

  it("'and with batch api?' after a self-hosted cost is the API's cost at the batch rate", () => {
    const c = chat(catalog);
    const open = MIXED.find((m) => m.openWeights)!;
    c.say(`self-host cost of ${open.name} at 100M tokens a month`);
    const reply = c.say("and with batch api?");
    expect(reply.data?.intent).toBe("cost");
    expect(reply.data?.selfHost).toBe(false);
    expect(reply.data?.batch).toBe(true);
  });

  it("'what if we batch everything overnight' prices the thread as 'and with batch api?' does (one slot, batch prices)", () => {
    const overnight = chat(catalog);
    overnight.say(SUPPORT);
    const batched = overnight.say("what if we batch everything overnight");
    expect(overnight.session.requirements.latency).toBe("batch");
    const viaApi = chat(catalog);
    viaApi.say(SUPPORT);
    const withApi = viaApi.say("what if we use the batch api");
    expect(viaApi.session.requirements.batchOk).toBe(true);
    const costs = (rows: ReturnType<typeof rankingOf>) => new Map(rows.map((r) => [r.id, r.monthlyCostUsd]));
    const a = costs(rankingOf(batched));
    const b = costs(rankingOf(withApi));
    expect(a.size).toBeGreaterThan(0);
    for (const [id, usd] of a) if (b.has(id)) expect(usd).toBeCloseTo(b.get(id)!, 6);
    // Batch prices are the ranking's prices: the same as ranking with batch APIs allowed, below the plain ones.
    const req = overnight.session.requirements;
    const plain = new Map(rankModels(catalog, { ...req, latency: undefined }).ranked.map((r) => [r.id, r]));
    const cheaper = [...a].filter(([id, usd]) => usd !== null && usd < (plain.get(id)?.monthlyCostUsd ?? 0) - 1e-9);
    expect(cheaper.length).toBeGreaterThan(0);
    // A model only batch rates bring within the budget has no plain row to compare with.
    for (const [id, usd] of a) {
      const before = plain.get(id)?.monthlyCostUsd;
      if (usd !== null && before !== undefined && before !== null) expect(usd).toBeLessThanOrEqual(before + 1e-9);
    }
    expect(textOf(batched)).toMatch(/batch API \(−\d+%\)/);
    expect(textOf(batched)).toMatch(/Batch API \(requests sent as a batch/);
  });

  it("work that waits but rules batch APIs out keeps the usual prices", () => {
    const c = chat(catalog);
    c.say(SUPPORT);
    const req = { ...c.session.requirements, latency: "batch" as const };
    const off = rankModels(catalog, { ...req, batchOk: false }).ranked;
    const plain = new Map(
      rankModels(catalog, { ...req, latency: undefined }).ranked.map((r) => [r.id, r.monthlyCostUsd]),
    );
    for (const r of off.slice(0, 10)) expect(r.monthlyCostUsd).toBeCloseTo(plain.get(r.id)!, 6);
  });
});
