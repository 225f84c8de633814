// Follow-ups that scale a recommendation thread's volume by what it counts (sixth tryout round:
// the crypto exchange's "and if alerts double to 100k a week?" became 100k tokens a week, the
// airline's "only the disrupted flights, about 15% of them" and the agritech team's "lets say
// answers are 100 tokens" changed nothing, "and at 20k users?" kept a per-user volume as it was).
// A new count named after the thread's things, a share of them kept, a new number of the people a
// per-person volume is for, and a new size of each answer all amend the volume, said back.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { AIRLINE, CONSULTING, CRYPTO } from "../scenarios/sixth-round-teams.js";
import { OHIO_K12 } from "../scenarios/tenth-round-teams.js";
import type { Session } from "../../src/conversation/session.js";
import { chat, textOf, totalTokens, type Chat } from "./recommend-helpers.js";

const catalog = readCatalog();

// Teams whose volume is a count of things a period × tokens each.
const TEAMS = [
  {
    first: "we triage fraud alerts: roughly 50k alerts a week, ~4k tokens in and 500 out each. which model?",
    noun: "alerts",
    count: 50_000,
    period: "a week",
    perMonth: 30 / 7,
    input: 4000,
    output: 500,
  },
  {
    first: "support desk: 8,000 tickets a day, ~1,200 tokens in and 300 out each, api is fine. which model?",
    noun: "tickets",
    count: 8000,
    period: "a day",
    perMonth: 30,
    input: 1200,
    output: 300,
  },
  {
    first:
      "we write a handover summary per flight: 900 flights a day, ~1,500 tokens in and 400 out per flight. which model?",
    noun: "flights",
    count: 900,
    period: "a day",
    perMonth: 30,
    input: 1500,
    output: 400,
  },
] as const;
type Team = (typeof TEAMS)[number];

// The first recommendation builds the catalogue's caches; outside any one test's time limit.
beforeAll(() => void opened(TEAMS[0].first), 120_000);

const monthly = (team: Team, count: number, output: number = team.output) =>
  count * team.perMonth * (team.input + output);

// Each team's first message is answered once (a whole recommendation, the slow part of these
// tests); every test goes on from its own copy of that thread, as a stored session is read back.
const openings = new Map<string, Session>();

function opened(first: string): Chat {
  let session = openings.get(first);
  if (!session) {
    const c = chat(catalog);
    c.say(first);
    session = c.session;
    openings.set(first, session);
  }
  return chat(catalog, structuredClone(session));
}

function thread(team: Team) {
  const c = opened(team.first);
  expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(monthly(team, team.count), -3);
  return c;
}

// The thread's things named first, then their new count.
const NOUN_THEN_COUNT = [
  (noun: string, n: string, period: string) => `and if ${noun} double to ${n} ${period}?`,
  (noun: string, n: string, period: string) => `what if ${noun} go up to ${n} ${period}`,
  (noun: string, n: string, period: string) => `${noun} are more like ${n} ${period}`,
  (noun: string, n: string, period: string) => `what if the ${noun} reach ${n} ${period}?`,
];

describe("a new count named after the thread's things", () => {
  for (const team of TEAMS)
    for (const factor of [2, 1.5]) {
      const n = team.count * factor;
      const said = NOUN_THEN_COUNT.map((p) => p(team.noun, formatCount(n), team.period));
      it.each(said.map((s) => [s]))("'%s' counts the things at their tokens each", (text) => {
        const c = thread(team);
        const reply = c.say(text);
        expect(reply.data?.intent).toBe("what-if");
        const v = c.session.requirements.volume!;
        expect(totalTokens(v)).toBeCloseTo(monthly(team, n), -3);
        expect(v.perItem?.inputTokens).toBe(team.input);
        // Never a budget, however "up to" reads.
        expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
        expect(textOf(reply)).toContain(`${formatCount(n).replace(/k$/, "")}`);
      });
    }
});

// A share of the thread's things kept, in figures or in words.
const SHARES = [
  { words: (noun: string) => `what if we only handle 30% of the ${noun}`, factor: 0.3 },
  { words: (noun: string) => `only a third of the ${noun}`, factor: 1 / 3 },
  { words: () => "what if we only do the urgent ones, about 15% of them", factor: 0.15 },
  { words: (noun: string) => `just half the ${noun} then?`, factor: 0.5 },
];

