// "Is gemma 3 4b ok to ship in a game?" (Lisbon studio, twelfth tryout round) asks whether the
// weights may go out inside what players install, the model the question's subject and the object
// of "ship" left unsaid. It was answered with the model card: only "ship inside / within" was read
// that way, not "ship in", "bundle with" or "embed into". Over generated questions (open models ×
// verbs × prepositions × determiners × products × frames) the question is a licence question that
// knows the weights are distributed; a verb with no product after it is not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { understand } from "../../../src/intents/understand.js";

const catalog = readCatalog();
const fresh = { focus: [], lastList: [], flow: null, requirements: {}, lastIntent: null };
const read = (text: string) => understand(text, { catalog, session: fresh });

const MODELS = ["gemma 3 4b", "llama 3.2 1b", "phi-4-mini", "qwen3 8b", "mistral 7b", "gpt-oss-20b"];
const VERBS = ["ship", "bundle", "embed"];
const PREPOSITIONS = ["in", "into", "inside", "within", "with"];
const DETERMINERS = ["a", "an", "our", "the"];
const PRODUCTS = ["game", "app", "installer", "product", "device", "firmware"];
const FRAMES = [
  (m: string, rest: string) => `is ${m} ok to ${rest}?`,
  (m: string, rest: string) => `${m} fine to ${rest}?`,
  (m: string, rest: string) => `is ${m} allowed to ${rest}`,
  (m: string, rest: string) => `can we use ${m}? we want to ${rest}`,
];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

describe("the model shipped inside a product, the object of 'ship' left unsaid", () => {
  it("is a licence question about distributing the weights", () => {
    fc.assert(
      fc.property(
        pick(MODELS),
        pick(VERBS),
        pick(PREPOSITIONS),
        pick(DETERMINERS),
        pick(PRODUCTS),
        pick(FRAMES),
        (model, verb, prep, det, product, frame) => {
          const text = frame(model, `${verb} ${prep} ${det} ${product}`);
          const intent = read(text);
          expect(intent.kind, text).toBe("license");
          if (intent.kind === "license") expect(intent.facts.distributeWeights, text).toBe(true);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it("a verb with no product after it hands nothing over", () => {
    for (const text of [
      "is gemma 3 4b ok to ship in a week?",
      "can llama 3.2 1b embed in a vector store?",
      "is phi-4-mini ok to use with the app team?",
    ]) {
      const intent = read(text);
      if (intent.kind === "license") expect(intent.facts.distributeWeights, text).not.toBe(true);
    }
  });
});
