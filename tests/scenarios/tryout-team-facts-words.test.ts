// Facts about the team and its data as tryout teams of the fifth and sixth rounds stated them in
// whole messages: how strong their ops are, where the company sits, where the data must be
// processed and how sensitive it is. Each must reach the requirements the shortlist is ranked on.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labCountry } from "../../src/catalog/labs.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

function firstMessage(message: string) {
  const c = chat(catalog);
  const reply = c.say(message);
  expect(reply.data?.intent).toBe("recommend");
  return { req: c.session.requirements, text: textOf(reply) };
}

describe("tryout teams' ops capacity, in their words", () => {
  it("'our ML team is experienced' is strong ops, and the shortlist no longer assumes nothing about it", () => {
    const { req, text } = firstMessage(
      "our ML team is experienced. which model for a support chat, 10M tokens a month?",
    );
    expect(req.mlOpsExperience).toBe("strong");
    expect(text).not.toMatch(/Assumed: nothing about[^.]*ML-ops experience/);
  });

  it("'ML team of 10, strong' (a Brazilian bank) is strong ops", () => {
    const { req } = firstMessage(
      "Olá! Somos um banco digital no Brasil. We want a customer service assistant in the app in Brazilian Portuguese. We're on AWS sa-east-1. ML team of 10, strong.",
    );
    expect(req.mlOpsExperience).toBe("strong");
  });

  it("a team running its own vLLM cluster on rented H100s at $2.10 asks for the cheapest model to self-host", () => {
    const { req } = firstMessage(
      "team of 3 ML engineers, we run our own vLLM cluster on 8x H100 (rented, $2.10/GPU-hour). which model is cheapest per token for us?",
    );
    expect(req).toMatchObject({ mlOpsExperience: "strong", selfHosted: true, gpuHourlyUsd: 2.1 });
    // Rented, not owned: nothing is amortised.
    expect(req.ownedGpus).toBeUndefined();
    expect(req.priorities?.[0]).toBe("cost");
  });

  it("'we're 2 people running the website' has no one to run models", () => {
    const { req } = firstMessage("we're 2 people running the website. chatbot for our car dealership. which model?");
    expect(req.mlOpsExperience).toBe("none");
  });
});

describe("tryout teams' data and seat, in their words", () => {
  it("'very sensitive data (asylum cases)' is regulated personal data", () => {
    const { req } = firstMessage(
      "We're an NGO helping refugees. Very sensitive data (asylum cases). Which model for summarising case files?",
    );
    expect(req.dataSensitivity).toBe("regulated");
  });

  it("'we are in the EU, data has to stay there' said after a first message sets EU residency too", () => {
    const c = chat(catalog);
    c.say("support chatbot for our web shop, 5M tokens a month. which model?");
    c.say("actualy we are in the EU, data has to stay there");
    expect(c.session.requirements).toMatchObject({ euDataResidency: true, inEu: true });
  });

  it("a consulting firm whose 'EU offices need EU processing' gets EU data residency", () => {
    const { req } = firstMessage(
      "Global consulting firm, ~2,000 consultants (offices in London, NYC, Frankfurt, Singapore). We're a Microsoft shop. We want an internal knowledge assistant over our project deliverables (RAG). Client-confidential material, so no training on our data, and the EU offices need EU processing. Which model?",
    );
    expect(req.euDataResidency).toBe(true);
  });

  it("media monitoring: '… in 8 EU languages … API ok, EU processing' gets EU data residency on managed APIs", () => {
    const { req } = firstMessage(
      "Media monitoring company. Every day we ingest ~40k news articles (avg 900 words) in 8 EU languages and need a 3-sentence English summary of each. API ok, EU processing. Which model?",
    );
    expect(req).toMatchObject({ euDataResidency: true, deployment: "any-api", useCase: "summarization" });
  });

  it("a device maker under 'FDA 510(k) + EU MDR' selling worldwide is not made EU-based", () => {
    const { req, text } = firstMessage(
      "We make handheld ultrasound devices (Class II medical device, FDA 510(k) + EU MDR). Product idea: an offline assistant inside the device. The device has an NVIDIA Jetson AGX Orin with 32GB shared memory, so maybe ~16GB usable for the model. We would ship the model in the device firmware to hospitals worldwide. Which model?",
    );
    expect(req.inEu).toBeUndefined();
    expect(req.onDevice).toBe(true);
    expect(text).not.toMatch(/EU-based team/);
  });

  it("'HQ in Dubai' places the company outside the EU, and says so", () => {
    const { req, text } = firstMessage(
      "Crypto exchange, HQ in Dubai (VARA licensed), compliance team of 45 analysts. We want an LLM to triage transaction monitoring alerts. Customer data is confidential. Which model?",
    );
    expect(req.inEu).toBe(false);
    expect(text).toMatch(/not EU-based/);
  });
});

describe("tryout teams' exclusions, in their words", () => {
  it("'regulators don't want it going to chinese vendors, and no deepseek/qwen' rules out every Chinese lab", () => {
    const c = chat(catalog);
    const reply = c.say(
      "Crypto exchange, compliance team of 45 analysts. We want an LLM to triage transaction monitoring alerts. Customer data is confidential; regulators don't want it going to chinese vendors, and no deepseek/qwen. Which model?",
    );
    expect(reply.data?.intent).toBe("recommend");
    expect(c.session.requirements.exclude?.countries).toContain("CN");
    const excluded = new Set(((reply.data?.excluded as { id: string }[] | undefined) ?? []).map((e) => e.id));
    const chinese = catalog.models.filter((m) => m.kind === "model" && labCountry(catalog, m) === "CN");
    expect(chinese.length).toBeGreaterThan(5);
    for (const m of chinese) expect(excluded.has(m.id), m.id).toBe(true);
  });

  it("'no google cloud, no aws' rules out no model maker", () => {
    const c = chat(catalog);
    c.say("support chatbot, 5M tokens a month, no google cloud and no aws. which model?");
    expect(c.session.requirements.exclude?.labs ?? []).toEqual([]);
  });
});

describe("tryout teams' languages, in their words", () => {
  it("ride-hailing: 'in Bahasa Indonesia and some Javanese' keeps both and says neither is rated", () => {
    const c = chat(catalog);
    const reply = c.say(
      "Kami perusahaan ride-hailing di Indonesia. We need a support bot for our drivers (mitra) in Bahasa Indonesia and some Javanese - questions about payouts, suspensions, incentives. Budget USD 8,000/month. Which model?",
    );
    expect(c.session.requirements.languages?.slice().sort()).toEqual(["id", "jv"]);
    expect(textOf(reply)).toMatch(/languages: [^.]*Javanese/);
    expect(textOf(reply)).toMatch(/no candidate model has a rating in [^.]*Javanese/);
  });
});
