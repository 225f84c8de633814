// A message during the guided flow that does not answer its question is a side question when the
// intent registry reads it, on its own, as another answer (issue 10 item 4). The examples of every
// descriptor are the probe: each is answered by the intent the registry gives it and the flow then
// resumes at the question it was asking; statements of fact stay with the flow.
import { assumedInputShare } from "../../src/scoring/job-split.js";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { REGISTRY } from "../../src/intents/registry/index.js";
import { asksSomethingElse, understand } from "../../src/intents/understand.js";
import { newSession } from "../../src/conversation/session.js";
import { chat, NOW, stepOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const alone = { ...newSession(NOW), lastIntent: null };
const readAlone = (text: string) => understand(text, { catalog, session: alone }).kind;

// Kinds that belong to the recommendation itself or to the thread (no "back to the question" after them).
const PART_OF_FLOW = new Set([
  "recommend",
  "what-if",
  "flow-control",
  "reset",
  "decision-record",
  "profile",
  "unclear",
]);

// The flow skips a question no answer of which would change the top 3, so which use case leads
// to the data question, and keeps it there once a volume is said, depends on the catalogue (with
// Qwen3-VL 235B rated, 'coding' and a volume skip it): take the first of these that does both.
const USE_CASE_WORDS = ["coding", "RAG over documents", "extraction", "summarisation", "translation"];
const dataFirst = USE_CASE_WORDS.find((words) => {
  const c = chat(catalog);
  c.say("help me choose a model");
  return stepOf(c.say(words)) === "data" && stepOf(c.say("about 50M tokens a month")) === "data";
});

const sideExamples = REGISTRY.filter((d) => !PART_OF_FLOW.has(d.name)).flatMap((d) => d.examples);

describe("side questions during the guided flow come from the intent registry", () => {
  it("has a use case after which the data question is asked", () => expect(dataFirst).toBeDefined());

  it("has side examples of several intents to try", () => {
    expect(new Set(sideExamples.map(readAlone)).size).toBeGreaterThanOrEqual(6);
  });

  for (const example of sideExamples) {
    it(`"${example}" at the data question is answered as the registry reads it, then the flow resumes`, () => {
      const c = chat(catalog);
      c.say("help me choose a model");
      const asked = stepOf(c.say(dataFirst!));
      expect(asked).toBe("data");
      const useCase = c.session.requirements.useCase;
      c.say(example);
      const [answer, resumed] = c.replies;
      expect(answer?.data?.intent ?? "").toBe(readAlone(example));
      expect(textOf(resumed!)).toMatch(/Back to the recommendation, where we were/);
      expect(stepOf(resumed!)).toBe(asked);
      expect(c.session.requirements.useCase).toBe(useCase);
    });
  }

  it("a fact said flatly stays with the flow, the same fact asked as a question does not", () => {
    // "about 50M tokens a month" reads on its own as a cost question without a model: said flatly
    // it is the thread's volume.
    expect(asksSomethingElse("about 50M tokens a month", { catalog })).toBe(false);
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say(dataFirst!);
    const reply = c.say("about 50M tokens a month");
    expect(reply.data?.intent).toBe("recommend");
    // 50M at the split assumed for the job said first (job-split.ts).
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(
      Math.round(50_000_000 * assumedInputShare(c.session.requirements.useCase)),
    );
    expect(stepOf(reply)).toBe("data");
    // "should we self-host?" asks: answered (it asks which model to cost), then the flow resumes, and
    // nothing about where the model runs is recorded as said.
    const asked = c.say("should we self-host?");
    expect(c.replies[0]?.data?.intent).not.toBe("recommend");
    expect(stepOf(asked)).toBe("data");
    expect(c.session.requirements.deployment).toBeUndefined();
  });

  it("answers the registry reads as no other intent stay answers", () => {
    for (const answer of ["patient notes", "internal only", "our own cloud", "open weights only", "banana"])
      expect(asksSomethingElse(answer, { catalog }), answer).toBe(false);
  });
});
