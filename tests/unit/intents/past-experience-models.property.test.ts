// A model named as the team's past experience is not the model asked about: Tel Aviv's "We have 5
// ML engineers who have fine-tuned BERT models and run GPU inference on EKS" turned a whole
// first message into '== Self-hosting BERT ==', as "we used GPT-4o before" turned a need into a
// GPT-4o cost. Checked over generated experience sentences (who did it, what they did, to which
// model, before or after the need) and needs: the message asks for a recommendation, the model
// is no subject, and a fine-tune said only as experience is no plan to fine-tune. A message that
// asks about the model it fine-tuned still asks about that model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { newSession } from "../../../src/conversation/session.js";
import { opsCapacityIn } from "../../../src/intents/ops-capacity.js";
import { understand } from "../../../src/intents/understand.js";
import { startMessage } from "../../../src/per-message-memo.js";

const catalog = readCatalog();

function read(text: string) {
  startMessage();
  return understand(text, { catalog, session: newSession(new Date("2026-12-01T10:00:00Z")) });
}

const MODELS = ["BERT", "GPT-4o", "Llama 3 8B", "Mistral 7B", "RoBERTa", "Qwen2.5 7B"];
// Who did it and what, with the model after: "{who} {deed} {model}{tail}".
const SKILLS = [
  "We have 5 ML engineers who have fine-tuned",
  "Our 4 ML engineers have fine-tuned",
  "Our data scientists have trained",
  "Our team has already deployed",
  "Our engineers have served",
  "The ML team has experimented with",
  "Our team has experience with",
  "We have experience fine-tuning",
  "We've used",
  "We fine-tuned",
  "We used",
];
// A plain past ("We used X") is experience with a time; the others are with or without one.
const TAILS = [" last year", " before", " in the past", " models and run GPU inference on EKS", " on our own GPUs"];
const NEEDS = [
  "We want to classify support tickets into 40 categories, about 3M tickets a month, ~500 tokens in and ~20 out.",
  "We need to summarise call transcripts, 40M tokens a month, budget under $500.",
  "Now we want to extract fields from 200k contracts a month, 4k tokens in, 300 out.",
  "We want a support chatbot for our shop, about 20M tokens a month, data must stay in the EU.",
];
const PLAIN_PAST = /^We (?:used|fine-tuned)$/;

const experience = fc
  .record({
    who: fc.constantFrom(...SKILLS),
    model: fc.constantFrom(...MODELS),
    tail: fc.constantFrom(...TAILS),
  })
  .filter(({ who, tail }) => !PLAIN_PAST.test(who) || /last year|before|in the past/.test(tail))
  .map(({ who, model, tail }) => `${who} ${model}${tail}.`);

describe("a model named as the team's past experience", () => {
  it("is no subject: the need is a recommendation, before or after the experience", () => {
    fc.assert(
      fc.property(experience, fc.constantFrom(...NEEDS), fc.boolean(), (said, need, first) => {
        const text = first ? `${said} ${need}` : `${need} ${said}`;
        const intent = read(text);
        expect(intent.kind, text).toBe("recommend");
      }),
      { numRuns: 120 },
    );
  });

  it("a fine-tune said as experience is no plan to fine-tune", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Our 4 ML engineers have fine-tuned",
          "We have 5 ML engineers who have fine-tuned",
          "We fine-tuned",
          "We have experience fine-tuning",
        ),
        fc.constantFrom(...MODELS),
        fc.constantFrom(" last year", " before", " models"),
        fc.constantFrom(...NEEDS),
        (who, model, tail, need) => {
          const text = `${need} ${who} ${model}${tail}.`;
          const intent = read(text);
          expect(intent.kind, text).toBe("recommend");
          if (intent.kind === "recommend") expect(intent.requirements.fineTuning, text).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a plan done to 'it' after the deed takes the model in hand, however the question is put", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("We have fine-tuned", "We fine-tuned", "Our team has fine-tuned", "We have already deployed"),
        fc.constantFrom("Llama 3 8B", "Mistral 7B", "Qwen2.5 7B", "Gemma 3 12B"),
        fc.constantFrom(" on our support logs", "", " for our support bot"),
        fc.constantFrom(
          "and want to ship it in our paid app, ok?",
          "and now we want to sell it inside our commercial product, is that fine?",
          "and plan to distribute it with our paid desktop app, allowed?",
        ),
        (deed, model, what, plan) => {
          const text = `${deed} ${model}${what} ${plan}`;
          expect(read(text).kind, text).not.toBe("recommend");
        },
      ),
      { numRuns: 48 },
    );
  });

  it("the model in hand is still asked about", () => {
    for (const [text, kind] of [
      ["we fine-tuned llama 3 8b on our support logs, can we ship it inside our paid app?", "license"],
      ["we have fine-tuned llama 3 8b and want to ship it in our paid app, ok?", "license"],
      ["what does gpt-4o cost at 50M tokens a month? we used it before for support chat", "cost"],
    ] as const)
      expect(read(text).kind, text).toBe(kind);
  });

  it("people who have done it and run GPU inference, or served models on their own GPUs, are strong ML-ops experience", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "we have 5 ml engineers who have",
          "our engineers have",
          "the ml team has",
          "our data scientists have",
        ),
        fc.constantFrom("fine-tuned bert models", "trained classifiers", "built rag pipelines"),
        fc.constantFrom("run gpu inference on eks", "served them on our own gpus", "run models on our own gpus"),
        (who, did, ran) => {
          const text = `${who} ${did} and ${ran}.`;
          expect(opsCapacityIn(text), text).toBe("strong");
        },
      ),
      { numRuns: 36 },
    );
  });
});
