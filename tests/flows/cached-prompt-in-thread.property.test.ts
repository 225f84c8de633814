// A prompt cache said in a thread (Barcelona booking agent, nineteenth tryout round: 500k
// conversations × 8 turns × (3,000 in + 250 out), then 'what if we cache the 2,500-token system
// prompt?') became "× 4.5K tokens each (1.25B in, 1B out)": the 2,500 tokens were taken as each
// conversation's whole input and nothing was cached. Over generated threads (things a month, turns
// each or one request each, tokens in and out) and phrasings of a cached prompt (its size said
// before or after, below or above a request's input): the month's input and output stay as they
// were, the cached part is the prompt once per request (never more than a request's input), API
// picks bill it at their cache price (the working shows it), and the answer says what it rests on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const THREADS = [
  {
    first: (n: number, k: number, i: number, o: number) =>
      `We want a support chatbot, ${formatCount(n)} conversations a month, about ${k} turns each, each turn ${formatCount(i)} tokens in and ${o} out. API is fine. Which model should we use?`,
    turns: true,
  },
  {
    first: (n: number, k: number, i: number, o: number) =>
      `We're building a booking agent with function calling: about ${formatCount(n)} conversations a month, ~${k} turns each, each turn ~${formatCount(i)} tokens in and ${o} out. Any managed API is fine. Which model?`,
    turns: true,
  },
  {
    first: (n: number, _k: number, i: number, o: number) =>
      `We extract fields from ${formatCount(n)} invoices a month, ${formatCount(i)} tokens in and ${o} out each. API is fine. Which model should we use?`,
    turns: false,
  },
] as const;
const PHRASINGS = [
  (p: string) => `what if we cache the ${p}-token system prompt?`,
  (p: string) => `and with the ${p}-token system prompt cached?`,
  (p: string) => `what if the system prompt (${p} tokens) is cached?`,
  (p: string) => `what if ${p} tokens of every request come from the cache?`,
  (p: string) => `let's say we use prompt caching on the ${p}-token instructions`,
] as const;

describe("a prompt cache said in a thread", () => {
  it("keeps the month's tokens and caches the prompt once per request, priced at the cache rate", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THREADS),
        fc.integer({ min: 2, max: 60 }).map((k) => k * 10_000),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 4, max: 40 }).map((k) => k * 250),
        fc.integer({ min: 1, max: 8 }).map((k) => k * 100),
        fc.integer({ min: 1, max: 50 }).map((k) => k * 100),
        fc.constantFrom(...PHRASINGS),
        (thread, count, turns, input, output, prompt, say) => {
          const c = chat(catalog);
          c.say(thread.first(count, turns, input, output));
          const before = c.session.requirements.volume;
          const requests = count * (thread.turns ? turns : 1);
          expect(before?.inputTokensPerMonth, "the first message's input").toBe(requests * input);
          const question = say(formatCount(prompt));
          c.say(question);
          const said = c.replies.map(textOf).join("\n");
          const now = c.session.requirements.volume;
          expect(now?.inputTokensPerMonth, question).toBe(before?.inputTokensPerMonth);
          expect(now?.outputTokensPerMonth, question).toBe(before?.outputTokensPerMonth);
          expect(now?.cachedInputTokensPerMonth, question).toBe(requests * Math.min(prompt, input));
          expect(said, question).toMatch(
            /\*\*Cached input:\*\* [\d.,]+[KMB]? of the [\d.,]+[KMB]? input tokens a month/,
          );
          // Every API pick's working bills the cached part on a line of its own.
          const working = said.split("\n").filter((l) => / via .*tokens in × /.test(l));
          for (const line of working) expect(line, question).toMatch(/ tokens cached × \$/);
        },
      ),
      { numRuns: 12, seed: 1819 },
    );
  }, 300_000);

  it("with no size it asks for one; 'without caching' takes it back", () => {
    const c = chat(catalog);
    c.say(THREADS[0].first(200_000, 5, 4_000, 300));
    expect(textOf(c.say("what if we cache the system prompt?"))).toMatch(
      /^I need how much of each request's input is cached/,
    );
    c.say("what if we cache the 3,000-token system prompt?");
    expect(c.session.requirements.volume?.cachedInputTokensPerMonth).toBe(200_000 * 5 * 3_000);
    expect(textOf(c.say("what if we run it without caching?"))).toMatch(/none of the input is cached now \(was 3B\)/);
    expect(c.session.requirements.volume?.cachedInputTokensPerMonth).toBe(0);
  }, 60_000);
});
