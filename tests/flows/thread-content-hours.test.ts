// A new count of hours in a thread that counts hours of something recorded is a count of those
// hours (eleventh tryout round: the Oslo broadcaster's "what if 1,000 hours a month?", in a thread
// of 400 hours of programmes a month, answered "I couldn't tell which requirement to change").
// Hours are time anywhere else, so only the thread's own noun makes them things: the volume is the
// new count × each hour's tokens as before, said back with the thread's whole noun.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { OSLO_BROADCASTER } from "../scenarios/eleventh-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

// Threads whose volume is hours of something a period × tokens each hour, the noun said either way.
const THREADS = [
  {
    first: "we translate subtitles for 2,500 programme hours a month, each hour ~7k tokens in and 7k out. which model?",
    noun: "programme hours",
    perHour: 14_000,
  },
  {
    first: "we summarise 300 hours of recorded meetings a month, ~10k tokens in and 800 out per hour. which model?",
    noun: "hours of recorded meetings",
    perHour: 10_800,
  },
  {
    first: "show notes for 120 hours of podcasts a week, about 9k tokens in and 1k out per hour. which model?",
    noun: "hours of podcasts",
    perHour: 10_000,
  },
] as const;

const PERIODS = [
  { words: "a month", perMonth: 1 },
  { words: "a week", perMonth: 30 / 7 },
  { words: "per day", perMonth: 30 },
] as const;

const COUNTS = [40, 1_000, 2_500, 12_000] as const;

const PHRASINGS = [
  (n: string, period: string) => `what if ${n} hours ${period}?`,
  (n: string, period: string) => `and if it's ${n} hours ${period}`,
  (n: string, period: string) => `what if we do ${n} hours ${period} instead`,
  (n: string) => `what about ${n} hours?`,
];

beforeAll(() => void chat(catalog).say(THREADS[0].first), 120_000);

describe("a count of hours in a thread of hours of something recorded", () => {
  THREADS.forEach((thread, t) =>
    PHRASINGS.forEach((phrase, p) => {
      // Each thread × phrasing takes a count and a period in turn, so every one is covered.
      const count = COUNTS[(t + p) % COUNTS.length]!;
      const period = PERIODS[(t * 2 + p) % PERIODS.length]!;
      const said = phrase(formatCount(count), period.words);
      // A count without a period keeps the thread's (a month in every thread here but the podcasts').
      const perMonth = said.includes(period.words) ? period.perMonth : thread.noun.includes("podcasts") ? 30 / 7 : 1;
      it(`'${said}' after '${thread.noun}' is ${formatCount(count)} of them × ${formatCount(thread.perHour)} tokens`, () => {
        const c = chat(catalog);
        c.say(thread.first);
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        const volume = c.session.requirements.volume;
        expect(totalTokens(volume)).toBeCloseTo(count * perMonth * thread.perHour, -2);
        // Each hour's tokens as before, and the thread's noun said back, not bare "hours".
        const each = volume?.perItem;
        expect((each?.inputTokens ?? 0) + (each?.outputTokens ?? 0)).toBe(thread.perHour);
        expect(each?.countWords).toContain(`${formatCount(count)} ${thread.noun}`);
        expect(textOf(reply)).not.toMatch(/couldn't tell/);
      });
    }),
  );

  it("hours of machine time are not hours of programmes: GPU hours leave the volume as it was", () => {
    const c = chat(catalog);
    c.say(THREADS[0].first);
    const before = totalTokens(c.session.requirements.volume);
    c.say("what if we rent 4 h100 gpus for 1,000 hours a month?");
    expect(totalTokens(c.session.requirements.volume)).toBe(before);
  });

  it("a thread counting requests by one noun still needs that noun: 'what if 1,000 hours a month?' is no count of tickets", () => {
    const c = chat(catalog);
    c.say("support desk: 8,000 tickets a day, ~1,200 tokens in and 300 out each, api is fine. which model?");
    const before = totalTokens(c.session.requirements.volume);
    c.say("what if 1,000 hours a month?");
    expect(totalTokens(c.session.requirements.volume)).toBe(before);
  });
});

describe("the Oslo broadcaster's what-if", () => {
  it("'what if 1,000 hours a month?' is 1,000 hours of programmes × 12K tokens, said back", () => {
    const c = chat(catalog);
    c.say(OSLO_BROADCASTER);
    expect(totalTokens(c.session.requirements.volume)).toBe(4_800_000);
    const reply = c.say("what if 1,000 hours a month?");
    expect(reply.data?.intent).toBe("what-if");
    expect(totalTokens(c.session.requirements.volume)).toBe(12_000_000);
    const said = c.replies.map(textOf).join("\n");
    expect(said).toContain("1,000 hours of programmes a month × 12K tokens each");
    expect(said).not.toMatch(/couldn't tell/);
  });
});
