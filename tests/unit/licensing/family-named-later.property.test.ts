// A licence question naming a model family ("do we have to show 'Built with Llama'?", "does the
// gemma licence need a notice?") after the thread discussed one member of it and then moved on to
// other models answers for the member the thread discussed, never for the last model asked; and
// the attribution phrase a licence asks a product to show ("Built with Llama") names the family
// whose licence asks it, not a product built with it. Over generated threads (member first, then
// other models) × phrasings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();

const MEMBERS = [
  { first: "can we fine-tune llama 3.1 8b and sell it in an appliance?", family: "llama", name: "Llama 3.1 8B" },
  { first: "can we use llama 3.3 70b commercially?", family: "llama", name: "Llama 3.3 70B" },
  { first: "is gemma 3 27b ok for commercial use?", family: "gemma", name: "Gemma 3 27B" },
];
const OTHERS = [
  "and qwen3 32b, same question?",
  "can we use mistral small 3.2 commercially?",
  "is deepseek-r1 ok for a startup?",
];
const CREDIT_QUESTIONS = [
  (family: string) => `do we have to show 'Built with ${family}' in our product?`,
  (family: string) => `must we display built with ${family} in our app?`,
  (family: string) => `does the ${family} licence need attribution in our product?`,
];

describe("a family named later in a licence thread", () => {
  it("over generated threads × phrasings: the member the thread discussed, not the last model asked", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEMBERS),
        fc.subarray(OTHERS, { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...CREDIT_QUESTIONS),
        (member, others, question) => {
          const c = chat(catalog);
          c.say(member.first);
          for (const o of others) c.say(o);
          const asked = question(member.family);
          const text = textOf(c.say(asked));
          const head = text.split("\n")[0]!;
          expect(head, asked).toContain(member.name);
          for (const o of ["Qwen3 32B", "Mistral Small 3.2", "DeepSeek-R1"]) expect(head, asked).not.toContain(o);
        },
      ),
      { numRuns: 25 },
    );
  });
});
