// Anthropic retired Claude Sonnet 4.5 from its API on 2026-11-30 and names Claude Sonnet 5.5 as its
// replacement, which no price list on file (July 2026) holds. Anthropic's own model pages state every
// fact we need, so Sonnet 5.5, Opus 5.5 and Opus 5 come from those pages: spec, context and
// Anthropic's list price, each sourced to the page (primary). Anthropic's deprecations page also says
// its dates cover Microsoft Foundry, so Foundry's Claude offerings end on Anthropic's day.
import { describe, expect, it } from "vitest";
import { readCommittedFiles } from "../../../adapters/shared/read-catalog.js";
import { retirementLine } from "../../../src/answers/retirement.js";
import { parseCatalog } from "../../../src/catalog/load.js";
import { withdrawnByLab, successorsOf } from "../../../src/scoring/withdrawn-release.js";
import { TEST_DAY, TEST_NOW } from "../../helpers/test-day.js";

const files = readCommittedFiles().values;
const at = (today: string) => parseCatalog(files, { today });
const catalog = at(TEST_DAY);
const ANTHROPIC_PAGE = /^https:\/\/platform\.claude\.com\/docs\//;

describe("Claude models read on Anthropic's own pages", () => {
  it.each([
    // Cache read $0.10: Anthropic's migration guide, later than the overview copy's $0.20.
    ["claude-sonnet-5.5", "claude-sonnet-5-5", 2, 10, 0.1, null],
    ["claude-opus-5.5", "claude-opus-5-5", 4, 20, 0.2, "2026-09-22"],
    ["claude-opus-5", "claude-opus-5", 5, 25, 0.5, "2026-07-24"],
  ] as const)(
    "%s is sold by Anthropic at the page's price, with the page's context and date",
    (id, apiId, inp, out, cached, released) => {
      const model = catalog.modelById.get(id)!;
      expect(model).toBeDefined();
      expect(model.offerings).toHaveLength(1);
      const [offering] = model.offerings;
      expect(offering).toMatchObject({
        provider: "anthropic",
        providerModelId: apiId,
        firstParty: true,
        inputPerMTok: inp,
        outputPerMTok: out,
        cachedInputPerMTok: cached,
      });
      expect(offering!.source).toMatch(/^Anthropic's Claude .* page/);
      expect(offering!.sourceUrl).toMatch(ANTHROPIC_PAGE);
      expect(model.contextWindow).toBe(1_000_000);
      expect(model.maxOutput).toBe(128_000);
      expect(model.contextWindowSource).toMatchObject({ sourceKind: "primary", verified: true });
      expect(model.releaseDate).toBe(released);
      if (released) expect(model.releaseDateSource).toMatchObject({ sourceKind: "primary", verified: true });
      // Nothing the page does not state is claimed.
      expect(model.capabilities).toMatchObject({ toolCalling: null, structuredOutput: null });
    },
  );

  it("Claude Sonnet 4.5 is deprecated by Anthropic, which names Sonnet 5.5 instead, and the answer says so", () => {
    const sonnet45 = catalog.modelById.get("claude-sonnet-4.5")!;
    expect(sonnet45.status).toBe("deprecated");
    expect(withdrawnByLab(sonnet45)).toBe(true);
    expect(sonnet45.retirement?.replacement).toBe("Claude Sonnet 5.5");
    expect(successorsOf(catalog, sonnet45)).toEqual(["Claude Sonnet 5.5"]);
    expect(catalog.modelById.has("claude-sonnet-5.5")).toBe(true);
    expect(retirementLine(sonnet45, TEST_NOW)).toMatch(
      /^Retired from Anthropic's API on 2026-11-30 \(Anthropic names Claude Sonnet 5\.5 as the replacement\)/,
    );
  });

  it.each([
    ["claude-sonnet-4.5", "2026-11-30"],
    ["claude-opus-4.1", "2026-08-05"],
  ])("Microsoft Foundry sells %s until Anthropic's retirement day (%s), not after", (id, day) => {
    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const sold = (today: string) =>
      at(today)
        .modelById.get(id)!
        .offerings.some((o) => o.provider === "azure");
    expect(sold(before)).toBe(true);
    expect(sold(day)).toBe(false);
    const ended = (catalog.retiredOfferings?.get(id) ?? []).find((r) => r.offering.provider === "azure");
    expect(ended).toMatchObject({ retiredOn: day, endedBy: "host", sourceKind: "primary" });
    expect(ended?.sourceUrl).toMatch(/model-deprecations/);
    // Bedrock keeps its own calendar: no date of Anthropic's ends it.
    if (id === "claude-sonnet-4.5")
      expect(catalog.modelById.get(id)!.offerings.some((o) => o.provider === "amazon-bedrock")).toBe(true);
  });

  it("Claude Haiku 5.5 is current, sold at the page's two rates by prompt length, with no cache price the copy did not show", () => {
    const haiku = catalog.modelById.get("claude-haiku-5.5")!;
    expect(haiku.status).toBe("current");
    expect(haiku.releaseDate).toBe("2026-10-07");
    expect(haiku.contextWindow).toBe(1_000_000);
    expect(haiku.maxOutput).toBe(128_000);
    expect(haiku.offerings).toHaveLength(1);
    expect(haiku.offerings[0]).toMatchObject({
      provider: "anthropic",
      providerModelId: "claude-haiku-5-5",
      inputPerMTok: 0.1,
      outputPerMTok: 0.5,
      cachedInputPerMTok: null,
      longContextTiers: [
        { aboveInputTokens: 100_000, inputPerMTok: 0.5, outputPerMTok: 2.5, cachedInputPerMTok: null },
      ],
    });
    expect(haiku.offerings[0]!.sourceUrl).toMatch(ANTHROPIC_PAGE);
  });

  // Each page: "Legacy. … still available, you should consider migrating to …", with its list price.
  it.each([
    ["claude-sonnet-5", 2, 10],
    ["claude-sonnet-4.6", 3, 15],
    ["claude-opus-4.8", 5, 25],
    ["claude-opus-4.6", 5, 25],
    ["claude-opus-4.5", 5, 25],
    ["claude-fable-5", 10, 50],
    ["claude-haiku-4.5", 1, 5],
  ] as const)("%s is legacy, still sold, at the price its Anthropic page confirms (primary)", (id, inp, out) => {
    const model = catalog.modelById.get(id)!;
    expect(model.status).toBe("legacy");
    // Legacy is not withdrawn: the model stays a candidate, unlike a deprecated one.
    expect(withdrawnByLab(model)).toBe(false);
    const own = model.offerings.filter((o) => o.provider === "anthropic");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ inputPerMTok: inp, outputPerMTok: out, asOf: "2026-12-07" });
    expect(own[0]!.source).toMatch(/^Anthropic's Claude .* page \(platform\.claude\.com docs\)$/);
    expect(own[0]!.sourceUrl).toMatch(ANTHROPIC_PAGE);
  });

  // Claude Fable 5.1: Anthropic's own overview (zh-CN edition, figures in English) gives "Latest.
  // Released September 1, 2026", the id, 1M context, 128K output and $10 / $50; its pricing page the
  // $0.25 cache read. Nothing else is claimed: no page of Anthropic's we read gives a benchmark, an
  // image input or a host's price.
  it("Claude Fable 5.1 is current, with every fact sourced to Anthropic's pages and none the pages do not give", () => {
    const fable = catalog.modelById.get("claude-fable-5.1")!;
    expect(fable).toMatchObject({
      status: "current",
      releaseDate: "2026-09-01",
      contextWindow: 1_000_000,
      maxOutput: 128_000,
      capabilities: { reasoning: true, toolCalling: null, structuredOutput: null },
    });
    const overview = "https://platform.claude.com/docs/zh-CN/models/fable-5-1/overview.md";
    for (const source of [fable.releaseDateSource, fable.contextWindowSource])
      expect(source).toMatchObject({ sourceUrl: overview, sourceKind: "primary", asOf: "2026-12-07", verified: true });
    expect(fable.offerings).toEqual([
      expect.objectContaining({
        provider: "anthropic",
        providerModelId: "claude-fable-5-1",
        firstParty: true,
        inputPerMTok: 10,
        outputPerMTok: 50,
        cachedInputPerMTok: 0.25,
        sourceUrl: "https://platform.claude.com/docs/en/about-claude/pricing",
        asOf: "2026-12-07",
      }),
    ]);
    expect(fable.quality).toEqual([]);
    expect(fable.inputModalities).toEqual(["text"]);
    expect(fable.clouds ?? []).toEqual([]);
    // Fable 5 is legacy, still sold; its page names Fable 5.1 but no retirement, so no replacement is
    // recorded (the catalogue keeps a replacement only with a lab's retirement).
    const fable5 = catalog.modelById.get("claude-fable-5")!;
    expect(fable5.status).toBe("legacy");
    expect(fable5.retirement ?? null).toBeNull();
  });

  it("only Fable 5.1, Anthropic's current Fable, answers to the bare name 'claude fable'", () => {
    const named = catalog.models.filter((m) => m.aliases.includes("claude fable")).map((m) => m.id);
    expect(named).toEqual(["claude-fable-5.1"]);
  });

  it("Claude Opus 4.7's own price is sourced to Anthropic's pricing page, its status left as the lists give it", () => {
    const model = catalog.modelById.get("claude-opus-4.7")!;
    expect(model.status).toBe("current");
    const own = model.offerings.filter((o) => o.provider === "anthropic");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      inputPerMTok: 5,
      outputPerMTok: 25,
      asOf: "2026-12-07",
      source: "Anthropic's Claude pricing page (platform.claude.com docs)",
      sourceUrl: "https://platform.claude.com/docs/en/about-claude/pricing",
    });
  });
});
