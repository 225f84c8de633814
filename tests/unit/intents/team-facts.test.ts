import { describe, expect, it } from "vitest";
import { parseMonthlyUsers, parseTeamFacts } from "../../../src/intents/team-facts.js";

describe("parseTeamFacts", () => {
  it.each([
    ["can we use Llama 3.1 in an app with 800M monthly users?", { monthlyActiveUsers: 800_000_000 }],
    ["1B MAU", { monthlyActiveUsers: 1_000_000_000 }],
    ["we have 5 million monthly active users", { monthlyActiveUsers: 5_000_000 }],
    ["MAU of 750M", { monthlyActiveUsers: 750_000_000 }],
    ["a commercial product", { commercial: true }],
    ["we sell it to customers", { commercial: true }],
    ["research only", { commercial: false }],
    ["for a non-commercial academic project", { commercial: false }],
    ["we want to fine-tune it", { fineTune: true }],
    ["can we finetune llama with LoRA", { fineTune: true }],
    ["we don't need fine-tuning", { fineTune: false }],
    ["can we train our model on Claude's outputs?", { trainOnOutputs: true }],
    ["use GPT-4o outputs to train a smaller model", { trainOnOutputs: true }],
    ["distill a smaller model from it", { trainOnOutputs: true }],
    ["can we self-host GPT-4?", { selfHost: true }],
    ["run it on our own GPUs", { selfHost: true }],
    ["on-prem", { selfHost: true }],
    ["host it ourselves", { selfHost: true }],
    ["distribute the weights", { distributeWeights: true }],
    ["can we publish our fine-tuned model", { distributeWeights: true }],
    ["offer it as an API", { serveAsApi: true }],
    ["resell it as a hosted API to other companies", { serveAsApi: true }],
    ["we're in the EU", { inEu: true }],
    ["we are based in Germany", { inEu: true }],
    ["a French startup", { inEu: true }],
    ["GDPR applies to us", { inEu: true }],
    ["a medical assistant for patients", { fieldOfUse: "medical" }],
    ["for military use", { fieldOfUse: "military" }],
    ["train a competing model on its outputs", { trainOnOutputs: true, competingModel: true }],
    ["train a spam classifier on its outputs, not a competing model", { trainOnOutputs: true, competingModel: false }],
  ])("%s", (text, expected) => {
    expect(parseTeamFacts(text)).toMatchObject(expected);
  });

  // A business's own use is commercial use for a licence, internal tools included; a research
  // group's stays non-commercial. Publishing a fine-tune on a model hub hands the weights over.
  it.each([
    ["can a bank use codestral 22b for an internal code assistant?", { commercial: true }],
    ["could a law firm run it as an internal knowledge tool for our lawyers?", { commercial: true }],
    ["an internal chatbot for our employees", { commercial: true }],
    ["we're a university research group with an internal tool for our lab", { commercial: false }],
    ["can we publish a fine-tuned llama 3.1 8b on hugging face?", { fineTune: true, distributeWeights: true }],
    ["push our merge of mistral 7b to the hf hub", { distributeWeights: true }],
  ] as const)("%s", (text, expected) => {
    expect(parseTeamFacts(text)).toMatchObject(expected);
  });

  // Fine-tuning the team's own model on a provider's outputs is the outputs question, not a
  // fine-tune of the provider's model; tuning the named model itself still counts.
  it.each([
    ["can we use claude's outputs to fine-tune our own small model later?", undefined],
    ["we'd fine-tune a smaller model on gpt-4o responses", undefined],
    ["is it ok to fine-tune the new student model with gemini generations", undefined],
    ["fine-tune llama 3.1 8b on gpt-4o outputs", true],
    ["train a student model on gpt-4o responses and fine-tune mistral 7b too", true],
  ] as const)("%s -> fineTune %s, trainOnOutputs", (text, fineTune) => {
    const facts = parseTeamFacts(text);
    expect(facts.trainOnOutputs).toBe(true);
    expect(facts.fineTune).toBe(fineTune);
    expect(facts.fieldOfUse).toBeUndefined();
  });

  it.each(["we post our eval results to github", "an internal tool", "we're an EU company"])(
    "no commercial use or distribution read: %s",
    (text) => {
      const facts = parseTeamFacts(text);
      expect(facts.commercial).toBeUndefined();
      expect(facts.distributeWeights).toBeUndefined();
    },
  );

  it("fills several facts at once", () => {
    expect(
      parseTeamFacts("We're a German company with 1B MAU and want to fine-tune and self-host it commercially"),
    ).toEqual({
      monthlyActiveUsers: 1_000_000_000,
      commercial: true,
      fineTune: true,
      selfHost: true,
      inEu: true,
    });
  });

  it.each(["what is the price of gpt-4o", "tell me about mistral 7b", "10M tokens a month", "", "   ", "🤖"])(
    "%j states no facts",
    (text) => {
      expect(parseTeamFacts(text)).toEqual({});
    },
  );

  it("never throws on hostile input", () => {
    for (const text of ["x".repeat(10_000), "users ".repeat(3000), "\u0000\u001b[2J", "9".repeat(400) + " users"]) {
      expect(() => parseTeamFacts(text)).not.toThrow();
    }
  });
});

describe("parseMonthlyUsers", () => {
  it.each([
    ["800M monthly users", 800_000_000],
    ["an app with 5 million users", 5_000_000],
    ["1.2 billion MAU", 1_200_000_000],
    ["10,000 users", 10_000],
    ["over 700 million monthly active users", 700_000_000],
  ])("%s", (text, n) => {
    expect(parseMonthlyUsers(text)).toBe(n);
  });
  it("tokens are not users", () => {
    expect(parseMonthlyUsers("10M tokens a month")).toBeUndefined();
  });
});

describe("parseTeamFacts: training on a named model's outputs", () => {
  it.each([
    "can i train a smaller model on deepseek v3 outputs legally",
    "can claude sonnet 4.5 outputs be used as training data for our model?",
    "are we allowed to use llama 3.3 70b generations as training data?",
  ])("%s", (text) => {
    expect(parseTeamFacts(text).trainOnOutputs).toBe(true);
  });
  it("training on our own data is not training on outputs", () => {
    expect(parseTeamFacts("the model must never be trained on our data").trainOnOutputs).toBeUndefined();
  });
});

describe("parseTeamFacts: where the company is, apart from where it sells", () => {
  it.each([
    "We make handheld ultrasound devices (FDA 510(k) + EU MDR), sold to hospitals worldwide",
    "our product needs CE marking under the EU AI Act",
    "news summaries in 8 EU languages",
    "we sell into the EU and the US",
  ])("the EU's product rules, market or languages place no one in the EU: %s", (text) => {
    expect(parseTeamFacts(text).inEu).toBeUndefined();
  });

  it.each([
    ["Crypto exchange, HQ in Dubai (VARA licensed)", false],
    ["we're headquartered in Singapore", false],
    ["a startup based in Toronto", false],
    ["we're based in Berlin", true],
    ["HQ in Dubai, with an EU subsidiary in Dublin", true],
  ] as const)("a seat named: %s -> inEu %s", (text, inEu) => {
    expect(parseTeamFacts(text).inEu).toBe(inEu);
  });
});
