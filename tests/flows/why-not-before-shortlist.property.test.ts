// "Why not gpt-4.1?" with no recommendation in the thread (fifteenth tryout round: Osaka's and
// Statistics Austria's unread first messages led there; as a first message it did the same) answered
// "It ranks #51 of 183 … behind Qwen3-VL 235B-A22B", listed a top 3 made from no requirement and
// started watching it. Over generated models, why-not phrasings and openings that give no shortlist
// (none, a greeting, a first message in French that names no task): the answer says there is no
// recommendation yet and what the model is, ranks nothing, shows no top 3 and watches nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const MODELS = [
  { said: "gpt-4.1", name: "GPT-4.1" },
  { said: "claude sonnet 4.5", name: "Claude Sonnet 4.5" },
  { said: "llama 3.3 70b", name: "Llama 3.3 70B" },
  { said: "gemini 2.5 flash", name: "Gemini 2.5 Flash" },
  { said: "qwen3 32b", name: "Qwen3 32B" },
  { said: "mistral small 3.2", name: "Mistral Small 3.2" },
] as const;
const WHY_NOTS = [
  (m: string) => `why not ${m}?`,
  (m: string) => `Why not ${m}`,
  (m: string) => `and ${m}, why not?`,
  (m: string) => `why isn't ${m} an option?`,
] as const;
const OPENINGS = [[], ["hi"], ["Bonjour, nous voulons un assistant pour les citoyens."]] as const;

describe("a why-not before any shortlist", () => {
  it("says there is no recommendation yet and what the model is, ranking and watching nothing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.constantFrom(...WHY_NOTS),
        fc.constantFrom(...OPENINGS),
        (model, whyNot, opening) => {
          const c = chat(catalog);
          for (const line of opening) c.say(line);
          const question = whyNot(model.said);
          c.say(question);
          const all = c.replies.map(textOf).join("\n");
          expect(all, question).toContain("no recommendation in this conversation yet");
          expect(all, question).toContain(model.name);
          expect(all, question).not.toMatch(/ranks #\d+ of \d+|Current top 3|now watches/);
          expect(c.session.watch?.models ?? [], question).toEqual([]);
        },
      ),
      { numRuns: 30, seed: 1504 },
    );
  }, 120_000);

  it("after a shortlist the why-not still weighs the model against it", () => {
    const c = chat(catalog);
    c.say("support chatbot for our webshop, 20M tokens a month, which model?");
    const reply = textOf(c.say("why not gpt-4.1?"));
    expect(reply).toMatch(/GPT-4\.1/);
    expect(reply).not.toContain("no recommendation in this conversation yet");
    // With a question of the refinement open, the shortlist is still the thread's.
    c.say("refine");
    expect(textOf(c.say("why not claude sonnet 4.5?"))).not.toContain("no recommendation in this conversation yet");
  }, 120_000);
});
