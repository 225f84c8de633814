// Volumes said as a product of several counts, the way first messages put them (eleventh and
// twelfth try-out rounds): the context each question sends is its input (Ohio aerospace: '~150
// engineers, maybe 40 questions a day each, ~10k tokens of context per question and ~500 tokens
// out' was 500 out at an assumed 3:1 split, 5× low); things that each make the counted things
// multiply them even when a few words say what they do first (Buenos Aires notaries: '~180 notary
// offices pay us, each drafts maybe 60 deeds a month' was 60 deeds); and a count said with no rate
// is the length of something, not the count, when a later one has a rate (Osaka pharma: 'reports
// of 300-800 pages … 200 drafting sessions a month' was 550 pages a month).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const total = (text: string) => {
  const v = parseVolume(text);
  expect(v, text).not.toBeNull();
  return v!.inputTokensPerMonth + v!.outputTokensPerMonth;
};
const said = (n: number) => n.toLocaleString("en-US");
const PERIODS = [
  { words: "a day", perMonth: 30 },
  { words: "per day", perMonth: 30 },
  { words: "a week", perMonth: 30 / 7 },
  { words: "a month", perMonth: 1 },
];

describe("the context said per question is each question's input", () => {
  const CONTEXT_WORDS = [
    (k: number, thing: string) => `~${k}k tokens of context per ${thing}`,
    (k: number, thing: string) => `about ${k}k tokens of context with each ${thing}`,
    (k: number) => `${k}k tokens of context each`,
    (k: number, thing: string) => `roughly ${k}k tokens context for each ${thing}`,
  ];
  const OUTPUT_WORDS = [(n: number) => `~${n} tokens out`, (n: number) => `${n} tokens of output`];
  const THINGS = [
    { plural: "questions", one: "question" },
    { plural: "tickets", one: "ticket" },
    { plural: "queries", one: "query" },
    { plural: "requests", one: "request" },
  ];

  it("people × count × (context in + output out), whatever the phrasing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(50, 150, 2_000),
        fc.constantFrom(10, 40),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...THINGS),
        fc.constantFrom(2, 10, 30),
        fc.constantFrom(...CONTEXT_WORDS),
        fc.constantFrom(300, 500),
        fc.constantFrom(...OUTPUT_WORDS),
        (people, count, period, thing, k, context, out, output) => {
          const text = `~${said(people)} engineers, maybe ${count} ${thing.plural} ${period.words} each, ${context(k, thing.one)} and ${output(out)}.`;
          expect(total(text), text).toBeCloseTo(people * count * period.perMonth * (k * 1000 + out), -3);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("with no output said, the size stays assumed elsewhere: the context alone is no volume here", () => {
    expect(parseVolume("40 questions a day, ~10k tokens of context per question")).toBeNull();
  });
});

describe("things that each make the counted things multiply them", () => {
  const HOLDERS = ["notary offices", "stores", "clinics", "branches", "law firms"];
  const WHAT_THEY_DO = ["", " pay us", " use the app", " are on our platform", " are signed up"];
  const VERBS = ["drafts maybe", "creates about", "writes ~", "sends roughly"];
  const THINGS = ["deeds", "orders", "letters", "documents"];

  it("holders × count × tokens each", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(40, 180, 4_000),
        fc.constantFrom(...HOLDERS),
        fc.constantFrom(...WHAT_THEY_DO),
        fc.constantFrom(...VERBS),
        fc.constantFrom(20, 60, 200),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...PERIODS),
        (holders, noun, doing, verb, count, things, period) => {
          const text = `right now ~${said(holders)} ${noun}${doing}, each ${verb} ${count} ${things} ${period.words}, ~2k tokens in and ~4k tokens out each.`;
          expect(total(text), text).toBeCloseTo(holders * count * period.perMonth * 6000, -3);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("a count with no rate gives way to a later count with one", () => {
  const LENGTHS = [
    "We draft summaries from clinical study reports of 300-800 pages.",
    "Our contracts run 40-60 pages.",
    "The manuals have 200 pages each;",
    "Source files are usually 3 documents per case.",
  ];
  const COUNTS = [
    { words: "About 200 drafting sessions a month", perMonth: 200 },
    { words: "we review ~1,000 contracts a week", perMonth: (1000 * 30) / 7 },
    { words: "our techs ask 5,000 questions a day", perMonth: 150_000 },
  ];
  const SIZES = [
    { words: "each with ~150k tokens of source documents and ~8k tokens of output", tokens: 158_000 },
    { words: "~30k tokens in and 2k out each", tokens: 32_000 },
    { words: "4k tokens in, 300 out", tokens: 4_300 },
  ];

  it("counts the rated things, at their own sizes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LENGTHS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...SIZES),
        (length, count, size) => {
          const text = `${length} ${count.words}, ${size.words}. Which model?`;
          expect(total(text), text).toBeCloseTo(count.perMonth * size.tokens, -3);
        },
      ),
      { numRuns: 36 },
    );
  });

  it("a job run once keeps its own count, with no rate to need", () => {
    const v = parseVolume("a one-off backfill of 2M documents, ~3k tokens each; about 5 pages a document");
    expect(v?.oneOff).toBe(true);
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(6e9, -6);
  });
});
