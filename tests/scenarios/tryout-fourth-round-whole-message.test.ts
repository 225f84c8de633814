// Fourth tryout round, "whole message lost": a long need came back as a question about one word of
// it (a family name, a region code, an ordinary word read as a model, the model in use today) and
// every other fact was dropped. Each test sends the need as a team wrote it and checks the facts are
// kept and the reply is a shortlist that meets them; a short question about a family still asks
// which member is meant.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { isFromLab } from "../../src/catalog/labs.js";
import { chat, totalTokens as total } from "../flows/recommend-helpers.js";
import { expectExpertShortlist } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();

describe("fourth tryout round: a family name inside a need keeps the need", () => {
  it.each([
    "Pharma co, switzerland. we want to fine-tune a model on our internal SOPs and then deploy the fine tuned weights on-prem at ~30 partner sites. so licence must allow redistribution of a finetuned derivative + commercial. no meta models pls (legal said no to llama acceptable use policy), nothing chinese either. ~5M tokens/month per site",
    "nothing chinese and no meta (legal won't accept the llama acceptable use policy). we fine-tune on our SOPs, then ship the tuned weights to partner sites that run them on-prem; licence must allow redistribution + commercial use. about 5M tokens a month per site",
  ])("an exclusion said with a family name: Meta is excluded and the shortlist comes at once (%#)", (message) => {
    const c = chat(catalog);
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req).toMatchObject({ deployment: "on-prem", fineTuning: true, redistributeWeights: true });
    expect(req.exclude?.labs).toEqual(["meta"]);
    expect(req.exclude?.countries).toEqual(["CN"]);
    expect(total(req.volume)).toBe(5_000_000);
    const rows = expectExpertShortlist(catalog, req, reply);
    for (const r of rows.slice(0, 3)) expect(isFromLab(catalog, catalog.modelById.get(r.id)!, ["meta"])).toBe(false);
  });

  it.each([
    "devtools co, 60 engineers. agentic coding assistant in our IDE + CI. est 1.5B tokens/month. fine with US labs but NOT chinese. budget ~$8k/mo. claude vs gpt-5 vs gemini — which one and what will it really cost?",
    "coding assistant for 60 engineers, budget 8000 USD a month, 1.5B tokens monthly, no chinese labs. gemini or claude or gpt-5, which one would you pick?",
  ])("families as a set of candidates: a coding shortlist within the budget, no CN lab (%#)", (message) => {
    const c = chat(catalog);
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "coding", monthlyBudgetUsd: 8000 });
    expect(req.exclude?.countries).toEqual(["CN"]);
    expect(total(req.volume)).toBe(1_500_000_000);
    expectExpertShortlist(catalog, req, reply);
  });

  it("a short question about a family still asks which member is meant", () => {
    const c = chat(catalog);
    expect(c.say("how much does llama cost?").data?.intent).toBe("clarify-model");
  });
});

describe("fourth tryout round: a region code or an ordinary word is no model name", () => {
  it.each([
    ["support bot for a bank, we're on AWS in ap-southeast-1 only, ~20M tokens a month, which model?", 20_000_000],
    ["we're on aws (us-east-1), customer support chat, 12M tokens a month. which model?", 12_000_000],
  ])("'%s' is a recommendation on AWS", (message, tokens) => {
    const c = chat(catalog);
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements).toMatchObject({ useCase: "chat", cloudProvider: "aws" });
    expect(total(c.session.requirements.volume)).toBe(tokens);
  });

  it.each([
    "classify tickets, tiny outputs like a label + 1 sentence, 30M tokens a month, which model?",
    "which model for tagging reviews at 30M tokens a month? output is one label + 2 keywords",
  ])("'%s' is a classification need, not an unknown model", (message) => {
    const c = chat(catalog);
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements.useCase).toBe("extraction");
    expect(total(c.session.requirements.volume)).toBe(30_000_000);
  });
});

describe("fourth tryout round: the model in use today is not the question", () => {
  it.each([
    "we run customer support chat on gpt-4o today, ~300M tokens/month, lots of retrieved kb articles. bill is too high, mgmt wants it cut in half without noticeably worse answers. english + spanish. we're on azure. what should we switch to?",
    "support chat runs on gpt-4o right now at 300M tokens a month, english and spanish, all on azure. finance wants it halved — what could we move to?",
  ])("a migration need is a shortlist with its facts, not GPT-4o's cost (%#)", (message) => {
    const c = chat(catalog);
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("recommend");
    const req = c.session.requirements;
    expect(req).toMatchObject({ useCase: "chat", cloudProvider: "azure" });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "es"]));
    expect(total(req.volume)).toBe(300_000_000);
    expectExpertShortlist(catalog, req, reply);
  });
});
