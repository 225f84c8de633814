// Routing inside a recommendation thread, read by understand() against a view of the session:
// a bare follow-up continues the factual answer it follows (the session's subject says which kind
// that was), a supposition re-ranks, a change stated inside a question about a named model is that
// model's question, and on an empty thread a stated need is a recommendation, not a what-if.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { understand } from "../../../src/intents/understand.js";
import type { ConversationView, Intent } from "../../../src/intents/types.js";
import { assumedInputShare } from "../../../src/scoring/job-split.js";
import { volume } from "../scoring/scoring-fixture.js";

const catalog = readCatalog();
const MODEL = "mistral-large-3";
const lastCost: Intent = {
  kind: "cost",
  modelIds: [MODEL],
  volume: volume(10_000_000),
  selfHost: false,
  assumptionEdits: {},
};

/** A thread with a shortlist, whose last answer was of kind `answer`. */
function thread(answer: Intent["kind"]): ConversationView {
  return {
    focus: answer === "cost" ? [MODEL] : ["deepseek-v3.2", "glm-4.5", MODEL],
    lastList: ["deepseek-v3.2", "glm-4.5", MODEL],
    flow: { step: null },
    requirements: { useCase: "coding", volume: volume(10_000_000) },
    lastIntent: lastCost,
    subject: { answer },
  };
}
const EMPTY: ConversationView = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const read = (text: string, session: ConversationView) => understand(text, { catalog, session });

describe("a follow-up in a thread continues the last answer when that was a fact", () => {
  it.each(["and at 20M tokens a month?", "what about 20M tokens a month?", "and for 20M tokens?"])(
    "'%s' after a cost is the cost again; after a shortlist it is a what-if",
    (text) => {
      const again = read(text, thread("cost"));
      expect(again.kind).toBe("cost");
      // The thread's job is coding, so the new total is split at coding's assumed share.
      expect(again.kind === "cost" && again.volume?.inputTokensPerMonth).toBe(20_000_000 * assumedInputShare("coding"));
      expect(read(text, thread("recommend")).kind).toBe("what-if");
      expect(read(text, thread("what-if")).kind).toBe("what-if");
    },
  );

  it.each([
    "what if we had 20M tokens a month?",
    "and if we needed EU hosting?",
    "suppose we needed 20M tokens a month",
  ])("'%s' is a supposition: a what-if even right after a cost", (text) => {
    expect(read(text, thread("cost")).kind).toBe("what-if");
  });

  it("outside a thread a bare follow-up is still the last question again", () => {
    const noThread: ConversationView = { ...EMPTY, focus: [MODEL], lastIntent: lastCost, subject: { answer: "cost" } };
    expect(read("and at 20M tokens a month?", noThread).kind).toBe("cost");
  });
});

describe("a stated change is a what-if only where there is a recommendation to change", () => {
  it("in a thread, 'we need to self-host' re-ranks, but inside a question about a named model it is that question", () => {
    expect(read("we now need to self-host", thread("recommend")).kind).toBe("what-if");
    const sizing = read("what hardware do we need to self-host DeepSeek-V3.2?", thread("recommend"));
    expect(sizing).toMatchObject({ kind: "cost", modelIds: ["deepseek-v3.2"], selfHost: true });
    expect(read("what if we self-host DeepSeek-V3.2?", thread("recommend")).kind).toBe("what-if");
  });

  it("on an empty thread a need stated with a request for models starts a recommendation", () => {
    const intent = read("we want to fine-tune a model and publish the weights, which base models?", EMPTY);
    expect(intent.kind).toBe("recommend");
    expect(intent.kind === "recommend" && intent.requirements).toMatchObject({
      fineTuning: true,
      redistributeWeights: true,
    });
    // A supposition with nothing to change is still read as one.
    expect(read("what if we self-host?", EMPTY).kind).toBe("what-if");
  });

  for (const text of [
    "we want to fine-tune an open model on our papers and publish the weights afterwards. which base models?",
    "we plan to finetune an open llm and release the weights publicly - what base model should we start from?",
    "we'll fine-tune an open model and publish the weights. which base model would you use?",
    "what open model should we fine-tune for our legal docs? we will publish the weights",
  ])
    it(`'${text}' starts a recommendation that fine-tunes and ships the weights, not a trade-off`, () => {
      const intent = read(text, EMPTY);
      expect(intent.kind).toBe("recommend");
      expect(intent.kind === "recommend" && intent.requirements).toMatchObject({
        fineTuning: true,
        redistributeWeights: true,
      });
    });
});
