// A new count of a job run once (Cape Town lab, sixteenth tryout round: 2 million posts labelled
// once, then 'what if we label 5 million posts instead?') answered "I couldn't tell which
// requirement to change"; a count of the thread's own things said with where they come from
// (Arizona court, seventeenth round: 6,000 hearings a month, then 'what if we also summarize the
// 2,000 hearings from the justice courts?') answered 'Already noted: summarisation. Nothing
// changes.'; and a cost asked in a thread holding only a one-off job priced an example volume.
// Over generated jobs (things × counts × sizes × ways to say once) and phrasings: a new count is
// the job at that count, still run once; more of them are added to it; a count said with its
// source and 'also' is added to a monthly count; a cost question prices the job once.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { formatCount as formatTokens } from "../../src/render/format.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const JOBS = [
  {
    first: (n: string, once: string) =>
      `we want to label ${n} social media posts for hate speech ${once}, about 400 tokens in and 20 tokens out each. which model?`,
    verb: "label",
    noun: "posts",
    each: 420,
  },
  {
    first: (n: string, once: string) =>
      `we need to summarise ${n} archived reports ${once}, 3k tokens in and 500 out each. what should we use?`,
    verb: "summarise",
    noun: "reports",
    each: 3_500,
  },
  {
    first: (n: string, once: string) =>
      `we want to translate ${n} listings ${once}, ~600 tokens in and 700 out per listing. which model?`,
    verb: "translate",
    noun: "listings",
    each: 1_300,
  },
] as const;
// Ways to say the job runs once, each put where the first message leaves a place for it.
const ONCE = ["once", "in one go", "in a one-time job", "in a one-off backfill"] as const;
type Job = (typeof JOBS)[number];
const NEW_COUNTS = [
  (n: string, j: Job) => `what if we ${j.verb} ${n} ${j.noun} instead?`,
  (n: string, j: Job) => `what if it's ${n} ${j.noun} instead?`,
  (n: string, j: Job) => `what if we only ${j.verb} ${n} ${j.noun}?`,
] as const;
const MORE = [
  (n: string, j: Job) => `what if we also ${j.verb} ${n} more ${j.noun}?`,
  (n: string, j: Job) => `what if we add ${n} ${j.noun}?`,
  (n: string, j: Job) => `what if we also ${j.verb} the ${n} ${j.noun} from the other archives?`,
] as const;

beforeAll(() => void chat(catalog).say(JOBS[0].first("1,000", "once")), 120_000);

describe("a new count of a job run once", () => {
  it("is the job at that count, still run once, said back with its count and tokens each", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...ONCE),
        fc.integer({ min: 2, max: 900 }).map((k) => k * 10_000),
        fc.integer({ min: 2, max: 900 }).map((k) => k * 10_000),
        fc.constantFrom(...NEW_COUNTS),
        (job, once, count, next, say) => {
          const c = chat(catalog);
          c.say(job.first(formatCount(count), once));
          expect(totalTokens(c.session.requirements.oneOffVolume), "the first message's job").toBe(count * job.each);
          const question = say(formatCount(next), job);
          c.say(question);
          const req = c.session.requirements;
          expect(req.volume, question).toBeUndefined();
          expect(totalTokens(req.oneOffVolume), question).toBe(next * job.each);
          // Every reply of the turn: before a shortlist the change is noted and a question asked.
          expect(c.replies.map(textOf).join("\n"), question).toContain(
            `= ${formatCount(next)} ${job.noun} × ${formatTokens(job.each)} tokens each`,
          );
        },
      ),
      { numRuns: 10, seed: 1716 },
    );
  }, 240_000);

  it("more of its own things are added to it ('also N more', 'add N', 'also the N … from …')", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.integer({ min: 2, max: 900 }).map((k) => k * 10_000),
        fc.integer({ min: 2, max: 900 }).map((k) => k * 1_000),
        fc.constantFrom(...MORE),
        (job, count, added, say) => {
          const c = chat(catalog);
          c.say(job.first(formatCount(count), "once"));
          const question = say(formatCount(added), job);
          c.say(question);
          const said = c.replies.map(textOf).join("\n");
          expect(c.session.requirements.volume, question).toBeUndefined();
          expect(totalTokens(c.session.requirements.oneOffVolume), question).toBe((count + added) * job.each);
          expect(said, question).toContain(`(${formatCount(count)} + ${formatCount(added)} `);
        },
      ),
      { numRuns: 10, seed: 1717 },
    );
  }, 240_000);

  it("a cost asked in the thread prices the job once, never an example volume", () => {
    for (const job of JOBS) {
      const c = chat(catalog);
      c.say(job.first("2,000,000", "once"));
      c.say("how much would gpt-4.1 mini cost for this?");
      const all = c.replies.map(textOf).join("\n");
      expect(all, job.noun).not.toMatch(/example volume/);
      expect(all, job.noun).toMatch(/\*\*\$[\d,]+\.\d\d\*\* once/);
      expect(all, job.noun).toMatch(/This job runs once/);
    }
  }, 120_000);
});

const MONTHLY = [
  {
    first: (n: string) =>
      `we want to summarize court hearings, about ${n} hearings a month, a transcript is ~12,000 tokens, summary ~800 tokens. which model?`,
    verb: "summarize",
    noun: "hearings",
    each: 12_800,
  },
  {
    first: (n: string) => `we triage ${n} tickets a month, 1,500 tokens in and 100 out each, what should we use?`,
    verb: "triage",
    noun: "tickets",
    each: 1_600,
  },
] as const;
const SOURCES = [
  "from the justice courts",
  "from our other brands",
  "at the regional offices",
  "across all the partner sites",
];

describe("a count of the thread's own things said with where they come from", () => {
  it("with 'also' is added to the monthly count; without it is the new count", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MONTHLY),
        fc.integer({ min: 10, max: 9_000 }),
        fc.integer({ min: 10, max: 9_000 }),
        fc.constantFrom(...SOURCES),
        fc.boolean(),
        (thread, count, said, source, also) => {
          const c = chat(catalog);
          c.say(thread.first(formatCount(count)));
          expect(totalTokens(c.session.requirements.volume)).toBe(count * thread.each);
          const question = also
            ? `what if we also ${thread.verb} the ${formatCount(said)} ${thread.noun} ${source}?`
            : `what if it's ${formatCount(said)} ${thread.noun} ${source} instead?`;
          const text = textOf(c.say(question));
          const expected = (also ? count + said : said) * thread.each;
          expect(totalTokens(c.session.requirements.volume), question).toBe(expected);
          expect(text, question).not.toMatch(/Nothing changes|couldn't tell/);
        },
      ),
      { numRuns: 10, seed: 1718 },
    );
  }, 240_000);
});
