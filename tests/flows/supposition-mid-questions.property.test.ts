// In the guided questions, 'what if we reach 1 million conversations a month?' at 'Question 1 of 7:
// What will the model mostly do?' was taken as the answer ('Noted: chat assistant', then Question 2)
// and the million conversations dropped (fifteenth tryout round, Lagos; sixteenth, Cape Town's 'what
// if we label 5 million posts instead?'). A supposition asks what would change: it answers no
// question. Over generated suppositions × counts of things whose noun would answer the question
// (conversations, tickets, messages, reports) × with and without their size: the use case
// is not set from it, the same question is asked again, and a count with its size (or a size we
// assume, for questions) is kept for the recommendation without a shortlist shown before the
// questions are done; one without says what it needs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, stepOf, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const OPENINGS = ["what if", "and if", "suppose", "let's say", "ok what if"] as const;
const THINGS = ["conversations", "support tickets", "messages", "reports", "requests"] as const;
const COUNTS = [
  { said: "1 million", n: 1_000_000 },
  { said: "20,000", n: 20_000 },
  { said: "250k", n: 250_000 },
] as const;
const SIZES = [
  { said: "", each: undefined },
  { said: ", 2k tokens in and 300 out each", each: 2_300 },
  { said: ", ~800 tokens in and 200 tokens out each", each: 1_000 },
] as const;

describe("a supposition while a guided question is open", () => {
  it("answers no question: the question is asked again and a sized count is kept, with no shortlist yet", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...SIZES),
        (opening, thing, count, size) => {
          const c = chat(catalog);
          const asked = stepOf(c.say("help me choose a model"));
          expect(asked).toBe("use-case");
          const said = `${opening} we reach ${count.said} ${thing} a month${size.said}?`;
          c.say(said);
          const replies = c.replies.map(textOf).join("\n");
          expect(c.session.requirements.useCase, said).toBeUndefined();
          expect(c.session.flow?.step, said).toBe("use-case");
          expect(stepOf(c.replies.at(-1)!), said).toBe("use-case");
          expect(replies, said).not.toMatch(/Noted: chat assistant|Shortlist/);
          if (size.each !== undefined)
            expect(totalTokens(c.session.requirements.volume), said).toBeCloseTo(count.n * size.each, -3);
          else expect(replies, said).toMatch(/I need the tokens in and out|Noted for the recommendation/);
        },
      ),
      { numRuns: 30, seed: 1503 },
    );
  }, 120_000);

  it("a supposition that answers the question ('what if it's mostly coding?') moves to the next one", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say("what if it's mostly coding?");
    expect(c.session.requirements.useCase).toBe("coding");
    expect(c.session.flow?.step).not.toBe("use-case");
    expect(textOf(c.replies.at(-1)!)).toMatch(/Question 2 of/);
  }, 120_000);

  it("after a shortlist, with a refining question open, a what-if still re-ranks", () => {
    const c = chat(catalog);
    c.say("support chatbot for our webshop, 20M tokens a month, which model?");
    c.say("refine");
    c.say("what if we had 40M tokens a month?");
    expect(totalTokens(c.session.requirements.volume)).toBe(40_000_000);
    expect(textOf(c.replies[0]!)).toMatch(/What if:/);
  }, 120_000);
});
