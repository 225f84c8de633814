// A rate of questions said in a thread that has no volume (eleventh tryout round: the Pune
// agritech's "what if we reach 1M queries a month?" and the Brisbane accountants' "what if it's
// 100 queries a day?" answered "I couldn't tell which requirement to change"). The rate sets the
// thread's volume at an assumed size, said back as assumed: the thread's context need in (that is
// what each question sends) or 1,000 tokens for a question, and a short answer of 300 out. Things
// of any size (documents, reports) are not sized so: the answer asks for their tokens instead.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { formatCount as shortCount } from "../../src/render/format.js";
import { BRISBANE_ACCOUNTANTS, PUNE_AGRITECH } from "../scenarios/eleventh-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

// First messages that give no volume, with the context each question sends when they say one.
const THREADS = [
  { first: "which model for a customer support chatbot in english?", context: undefined },
  {
    first: "we want an internal assistant for our HR policies, nothing sensitive. what do you recommend?",
    context: undefined,
  },
  {
    first: "we need a RAG assistant over our service manuals, about 6k tokens of context per question. which model?",
    context: 6000,
  },
  {
    first: "chatbot answering from our product docs (RAG, ~3k tokens context), api is fine. which model?",
    context: 3000,
  },
] as const;

const PERIODS = [
  { words: "a month", perMonth: 1 },
  { words: "a day", perMonth: 30 },
  { words: "per week", perMonth: 30 / 7 },
] as const;

const NOUNS = ["queries", "questions", "requests", "messages", "chats", "prompts"] as const;
const COUNTS = [100, 2_500, 50_000, 1_000_000] as const;

const PHRASINGS = [
  (rate: string) => `what if we reach ${rate}?`,
  (rate: string) => `what if it's ${rate}?`,
  (rate: string) => `what if we get ${rate}`,
  (rate: string) => `and if it grows to ${rate}?`,
];

beforeAll(() => void chat(catalog).say(THREADS[0].first), 120_000);

describe("a rate of questions in a thread with no volume sets one at an assumed size", () => {
  THREADS.forEach((thread, t) =>
    PHRASINGS.forEach((phrase, p) => {
      // Each thread × phrasing takes a count, a noun and a period in turn, so every one is covered.
      const count = COUNTS[(t + p) % COUNTS.length]!;
      const noun = NOUNS[(t * 3 + p) % NOUNS.length]!;
      const period = PERIODS[(t + p * 2) % PERIODS.length]!;
      const said = phrase(`${formatCount(count)} ${noun} ${period.words}`);
      const input = thread.context ?? 1000;
      it(`'${said}' after '${thread.first.slice(0, 40)}…' is ${formatCount(count)} ${period.words} × (${formatCount(input)} in + 300 out), said as assumed`, () => {
        const c = chat(catalog);
        c.say(thread.first);
        expect(c.session.requirements.volume).toBeUndefined();
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        const volume = c.session.requirements.volume;
        expect(totalTokens(volume)).toBeCloseTo(count * period.perMonth * (input + 300), -2);
        expect(volume?.perItem).toMatchObject({ inputTokens: input, outputTokens: 300, sizeAssumed: true });
        const text = textOf(reply);
        // The context the thread said is its own input, said back as stated (words34).
        expect(text).toContain(`(${shortCount(input)} in${thread.context ? " stated" : ""} + 300 out assumed)`);
        expect(text).not.toMatch(/couldn't tell/);
      });
    }),
  );

  it.each(["2,000 documents a day", "500 reports a week", "40,000 contracts a month"])(
    "'what if it is %s?' counts things of any size: no size is assumed, the answer asks for it with the rate",
    (rate) => {
      const c = chat(catalog);
      c.say(THREADS[0].first);
      const reply = c.say(`what if it is ${rate}?`);
      expect(c.session.requirements.volume).toBeUndefined();
      expect(textOf(reply)).toContain(`e.g. "${rate}, 3k tokens in and 300 out each"`);
      // The example it gives is understood as it stands.
      c.say(`what if it is ${rate}, 3k tokens in and 300 out each`);
      expect(c.session.requirements.volume?.perItem).toMatchObject({ inputTokens: 3000, outputTokens: 300 });
    },
  );

  it("a thread with a volume keeps its own size: a new rate is at its tokens each, nothing assumed", () => {
    const c = chat(catalog);
    c.say("support desk: 8,000 tickets a day, ~1,200 tokens in and 300 out each, api is fine. which model?");
    c.say("what if we reach 1M queries a month?");
    expect(c.session.requirements.volume?.perItem?.sizeAssumed).toBeUndefined();
  });

  it("a count with no period is no rate: 'what if we have 3 questions?' sets no volume", () => {
    const c = chat(catalog);
    c.say(THREADS[0].first);
    c.say("what if we have 3 questions?");
    expect(c.session.requirements.volume).toBeUndefined();
  });
});

describe("the eleventh round's teams", () => {
  it("Pune agritech (RAG, ~3k tokens context): 'what if we reach 1M queries a month?' is 1M × (3K in + 300 out), the 3K said as stated and the 300 as assumed", () => {
    const c = chat(catalog);
    c.say(PUNE_AGRITECH);
    const reply = c.say("what if we reach 1M queries a month?");
    expect(reply.data?.intent).toBe("what-if");
    expect(totalTokens(c.session.requirements.volume)).toBe(3_300_000_000);
    expect(textOf(reply)).toContain("1M queries a month × (3K in stated + 300 out assumed) each");
    // Costs now follow from the volume.
    expect(textOf(reply)).toMatch(/How the monthly costs were worked out/);
  });

  it("Brisbane accountants: 'what if it's 100 queries a day?' is 100 × 30 × (1K in + 300 out), said as assumed", () => {
    const c = chat(catalog);
    c.say(BRISBANE_ACCOUNTANTS);
    const reply = c.say("what if it's 100 queries a day?");
    expect(totalTokens(c.session.requirements.volume)).toBe(3_900_000);
    expect(textOf(reply)).toContain("100 queries a day × 30 days × (1K in + 300 out assumed) each");
    expect(textOf(reply)).not.toMatch(/couldn't tell/);
  });
});
