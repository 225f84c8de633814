// Follow-ups in a recommendation thread that state a change without "what if" ("ok and if we cap
// it at 14B params?", "and without chinese models?", "and at 2,500,000 tokens per day?", "now
// pretend it's agents, not chat"), through the real terminal adapter and catalogue: each is a
// what-if, and the shortlist it shows is re-ranked with the fact it states.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labCountry } from "../../src/catalog/labs.js";
import { transcript } from "./console-transcript.js";
import { rankingOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const paramsOf = (id: string) => catalog.modelById.get(id)?.parameters?.totalB ?? null;
const countryOf = (id: string) => {
  const model = catalog.modelById.get(id);
  return model ? labCountry(catalog, model) : null;
};

describe("follow-ups that state a change are what-ifs on the thread", () => {
  it("a size cap, a country exclusion and a daily volume each re-rank the same thread", async () => {
    const t = await transcript([
      "recommend a model for coding, on-prem, open weights only",
      "ok and if we cap it at 14B params?",
      "and without chinese models?",
      "and at 2,500,000 tokens per day?",
    ]);
    const [first, capped, noChinese, perDay] = t.turns.map((turn) => turn.replies[0]);
    const ids = (reply: typeof first) => rankingOf(reply ?? { blocks: [], fallbackText: "" }).map((r) => r.id);

    // Before: the thread's shortlist has models over 14B and models from Chinese labs.
    expect(ids(first).some((id) => (paramsOf(id) ?? 0) > 14)).toBe(true);
    expect(ids(first).some((id) => countryOf(id) === "CN")).toBe(true);

    expect(capped?.data?.intent).toBe("what-if");
    expect(ids(capped).length).toBeGreaterThanOrEqual(3);
    for (const id of ids(capped)) expect(paramsOf(id) ?? Infinity).toBeLessThanOrEqual(14);

    // The exclusion is added to the cap, which stays in the thread.
    expect(noChinese?.data?.intent).toBe("what-if");
    expect(ids(noChinese).length).toBeGreaterThanOrEqual(1);
    for (const id of ids(noChinese)) {
      expect(countryOf(id)).not.toBe("CN");
      expect(paramsOf(id) ?? Infinity).toBeLessThanOrEqual(14);
    }

    expect(perDay?.data?.intent).toBe("what-if");
    expect(t.printed).toContain("What if: 75M tokens/month");
  });

  it("'now pretend it's agents, not chat' weighs agents instead of correcting the thread", async () => {
    const t = await transcript([
      "what should we run for a support bot, 50M tokens a month, english only?",
      "now pretend it's agents, not chat",
    ]);
    const reply = t.turns[1]?.replies[0];
    expect(reply?.data?.intent).toBe("what-if");
    expect(t.printed).toMatch(/What if: [^\n]*agents/);
  });
});
