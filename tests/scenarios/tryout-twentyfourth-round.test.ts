// A twenty-fourth tryout round: two new teams in their own words and the lead's Zurich bank
// (twentyfourth-round-teams.ts: a solo developer's $20-a-month hobby Discord bot, a New York hedge
// fund's research assistant that must stay in its AWS account, a Zurich private bank whose client
// data is processed in Switzerland), each run as a whole conversation through the console and read
// as a sceptical ML lead would. What holds is asserted as properties an expert checks, not rankings.
//
// How a sceptical ML lead read them (tryout24): the Discord bot, signed (hosted open weights at a few
// dollars a month, every pick under $20, the doubled server still within it); the Zurich bank,
// signed for its first answer (GPT-4.1 and 4.1 mini on Azure switzerlandnorth, the Swiss host on
// record said per pick), not for its follow-ups: a what-if set a self-hosted bill against a "before"
// price through a host not on record in Switzerland ("Gemma 3 27B: $126.00 → $5,263.00"), and the
// self-hosting answer compared with that host without saying so; the hedge fund, not signed: its
// "15 researchers × 60 questions a day" was read as 60 questions a day (15× too little), and its
// self-hosting answer compared with OpenRouter, outside the AWS account it must stay in. Fixed in the
// round: cost-change-line.ts (what-if costs compared only against prices the rule allowed, routes
// named when they change), self-host-api-hosts.ts (the API beside a self-hosting bill comes from the
// hosts the thread's rules leave, a cheaper one left out is named, an unchecked one is flagged), and
// volume.ts (a times sign after a people count multiplies). Nothing of this round is
// open now: its open file's findings were fixed (wordsfortyone, rankfive) and the file removed.
// Looked at and left as it is: the Zurich bank's #3 was once Qwen3-VL 30B-A3B, a vision-language
// model with only an estimated text quality, for a text job; the answer says so, and a VL model's
// text ability is a real signal.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  HOBBY_DISCORD_BOT,
  NEW_YORK_HEDGE_FUND,
  TWENTYFOURTH_ROUND_FOLLOW_UPS,
  TWENTYFOURTH_ROUND_TEAMS,
  ZURICH_PRIVATE_BANK,
} from "./twentyfourth-round-teams.js";

const catalog = readCatalog();

/** The lines of a self-hosting answer that set an API host's monthly price against the GPU bill. */
const comparedLines = (text: string): string[] =>
  text.split("\n").filter((l) => /^- .+ through .+ a month\*{0,2} at .+; (self-hosting costs|the API costs)/.test(l));

