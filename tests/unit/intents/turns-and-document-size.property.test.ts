// Two sizes a team states that were misread (judge15, fifteenth tryout round): "300,000
// conversations a month, 6 turns each, ~1,500 tokens in and ~250 out" dropped the turns (only
// "~1,500 tokens in per turn" multiplied them), and "A deposition transcript is up to about
// 150,000 tokens." became 150K tokens a month instead of a context need of 150K. Over generated
// counts × turns × sizes × phrasings: sizes said per neither the turn nor the conversation are
// per turn, said as such, and sizes said per conversation are not multiplied; the size of one
// document is a context need and no volume.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const tokensOf = (text: string) => {
  const v = parseRequirements(text).volume;
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

describe("a conversation's turns and its sizes", () => {
  it("sizes said per neither are per turn, and the volume says so", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(50_000, 300_000, 1_200_000),
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom([1_500, 250], [800, 120], [3_000, 400]),
        fc.constantFrom("turns", "messages", "exchanges"),
        (conversations, turns, [input, output], part) => {
          const text = `support chatbot, ${conversations.toLocaleString("en-US")} conversations a month, ${turns} ${part} each, ~${input!.toLocaleString("en-US")} tokens in and ~${output} out. which model?`;
          expect(tokensOf(text), text).toBe(conversations * turns * (input! + output!));
          expect(parseRequirements(text).volume?.description, text).toMatch(
            /tokens read as per (?:turn|message|exchange)/,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sizes said per conversation are not multiplied by its turns", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.constantFrom("per conversation", "per chat"), (turns, per) => {
        const text = `support chatbot, 300,000 ${per === "per chat" ? "chats" : "conversations"} a month, ${turns} turns each, ~1,500 tokens in and ~250 out ${per}. which model?`;
        expect(tokensOf(text), text).toBe(300_000 * 1_750);
      }),
      { numRuns: 20 },
    );
  });

  it("a size said per conversation without naming its side is not multiplied either", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom(
          ["calls", "call"],
          ["conversations", "conversation"],
          ["chats", "chat"],
          ["sessions", "session"],
        ),
        fc.constantFrom("~2k tokens", "about 2,000 tokens", "2k tokens"),
        (turns, [things, thing], size) => {
          const text = `voice bot, 2M ${things} a month, ~${turns} turns each, ${size} per ${thing}. which model?`;
          expect(tokensOf(text), text).toBe(2_000_000 * 2_000);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("the size of one document is a context need", () => {
  it("'A deposition transcript is up to about 150,000 tokens.' and the like", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("A deposition transcript", "Each contract", "A single report", "One filing", "A transcript"),
        fc.constantFrom(" is up to about", " can be up to", " is around", " runs to about", " up to about"),
        fc.constantFrom(60_000, 150_000, 400_000),
        fc.constantFrom("We review depositions for our lawyers. ", "We summarise legal documents. ", ""),
        (thing, verb, size, before) => {
          const text = `${before}${thing}${verb} ${size.toLocaleString("en-US")} tokens. which model?`;
          const req = parseRequirements(text);
          expect(req.contextTokens, text).toBe(size);
          expect(tokensOf(text), text).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
