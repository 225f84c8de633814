import { describe, expect, it } from "vitest";
import { parseMonthlyBudget, parseRequirements } from "../../../src/intents/requirements-text.js";

describe("parseRequirements", () => {
  it("fills several slots from one sentence", () => {
    const r = parseRequirements("a cheap open-weights model for coding, 20M tokens a month, data must stay in the EU");
    expect(r.useCase).toBe("coding");
    expect(r.openWeightsOnly).toBe(true);
    // Residency says where the data lives (corpus spec): euDataResidency, not "the team is in the EU".
    expect(r.euDataResidency).toBe(true);
    expect(r.inEu).toBeUndefined();
    expect(r.priorities?.[0]).toBe("cost");
    expect((r.volume?.inputTokensPerMonth ?? 0) + (r.volume?.outputTokensPerMonth ?? 0)).toBe(20_000_000);
  });

  it("the one-shot recommendation of the issue", () => {
    const r = parseRequirements("recommend an open-weights model for coding under $500 a month at 20M tokens");
    expect(r).toMatchObject({ useCase: "coding", openWeightsOnly: true, monthlyBudgetUsd: 500 });
    expect(r.volume).toBeDefined();
  });

  it.each([
    ["a customer support chatbot", { useCase: "chat" }],
    ["code completion in our IDE", { useCase: "coding" }],
    ["RAG over our internal wiki", { useCase: "rag" }],
    ["question answering over PDFs", { useCase: "rag" }],
    ["extract fields from invoices", { useCase: "extraction" }],
    ["classify support tickets", { useCase: "extraction" }],
    ["agents that call tools", { useCase: "agents" }],
    ["marketing copy and blog posts", { useCase: "creative" }],
    ["patient records, HIPAA", { dataSensitivity: "regulated" }],
    ["it handles PII", { dataSensitivity: "regulated" }],
    ["our internal documents", { dataSensitivity: "internal" }],
    ["only public data", { dataSensitivity: "public" }],
    ["must run on-prem", { deployment: "on-prem" }],
    ["air-gapped environment", { deployment: "on-prem" }],
    ["it must stay in our VPC", { deployment: "own-cloud" }],
    ["we want to self-host", { selfHosted: true }],
    ["an API is fine", { deployment: "any-api" }],
    ["budget of $2k/month", { monthlyBudgetUsd: 2000 }],
    ["max $1,000 per month", { monthlyBudgetUsd: 1000 }],
    ["less than 300 dollars a month", { monthlyBudgetUsd: 300 }],
    ["5M monthly users", { monthlyActiveUsers: 5_000_000 }],
    ["we need to fine-tune", { fineTuning: true }],
    ["no fine-tuning needed", { fineTuning: false }],
    ["we'll train a smaller model on its outputs", { trainOnOutputs: true }],
    ["128k context", { contextTokens: 128_000 }],
    ["in German and French", { languages: ["de", "fr"] }],
    ["multilingual support", { languages: ["multilingual"] }],
    ["we have no ML ops experience", { mlOpsExperience: "none" }],
    ["we have a strong ML team", { mlOpsExperience: "strong" }],
    ["some infra experience", { mlOpsExperience: "some" }],
    ["real-time chat", { latency: "interactive" }],
    ["nightly batch jobs", { latency: "batch" }],
    ["open source model only", { openWeightsOnly: true }],
    ["only open models", { openWeightsOnly: true }],
    ["we're in the EU", { inEu: true }],
    ["cost matters most", { priorities: ["cost"] }],
    ["quality matters most", { priorities: ["quality"] }],
    ["privacy is the most important", { priorities: ["dataControl"] }],
  ])("%s", (text, expected) => {
    expect(parseRequirements(text)).toMatchObject(expected);
  });

  it("a stated top priority comes first", () => {
    expect(parseRequirements("cheap and quick to integrate, but quality matters most").priorities?.[0]).toBe("quality");
  });

  it.each(["help me choose", "", "  ", "hello", "🤖🤖"])("%j fills nothing", (text) => {
    expect(parseRequirements(text)).toEqual({});
  });

  it("never throws on hostile input", () => {
    for (const text of ["x".repeat(10_000), "$$$ ".repeat(2000), "\u0000\u0007 coding"])
      expect(() => parseRequirements(text)).not.toThrow();
  });
});

describe("parseMonthlyBudget", () => {
  it.each([
    ["under $500 a month", 500],
    ["$6k a year budget", 500],
    ["our budget is $1,200", 1200],
    ["up to 2k USD per month", 2000],
  ])("%s", (text, n) => {
    expect(parseMonthlyBudget(text)).toBe(n);
  });
  it.each(["assume H100 at $2.10/h", "$3 per 1M tokens", "it costs $5", "$0.60 per million input tokens"])(
    "%j is not a budget",
    (text) => {
      expect(parseMonthlyBudget(text)).toBeUndefined();
    },
  );
});

describe("parseRequirements: language codes joined by words or hyphens", () => {
  it.each([
    ["translation for our shop, en to de and fr", ["en", "de", "fr"]],
    ["offline translation en-es", ["en", "es"]],
  ])("%s", (text, languages) => {
    expect(parseRequirements(text).languages).toEqual(languages);
  });
  it("ordinary two-letter words stay words", () => {
    expect(parseRequirements("we want to go to it").languages).toBeUndefined();
  });
});

describe("parseRequirements: a budget in another currency", () => {
  it.each([
    ["Budget is 1500 EUR a month.", "EUR", 1500],
    ["our budget's 900 euros a month", "EUR", 900],
    ["Budget: £2,000/month.", "GBP", 2000],
    ["€6k a year, tops", "EUR", 500],
  ])("%s is kept as said, never as dollars", (text, currency, perMonth) => {
    const req = parseRequirements(text);
    expect(req.statedBudget).toEqual({ currency, perMonth });
    expect(req.monthlyBudgetUsd).toBeUndefined();
  });

  it("a dollar budget is the budget", () => {
    const req = parseRequirements("budget is $1,600 a month");
    expect(req.monthlyBudgetUsd).toBe(1600);
    expect(req.statedBudget).toBeUndefined();
  });
});

describe("parseRequirements: EU data residency in the words teams use", () => {
  it.each([
    "actualy we are in the EU, data has to stay there",
    "the EU offices need EU processing",
    "summaries of news articles, API ok, EU processing",
    "processing must happen in EU data centres",
  ])("%s -> EU data residency", (text) => {
    expect(parseRequirements(text).euDataResidency).toBe(true);
  });

  it.each(["we're in the EU", "data has to stay there", "we sell into the EU"])("no residency rule: %s", (text) => {
    expect(parseRequirements(text).euDataResidency).toBeUndefined();
  });

  it("'data has to stay there' after the EU keeps the team in the EU too", () => {
    expect(parseRequirements("actualy we are in the EU, data has to stay there")).toMatchObject({
      euDataResidency: true,
      inEu: true,
    });
  });
});

describe("parseRequirements: languages named as their speakers name them", () => {
  it.each([
    ["a support bot in Bahasa Indonesia and some Javanese", ["id", "jv"]],
    ["Bahasa Melayu and English", ["ms", "en"]],
    ["English, Tagalog and some Cebuano", ["en", "tl", "ceb"]],
    ["sundanese and indonesian", ["su", "id"]],
  ] as const)("%s -> %j", (text, languages) => {
    expect(parseRequirements(text).languages?.slice().sort()).toEqual([...languages].sort());
  });
});
