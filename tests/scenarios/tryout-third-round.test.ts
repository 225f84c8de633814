// A third tryout round, eight teams in their own words (long first messages, typos, follow-ups):
// a Munich law firm, an MMO studio moderating player chat, a French ministry on premises, an
// ambient-scribe startup under HIPAA on AWS, a payments fintech with 8 owned H100s, a university
// lab that publishes fine-tuned weights, a marketplace in Poland/Czechia/Germany, and a solo
// developer with $50 a month. What a sceptical ML lead checks is asserted as properties: the
// facts of the first message are kept, every top-3 model meets every hard constraint that was
// understood, every figure recomputes, and a what-if changes only what it names. Findings still
// open in other areas are the todos in tryout-third-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { plainTextOf } from "../../src/render/plain-text.js";
import { chat, textOf, totalTokens as total } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf, shortlistThrough } from "../flows/recommend-scenarios-checks.js";
import { expectCostsWorkedOut } from "./cost-working-checks.js";

/** A model name as a literal in a pattern ("Kimi K2 (0905)"). */
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const catalog = readCatalog();

const LAW_FIRM =
  "Hi! We're a law firm in Munich (about 40 lawyers + 15 staff). We want an LLM to help review contracts and draft memos, mostly German, some English. Client data is privileged and under GDPR so it must stay in the EU, ideally no US-hosted API. Roughly 300 contracts a month, maybe 20k tokens each. We don't have an ML team, just 2 IT people.";
const MINISTRY =
  "Bonjour. We are a French public agency (ministry-level, ~3000 civil servants). We want an assistant that answers citizens questions about social benefits on our website, in French (and some Arabic). Must be on-premise in our own datacenter (sovereignty, SecNumCloud), open weights only, no models from chinese or american labs. We get ~50k citizen questions a day, ~800 tokens each incl. retrieved docs. Our ops team runs kubernetes but never ran GPUs.";
const SCRIBE =
  "Healthtech startup here, 25 people, US only. We build an ambient scribe: record the doctor-patient visit, transcribe (we already have ASR), then an LLM writes the SOAP note. Its PHI so HIPAA, we need a BAA with whoever hosts the model. We're all-in on AWS. ~12,000 visits/month, transcript ~6k tokens, note ~800 tokens. Budget is ~$3k/mo for inference. Quality matters more than cost, notes go into the EHR.";
const FINTECH =
  "We're a fintech (payments, ~400 employees, EU + UK). Strict on-prem only policy: nothing leaves our datacenter, no external APIs at all. We own 8x H100 80GB. Two use cases: (1) a coding assistant for ~150 devs, (2) extracting fields from KYC documents. No Meta models (legal doesnt like the llama license) and nothing from DeepSeek. Around 200M tokens/month total.";
const SOLO =
  "solo dev here, building a side project: a discord bot that answers D&D rules questions for my server (~300 people). budget is $50/month max, cant afford more. maybe 3M tokens a month? i have a gaming pc with a 4090, could run something locally too";

