// Negation scope, units deciding the slot, strongest sensitivity, and bounded numbers.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { scanNumbers } from "../../../src/intents/number-scan.js";
import { spellOutNumbers } from "../../../src/intents/numbers.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { makeU } from "./understand-helpers.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);
const u = makeU(catalog);

describe("exclusions: a negation scopes over the phrase after it", () => {
  it.each([
    ["no Chinese-origin models for our chatbot", { countries: ["CN"] }],
    ["nothing from chinese labs please", { countries: ["CN"] }],
    ["non-Chinese models only", { countries: ["CN"] }],
    ["avoid DeepSeek, Qwen and Kimi", { labs: ["deepseek", "alibaba-qwen", "moonshot-ai"] }],
    ["no Meta or Google models", { labs: ["meta", "google"] }],
    ["anything but GPT-4o", { models: ["gpt-4o"] }],
    ["no llama licence", { licenses: ["llama"] }],
    ["russian models are a no-go", { countries: ["RU"] }],
    // A country adjective one typo off, right before an origin noun.
    ["no chineese models", { countries: ["CN"] }],
    ["nothing from isreali companies", { countries: ["IL"] }],
    ["no amercian vendors", { countries: ["US"] }],
    // An allow-list of one country, or of a region, is kept as the only origins allowed: a lab from
    // any other country (one no country word names too) is ruled out.
    ["Only US-origin models allowed", { originsOutside: ["US"] }],
    ["french labs only", { originsOutside: ["FR"] }],
    ["we can only use models from chinese labs", { originsOutside: ["CN"] }],
    ["what if we only use models from European labs?", { originsOutside: ["EUROPE"] }],
    ["only models from European labs", { originsOutside: ["EUROPE"] }],
    ["EU-made models only", { originsOutside: ["EU"] }],
    ["just european models for the chatbot", { originsOutside: ["EUROPE"] }],
    ["models from european labs only", { originsOutside: ["EUROPE"] }],
  ])("%s", (text, expected) => {
    const r = req(text);
    expect(r.exclude).toBeDefined();
    for (const [key, values] of Object.entries(expected))
      expect(new Set(r.exclude?.[key as keyof typeof expected])).toEqual(new Set(values));
  });

  it("a word one typo from a country word is not a country without an origin noun after it, nor when it is an ordinary word", () => {
    expect(req("no chineese please").exclude?.countries ?? []).toEqual([]);
    expect(req("no frenchy stuff").exclude?.countries ?? []).toEqual(["FR"]);
    expect(req("no rushing models").exclude?.countries ?? []).toEqual([]);
    expect(req("it's only us two devs, coding assistant").exclude?.countries ?? []).toEqual([]);
  });

  it("an excluded country never becomes a language", () => {
    expect(req("coding assistant, no Chinese-origin models").languages).toBeUndefined();
    expect(new Set(req("support in Chinese and English, no Chinese labs").languages)).toEqual(new Set(["zh", "en"]));
  });

  // A data kind said to be absent or negligible raises no level, whichever side the cue is on;
  // what the message says elsewhere still counts.
  it.each([
    "listing descriptions, 100M tokens a month. Personal data is minimal (no PII in prompts).",
    "support chatbot, 10M tokens a month, there is hardly any personal data",
    "support chatbot, barely any customer data in the prompts",
    "support chatbot, little to no personal data",
    "support chatbot; customer data is not involved",
    "support chatbot; patient records aren't involved",
    "support chatbot, PII is negligible",
  ])("absent or negligible sensitive data is no regulated level: %s", (text) => {
    expect(req(text).dataSensitivity).not.toBe("regulated");
  });

  it("a negligible kind leaves another sensitive kind in the same message standing", () => {
    expect(req("PII is minimal, but we process patient records").dataSensitivity).toBe("regulated");
    expect(req("hardly any personal data; internal docs only").dataSensitivity).toBe("internal");
  });

  it("a scope ends at its clause: what follows is still read", () => {
    const r = req("no Chinese-origin models, internal docs, 20M tokens a month");
    expect(r.dataSensitivity).toBe("internal");
    expect(r.exclude?.countries).toEqual(["CN"]);
  });

  it.each([
    ["nothing regulated, just marketing copy", "dataSensitivity", undefined],
    // "no API costs" is no "any API"; self-hosting says who runs the weights, not where.
    ["no API costs please, we want to self-host", "deployment", undefined],
    ["no API costs please, we want to self-host", "selfHosted", true],
    ["not for coding, for customer support", "useCase", "chat"],
  ])("%s", (text, slot, value) => {
    expect(req(text)[slot as "deployment"]).toBe(value);
  });

  it("names inside 'anything but' are exclusions, not the subject", () => {
    const i = u("anything but GPT-4o and Claude for coding, thoughts?");
    expect(i.kind).toBe("recommend");
    if (i.kind === "recommend") expect(i.requirements.exclude?.models).toEqual(["gpt-4o"]);
  });
});