describe("a share of the thread's things kept", () => {
  for (const team of TEAMS)
    it.each(SHARES.map((s) => [s.words(team.noun), s.factor]))(
      "'%s' scales the count to that share",
      (text, factor) => {
        const c = thread(team);
        const reply = c.say(text);
        expect(reply.data?.intent).toBe("what-if");
        const v = c.session.requirements.volume!;
        // Rounded shares ("a third" is 33.3 %) are said back as read.
        expect(totalTokens(v)! / monthly(team, team.count)).toBeCloseTo(factor, 2);
        // Still counted per thing, so the next change reads it.
        expect(v.perItem?.outputTokens).toBe(team.output);
        expect(textOf(reply)).toMatch(/\d+(?:\.\d)?% of /);
      },
    );

  it.each(TEAMS.map((t) => [t.noun, t]))(
    "a property of a share, or a cached share, changes no count (%s)",
    (_n, team) => {
      for (const text of [`what if 30% of the ${team.noun} are in spanish`, "what if 40% of the input is cached"]) {
        const c = thread(team);
        c.say(text);
        expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(monthly(team, team.count), -3);
      }
    },
  );
});

// Per-person threads: the people a volume is per, and a share of them.
const PEOPLE_TEAMS = [
  {
    first:
      "my app has 2,000 users, each sends about 3 messages a day, ~800 tokens in and 200 out each. cheapest api model for a chat bot?",
    people: 2000,
    noun: "users",
  },
  {
    first:
      "we run a support desk with 150 agents, each handles 40 tickets a day, ~1,200 tokens in and 300 out each. which model?",
    people: 150,
    noun: "agents",
  },
] as const;

describe("the people a per-person volume is for", () => {
  for (const team of PEOPLE_TEAMS)
    for (const text of [
      (n: string) => `and at ${n} ${team.noun}?`,
      (n: string) => `what if we grow to ${n} ${team.noun}`,
    ])
      for (const factor of [10, 3]) {
        const n = team.people * factor;
        it(`'${text(formatCount(n))}' scales the volume with the ${team.noun}`, () => {
          const c = opened(team.first);
          const before = totalTokens(c.session.requirements.volume)!;
          const reply = c.say(text(formatCount(n)));
          expect(reply.data?.intent).toBe("what-if");
          const v = c.session.requirements.volume!;
          expect(totalTokens(v)! / before).toBeCloseTo(factor, 3);
          expect(v.perItem?.people?.count).toBe(n);
          expect(textOf(reply)).toContain(`was ${formatCount(team.people)}`);
        });
      }

  it.each(PEOPLE_TEAMS.map((t) => [t.noun, t]))(
    "a share of the %s who use it is fewer people and less volume",
    (_n, team) => {
      for (const [text, factor] of [
        ["what if only a quarter of them use it", 0.25],
        [`what if only 10% of the ${team.noun} adopt it`, 0.1],
      ] as const) {
        const c = opened(team.first);
        const before = totalTokens(c.session.requirements.volume)!;
        c.say(text);
        const v = c.session.requirements.volume!;
        expect(totalTokens(v)! / before).toBeCloseTo(factor, 3);
        expect(v.perItem?.people?.count).toBe(Math.round(team.people * factor));
      }
    },
  );
});

// A factor on the people a per-person volume is for (twenty-third round: the K-12 edtech's "what if
// students double next year?" doubled the volume but kept "1.2M monthly users"): the people, the
// users they were and the volume all grow by it. A factor on what they send grows the volume only.
const FACTORS = [
  { words: "double", factor: 2 },
  { words: "triple", factor: 3 },
  { words: "halve", factor: 0.5 },
] as const;

describe("a factor on the people a per-person volume is for", () => {
  for (const team of PEOPLE_TEAMS)
    for (const { words, factor } of FACTORS)
      for (const said of [`what if ${team.noun} ${words} next year?`, `what if we ${words} the ${team.noun}`]) {
        it(`'${said}' scales the ${team.noun} and the volume, and the users they were`, () => {
          const c = opened(team.first);
          const before = totalTokens(c.session.requirements.volume)!;
          const users = c.session.requirements.monthlyActiveUsers;
          const reply = c.say(said);
          expect(reply.data?.intent).toBe("what-if");
          const v = c.session.requirements.volume!;
          expect(totalTokens(v)! / before).toBeCloseTo(factor, 3);
          expect(v.perItem?.people?.count).toBe(team.people * factor);
          // The users move with the people when they were them (or unsaid).
          if (users === undefined || users === team.people)
            expect(c.session.requirements.monthlyActiveUsers).toBe(team.people * factor);
          expect(textOf(reply)).toContain(`was ${formatCount(team.people)}`);
        });
      }

  it("'what if our users double?' counts the users when they are the people; 'what if usage doubles?' keeps them", () => {
    const team = PEOPLE_TEAMS[0];
    const c = opened(team.first);
    c.say("what if our users double?");
    expect(c.session.requirements.monthlyActiveUsers).toBe(team.people * 2);
    expect(c.session.requirements.volume?.perItem?.people?.count).toBe(team.people * 2);
    for (const text of ["what if usage doubles?", `what if ${team.noun} send twice as many messages?`]) {
      const d = opened(team.first);
      const users = d.session.requirements.monthlyActiveUsers;
      const before = totalTokens(d.session.requirements.volume)!;
      d.say(text);
      expect(totalTokens(d.session.requirements.volume)! / before, text).toBeCloseTo(2, 3);
      expect(d.session.requirements.monthlyActiveUsers, text).toBe(users);
      expect(d.session.requirements.volume?.perItem?.people?.count, text).toBe(team.people);
    }
  });

  it("a volume counted per no one: 'what if users double?' doubles the monthly users with the volume; 'what if traffic doubles?' only the volume", () => {
    const first = "support chatbot, 2M monthly users, 50M tokens a month. which model?";
    const c = opened(first);
    c.say("what if users double?");
    expect(c.session.requirements.monthlyActiveUsers).toBe(4_000_000);
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(100_000_000, -3);
    const d = opened(first);
    d.say("what if traffic doubles?");
    expect(d.session.requirements.monthlyActiveUsers).toBe(2_000_000);
    expect(totalTokens(d.session.requirements.volume)).toBeCloseTo(100_000_000, -3);
  });
});

