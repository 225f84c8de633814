// A context said with its unit is that many tokens: "each line ~300 tokens of context in" is 300
// tokens (the Lisbon game studio's was read as 300K, so every model was ruled out). A window said
// without the unit and under 1,000 ("a 128 context", "context of 32") is still in thousands.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContextTokens } from "../../../src/intents/assumptions-text.js";

const SAID_IN_TOKENS = [
  (n: number) => `each line ~${n} tokens of context in, ~60 out`,
  (n: number) => `each request has ${n} tokens of context`,
  (n: number) => `context of ${n} tokens is plenty`,
  (n: number) => `a ${n}-token context is enough for tagging`,
  (n: number) => `we need about ${n} tokens context per call`,
];
const SAID_IN_THOUSANDS = [
  (n: number) => `we need a ${n} context model`,
  (n: number) => `context of ${n} is enough`,
  (n: number) => `a context window of ${n}`,
];

describe("a context amount under 1,000", () => {
  it("said with 'tokens' is that many tokens", () => {
    fc.assert(
      fc.property(fc.integer({ min: 256, max: 999 }), fc.constantFrom(...SAID_IN_TOKENS), (n, phrase) => {
        const text = phrase(n);
        expect(parseContextTokens(text), text).toBe(n);
      }),
      { numRuns: 120 },
    );
  });

  it("said without a unit is in thousands", () => {
    fc.assert(
      fc.property(fc.constantFrom(8, 32, 128, 200, 256), fc.constantFrom(...SAID_IN_THOUSANDS), (n, phrase) => {
        const text = phrase(n);
        expect(parseContextTokens(text), text).toBe(n * 1000);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ["a 128k context", 128_000],
    ["context window of 32,000 tokens", 32_000],
    ["2,000 tokens of context", 2_000],
  ])("larger amounts keep their value: %s", (text, n) => {
    expect(parseContextTokens(text)).toBe(n);
  });
});