describe("third tryout round: the first message's facts are kept and the shortlist meets them", () => {
  it("Munich law firm: EU residency, regulated data, German, 6M tokens in; every API pick processes in the EU", () => {
    const c = chat(catalog);
    c.say(LAW_FIRM);
    c.say("RAG over documents"); // the answer to the flow's first question, what will the model mostly do
    const req = c.session.requirements;
    expect(req).toMatchObject({
      useCase: "rag",
      dataSensitivity: "regulated",
      euDataResidency: true,
      mlOpsExperience: "none",
    });
    expect(req.languages).toEqual(expect.arrayContaining(["de", "en"]));
    // 300 contracts × 20k tokens, read whole as input; the memos written are output on top.
    expect(req.volume?.inputTokensPerMonth).toBe(6_000_000);
    expect(total(req.volume)).toBeGreaterThan(6_000_000);
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
    // Regulated data: the answer says where each pick's prompts go.
    for (const r of rows.slice(0, 3)) expect(textOf(reply)).toMatch(new RegExp(`- \\*\\*${r.name}\\*\\*( via|:)`));
  });

  it("French ministry: on premises, open weights, no CN or US labs; the shortlist comes at once and is self-hosted", () => {
    const c = chat(catalog);
    const reply = c.say(MINISTRY);
    const req = c.session.requirements;
    expect(req).toMatchObject({ deployment: "on-prem", openWeightsOnly: true });
    expect(req.exclude?.countries?.map((x) => x.toUpperCase()).sort()).toEqual(["CN", "US"]);
    expect(req.languages).toEqual(expect.arrayContaining(["fr", "ar"]));
    expect(total(req.volume)).toBe(1_200_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    expect(rows.slice(0, 3).map((r) => r.costBasis)).toEqual(["self-host", "self-host", "self-host"]);
    expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  });

  it("French ministry: 'what if the volume is 3x at tax season' triples the volume and changes nothing else", () => {
    const c = chat(catalog);
    c.say(MINISTRY);
    const before = c.session.requirements;
    c.say("what if the volume is 3x at tax season");
    const after = c.session.requirements;
    expect(total(after.volume)).toBe(3 * total(before.volume)!);
    const { volume: _a, ...restAfter } = after;
    const { volume: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
  });

  it("ambient scribe: PHI on AWS needs a BAA; every pick runs in the AWS account under the $3k budget", () => {
    const c = chat(catalog);
    c.say(SCRIBE);
    const req = c.session.requirements;
    expect(req).toMatchObject({
      dataSensitivity: "regulated",
      needsBaa: true,
      cloudProvider: "aws",
      monthlyBudgetUsd: 3000,
    });
    expect(req.priorities).toContain("quality");
    // 'an LLM writes the SOAP note' from the visit transcript: the shortlist is ranked for summarising.
    expect(req.useCase).toBe("summarization");
    expect(req.teamSize).toBe(25);
    expect(req.monthlyActiveUsers).toBeUndefined();
    const reply = shortlistThrough(catalog, req);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3).filter((x) => x.costBasis === "api")) expect(r.apiProvider).toBe("amazon-bedrock");
  });

  it("ambient scribe: 'what if we need zero data retention as well' keeps the BAA and adds the retention rule", () => {
    const c = chat(catalog);
    c.say(SCRIBE);
    const reply = c.say("what if we need zero data retention as well");
    const req = c.session.requirements;
    expect(req).toMatchObject({ needsBaa: true, noRetention: true, cloudProvider: "aws" });
    expectExpertShortlist(catalog, req, reply);
  });

  it("payments fintech: Meta and DeepSeek ruled out, on premises, its 8 H100s; no pick from those labs", () => {
    const c = chat(catalog);
    const reply = c.say(FINTECH);
    const req = c.session.requirements;
    expect(req).toMatchObject({ deployment: "on-prem", ownedGpus: { count: 8 } });
    expect(total(req.volume)).toBe(200_000_000); // "two use cases … 200M total", not 2 × 200M
    expect(req.exclude?.labs).toEqual(expect.arrayContaining(["meta", "deepseek"]));
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) {
      expect(catalog.modelById.get(r.id)?.lab).not.toMatch(/meta|deepseek/i);
      expect(textOf(reply)).toMatch(new RegExp(`- \\*\\*${escaped(r.name)}\\*\\*: fits your 8× NVIDIA H100`));
    }
  });

  it("solo developer: every pick costs at most the $50 a month stated", () => {
    const c = chat(catalog);
    const reply = c.say(SOLO);
    const req = c.session.requirements;
    expect(req).toMatchObject({ monthlyBudgetUsd: 50, ownedGpus: { count: 1 } });
    expect(total(req.volume)).toBe(3_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) expect(r.monthlyCostUsd).toBeLessThanOrEqual(50);
  });

  it("solo developer's one RTX 4090 at 3M tokens a month: 'what would it cost to self host qwen3 14b?' runs on that card alone (no spare rented beside it), batched for the volume (not 32 × 4K sequences), under a quarter FTE of ops", () => {
    const c = chat(catalog);
    c.say(SOLO);
    const text = plainTextOf(c.say("what would it cost to self host qwen3 14b?").blocks);
    expect(text).toMatch(/Does Qwen3 14B fit your 1× NVIDIA GeForce RTX 4090\? Yes/);
    expect(text).toMatch(
      /GPUs {14}: 1× NVIDIA GeForce RTX 4090 \(24 GB\): 1 replica \(1 GPU each\) = 1 for the 3× peak, no spare/,
    );
    expect(text).not.toMatch(/rented × \$/);
    const batch = Number(/KV cache \([\d.]+K tokens × (\d+) sequences\)/.exec(text)?.[1]);
    expect(batch).toBeLessThanOrEqual(8);
    const fte = Number(/Operations {8}: ([\d.]+) FTE/.exec(text)?.[1]);
    expect(fte).toBeLessThan(0.25);
    expect(text).toMatch(/Redundancy +none: your 1 NVIDIA GeForce RTX 4090/);
  });

  it("MMO studio: a budget sentence after the token counts keeps the 4B volume beside the budget", () => {
    const c = chat(catalog);
    c.say(
      "volume is huge, like 4B tokens a month, mostly tiny messages ~40 tokens in, 5 tokens out. budget maybe $15k/mo. what do you suggest",
    );
    expect(total(c.session.requirements.volume)).toBeCloseTo(4e9, -3);
    expect(c.session.requirements.monthlyBudgetUsd).toBe(15_000);
  });

  it("solo developer: 'thx!' after an answer gets one short line, not 'not sure' and the whole help", () => {
    const c = chat(catalog);
    c.say("price of gpt-4o");
    for (const thanks of ["thx!", "thanks, that helps"]) {
      const text = textOf(c.say(thanks));
      expect(text).not.toMatch(/not sure|didn't catch|Model facts/);
      expect(text.split("\n").filter((l) => l.trim() !== "")).toHaveLength(1);
    }
  });

  it("marketplace: 'personal data is minimal (no PII in prompts)' is no regulated data, and the rest is kept", () => {
    const c = chat(catalog);
    const reply = c.say(
      "recommend a model to write listing descriptions from seller photos, 100M tokens a month. Personal data is minimal (no PII in prompts).",
    );
    const req = c.session.requirements;
    expect(req.dataSensitivity).toBeUndefined();
    expect(textOf(reply)).not.toMatch(/regulated/i);
    expect(textOf(reply)).toMatch(/100M tokens\/month/);
  });
});