describe("twenty-fourth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYFOURTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYFOURTH_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYFOURTH_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("hobby Discord bot ($20 a month, one person, no GPU): every pick within $20 through a hosted API, nobody on call", () => {
    const { req, top } = firstShortlist(catalog, HOBBY_DISCORD_BOT);
    expect(req.monthlyBudgetUsd).toBe(20);
    for (const row of top) {
      expect(row.monthlyCostUsd).not.toBeNull();
      expect(row.monthlyCostUsd!).toBeLessThanOrEqual(20);
      expect(row.costBasis).toBe("api");
    }
  });

  it("New York hedge fund: '15 researchers × 60 questions a day' is 900 questions a day, not 60", () => {
    const c = chat(catalog);
    c.say(NEW_YORK_HEDGE_FUND);
    const v = c.session.requirements.volume!;
    expect(v.inputTokensPerMonth).toBe(15 * 60 * 30 * 20_000);
    expect(v.outputTokensPerMonth).toBe(15 * 60 * 30 * 800);
  });

  it("New York hedge fund: 'about 60 people, 15 researchers' is a firm of 60 whose 15 researchers are the users", () => {
    const c = chat(catalog);
    const said = textOf(c.say(NEW_YORK_HEDGE_FUND));
    const req = c.session.requirements;
    expect(req.monthlyActiveUsers).toBe(15);
    expect(req.organisationSize).toBe(60);
    expect(said).not.toMatch(/\b60 monthly users\b/);
  });

  it("hobby Discord bot: the gaming community's ~2,000 members are its users, not the team ('it's just me')", () => {
    const c = chat(catalog);
    const said = textOf(c.say(HOBBY_DISCORD_BOT));
    const req = c.session.requirements;
    expect(req.monthlyActiveUsers).toBe(2000);
    expect(req.teamSize).toBeUndefined();
    expect(said).not.toMatch(/team of 2K/);
  });

  it("support agents counted with their chats ('40 agents x 120 chats a day') are the users, not the agents use case", () => {
    const c = chat(catalog);
    const said = textOf(
      c.say(
        "we want an assistant for our support agents: 40 agents x 120 chats a day, about 800 tokens in and 200 out each, suggests replies",
      ),
    );
    expect(c.session.requirements.useCase).not.toBe("agents");
    expect(c.session.requirements.monthlyActiveUsers).toBe(40);
    expect(said).not.toMatch(/agents with tools/);
  });

  it("New York hedge fund: 'No data may leave our AWS VPC' keeps the work in its AWS account, never rules AWS out", () => {
    const c = chat(catalog);
    c.say(NEW_YORK_HEDGE_FUND);
    const req = c.session.requirements;
    expect(req.cloudProvider).toBe("aws");
    expect(req.exclude?.providers ?? []).not.toContain("aws");
  });

  it(
    "New York hedge fund (its own AWS account): self-hosting is compared only with a host inside AWS, and a cheaper outside host is named as not compared",
    { timeout: 120_000 },
    () => {
      const c = chat(catalog);
      c.say(NEW_YORK_HEDGE_FUND);
      const said = textOf(c.say("what would self-hosting the top pick cost?"));
      const lines = comparedLines(said);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/through Amazon Bedrock/);
      expect(said).toMatch(/is not compared: that host does not meet your rules \([^)]*AWS/);
    },
  );

  it(
    "Zurich private bank: self-hosting an open model whose cheapest host is not on record in Switzerland says so beside that price",
    { timeout: 120_000 },
    () => {
      const c = chat(catalog);
      c.say(ZURICH_PRIVATE_BANK);
      const rec = rankOnly(catalog, c.session.requirements, c.session.assumptions);
      const unchecked = rec.ranking.ranked.find(
        (m) => m.residencyUnchecked && m.costBasis === "api" && catalog.modelById.get(m.id)?.openWeights,
      );
      expect(unchecked).toBeDefined();
      const said = textOf(c.say(`what would self-hosting ${unchecked!.name} cost?`));
      const lines = comparedLines(said);
      expect(lines.length).toBeGreaterThan(0);
      const host = unchecked!.costLabel.replace(/^API via /, "");
      const line = lines.find((l) => l.includes(`through ${host}`));
      expect(line).toBeDefined();
      expect(line).toMatch(/not on record as processing in Switzerland/);
    },
  );

  it(
    "Zurich private bank: a what-if never sets a new cost against a price through a host not on record in Switzerland",
    { timeout: 120_000 },
    () => {
      const c = chat(catalog);
      c.say(ZURICH_PRIVATE_BANK);
      const before = rankOnly(catalog, c.session.requirements, c.session.assumptions).ranking.ranked;
      const said = textOf(c.say("what if we self-host?"));
      const head = said.split("\n").slice(0, 4).join("\n");
      const wasUnchecked = before.filter((m) => m.residencyUnchecked && head.includes(`${m.name}: `));
      expect(wasUnchecked.length).toBeGreaterThan(0);
      for (const m of wasUnchecked) {
        expect(head).not.toMatch(
          new RegExp(`${m.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\$[\\d,.]+ (\\([^)]*\\) )?→`),
        );
        expect(head).toMatch(/not on record as processing in Switzerland, so it is not compared/);
      }
    },
  );
});
