// Two kinds of work in one message add up, each at its own count and sizes (seventh, ninth and
// twelfth try-out rounds): dev-tools' '~300 completion requests a day (~2k tokens in, 60 out) and ~20
// chat requests a day (~6k in, 800 out)' lost the chat requests; Riyadh's 'Calls: about 45,000 a day,
// transcripts ~1,500 tokens, summary ~200 tokens' beside its chat conversations was dropped; and
// Singapore's '~5,000 documents per quarter, plus ~400 analyst questions a day at ~20k tokens in and
// 1k out' gave the questions' sizes to the documents (35M, not 252M).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const total = (text: string) => {
  const v = parseVolume(text);
  expect(v, text).not.toBeNull();
  return v!.inputTokensPerMonth + v!.outputTokensPerMonth;
};
const PERIODS = [
  { words: "a day", perMonth: 30 },
  { words: "per week", perMonth: 30 / 7 },
  { words: "a month", perMonth: 1 },
];
const KINDS = [
  { things: "invoices", sizes: "(2k tokens in, 300 out)", tokens: 2_300 },
  { things: "contracts", sizes: "(30k in, 2k out)", tokens: 32_000 },
  { things: "support tickets", sizes: "with ~1,500 tokens in and ~250 out", tokens: 1_750 },
  { things: "chat requests", sizes: "(~6k in, 800 out)", tokens: 6_800 },
];

describe("two kinds of work in one message add up", () => {
  it("'N things a period (sizes) and M other things a period (sizes)' is both, whatever the kinds and rates", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.constantFrom(...KINDS),
        fc.constantFrom(300, 3_000),
        fc.constantFrom(20, 500),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(" and ", ", plus ", ". Also "),
        (a, b, n, m, p, q, joint) => {
          fc.pre(a.things !== b.things);
          const text = `we process ${n} ${a.things} ${p.words} ${a.sizes}${joint}${m} ${b.things} ${q.words} ${b.sizes}. which model?`;
          const want = n * p.perMonth * a.tokens + m * q.perMonth * b.tokens;
          expect(total(text) / want, text).toBeCloseTo(1, 4);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a kind said under its label ('Calls: about 45,000 a day, …') adds to the other", () => {
    for (const [label, things] of [
      ["Calls", "conversations"],
      ["Emails", "chats"],
    ] as const) {
      const text = `${label === "Calls" ? "Chat" : "Live chat"}: maybe 20,000 ${things} a day, each ~700 tokens in and ~150 out. ${label}: about 45,000 a day, transcripts ~1,500 tokens, summary ~200 tokens.`;
      expect(total(text), text).toBeCloseTo(20_000 * 30 * 850 + 45_000 * 30 * 1_700, -3);
    }
  });

  it("a kind with no size of its own is said and left out, never priced at the other's sizes", () => {
    const v = parseVolume(
      "~5,000 documents per quarter, plus ~400 analyst questions a day at ~20k tokens in and 1k out",
    );
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(400 * 30 * 21_000, -3);
    expect(v!.description).toMatch(/5,000 documents: no size said, not counted/);
  });

  it("a peak of the same work is no second kind", () => {
    const v = parseVolume(
      "~20M tickets a month, each ~1,800 tokens in and ~250 out. Black Friday peak is about 300 requests per second.",
    );
    expect(v!.description).not.toMatch(/not counted/);
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(20e6 * 2_050, -6);
  });
});
