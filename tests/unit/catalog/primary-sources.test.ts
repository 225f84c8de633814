// Catalogue facts read in the lab's or provider's own current text, and answers that say which
// version and which list a fact came from: the Gemini API terms quoted from the newest version
// Google hosts that we hold (not a February 2024 archive presented as current), and a long-context
// rate only one price list gives kept on the lab's own offering, named as that list's.
import { describe, expect, it } from "vitest";
import { readCatalog, readCommittedFiles } from "../../../adapters/shared/read-catalog.js";
import { parseCatalog } from "../../../src/catalog/load.js";
import { buildOfferings } from "../../../adapters/tools/catalog-import/offerings.js";
import type {
  LiteLlmFile,
  LiteLlmRow,
  ModelsDevFile,
  ModelsDevRow,
} from "../../../adapters/tools/catalog-import/source-types.js";
import { providerPolicy } from "../../../src/catalog/provider-policies.js";
import { chat, inboundFor, rankingOf, textOf } from "../../flows/recommend-helpers.js";
import { createAdvisor } from "../../../src/advisor.js";
import { newSession } from "../../../src/conversation/session.js";

const catalog = readCatalog();

describe("the Gemini API terms", () => {
  const gemini = catalog.licenses.find((l) => l.id === "gemini-api-terms")!;

  it("are quoted from Google's February 2025 version, each quote dated by the version it is from", () => {
    expect(gemini.clauses.length).toBeGreaterThan(3);
    for (const c of gemini.clauses) {
      expect(c.source).toMatch(/^https:\/\/ai\.google\.dev\//);
      expect(c.primary).toBe(true);
      expect(c.inForceFrom).toBe("2025-02-05");
    }
  });

  it("an outputs question quotes the 2025 version and says it is that version, never the 2024 archive", () => {
    const text = textOf(chat(catalog).say("can we use gemini outputs to train our own model?"));
    expect(text).toContain("develop models that compete with the Services");
    expect(text).toContain("terms_02_05_25, the version in force from 2025-02-05");
    expect(text).not.toMatch(/terms_02_15_24/);
  });
});

describe("Vertex AI's HIPAA BAA", () => {
  it("is sourced to Google's own HIPAA guide, and the answer says the covered-products list was not read", () => {
    const baa = providerPolicy(catalog, "google-vertex")!.baa!;
    expect(baa).toMatchObject({
      sourceUrl: "https://cloud.google.com/security/compliance/hipaa/",
      sourceKind: "primary",
    });
    const text = textOf(chat(catalog).say("does google sign a BAA for vertex?"));
    expect(text).toContain("Google's HIPAA guide");
    expect(text).toMatch(/covered-products list\. That list is not in our stored sources/);
    expect(text).not.toMatch(/HIPAA BAA: yes[^\n]*third-party summary/);
  });
});

describe("a long-context rate only one list gives", () => {
  // Read on 2026-11-29, the day before Anthropic retired Claude Sonnet 4.5 from its own API, by the
  // catalogue and the turn's clock: from 2026-11-30 the offering is no longer sold
  // (lab-api-retirement.test.ts), so the test day's catalogue has no Anthropic offering to price.
  const DAY = "2026-11-29";
  const catalog = parseCatalog(readCommittedFiles().values, { today: DAY });
  const sonnet = catalog.models.find((m) => m.id === "claude-sonnet-4.5")!;
  const anthropic = sonnet.offerings.find((o) => o.provider === "anthropic")!;

  it("is kept on Anthropic's own Claude Sonnet 4.5 offering, naming the list it came from", () => {
    expect(anthropic.longContextTiers).toEqual([
      expect.objectContaining({ aboveInputTokens: 200_000, inputPerMTok: 6, outputPerMTok: 22.5, source: "litellm" }),
    ]);
  });

  it("prices prompts over 200K tokens at that rate, and the answer names the list and its date", () => {
    const at = new Date(`${DAY}T10:00:00Z`);
    const reply = createAdvisor({ catalog, now: () => at })
      .handleTurn(
        newSession(at),
        inboundFor("cost of claude sonnet 4.5 for 1,000 documents a month, 300k input and 1k output tokens each", 0),
      )
      .replies.at(-1)!;
    const text = textOf(reply);
    // 300M in × $6 + 1M out × $22.50.
    expect(text).toContain("$1,822.50");
    expect(text).toMatch(/long-context rate per LiteLLM price list, as of 2026-07-24/);
  });
});

describe("buildOfferings with the same price in both lists", () => {
  const mdRow = (id: string): ModelsDevRow =>
    ({
      provider: "lab",
      provider_name: "Lab",
      model_id: id,
      cost_input_per_mtok: 3,
      cost_output_per_mtok: 15,
      cost_cache_read_per_mtok: null,
      cost_tiers: null,
    }) as unknown as ModelsDevRow;
  const llRow = (key: string, input = 3): LiteLlmRow =>
    ({
      key,
      litellm_provider: "lab",
      input_per_mtok: input,
      output_per_mtok: 15,
      cache_read_per_mtok: null,
      input_above_200k_per_mtok: 6,
      output_above_200k_per_mtok: 22.5,
    }) as unknown as LiteLlmRow;
  const files = {
    modelsDev: { commit: "c", providers: [{ id: "lab", name: "Lab" }], models: [] } as unknown as ModelsDevFile,
    litellm: { obtained_via: { mirror_repo: "m/r", mirror_commit: "c" } } as unknown as LiteLlmFile,
  };
  const dates = { modelsDevAsOf: "2026-07-02", litellmAsOf: "2026-07-24" };
  const build = (md: ModelsDevRow[], ll: LiteLlmRow[]) =>
    buildOfferings("m", { md, ll }, [], files, dates, []).offerings;

  it("keeps one offering, with the other list's long-context rate and that list's name and date", () => {
    const [only, ...rest] = build([mdRow("model-1")], [llRow("model-1")]);
    expect(rest).toEqual([]);
    expect(only!.source).toBe("models.dev");
    expect(only!.longContextTiers).toEqual([
      expect.objectContaining({ inputPerMTok: 6, outputPerMTok: 22.5, source: "litellm", asOf: "2026-07-24" }),
    ]);
  });

  it("never lends a rate to another id at the same provider (it may be another variant)", () => {
    const [only] = build([mdRow("model-1")], [llRow("model-1-long")]);
    expect(only!.longContextTiers).toBeUndefined();
  });

  it("keeps both offerings when the base prices differ, each with its own rates", () => {
    const all = build([mdRow("model-1")], [llRow("model-1", 4)]);
    expect(all.map((o) => [o.source, o.longContextTiers?.length ?? 0])).toEqual([
      ["models.dev", 0],
      ["litellm", 1],
    ]);
  });
});

describe("Claude in Azure", () => {
  // Claude Sonnet 4.5 left Microsoft Foundry with Anthropic's retirement on 2026-11-30 (Anthropic's
  // dates cover Foundry: anthropic-lab-pages.test.ts), so the test day's catalogue no longer has it there.
  it("Claude Haiku 4.5 and Opus 4.5 are offered in Azure, as models.dev's Azure directory lists them", () => {
    for (const id of ["claude-haiku-4.5", "claude-opus-4.5"]) {
      const m = catalog.models.find((x) => x.id === id)!;
      expect(
        m.clouds?.some((c) => c.cloud === "azure"),
        id,
      ).toBe(true);
    }
  });

  it("an Azure-only team's coding shortlist no longer rules every Claude out", () => {
    const reply = chat(catalog).say(
      "we are an azure-only shop, models must run in our azure account; we need a coding assistant for 40 devs, which model?",
    );
    expect(rankingOf(reply).map((r) => r.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^claude-/)]));
  });
});

