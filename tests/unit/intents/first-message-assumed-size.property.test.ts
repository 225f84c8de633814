// A rate of questions said in a first message with no tokens each ("maybe 30 queries a day across
// the whole team", "~200,000 queries a month" beside "RAG, ~3k tokens context") is a volume at the
// assumed size of one question (assumed-request-size.ts, as in a thread): the context said in, or
// 1,000 tokens, and 300 out, said back as assumed. Before, these teams (Brisbane accountants, Pune
// agritech, a nonprofit helpline) got no volume, so no costs and no budget check. Documents and
// other things of any size get no assumed size. People who each send the rate multiply it. And a team with nobody technical has no one to
// run models ("nobody here is technical, we want whatever is easiest to run").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);
const total = (text: string) => {
  const v = req(text).volume;
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

const JOBS = [
  "small accounting firm, 12 staff. we'd like AI to draft client emails and answer tax questions",
  "we're a nonprofit helpline for tenants",
  "customer support chatbot for our webshop, english only",
  "farmers ask about crop diseases; we answer from our knowledge base",
];
const NOUNS = ["queries", "questions", "requests", "messages", "prompts"];
const PERIODS = [
  { words: "a month", perMonth: 1 },
  { words: "a day", perMonth: 30 },
  { words: "per week", perMonth: 30 / 7 },
];
const COUNTS = [30, 2_500, 30_000, 200_000];
const HEDGES = ["", "maybe ", "~", "about ", "roughly "];
const ENDINGS = ["", " across the whole team", ", short", " now"];
const CONTEXTS = [
  { words: "", tokens: 1_000 },
  { words: " (RAG, ~3k tokens context)", tokens: 3_000 },
  { words: ", about 6k tokens of context per question", tokens: 6_000 },
];

describe("a rate of questions with no size, in a first message", () => {
  it("is count × period × (the context said, or 1,000 in + 300 out), said back as assumed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...CONTEXTS),
        fc.constantFrom(...HEDGES),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...ENDINGS),
        (job, context, hedge, count, noun, period, ending) => {
          const text = `${job}${context.words}. ${hedge}${count.toLocaleString("en-US")} ${noun} ${period.words}${ending}. which model?`;
          const expected = count * period.perMonth * (context.tokens + 300);
          expect(total(text), text).toBeCloseTo(expected, -2);
          expect(req(text).volume?.description, text).toMatch(/assumed/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    "we need to summarise about 2,000 contracts a month, which model?",
    "we translate ~500 documents a week into German, which model?",
    "about 300 hours of audio a month to transcribe and summarise, which model?",
  ])("things of any size get no assumed size: %s", (text) => {
    expect(req(text).volume).toBeUndefined();
  });

  // "for 1,200 engineers, 10 questions a day each" (a Hsinchu fab): the people multiply the count
  // at the assumed size as they do with tokens said; before, the engineers were dropped (390K).
  const PEOPLE = ["engineers", "technicians", "agents", "nurses", "students", "analysts"];
  const PER_PERSON = [
    (n: string, who: string, k: number, noun: string, period: string) => `for ${n} ${who}, ${k} ${noun} ${period} each`,
    (n: string, who: string, k: number, noun: string, period: string) =>
      `about ${n} ${who}, each asks about ${k} ${noun} ${period}`,
    (n: string, who: string, k: number, noun: string, period: string) =>
      `each of our ${n} ${who} sends around ${k} ${noun} ${period}`,
    (n: string, who: string, k: number, noun: string, period: string) =>
      `${n} ${who} will each send ${k} ${noun} ${period}`,
  ];
  it("people × their rate × period × (1,000 in + 300 out), the people counted as users", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOBS),
        fc.constantFrom(...PER_PERSON),
        fc.constantFrom(40, 300, 1_200, 25_000),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom(2, 10, 35),
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...PERIODS),
        (job, phrasing, people, who, count, noun, period) => {
          const text = `${job}. ${phrasing(people.toLocaleString("en-US"), who, count, noun, period.words)}. which model?`;
          expect(total(text), text).toBeCloseTo(people * count * period.perMonth * 1_300, -2);
          expect(req(text).volume?.description, text).toMatch(/assumed/);
          expect(req(text).monthlyActiveUsers, text).toBe(people);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a size said with the count is used, not the assumed one", () => {
    expect(total("support bot, 2,000 questions a day, 500 tokens in and 200 out each. which model?")).toBe(
      2_000 * 30 * 700,
    );
  });
});

describe("a team with nobody technical has no one to run models", () => {
  const SAID = [
    "nobody here is technical",
    "none of us are technical",
    "we're not technical",
    "we are not really technical",
    "we're a non-technical team",
    "there is no technical staff",
    "No developers, I'm the part-time IT person",
  ];
  const AROUND = [
    (s: string) => `small accounting firm in Brisbane. ${s}, we want whatever is easiest to run. which model?`,
    (s: string) => `${s}; we want a bot that answers questions from our FAQ. which model?`,
    (s: string) => `We're a charity helping tenants. ${s}. Budget $100 a month. What do you recommend?`,
  ];

  it("reads as no ML-ops experience", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAID), fc.constantFrom(...AROUND), (said, around) => {
        const text = around(said);
        expect(req(text).mlOpsExperience, text).toBe("none");
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    "no developers will see the data; summarise patient letters. which model?",
    "our developers are technical people; which model for code review?",
  ])("words about developers that say nothing of running models: %s", (text) => {
    expect(req(text).mlOpsExperience).toBeUndefined();
  });
});
