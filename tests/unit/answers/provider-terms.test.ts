// Provider data-term questions as teams ask them: a BAA on a cloud host for a named model, what a
// lab's API keeps, zero retention on a host. Each is answered from the host's policy record with
// the asked term first, never with a model card or a licence verdict.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../../src/advisor.js";
import { providerPolicy } from "../../../src/catalog/provider-policies.js";
import { newSession } from "../../../src/conversation/session.js";
import { providerTerms } from "../../../src/answers/provider-terms.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");
const advisor = createAdvisor({ catalog, now: () => now });

function ask(text: string) {
  const { replies } = advisor.handleTurn(newSession(now), {
    ref: { platform: "console", channel: "c" },
    user: { id: "u" },
    text,
    messageId: "m1",
    receivedAt: now,
  });
  const reply = replies[replies.length - 1]!;
  const data = reply.data as { intent: string; evidence?: { provider?: string; asks?: string | null } };
  return { text: reply.fallbackText, data, models: (reply.data?.models ?? []).map((m) => m.id) };
}

/** The first fact line of the answer (after the lines about the named models). */
const firstTerm = (text: string) => text.split("\n").find((l) => /^- (Trains|Keeps|Zero|Signs)/.test(l)) ?? "";

describe("provider data terms, asked about a host or a lab", () => {
  it.each([
    ["is claude sonnet 4.5 on bedrock covered by the BAA?", "amazon-bedrock", "baa", "claude-sonnet-4.5"],
    ["will azure openai sign a BAA for gpt-4o?", "azure", "baa", "gpt-4o"],
    ["can we get zero data retention for gemini 2.5 pro on vertex?", "google-vertex", "zdr", "gemini-2.5-pro"],
    ["does openai keep our prompts?", "openai", "retention", null],
    ["does anthropic train on what we send?", "anthropic", "training", null],
  ] as const)("%s -> %s, %s first", (question, provider, term, model) => {
    const { text, data, models } = ask(question);
    expect(data.intent).toBe("tradeoffs");
    expect(data.evidence?.provider).toBe(provider);
    expect(data.evidence?.asks).toBe(term);
    const label = {
      baa: /Signs a HIPAA BAA/,
      zdr: /Zero data retention/,
      retention: /Keeps your data/,
      training: /Trains on/,
    }[term];
    expect(firstTerm(text)).toMatch(label);
    if (model) {
      expect(models).toEqual([model]);
      expect(text).toMatch(/is offered on/);
    }
  });

  it("the BAA line says what the host's record says, with its source kind and date", () => {
    const baa = providerPolicy(catalog, "amazon-bedrock")!.baa!;
    const { text } = ask("is claude sonnet 4.5 on bedrock covered by the BAA?");
    const words = { yes: "yes", no: "no", "on-request": "on request", unknown: "unknown" }[baa.value];
    expect(firstTerm(text)).toContain(`Signs a HIPAA BAA:** ${words}.`.replace(/\*/g, ""));
    expect(firstTerm(text)).toContain(baa.asOf);
    expect(firstTerm(text)).toMatch(baa.sourceKind === "primary" ? /its own terms/ : /third-party summary, unverified/);
  });

  it("a family named stands for its lab's own API ('does claude keep our prompts?')", () => {
    const { data } = ask("does claude keep our prompts?");
    expect(data.intent).toBe("tradeoffs");
    expect(data.evidence?.provider).toBe("anthropic");
  });

  it("a model not sold on the host is said so, and the host's terms still answer", () => {
    const { text } = ask("is llama 3.3 70b on bedrock covered by a BAA?");
    const sold = catalog.modelById.get("llama-3.3-70b")!.offerings.some((o) => o.provider === "amazon-bedrock");
    expect(text).toMatch(sold ? /is offered on Amazon Bedrock/ : /is not offered on Amazon Bedrock/);
  });

  it("the team's own training is not a provider term: 'can we train on our data?' is not answered with one", () => {
    const { data } = ask("can we fine-tune llama 3.1 8b on our data?");
    expect(data.intent).not.toBe("tradeoffs");
  });
});

describe("a model asked about as a whole (compliance, safety for regulated data)", () => {
  const terms = (provider: string, ids: string[], asks?: "retention") =>
    providerTerms(catalog, {
      provider,
      models: ids.map((id) => catalog.modelById.get(id)!),
      ...(asks ? { asks } : {}),
    }).facts.join("\n");

  it.each([
    ["openai", ["gpt-4o"]],
    ["deepseek", ["deepseek-r1"]],
    ["anthropic", ["claude-sonnet-4.5"]],
  ])("%s %j: says the licence does not settle it, then every data term", (provider, ids) => {
    const text = terms(provider, ids);
    expect(text).toMatch(/not settled by the model's licence/);
    for (const label of ["Trains on your API data", "Keeps your data", "Keeps processing in the EU"])
      expect(text).toContain(label);
  });

  it("an open-weights model is said to keep the data in-house when self-hosted; a closed one is not", () => {
    expect(terms("deepseek", ["deepseek-r1"])).toMatch(/\*\*DeepSeek-R1\*\* has open weights: run on your own/);
    expect(terms("openai", ["gpt-4o"])).not.toMatch(/has open weights/);
  });

  it("a question about one term keeps to that term, without the compliance lead", () => {
    expect(terms("openai", ["gpt-4o"], "retention")).not.toMatch(/not settled by the model's licence/);
    expect(terms("openai", [])).not.toMatch(/not settled by the model's licence/);
  });
});