describe("third tryout round: licence questions in the teams' words", () => {
  it("game studio: fine-tuning Llama 3.1 8B and shipping it in the game client names the distribution duties", () => {
    const text = textOf(
      chat(catalog).say(
        "can we fine tune llama 3.1 8b on our own moderation logs and ship it inside the game client? ~2M daily players",
      ),
    );
    expect(text).toMatch(/Allowed with conditions: Llama 3\.1 8B/);
    expect(text).toMatch(/Distributing Llama 3\.1 8B/);
    // The naming rule and the pass-through of the licence, each quoted or stated.
    expect(text).toMatch(/"Llama" at the beginning|must start its name with "Llama"/);
    expect(text).toMatch(/copy of the licence/);
  });

  it("research lab: training on GPT-4o outputs quotes the competing-models clause and says what would change it", () => {
    const reply = chat(catalog).say("can we train on gpt-4o outputs and release the model?");
    const text = textOf(reply);
    expect(text).toMatch(/Blocked: GPT-4o/);
    expect(text).toMatch(/compete with OpenAI/);
    expect(text).toMatch(/Would change the answer/);
  });

  it("law firm: 'does mistral have EU data centers?' answers from Mistral's own API terms, with source and date", () => {
    const text = textOf(chat(catalog).say("does mistral have EU data centers?"));
    expect(text).not.toMatch(/Which model|matches several models/);
    expect(text).toMatch(/Mistral AI.*API data/);
    expect(text).toMatch(/processing in the EU:\*\* (yes|no|unknown)\b[^\n]*\d{4}-\d{2}-\d{2}\)/);
  });

  it("law firm: 'is mistral large ok…' answers for Mistral's Large models only, the Apache-2.0 one included", () => {
    const reply = chat(catalog).say("is mistral large ok for commercial use in our firm?");
    const ids = (reply.data?.models ?? []).map((m) => m.id);
    expect(ids).toContain("mistral-large-3");
    for (const id of ids) expect(catalog.modelById.get(id)?.lab, id).toMatch(/mistral/i);
    expect(textOf(reply)).not.toMatch(/Jamba|BERT|RoBERTa/);
  });

  it("every shortlist the teams got names each top-3 model's licence verdict", () => {
    for (const first of [MINISTRY, FINTECH, SOLO]) {
      const reply = chat(catalog).say(first);
      for (const r of rowsOf(reply).slice(0, 3))
        expect(textOf(reply)).toMatch(new RegExp(`- \\*\\*${escaped(r.name)}\\*\\* \\(.*\\): (allowed|conditional)`));
    }
  });
});
