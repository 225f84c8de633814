// What is sent with each request, said in a thread (monorepo one-shot, eighteenth tryout round: a
// whole 600k-token codebase in one prompt, 200 questions a day, then 'what if we only send the
// 150k tokens that matter?') made the month 150K tokens: "send" named no side of a request, so the
// amount was read as a whole month's volume; and it was said back as '(150K in + 300 out assumed)',
// though the team said the 150K (now 'in stated'). Over generated threads (what is read whole, its size,
// questions a day) and ways of saying what is sent: the count stays, each request's input is the
// amount said, and the context need falls to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRST = [
  (k: number, q: number) =>
    `We want a coding assistant that reads our whole ${k}k-token codebase in one prompt, ${q} questions a day. Budget $2,000 a month.`,
  (k: number, q: number) =>
    `We want a coding assistant that reads our whole ${k}k-token codebase in one prompt, about ${q} questions a day.`,
] as const;
const SENT = [
  (m: number) => `what if we only send the ${m}k tokens that matter?`,
  (m: number) => `what if we just pass the ${m}k tokens that are relevant?`,
  (m: number) => `what if we only send ${m}k tokens with each question?`,
  (m: number) => `what if we feed it only the ${m}k tokens it needs?`,
] as const;
// The short answer a question is assumed to get (assumed-request-size.ts).
const ANSWER = 300;

describe("what is sent with each request, said in a thread", () => {
  it("is each request's input, at the thread's count, and the context it needs", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRST),
        fc.integer({ min: 3, max: 9 }).map((k) => k * 100),
        fc.integer({ min: 2, max: 60 }).map((k) => k * 10),
        fc.integer({ min: 1, max: 20 }).map((k) => k * 10),
        fc.constantFrom(...SENT),
        (first, whole, questions, sent, say) => {
          const c = chat(catalog);
          c.say(first(whole, questions));
          expect(c.session.requirements.contextTokens, "the first message's context").toBe(whole * 1_000);
          const question = say(sent);
          const said = textOf(c.say(question));
          const req = c.session.requirements;
          expect(totalTokens(req.volume), question).toBe(questions * 30 * (sent * 1_000 + ANSWER));
          expect(req.volume?.inputTokensPerMonth, question).toBe(questions * 30 * sent * 1_000);
          expect(req.contextTokens, question).toBe(sent * 1_000 + ANSWER);
          expect(said, question).toContain(`${formatCount(questions)} questions a day × 30 days`);
          // The input is what the team said it sends; only the answer is assumed (words34: both were 'assumed').
          expect(said, question).toContain(`(${sent}K in stated + 300 out assumed)`);
        },
      ),
      { numRuns: 12, seed: 1821 },
    );
  }, 300_000);
});
