// A count said inside a recommendation thread amends the thread's volume instead of wiping it
// (seventh tryout round: the dev-tools team's "20 chat requests a day" replaced its 2,000
// engineers). The new rate is per person when the thread's was, unless it says it is a total or
// is far more than each person sent; a day is a working day when the team said so; another kind
// of request said with "also" is added, and a kind already held is corrected in its place. Each
// reading is said back with its arithmetic.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();
const WORKING_DAYS = (30 * 5) / 7;

// Teams whose volume is people × a rate × tokens each, with the rate's days a month.
const TEAMS = [
  {
    first:
      "We're a developer-tools company with 2,000 engineers. Each engineer makes ~300 completion requests a day (~2k tokens in, 60 out). Which model?",
    people: 2000,
    days: 30,
    tokens: 2060,
  },
  {
    first:
      "we run a support desk with 150 agents, each handles 40 tickets a day, ~1,200 tokens in and 300 out each. which model?",
    people: 150,
    days: 30,
    tokens: 1500,
  },
  {
    first:
      "300 analysts summarise research reports, each uses it about 8 times a working day, ~3k tokens in and 500 out. any API is fine. recommend a model",
    people: 300,
    days: WORKING_DAYS,
    tokens: 3500,
  },
] as const;

const PER_PERSON = [
  (n: number) => `${n} requests a day`,
  (n: number) => `actually it's ${n} requests a day`,
  (n: number) => `make it ${n} requests a day`,
  (n: number) => `what if it's ${n} requests a day?`,
];

describe("a new rate in a per-person thread", () => {
  for (const team of TEAMS) {
    it.each(PER_PERSON.map((p) => [p(20)]))(`'%s' keeps the people: ${team.first.slice(0, 40)}…`, (said) => {
      const c = chat(catalog);
      c.say(team.first);
      const before = c.session.requirements.volume!;
      expect(before.perItem?.people?.count).toBe(team.people);
      const reply = c.say(said);
      // A what-if, or a correction of the stated volume: the thread amended either way.
      expect(["what-if", "recommend"]).toContain(reply.data?.intent);
      const v = c.session.requirements.volume!;
      // Same people, same tokens each, the new rate on the thread's days.
      expect(totalTokens(v)).toBeCloseTo(team.people * 20 * team.days * team.tokens, -4);
      expect(textOf(reply)).toContain(`${team.people.toLocaleString("en-US")} `);
      expect(v.perItem?.people?.count).toBe(team.people);
    });

    it(`a total or a count far above each person's is not multiplied: ${team.first.slice(0, 40)}…`, () => {
      for (const said of ["what if it's 20k requests a day in total", "what if we only do 5M requests a month"]) {
        const c = chat(catalog);
        c.say(team.first);
        c.say(said);
        const v = c.session.requirements.volume!;
        expect(v.perItem?.people).toBeUndefined();
        expect(totalTokens(v)).toBeLessThan(team.people * 5e6 * team.tokens);
      }
    });
  }
});

describe("working days said anywhere in the message", () => {
  const QUALIFIERS = [
    ", working days only",
    ", weekdays only",
    ", only on business days",
    " (mon-fri)",
    ", no weekends",
    " on working days",
  ];
  const FIRST = [
    "Each of our 400 engineers makes ~50 requests a day, ~2k tokens in and 200 out",
    "we handle 8,000 tickets a day, ~1,200 tokens in and 300 out each",
    "about 3,000 documents a day, 5k tokens in and 500 out per document",
  ];
  it.each(FIRST.flatMap((f) => QUALIFIERS.map((q) => [f, q])))("%s + '%s' is 5 days in 7", (first, qualifier) => {
    const plain = chat(catalog);
    plain.say(`${first}. Which model?`);
    const working = chat(catalog);
    const reply = working.say(`${first}${qualifier}. Which model?`);
    const a = totalTokens(plain.session.requirements.volume)!;
    const b = totalTokens(working.session.requirements.volume)!;
    expect(b / a).toBeCloseTo(5 / 7, 3);
    expect(textOf(reply)).toContain("working days only, as you said");
  });

  it("in a thread of working days, a new 'a day' is a working day too", () => {
    const c = chat(catalog);
    c.say(
      "Each of our 400 engineers makes ~50 requests a day, ~2k tokens in and 200 out, working days only. Which model?",
    );
    c.say("make it 80 requests a day");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(400 * 80 * WORKING_DAYS * 2200, -4);
  });
});

describe("another kind of request in the thread", () => {
  const DEVTOOLS =
    "We're a developer-tools company with 2,000 engineers building an internal coding assistant. Each engineer makes ~300 completion requests a day (~2k tokens in, 60 out), working days only.";
  const completions = 2000 * 300 * WORKING_DAYS * 2060;

  it.each([
    ["also 20 chat requests a day, ~6k in, 800 out", 6800],
    ["each engineer also sends ~20 chat messages a day, 6k tokens in and 800 out", 6800],
    ["plus 20 chats a day", 2060],
    // Opened with "and", a count of another kind goes on with the thread's description (eighth round).
    ["and ~20 chat requests a day per engineer, ~6k tokens in and 800 out", 6800],
    ["and 20 chat messages a day, 6k in, 800 out", 6800],
  ])("'%s' is added beside the completions, for the same people, and said back", (said, each) => {
    const c = chat(catalog);
    c.say(DEVTOOLS);
    const reply = c.say(said);
    const v = c.session.requirements.volume!;
    expect(totalTokens(v)).toBeCloseTo(completions + 2000 * 20 * WORKING_DAYS * each, -5);
    expect(v.kinds?.length).toBe(2);
    const text = textOf(reply);
    expect(text).toContain("300 completions");
    expect(text).toMatch(/2,000 engineers \(as before\) × 20 chat/);
    // A kind of request is no new use case.
    expect(c.session.requirements.useCase).toBe("coding");
  });

  it("a kind already held is corrected in its place, the other kept", () => {
    const c = chat(catalog);
    c.say(DEVTOOLS);
    c.say("also 20 chat requests a day, ~6k in, 800 out");
    c.say("sorry, 10 chat requests a day, ~6k in, 800 out");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(completions + 2000 * 10 * WORKING_DAYS * 6800, -5);
  });
});
