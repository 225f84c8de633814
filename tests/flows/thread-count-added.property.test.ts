// "What if we add 600 hours of archive programmes a month?" (Oslo broadcaster, fifteenth tryout
// round) in a thread of 1,800 programme hours a month: the 600 hours come on top of the 1,800
// (2,400 × 22K tokens, 52.8M), not in their place (it read 600 hours, 13.2M); "what if we add 600
// more hours a month?" answered "I couldn't tell which requirement to change". Over generated
// threads (things × counts × periods × sizes) and phrasings of more and fewer: the volume is the
// thread's count plus (or minus) the one said, at each thing's size as before, and the sum is said
// back with the count it started from.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { OSLO_BROADCASTER } from "../scenarios/fifteenth-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const THREADS = [
  {
    first: (n: string, p: string) =>
      `we subtitle about ${n} programme hours ${p}; one hour is ~12,000 tokens in and ~10,000 out. which model?`,
    noun: "programme hours",
    more: "hours of archive programmes",
    each: 22_000,
  },
  {
    first: (n: string, p: string) =>
      `we summarise ${n} incident reports ${p}, 3k tokens in and 500 out each. which model?`,
    noun: "reports",
    more: "reports",
    each: 3_500,
  },
  {
    first: (n: string, p: string) =>
      `ticket triage bot: ${n} tickets ${p}, 1,500 tokens in and 100 out each, what should we use?`,
    noun: "tickets",
    more: "tickets",
    each: 1_600,
  },
  {
    first: (n: string, p: string) =>
      `we extract fields from ${n} invoices ${p}, ~2k tokens in and 300 out per invoice. which model?`,
    noun: "invoices",
    more: "invoices",
    each: 2_300,
  },
] as const;
const PERIODS = [
  { said: "a month", perMonth: 1 },
  { said: "a day", perMonth: 30 },
] as const;
const ADDS = [
  (n: string, t: { noun: string; more: string }, p: string) => `what if we add ${n} ${t.more} ${p}?`,
  (n: string, t: { noun: string; more: string }, p: string) => `what if we add ${n} more ${t.noun} ${p}?`,
  (n: string, t: { noun: string; more: string }, p: string) => `and ${n} extra ${t.noun} ${p}?`,
  (n: string, t: { noun: string; more: string }, p: string) => `what if there are ${n} additional ${t.noun} ${p}`,
] as const;

beforeAll(() => void chat(catalog).say(THREADS[1].first("1,000", "a day")), 120_000);

describe("a count of the thread's own things said as more of them", () => {
  it("adds to the thread's count at each thing's size as before, and says the sum back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THREADS),
        fc.constantFrom(...PERIODS),
        fc.integer({ min: 20, max: 5_000 }),
        fc.integer({ min: 10, max: 3_000 }),
        fc.constantFrom(...ADDS),
        (thread, period, count, added, add) => {
          const c = chat(catalog);
          c.say(thread.first(formatCount(count), period.said));
          const expected = count * period.perMonth * thread.each;
          expect(totalTokens(c.session.requirements.volume), "the first message's volume").toBeCloseTo(expected, -3);
          const question = add(formatCount(added), thread, period.said);
          const reply = textOf(c.say(question));
          const after = totalTokens(c.session.requirements.volume)!;
          expect(after, question).toBeCloseTo((count + added) * period.perMonth * thread.each, -3);
          // "2,400 programme hours a month (1,800 + 600 …)"; a day's count says its days between.
          expect(reply, question).toContain(`${formatCount(count + added)} ${thread.noun} ${period.said}`);
          expect(reply, question).toContain(`(${formatCount(count)} + ${formatCount(added)} `);
        },
      ),
      { numRuns: 24, seed: 1415 },
    );
  }, 240_000);

  it("'N fewer' takes them off, and a later addition starts from the new count", () => {
    const c = chat(catalog);
    c.say(THREADS[2].first("2,000", "a day"));
    c.say("what if there are 300 fewer tickets a day");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(1_700 * 30 * 1_600, -3);
    const reply = textOf(c.say("what if we add 500 more tickets a day?"));
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(2_200 * 30 * 1_600, -3);
    expect(reply).toContain("2,200 tickets a day × 30 days (1,700 + 500 tickets a day × 30 days)");
  }, 120_000);

  it("a new count said without more or fewer still replaces the thread's", () => {
    const c = chat(catalog);
    c.say(THREADS[0].first("1,800", "a month"));
    c.say("what if we do 600 hours a month instead?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(600 * 22_000, -3);
  }, 120_000);

  it("Oslo broadcaster (fifteenth round): 'what if we add 600 hours of archive programmes a month?' is 2,400 programme hours (52.8M tokens), and 'what if we add 600 more hours a month?' 3,000", () => {
    const c = chat(catalog);
    c.say(OSLO_BROADCASTER);
    expect(totalTokens(c.session.requirements.volume)).toBe(1_800 * 22_000);
    const reply = textOf(c.say("what if we add 600 hours of archive programmes a month?"));
    expect(totalTokens(c.session.requirements.volume)).toBe(2_400 * 22_000);
    expect(reply).toContain("2,400 programme hours a month (1,800 + 600 hours of archive programmes a month)");
    c.say("what if we add 600 more hours a month?");
    expect(totalTokens(c.session.requirements.volume)).toBe(3_000 * 22_000);
  }, 120_000);
});