// People counted a day beside the month's users (tenth round: the Ohio district's "what if only
// 3,000 students use it daily?" set "3K monthly users" over its 18K students). The people who use
// it each day are the volume's people; the month's users stay, unless more now use it each day.
const DAILY_PEOPLE_TEAMS = [
  { first: OHIO_K12, users: 18_000, people: 6000, noun: "students" },
  {
    first:
      "we have 5,000 monthly users; about 1,000 agents use it every day, 20 requests each, 1k tokens in and 200 out. which model for our support chat?",
    users: 5000,
    people: 1000,
    noun: "agents",
  },
] as const;

describe("a new daily count of the people beside the month's users", () => {
  for (const team of DAILY_PEOPLE_TEAMS)
    for (const factor of [0.5, 0.25, 2, 10]) {
      const n = team.people * factor;
      const said = `what if only ${formatCount(n)} ${team.noun} use it daily?`;
      it(`${team.noun}: '${said}' scales the volume; the monthly users ${n > team.users ? "rise to it" : "stay"}`, () => {
        const c = opened(team.first);
        expect(c.session.requirements.monthlyActiveUsers).toBe(team.users);
        const before = totalTokens(c.session.requirements.volume)!;
        const reply = c.say(said);
        expect(reply.data?.intent).toBe("what-if");
        const v = c.session.requirements.volume!;
        expect(totalTokens(v)! / before).toBeCloseTo(factor, 3);
        expect(v.perItem?.people?.count).toBe(n);
        expect(c.session.requirements.monthlyActiveUsers).toBe(Math.max(team.users, n));
        expect(textOf(reply)).toContain(`was ${formatCount(team.people)}`);
      });
    }
});

// A new size of each answer, said flatly or after a doubt about the old one.
const RESIZES = [
  (tokens: number) => `answers are ${tokens} tokens`,
  (tokens: number) => `answers are more like ${tokens} tokens`,
  (tokens: number, old: number) => `wait, is ${old} out realistic? lets say answers are ${tokens} tokens`,
];

describe("a new size of each answer", () => {
  for (const team of TEAMS)
    it.each(RESIZES.map((r) => [r(80, team.output)]))("'%s' keeps the count and sets the output", (text) => {
      const c = thread(team);
      const reply = c.say(text);
      expect(reply.data?.intent).toBe("what-if");
      const v = c.session.requirements.volume!;
      expect(v.perItem?.outputTokens).toBe(80);
      expect(totalTokens(v)).toBeCloseTo(monthly(team, team.count, 80), -3);
    });
});

describe("the sixth round's teams, as they wrote", () => {
  it("crypto exchange: 'and if alerts double to 100k a week?' doubles the alerts", () => {
    const c = chat(catalog);
    c.say(CRYPTO);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("and if alerts double to 100k a week?");
    expect(totalTokens(c.session.requirements.volume)! / before).toBeCloseTo(2, 3);
  });

  it("airline: 'only … the disrupted flights, about 15% of them' keeps 15 %", () => {
    const c = chat(catalog);
    c.say(AIRLINE);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("what if we only summarise the disrupted flights, about 15% of them");
    expect(totalTokens(c.session.requirements.volume)! / before).toBeCloseTo(0.15, 3);
  });

  it("consulting: 'what if only half the consultants adopt it' halves the consultants and the volume", () => {
    const c = chat(catalog);
    c.say(CONSULTING);
    const v = c.session.requirements.volume!;
    const people = v.perItem!.people!.count;
    c.say("what if only half the consultants adopt it");
    const after = c.session.requirements.volume!;
    expect(totalTokens(after)! / totalTokens(v)!).toBeCloseTo(0.5, 3);
    expect(after.perItem?.people?.count).toBe(people / 2);
  });
});