describe("Anthropic's own model pages", () => {
  const anthropic = catalog.models.filter((m) => m.lab === "Anthropic");
  const readOnPage = anthropic.filter((m) => m.releaseDateSource?.sourceUrl.startsWith("https://platform.claude.com/"));

  it("give release dates and context windows as primary facts, not a wiki's or a list's", () => {
    expect(readOnPage.length).toBeGreaterThanOrEqual(3);
    for (const m of readOnPage) {
      expect(m.releaseDateSource, m.id).toMatchObject({ sourceKind: "primary", verified: true });
      expect(m.contextWindowSource?.sourceUrl, m.id).toBe(m.releaseDateSource!.sourceUrl);
    }
  });

  it("say a model the page retires leaves Anthropic's API on its date, naming a replacement only one the catalogue holds", () => {
    const retired = anthropic.filter((m) => m.retirement?.sourceUrl.startsWith("https://platform.claude.com/"));
    expect(retired.map((m) => m.id)).toContain("claude-sonnet-4.5");
    expect(catalog.models.find((m) => m.id === "claude-sonnet-4.5")!.retirement?.retiresOn).toBe("2026-11-30");
    for (const m of retired) {
      const reply = chat(catalog).say(`tell me about ${m.name}`);
      const text = reply.blocks.flatMap((b) => (b.kind === "fields" ? b.fields.map((f) => f.value) : [])).join("\n");
      // Past or future tense follows the turn's date (the test chat's clock is fixed).
      expect(text).toMatch(new RegExp(`Retire[sd] from Anthropic's API on ${m.retirement!.retiresOn}`));
      if (m.retirement!.replacement) expect(text).toContain(`names ${m.retirement!.replacement} as the replacement`);
    }
  });
});
