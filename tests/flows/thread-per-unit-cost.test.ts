// A cost asked per thing or per person the thread counts (ninth round: the London podcast network's
// "what does the top pick cost per episode?" got the monthly API cost table, no per-episode figure;
// sixth round: "what does that come to per consultant per month?" was "I'm not sure what you're
// asking"). Each pick's monthly cost, as the shortlist worked it out, over the units a month the
// thread's volume holds, with the division shown. Nothing in the thread changes.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { perUnitAsked } from "../../src/intents/per-unit-text.js";
import { formatUsd } from "../../src/render/format.js";
import { CONSULTING } from "../scenarios/sixth-round-teams.js";
import { LONDON_PODCASTS } from "../scenarios/ninth-round-teams.js";
import { chat, textOf, type Chat } from "./recommend-helpers.js";

const catalog = readCatalog();

interface Row {
  id: string;
  rank: number;
  monthlyCostUsd: number | null;
}
const rankingOf = (c: Chat) => (c.replies.at(-1)?.data as { ranking?: Row[] } | undefined)?.ranking ?? [];

// Generated teams: a count of things a period × tokens each, in several nouns and periods.
const NOUNS = ["tickets", "claims", "episodes", "invoices", "reports"] as const;
const PERIODS = [
  { words: "a day", perMonth: 30 },
  { words: "a week", perMonth: 30 / 7 },
  { words: "a month", perMonth: 1 },
] as const;
const COUNTS = [800, 12_000] as const;

const ASKS = [
  (one: string) => `what does the top pick cost per ${one}?`,
  (one: string) => `how much is that per ${one}?`,
  (one: string) => `whats the cost per ${one} for each of these?`,
  (one: string) => `and what does each ${one} come to?`,
];

beforeAll(
  () => void chat(catalog).say("support bot, 1,000 tickets a day, 1k tokens in and 200 out each. which model?"),
  120_000,
);

describe("a cost per thing the thread counts", () => {
  for (const noun of NOUNS)
    for (const [i, period] of PERIODS.entries()) {
      const count = COUNTS[i % COUNTS.length]!;
      const one = noun.replace(/s$/, "");
      const first = `we process ${count.toLocaleString("en-US")} ${noun} ${period.words}, ~2,000 tokens in and 300 out each, api is fine. which model?`;
      const ask = ASKS[(i + NOUNS.indexOf(noun)) % ASKS.length]!(one);
      it(`'${first}' then '${ask}': each pick's monthly cost over the ${noun} a month`, () => {
        const c = chat(catalog);
        c.say(first);
        const shown = rankingOf(c).slice(0, 3);
        const requirements = { ...c.session.requirements };
        const reply = c.say(ask);
        expect(reply.data?.intent).toBe("what-if");
        const asked = reply.data?.asked as { topic: string; perMonth: number; ids: string[] };
        expect(asked.topic).toBe("per-unit");
        expect(asked.perMonth).toBeCloseTo(count * period.perMonth, 3);
        const said = textOf(reply);
        const picks = ask.includes("top pick") ? shown.slice(0, 1) : shown;
        expect(asked.ids).toEqual(picks.map((m) => m.id));
        for (const m of picks) {
          if (m.monthlyCostUsd === null) continue;
          expect(said).toContain(
            `${formatUsd(m.monthlyCostUsd / asked.perMonth)}** ${/^[aeio]/.test(one) ? "an" : "a"} ${one}`,
          );
          expect(said).toContain(`${formatUsd(m.monthlyCostUsd)} a month ÷`);
        }
        // A question changes nothing in the thread.
        expect(c.session.requirements).toEqual(requirements);
      });
    }
});

describe("a cost per person the volume is for, or per monthly user", () => {
  it("consulting: 'what does that come to per consultant per month?' divides by the 2,000 consultants", () => {
    const c = chat(catalog);
    c.say(CONSULTING);
    const shown = rankingOf(c).slice(0, 3);
    const reply = c.say("what does that come to per consultant per month?");
    expect(reply.data?.intent).toBe("what-if");
    const said = textOf(reply);
    expect(said).toContain("for the 2,000 consultants");
    for (const m of shown)
      if (m.monthlyCostUsd !== null)
        expect(said).toContain(`${formatUsd(m.monthlyCostUsd / 2000)}** a consultant a month`);
  });

  it.each([
    ["chat assistant inside our app, 40k monthly active users, about 200M tokens a month. which model?", 40_000],
    ["rag bot for our customers, ~2.5M MAU, 1B tokens a month, which model?", 2_500_000],
  ])("'%s' then 'how much is that per user?' divides by the monthly users", (first, users) => {
    const c = chat(catalog);
    c.say(first);
    const top = rankingOf(c)[0]!;
    const reply = c.say("how much is that per user?");
    expect(reply.data?.intent).toBe("what-if");
    expect((reply.data?.asked as { perMonth: number }).perMonth).toBe(users);
    expect(textOf(reply)).toContain(`${formatUsd(top.monthlyCostUsd! / users)}** a user a month`);
  });

  it("London podcasts: 'what does the top pick cost per episode?' is the top pick's cost over 1,200 episodes", () => {
    const c = chat(catalog);
    c.say(LONDON_PODCASTS);
    const top = rankingOf(c)[0]!;
    const said = textOf(c.say("what does the top pick cost per episode?"));
    expect(said).toContain("at 1,200 episodes a month");
    expect(said).toContain(`#1 `);
    expect(said).toContain(`${formatUsd(top.monthlyCostUsd! / 1200)}** an episode`);
  });
});

describe("only a unit the thread counts, asked as a cost", () => {
  const tickets = {
    inputTokensPerMonth: 3e7,
    outputTokensPerMonth: 6e6,
    cachedInputTokensPerMonth: 0,
    splitAssumed: false,
    description: "",
    perItem: {
      noun: "tickets",
      inputTokens: 1000,
      outputTokens: 200,
      splitAssumed: false,
      countWords: "1,000 tickets a day",
      periodLabel: "a day",
    },
  };
  it("a unit the thread does not count, or no cost asked, is no per-unit question", () => {
    expect(perUnitAsked("what does it cost per request?", tickets, undefined)).toBeNull();
    expect(perUnitAsked("what does it cost per user?", tickets, undefined)).toBeNull();
    expect(perUnitAsked("how long does a ticket take?", tickets, undefined)).toBeNull();
    expect(perUnitAsked("what does it cost per ticket?", tickets, undefined)).toEqual({
      noun: "tickets",
      perMonth: 30_000,
      people: false,
    });
    expect(perUnitAsked("and per user, what's the bill?", tickets, 5000)?.perMonth).toBe(5000);
  });

  it("a supposition that names the unit changes the thread ('what if we get 3,000 tickets a day, cost per ticket then?')", () => {
    const c = chat(catalog);
    c.say("support bot, 1,000 tickets a day, 1k tokens in and 200 out each. which model?");
    const reply = c.say("what if we get 3,000 tickets a day, what's the cost per ticket then?");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.volume?.perItem?.countWords).toContain("3,000 tickets");
  });
});