describe("exclusions: clouds are hosts, and 'not going to' rules out", () => {
  it.each([
    "no google cloud please",
    "nothing on amazon web services",
    "we can't use microsoft azure or aws",
    "no azure openai",
    "avoid bedrock and vertex ai",
  ])("a cloud ruled out names no lab, it rules out the cloud as a host: %s", (text) => {
    expect(req(text).exclude?.labs).toBeUndefined();
    expect(req(text).exclude?.providers?.length).toBeGreaterThan(0);
    expect(req(text).cloudProvider).toBeUndefined();
  });

  it.each([
    ["no azure openai and no meta models", { labs: ["meta"], providers: ["azure"] }],
    ["no google models, and no aws", { labs: ["google"], providers: ["aws"] }],
    ["regulators don't want it going to chinese vendors", { countries: ["CN"] }],
    // The providers the data goes to are its hosts; "US providers" keeps ruling out US labs too.
    ["our data must not go to US providers", { countries: ["US"], hostCountries: ["US"] }],
    ["prompts can't be sent to russian companies", { countries: ["RU"] }],
  ] as const)("%s -> %j", (text, exclude) => {
    expect(req(text).exclude).toEqual(exclude);
  });
});

describe("words land in the right slot", () => {
  it("a document length is a context need, not a monthly volume", () => {
    const r = req("RAG over documents up to 200k tokens long");
    expect(r.contextTokens).toBe(200_000);
    expect(r.volume).toBeUndefined();
  });
  it("classified documents are sensitive data, not classification", () => {
    const r = req("search over classified documents");
    expect(r.dataSensitivity).toBe("regulated");
    expect(r.useCase).not.toBe("extraction");
  });
  it("the strongest sensitivity wins", () => {
    expect(req("internal only, 5,000 clinicians, patient notes").dataSensitivity).toBe("regulated");
  });
  it("distilling is training on outputs, not DistilBERT", () => {
    const i = u("we could distil it into a small model, which model should we pick?");
    expect(i.kind).toBe("recommend");
    if (i.kind === "recommend") expect(i.requirements.trainOnOutputs).toBe(true);
  });
  it.each([
    ["we own 8 H100s", { ownedGpus: { type: "H100", count: 8 } }],
    ["at most 8B params", { maxParamsB: 8 }],
    ["must run on a phone", { onDevice: true }],
    ["we need a BAA", { needsBaa: true }],
    ["inside our Azure tenant", { cloudProvider: "azure" }],
    ["we can use the batch API", { batchOk: true }],
    ["we ship the weights to customers", { redistributeWeights: true }],
    ["we pay $2.10/h for GPUs", { gpuHourlyUsd: 2.1 }],
    ["summarise meeting notes", { useCase: "summarization" }],
    ["translate support tickets", { useCase: "translation" }],
  ])("%s", (text, expected) => {
    expect(req(text)).toMatchObject(expected);
  });
});

describe("numbers", () => {
  it("scans in one pass and bounds what patterns see", () => {
    const nines = "9".repeat(400);
    const s = scanNumbers(`${nines} tokens a month`);
    expect(s.text).not.toContain("999999999999999999");
    expect(s.problems[0]?.kind).toBe("too-large");
  });
  it("spells scientific notation out instead of reading its exponent", () => {
    expect(scanNumbers("1e6 tokens").text).toBe("1000000 tokens");
    expect(scanNumbers("1e308 tokens").problems[0]?.kind).toBe("too-large");
  });
  it("flags negative amounts, not hyphens", () => {
    expect(scanNumbers("cost at -5 million tokens").problems[0]?.kind).toBe("negative");
    // A dash opening the message is a list bullet.
    expect(scanNumbers("-5 million tokens").problems).toEqual([]);
    expect(scanNumbers("gpt-4 at 8-bit, 2-5 million tokens").problems).toEqual([]);
  });
  it.each([
    ["we do -5M tokens a month", "-5M"],
    ["budget -$500 a month", "-$500"],
    ["about -2 billion tokens", "-2 billion"],
    ["we have -300k users", "-300k"],
  ])("says a negative amount back as written: %j -> %j", (text, shown) => {
    expect(scanNumbers(text).problems[0]).toEqual({ kind: "negative", shown });
  });
  it("reads number words", () => {
    expect(spellOutNumbers("twenty five million tokens")).toBe("25 million tokens");
    expect(spellOutNumbers("half a billion")).toBe("0.5 billion");
    expect(spellOutNumbers("the cheaper one")).toBe("the cheaper one");
    expect(spellOutNumbers("two hundred and fifty users")).toBe("250 users");
  });
  it.each([
    `how much is gpt-4o at ${"9".repeat(400)} tokens a month`,
    "1e308 tokens a month on llama 3.1 70b",
    "cost of gpt-4o at -5 million tokens",
    "can we use llama 3.1 with 99999999999999 monthly users?",
    "1".repeat(2000),
  ])("%s gets a reply naming the problem", (text) => {
    const i = u(text);
    expect(i.kind).toBe("unclear");
    if (i.kind === "unclear") expect(i.problem).toMatch(/more than|negative/);
  });
});
