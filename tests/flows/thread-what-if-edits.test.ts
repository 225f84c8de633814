// What-ifs from the fifth tryout round that edit one fact of a thread and must keep the rest: a
// budget lowered ("drop the budget to $500"), a budget's currency corrected ("sorry, the budget is
// in euros"), a language added ("also ukrainian"), a lab ruled out by its family word ("exclude
// mistral"), an API-only rule in an on-prem thread, and the size of each counted item ("output is
// 3k tokens", "the reports were 30k tokens each", "chunk transcripts to 100k tokens").
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { isFromLab } from "../../src/catalog/labs.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const INSURER =
  "Irish life insurer, underwriting team (30 underwriters). We want to extract medical facts from GP reports (already OCR'd to text) into a JSON schema. ~8k reports a month, 12k tokens each, output ~1k tokens of json. Health data, EU residency, no training by the vendor. API is ok. budget 1500/month";
const NEWSROOM =
  "news startup (8 ppl). fact-checking tool that reads full parliamentary transcripts (up to 400k tokens each) and flags claims. ~300 transcripts/month, output about 3k tokens each. need at least 500k context. budget $2k. any API is fine";
const HELPDESK_PL =
  "Telecom in Poland, internal IT helpdesk assistant for our 5,000 employees, in Polish. on-prem only, we own 2x H100 80GB. ~30M tokens/month. what fits on our gpus?";

const tokensOf = (c: ReturnType<typeof chat>) => ({
  input: c.session.requirements.volume?.inputTokensPerMonth,
  output: c.session.requirements.volume?.outputTokensPerMonth,
});

describe("what-ifs that edit one fact of the thread", () => {
  it("'what if we drop the budget to $500' lowers the budget to $500 and keeps the rest", () => {
    const c = chat(catalog);
    c.say(INSURER);
    const before = { ...c.session.requirements };
    const reply = c.say("what if we drop the budget to $500");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(500);
    expect(c.session.requirements.volume).toEqual(before.volume);
    expect(textOf(reply)).toContain("budget $500.00/month");
    for (const row of rankingOf(reply).slice(0, 3)) expect(row.monthlyCostUsd ?? 0).toBeLessThanOrEqual(500);
    // Dropping the budget with no new amount still lifts it.
    c.say("what if we drop the budget");
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
  });

  it("'sorry, the budget is in euros' re-reads the thread's budget as €1,500, said back and not applied as dollars", () => {
    const c = chat(catalog);
    c.say(INSURER);
    expect(c.session.requirements.monthlyBudgetUsd).toBe(1500);
    const reply = c.say("sorry, the budget is in euros");
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(c.session.requirements.statedBudget).toEqual({ currency: "EUR", perMonth: 1500 });
    expect(c.replies.map(textOf).join("\n")).toContain("€1,500");
    // And back to dollars.
    c.say("sorry, it was dollars after all");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(1500);
    expect(c.session.requirements.statedBudget).toBeUndefined();
  });

  it("'what if we also had to support ukrainian' / 'what if we add ukrainian' add Ukrainian to Polish", () => {
    for (const whatIf of ["what if we also had to support ukrainian", "what if we add ukrainian"]) {
      const c = chat(catalog);
      c.say(HELPDESK_PL);
      const reply = c.say(whatIf);
      expect(reply.data?.intent).toBe("what-if");
      expect(c.session.requirements.languages).toEqual(["pl", "uk"]);
    }
    // Without a word that adds, a language said instead replaces the thread's.
    const c = chat(catalog);
    c.say(HELPDESK_PL);
    c.say("what if it was german instead");
    expect(c.session.requirements.languages).toEqual(["de"]);
  });

  it("'what if we exclude mistral' rules out Mistral AI's models instead of asking which Mistral", () => {
    const c = chat(catalog);
    const first = c.say(INSURER);
    expect(rankingOf(first).some((r) => isFromLab(catalog, catalog.modelById.get(r.id)!, ["mistral-ai"]))).toBe(true);
    const reply = c.say("what if we exclude mistral");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.exclude?.labs).toContain("mistral-ai");
    const rows = rankingOf(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(isFromLab(catalog, catalog.modelById.get(r.id)!, ["mistral-ai"])).toBe(false);
  });

  it("'what if we need it to run only on api' moves an on-prem thread to managed APIs", () => {
    const c = chat(catalog);
    const first = c.say(HELPDESK_PL);
    expect(rankingOf(first)[0]?.costBasis).toBe("self-host");
    const reply = c.say("what if we need it to run only on api");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.deployment).toBe("any-api");
    const rows = rankingOf(reply).slice(0, 3);
    expect(rows.length).toBe(3);
    for (const r of rows) expect(r.costBasis).toBe("api");
  });

  it("'what if output is 3k tokens' is 8,000 reports × (12K + 3K); 'the reports were 30k tokens each' is 8,000 × (30K + 1K)", () => {
    const c = chat(catalog);
    c.say(INSURER);
    expect(tokensOf(c)).toEqual({ input: 96_000_000, output: 8_000_000 });
    const output = c.say("what if output is 3k tokens");
    expect(output.data?.intent).toBe("what-if");
    expect(tokensOf(c)).toEqual({ input: 96_000_000, output: 24_000_000 });
    expect(textOf(output)).toContain("8,000 reports a month");
    c.say("back");
    expect(tokensOf(c)).toEqual({ input: 96_000_000, output: 8_000_000 });
    const longer = c.say("what if the reports were 30k tokens each");
    expect(longer.data?.intent).toBe("what-if");
    expect(tokensOf(c)).toEqual({ input: 240_000_000, output: 8_000_000 });
    // Each report must now fit: 30K in + 1K out.
    expect(c.session.requirements.contextTokens).toBe(31_000);
    // A monthly total is still a whole volume.
    c.say("what if it was 50M tokens a month");
    expect((tokensOf(c).input ?? 0) + (tokensOf(c).output ?? 0)).toBe(50_000_000);
  });

  it("'what if we chunk transcripts to 100k tokens' keeps the month's tokens and cuts each request (and the context need) to a chunk", () => {
    const c = chat(catalog);
    c.say(NEWSROOM);
    expect(tokensOf(c)).toEqual({ input: 120_000_000, output: 900_000 });
    expect(c.session.requirements.contextTokens).toBe(500_000);
    const reply = c.say("what if we chunk transcripts to 100k tokens");
    expect(reply.data?.intent).toBe("what-if");
    expect(tokensOf(c)).toEqual({ input: 120_000_000, output: 900_000 });
    const context = c.session.requirements.contextTokens ?? 0;
    expect(context).toBeGreaterThanOrEqual(100_000);
    expect(context).toBeLessThan(128_000);
    // A 128K model is back in play, and the cost asked next is at the thread's 120M tokens.
    const cost = c.say("how much would claude sonnet 4.5 cost here?");
    const costs = cost.data?.costs as { volume: { inputTokensPerMonth: number; outputTokensPerMonth: number } }[];
    expect(costs[0]?.volume.inputTokensPerMonth).toBe(120_000_000);
    expect(costs[0]?.volume.outputTokensPerMonth).toBe(900_000);
  });
});
