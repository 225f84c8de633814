// A sixteenth tryout round: eight new teams in their own words (sixteenth-round-teams.ts: an
// Amsterdam HR-tech scale-up parsing CVs, a terse Tallinn text-to-SQL one-shot on one RTX 4090, Turin's
// public transport company writing in Italian, a Dhaka garment exporter in non-native English, a Cape
// Town university lab doing non-commercial research, an Istanbul airline's customer care, a Seoul
// webtoon platform translating scripts, a Dubai hotel group keeping guest data in the UAE), each run
// as a whole conversation through the compiled console and read as a sceptical ML lead would. What
// holds is asserted here as properties an expert checks (every top-3 pick meets every hard
// constraint the team stated, via firstShortlist → expectExpertShortlist; costs recompute from the
// line shown; budgets and rules hold after a what-if), several over generated phrasings rather than
// the one sentence. What is still open is in tryout-sixteenth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { laterInLine } from "../../src/catalog/model-line.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf, totalTokens } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  AMSTERDAM_HR_TECH,
  CAPE_TOWN_RESEARCH_LAB,
  DHAKA_GARMENT_FACTORY,
  DUBAI_HOTEL_GROUP,
  ISTANBUL_AIRLINE,
  SEOUL_WEBTOON,
  SIXTEENTH_ROUND_FOLLOW_UPS,
  SIXTEENTH_ROUND_TEAMS,
  TALLINN_TEXT_TO_SQL,
  TURIN_TRANSPORT,
} from "./sixteenth-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** The dollar bound a foreign budget was read as, from the line said back ("… (at most $85,447.00)"). */
const boundUsd = (text: string) => Number(/\(at most \$([\d,]+\.\d\d)\)/.exec(text)![1]!.replace(/,/g, ""));

type Team = keyof typeof SIXTEENTH_ROUND_TEAMS;

/** A model name as a literal in a pattern. */
const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("sixteenth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(SIXTEENTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up the team sent get an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      for (const said of [message, ...SIXTEENTH_ROUND_FOLLOW_UPS[team as Team]]) {
        const text = textOf(c.say(said));
        expect(text.trim().length, said).toBeGreaterThan(0);
        expect(text, said).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );

  // The teams whose first message got a shortlist at once (Turin's since words29; Cape Town is in the open file).
  it.each([
    ["Turin transport", TURIN_TRANSPORT],
    ["Amsterdam HR-tech", AMSTERDAM_HR_TECH],
    ["Tallinn text-to-SQL", TALLINN_TEXT_TO_SQL],
    ["Dhaka garment factory", DHAKA_GARMENT_FACTORY],
    ["Istanbul airline", ISTANBUL_AIRLINE],
    ["Seoul webtoon", SEOUL_WEBTOON],
    ["Dubai hotel group", DUBAI_HOTEL_GROUP],
  ])(
    "%s: a recommendation at once, every top-3 pick within the hard rules as understood, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBe(3);
    },
  );
});

describe("sixteenth tryout round: what held, asserted so it keeps holding", () => {
  it("Istanbul airline: 900,000 conversations × 8 messages × (1,000 in + 150 out) is 8.28B tokens; '2.500.000 TL' is lira bound in dollars and every priced pick is within that bound; its five languages are read; every pick is on its Azure; 'why not gemini 2.5 flash?' says it is not on Azure; the training question answers the host's term for #1", () => {
    const { c, req, top, text } = firstShortlist(catalog, ISTANBUL_AIRLINE);
    expect(req.volume?.inputTokensPerMonth).toBe(900_000 * 8 * 1_000);
    expect(req.volume?.outputTokensPerMonth).toBe(900_000 * 8 * 150);
    expect(req.statedBudget).toEqual({ currency: "TRY", perMonth: 2_500_000 });
    expect(text).toMatch(/budget ₺2,500,000\/month \(at most \$[\d,]+\.\d\d\)/);
    const bound = boundUsd(text);
    expect(bound).toBeLessThan(2_500_000);
    expect(req.cloudProvider).toBe("azure");
    expect(req.languages).toEqual(expect.arrayContaining(["tr", "en", "ar", "de", "ru"]));
    for (const r of top) {
      expect(r.apiProvider, r.id).toBe("azure");
      if (r.monthlyCostUsd !== null) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(bound);
    }
    const whyNot = textOf(c.say("why not gemini 2.5 flash?"));
    expect(whyNot).toMatch(/^\*\*Why not Gemini 2\.5 Flash\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/not listed as offered on Azure/);
    expect(textOf(c.say("does the top pick train on our passengers' data?"))).toMatch(
      /^\*\*Trains on your API data\*\*/,
    );
  });

  // 'Budget TRY 2,500,000 a month.' was $2,500,000: 'try' is an English word, so the code is lira
  // only in capitals (requirements-text.ts, codesInCapitals).
  it("Istanbul airline with 'Budget TRY 2,500,000 a month.' (the ISO code before the amount, or after it): lira bound in dollars, as '2.500.000 TL' is, never $2,500,000", () => {
    for (const words of [
      "Budget TRY 2,500,000 a month.",
      "Budget 2,500,000 TRY a month.",
      "Budget: TRY2.5M per month.",
    ]) {
      const { req, text } = firstShortlist(catalog, ISTANBUL_AIRLINE.replace("Budget 2.500.000 TL a month.", words));
      expect(req.statedBudget, words).toEqual({ currency: "TRY", perMonth: 2_500_000 });
      expect(req.monthlyBudgetUsd, words).toBeUndefined();
      expect(text, words).toMatch(/budget ₺2,500,000\/month \(at most \$[\d,]+\.\d\d\)/);
    }
  });

  it("Istanbul airline (normally 900,000 conversations a month): 'what if a storm day brings 200,000 conversations in one day?' is a busy day, not a new month: 6.67× an average day's 30,000, the fleet sized for it (20× the month's average rate), the month's volume and the picks' costs as they were, and what a month with that day adds on each API pick said beside them (thread16)", () => {
    const { c, req, top } = firstShortlist(catalog, ISTANBUL_AIRLINE);
    const said = SIXTEENTH_ROUND_FOLLOW_UPS["Istanbul airline"][0]!;
    const reply = c.say(said);
    const text = textOf(reply);
    const after = c.session.requirements;
    expect(totalTokens(after.volume)).toBe(totalTokens(req.volume));
    expect(after.peakOccasion).toMatchObject({ words: "storm day", days: 1 });
    expect(after.peakOccasion?.dayFactor).toBeCloseTo(200_000 / 30_000, 6);
    expect(after.peakToAverage).toBe(20);
    expect(text).toMatch(/a storm day at 6\.67× an average day's traffic/);
    expect(text).toMatch(/That day brings 170K conversations more than an average day's 30K/);
    const rows = rowsOf(reply);
    expect(rows[0]?.id).toBe(top[0]!.id);
    for (const r of rows.slice(0, 3)) {
      const before = top.find((t) => t.id === r.id);
      if (before) expect(r.monthlyCostUsd, r.id).toBe(before.monthlyCostUsd);
    }
    // 170,000 × 9,200 tokens is 1.564B of the month's 8.28B: each API pick's month grows by that share.
    const share = (170_000 * 9_200) / 8.28e9;
    const first = rows[0]!;
    const extra = (first.monthlyCostUsd! * share).toLocaleString("en-US", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(text).toContain(`${first.name} +$${extra}`);
  });

  it("Istanbul airline: 'do the picks train on our passengers' data?' answers Claude via Azure with Anthropic's own training terms (Anthropic processes it there, Microsoft's page says), GPT via Azure with Microsoft's own Azure OpenAI page, never a Q&A answer", () => {
    const { c, top } = firstShortlist(catalog, ISTANBUL_AIRLINE);
    const text = textOf(c.say("do the picks train on our passengers' data?"));
    expect(text).not.toMatch(/Microsoft Q&A/);
    for (const r of top.filter((m) => m.apiProvider === "azure")) {
      const line = text.split("\n").find((l) => l.startsWith(`- **${r.name}** via Azure`))!;
      expect(line, r.id).toBeDefined();
      if (modelOf(r.id).lab === "Anthropic") {
        expect(line).toMatch(/processed there by Anthropic, so its terms apply; Azure's own page/);
        expect(line).toMatch(/Anthropic's privacy article for its commercial products/);
      } else expect(line).toMatch(/Microsoft's data, privacy and security page for Azure OpenAI/);
      expect(line).toMatch(/\(its own terms, 2026-12-06\)/);
    }
    expect(top.some((m) => modelOf(m.id).lab === "Anthropic" && m.apiProvider === "azure")).toBe(true);
  });

  it("Amsterdam HR-tech: 'can we use gemma 3 27b to screen job applicants?' names the Gemma Prohibited Use Policy's item on automated decisions (employment among its domains), quoted, and asks for a person deciding each case", () => {
    const c = chat(catalog);
    const text = textOf(c.say("can we use gemma 3 27b to screen job applicants?"));
    expect(text).toMatch(/Allowed with conditions: Gemma 3 27B/);
    const why = text.slice(text.indexOf("Why"));
    expect(why).toMatch(
      /^Why\W+Your use \(employment\) is one where automated decisions about people are forbidden by the Gemma Prohibited Use Policy/,
    );
    expect(text).toContain("(e.g., finance, legal, employment, healthcare, housing, insurance, and social welfare)");
    expect(text).toMatch(/ai\.google\.dev\/gemma\/prohibited_use_policy, the version in force from 2024-02-21/);
    expect(text).toMatch(/Keep a person making each decision on who is hired or rejected/);
  });

  // Conversations × messages × tokens per message, in the ways a customer-care team writes it.
  it("over generated conversation volumes (4 phrasings): conversations × messages each × (tokens in + out per message), never the conversations alone", () => {
    for (const words of [
      "900,000 conversations a month, 8 messages each, ~1,000 tokens in per message and ~150 tokens out",
      "900,000 conversations a month with 8 messages per conversation, 1,000 tokens in and 150 out per message",
      "about 900k conversations per month, each 8 messages long, 1,000 input and 150 output tokens per message",
      "900,000 conversations a month, 8 turns each, 1,000 tokens in and 150 tokens out per turn",
    ]) {
      const c = chat(catalog);
      c.say(`We want a customer care chat agent for our airline. ${words}.`);
      expect(c.session.requirements.volume?.inputTokensPerMonth, words).toBe(900_000 * 8 * 1_000);
      expect(c.session.requirements.volume?.outputTokensPerMonth, words).toBe(900_000 * 8 * 150);
    }
  });

  it("Seoul webtoon: translation on its AWS, no training on unreleased episodes, no GPU experience, Korean and the four target languages; '₩40,000,000' is won bound in dollars; every pick is on Bedrock; 'why not gpt-5.1?' says it is not on Bedrock; 'how good is the top pick at korean?' shows #1's Korean rating; 'can we use qwen3 235b-a22b to translate comics we sell?' is allowed under Apache 2.0", () => {
    const { c, req, top, text } = firstShortlist(catalog, SEOUL_WEBTOON);
    expect(req).toMatchObject({
      useCase: "translation",
      cloudProvider: "aws",
      noTrainingOnData: true,
      mlOpsExperience: "none",
    });
    expect(req.languages).toEqual(expect.arrayContaining(["ko", "en", "ja", "th", "id"]));
    expect(req.statedBudget).toEqual({ currency: "KRW", perMonth: 40_000_000 });
    const bound = boundUsd(text);
    for (const r of top) {
      expect(r.apiProvider, r.id).toBe("amazon-bedrock");
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(bound);
    }
    const whyNot = textOf(c.say("why not gpt-5.1?"));
    expect(whyNot).toMatch(/^\*\*Why not GPT-5\.1\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/not listed as offered on AWS Bedrock/);
    expect(textOf(c.say("how good is the top pick at korean?"))).toMatch(
      new RegExp(`${top[0]!.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\W+in Korean: LMArena Korean \\d+`),
    );
    const licence = textOf(c.say("can we use qwen3 235b-a22b to translate comics we sell?"));
    expect(licence).toMatch(/^Allowed: Qwen3 235B-A22B/);
    expect(licence).toMatch(/Apache License 2\.0/);
  });

  // A lead shortlists one release of a line (same lab and tier): the older only when it is cheaper
  // at the team's volume, or its successor cannot serve the team (superseded.ts).
  // Claude Opus 4.1 was named here as superseded by Opus 4.5 (three times its price); Anthropic has
  // since retired it from its API (5 August 2026, cat14), so it is a withdrawn release, not a pick.
  it("Seoul webtoon (quality first, on Bedrock): no two releases of one line in the top 3 unless the older is cheaper; Claude Opus 4.1, retired by Anthropic, is not a pick and not offered as a current release", () => {
    const { top, text } = firstShortlist(catalog, SEOUL_WEBTOON);
    for (const older of top)
      for (const later of top)
        if (laterInLine(modelOf(later.id), modelOf(older.id)))
          expect(older.monthlyCostUsd!, `${older.name} beside ${later.name}`).toBeLessThan(later.monthlyCostUsd!);
    expect(top.map((r) => r.id)).not.toContain("claude-opus-4.1");
    expect(top.map((r) => r.id)).toContain("claude-opus-4.5");
    expect(text).not.toMatch(/\*\*Superseded in its line:\*\* [^\n]*Claude Opus 4\.1/);
    expect(catalog.modelById.get("claude-opus-4.1")?.status).toBe("deprecated");
  });

  // Won and lira budgets in the ways Korean and Turkish teams write them: the currency read, never dollars.
  it("over generated won and lira budgets (5 phrasings): the amount in its own currency, never taken as dollars", () => {
    const cases: [string, string, number][] = [
      ["Budget ₩40,000,000 a month.", "KRW", 40_000_000],
      ["Budget 40,000,000 KRW per month.", "KRW", 40_000_000],
      ["Budget: 40 million won a month.", "KRW", 40_000_000],
      ["Budget 2.500.000 TL a month.", "TRY", 2_500_000],
      ["Budget: 2.5 million Turkish lira a month.", "TRY", 2_500_000],
    ];
    for (const [words, currency, amount] of cases) {
      const c = chat(catalog);
      c.say(
        `We want a guest chat assistant, 600,000 conversations a month, 4 messages each, about 700 tokens in and 150 tokens out per message. ${words}`,
      );
      expect(c.session.requirements.statedBudget, words).toEqual({ currency, perMonth: amount });
      expect(c.session.requirements.monthlyBudgetUsd === amount, words).toBe(false);
    }
  });

  it("Dubai hotel group: 600,000 conversations × 4 messages × (700 in + 150 out); $25,000; guest data stays in the UAE; no ML engineers; every pick runs in the UAE (none of the Azure models is on record there) within $25,000 with its ops priced; 'what if only 300,000 conversations a month in summer?' halves the volume; 'why not claude haiku 4.5?' says it is known not to process in the UAE", () => {
    const { c, req, top, text } = firstShortlist(catalog, DUBAI_HOTEL_GROUP);
    expect(req.volume?.inputTokensPerMonth).toBe(600_000 * 4 * 700);
    expect(req.volume?.outputTokensPerMonth).toBe(600_000 * 4 * 150);
    expect(req).toMatchObject({
      monthlyBudgetUsd: 25_000,
      residencyElsewhere: "the UAE",
      mlOpsExperience: "none",
      cloudProvider: "azure",
    });
    // The country written out is the same rule ('Data must remain in the United Arab Emirates.' was unread).
    const writtenOut = DUBAI_HOTEL_GROUP.replace(/must stay in the UAE/, "must remain in the United Arab Emirates");
    expect(writtenOut).not.toBe(DUBAI_HOTEL_GROUP);
    expect(parseRequirements(writtenOut).residencyElsewhere).toBe("the UAE");
    for (const r of top) {
      expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(25_000);
      if (r.costBasis === "self-host")
        expect(text, r.id).toMatch(new RegExp(`${r.name}\\W+self-hosted in this estimate: run it in .* in the UAE`));
      else expect(text, r.id).toMatch(new RegExp(`${r.name}\\W+via [^:]+: processed in the UAE`));
    }
    expect(text).toMatch(/no ops staff, so contracted on-call/);
    const before = totalTokens(req.volume)!;
    c.say("what if only 300,000 conversations a month in summer?");
    expect(totalTokens(c.session.requirements.volume)).toBe(before / 2);
    const whyNot = textOf(c.say("why not claude haiku 4.5?"));
    expect(whyNot).toMatch(/^\*\*Why not Claude Haiku 4\.5\?\*\* It was ruled out before scoring/);
    expect(whyNot).toMatch(/known not to be offered with processing in the UAE/);
  });

  // A rule that data stays in the UAE, said the ways a Gulf team says it.
  it("over generated UAE residency rules (3 phrasings): the rule is read and every top-3 pick is self-hosted there or on a host on record as processing there", () => {
    for (const words of [
      "Guest data must stay in the UAE.",
      "All guest data has to stay in the UAE.",
      "Personal data may not leave the UAE.",
    ]) {
      const c = chat(catalog);
      const reply = c.say(
        `We want a guest chat assistant for our hotels, 600,000 conversations a month, 4 messages each, about 700 tokens in and 150 tokens out per message. We're on Azure UAE North. ${words}`,
      );
      expect(c.session.requirements.residencyElsewhere, words).toBe("the UAE");
      const text = textOf(reply);
      for (const r of rowsOf(reply).slice(0, 3))
        expect(text, `${words}: ${r.id}`).toMatch(
          new RegExp(
            `${r.name}\\W+(self-hosted in this estimate: run it in .* in the UAE|via [^:]+: processed in the UAE)`,
          ),
        );
    }
  });

  it("Dhaka garment factory: 'budget is maximum 1500 usd per month' binds every pick; 'data should not go outside of Bangladesh if possible' is a preference said back, not a rule; 'what if 10000 message per day?' is 10,000 messages a day × 30 × 650 tokens", () => {
    const { c, req, top, text } = firstShortlist(catalog, DHAKA_GARMENT_FACTORY);
    expect(req.monthlyBudgetUsd).toBe(1_500);
    for (const r of top) expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(1_500);
    expect(req.residencyElsewhere).toBeUndefined();
    expect(text).toMatch(/data kept in Bangladesh preferred \(a preference, not a rule/);
    c.say("what if 10000 message per day?");
    expect(totalTokens(c.session.requirements.volume)).toBe(10_000 * 30 * 650);
  });

  it("Dhaka garment factory: '12000 worker … around 3000 message in one day, every message near 500 token input … and 150 token output' is 3,000 messages a day × 30 × 650 = 58.5M tokens, the workers not multiplied (words25)", () => {
    const { req, text } = firstShortlist(catalog, DHAKA_GARMENT_FACTORY);
    expect(totalTokens(req.volume)).toBe(3_000 * 30 * 650);
    expect(text).toMatch(/3,000 messages a day/);
    expect(text).not.toMatch(/12,000 workers ×/);
  });

  it("Tallinn text-to-SQL (a terse one-shot question): a shortlist at once, no questionnaire; 'open weights only' holds for every pick; the owned RTX 4090 is read; 'is qwen2.5-coder 32b ok for commercial use?' is allowed under Apache 2.0", () => {
    const { c, req, top, text } = firstShortlist(catalog, TALLINN_TEXT_TO_SQL);
    expect(text).not.toMatch(/Question \d of \d/);
    expect(req.openWeightsOnly).toBe(true);
    expect(req.ownedGpus).toMatchObject({ type: "RTX 4090", count: 1 });
    for (const r of top) expect(modelOf(r.id).openWeights, r.id).toBe(true);
    const licence = textOf(c.say("is qwen2.5-coder 32b ok for commercial use?"));
    expect(licence).toMatch(/^Allowed: Qwen2\.5-Coder 32B/);
    expect(licence).toMatch(/Apache License 2\.0/);
  });

  it("Tallinn text-to-SQL: 'must run on our single RTX 4090 (24GB)' is the team's own hardware (on-prem): every top-3 pick is self-hosted and fits the 24 GB card (judge16's finding 11, rank14)", () => {
    const { req, top, text } = firstShortlist(catalog, TALLINN_TEXT_TO_SQL);
    expect(req.deployment).toBe("on-prem");
    expect(top).toHaveLength(3);
    for (const r of top) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(text).toMatch(new RegExp(`${escapeName(r.name)}\\*{0,2}: fits your 1× NVIDIA GeForce RTX 4090`));
    }
  });

  it("Tallinn text-to-SQL (its single RTX 4090 owned): 'and if we add a second 4090?' sizes the picks on the two cards it then owns, not on one (thread16)", () => {
    const { c } = firstShortlist(catalog, TALLINN_TEXT_TO_SQL);
    const said = SIXTEENTH_ROUND_FOLLOW_UPS["Tallinn text-to-SQL"].find((f) => /second 4090/.test(f))!;
    const text = textOf(c.say(said));
    expect(c.session.requirements.ownedGpus).toMatchObject({ count: 2 });
    expect(text).toMatch(/you own 2 RTX 4090/);
    expect(text).toMatch(/fits your 2× NVIDIA GeForce RTX 4090 \(48 GB/);
  });

  it("a one-shot naming a GPU not said to be the team's ('best open-weights model for summarising support tickets on a single A100 80GB?'): every top-3 pick is self-hosted on that card, fits it and is rented at its verified median (was Qwen3-VL 235B-A22B #1 via OpenRouter; rank15)", () => {
    const { req, top, text } = firstShortlist(
      catalog,
      "best open-weights model for summarising support tickets on a single A100 80GB?",
    );
    expect(req.namedGpus).toEqual({ type: "A100-80GB", count: 1 });
    expect(req.ownedGpus).toBeUndefined();
    expect(top).toHaveLength(3);
    for (const r of top) {
      expect(r.costBasis, r.id).toBe("self-host");
      expect(text).toMatch(new RegExp(`${escapeName(r.name)}\\*{0,2}: fits the 1× NVIDIA A100 80GB[^\\n]* you named`));
    }
    expect(text).toMatch(/1× NVIDIA A100 80GB[^\n]*at \$3\.11\/GPU-hour \(verified median\)/);
    expect(text).not.toMatch(/your 1× NVIDIA A100|yours at/);
  });

  // A terse one-shot question asks for a model, not for a questionnaire.
  it("over generated terse one-shot questions (4): each gets a shortlist at once, with open weights for every pick, never 'Question 1 of 7'", () => {
    for (const words of [
      TALLINN_TEXT_TO_SQL,
      "which open model for chat support, runs on one RTX 4090, 10k chats a month?",
      "best open-weights model for summarising support tickets on a single A100 80GB? 50k tickets/month",
      "open weights, one L40S, classify 100k emails a month into 12 labels. what should we use?",
    ]) {
      const c = chat(catalog);
      const reply = c.say(words);
      expect(reply.data?.intent, words).toBe("recommend");
      expect(textOf(reply), words).not.toMatch(/Question \d of \d/);
      expect(c.session.requirements.openWeightsOnly, words).toBe(true);
      const top = rowsOf(reply).slice(0, 3);
      expect(top, words).toHaveLength(3);
      for (const r of top) expect(modelOf(r.id).openWeights, `${words}: ${r.id}`).toBe(true);
    }
  });

  it("Cape Town research lab: 2 million posts × (400 in + 20 out) is a one-off job of 840M tokens, 'a non-commercial research project' is non-commercial use, the two A100 40GB are owned, the four languages are read and the batch is fine", () => {
    const c = chat(catalog);
    c.say(CAPE_TOWN_RESEARCH_LAB);
    const req = c.session.requirements;
    expect(totalTokens(req.oneOffVolume)).toBe(2_000_000 * 420);
    expect(req).toMatchObject({ commercial: false, latency: "batch" });
    expect(req.ownedGpus).toMatchObject({ type: "A100 40GB", count: 2 });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "af", "zu", "xh"]));
  });

  it("Cape Town research lab: 'a grant budget of R60,000 for the whole year' is R5,000 a month (words25; it was read as R60,000 a month)", () => {
    const c = chat(catalog);
    c.say(CAPE_TOWN_RESEARCH_LAB);
    expect(c.session.requirements.statedBudget).toEqual({ currency: "ZAR", perMonth: 5_000 });
  });

  it("Amsterdam HR-tech: 'Recruiters make every decision; the model never rejects anyone automatically.' (or 'Humans make the final decision.') is who decides, not the decision-record command: the whole message gets a shortlist of 1.2M CVs × (2,500 in + 700 out) on its Azure under €20,000", () => {
    const humans = AMSTERDAM_HR_TECH.replace(
      "Recruiters make every decision; the model never rejects anyone automatically.",
      "Humans make the final decision.",
    );
    expect(humans).not.toBe(AMSTERDAM_HR_TECH);
    for (const message of [AMSTERDAM_HR_TECH, humans]) {
      const { req, top, text } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Decision record|Not stated: use case/);
      expect(top).toHaveLength(3);
      expect(req.volume?.inputTokensPerMonth).toBe(1_200_000 * 2_500);
      expect(req.volume?.outputTokensPerMonth).toBe(1_200_000 * 700);
      expect(req.cloudProvider).toBe("azure");
      expect(req.statedBudget).toEqual({ currency: "EUR", perMonth: 20_000 });
    }
  });

  it("Amsterdam HR-tech: 'a provider that does not train on candidates' data and processes it in the EU' is no training and EU residency (not only an EU-based team): no pick is a host known to train or to process outside the EU", () => {
    const { req, top, text } = firstShortlist(catalog, AMSTERDAM_HR_TECH);
    expect(req).toMatchObject({ noTrainingOnData: true, euDataResidency: true });
    expect(text).toMatch(/API host must not train on your data · data must stay in the EU/);
    expect(top).toHaveLength(3);
    for (const r of top) expect(r.id).not.toMatch(/^claude/);
  });

  it("Cape Town: once the first message starts the questions, each follow-up that asks something else is answered and the question asked again (thread15): the Command R+ licence, the fit on the two A100 40GB, the licence question about the labels (no use case or data class read from it)", () => {
    const cape = chat(catalog);
    cape.say(CAPE_TOWN_RESEARCH_LAB);
    const open = cape.session.flow?.step;
    expect(open).toBe("use-case");
    const asks = (c: typeof cape, said: string) => {
      c.say(said);
      expect(c.session.flow?.step, said).toBe(open);
      expect(c.session.requirements.useCase, said).toBeUndefined();
      return { first: c.replies[0]!, text: c.replies.map(textOf).join("\n") };
    };
    const commandR = asks(cape, SIXTEENTH_ROUND_FOLLOW_UPS["Cape Town research lab"][0]!);
    expect(commandR.first.data?.intent).toBe("license");
    expect(commandR.text).toMatch(/Command R\+/);
    const fit = asks(cape, SIXTEENTH_ROUND_FOLLOW_UPS["Cape Town research lab"][1]!);
    expect(fit.text).toMatch(/Does Llama 3\.3 70B fit your 2× NVIDIA A100 40GB/);
    const labels = asks(cape, SIXTEENTH_ROUND_FOLLOW_UPS["Cape Town research lab"][3]!);
    expect(labels.first.data?.intent).toBe("license");
    expect(cape.session.requirements.dataSensitivity).toBeUndefined();
  });

  // words29: the Italian message was unread but for its budget and the EU (the questions started).
  it("Turin transport (in Italian): classifying complaints with a draft reply, 15,000 × (1,200 + 400) = 24M tokens, EU data, no American providers, no ML team, a shortlist at once; 'e se i reclami raddoppiano d'inverno?' doubles it; 'perché non gpt-4.1 mini?' answers why; 'quanto costa il primo per reclamo?' divides #1's cost by the complaints", () => {
    const { c, req, top } = firstShortlist(catalog, TURIN_TRANSPORT);
    expect(req.useCase).toBe("extraction");
    expect(totalTokens(req.volume)).toBe(15_000 * 1_600);
    expect(req.euDataResidency).toBe(true);
    expect(req.exclude?.hostCountries).toContain("US");
    expect(req.mlOpsExperience).toBe("none");
    expect(top.length).toBe(3);
    const [whatIf, whyNot, perComplaint] = SIXTEENTH_ROUND_FOLLOW_UPS["Turin transport"];
    expect(textOf(c.say(perComplaint!))).toMatch(/^Per complaint, at 15,000 complaints a month/);
    expect(textOf(c.say(whyNot!))).toMatch(/Why not GPT-4\.1 mini\?/);
    c.say(whatIf!);
    expect(totalTokens(c.session.requirements.volume), whatIf).toBe(2 * 15_000 * 1_600);
  });

  it("Cape Town research lab (in the questions): 'what if we label 5 million posts instead?' is the one-off job at 5M posts (2.1B tokens, still once), noted for the recommendation and the question asked again; a cost asked then prices the job once, not an example volume (thread17; one-off-job-count.property.test.ts)", () => {
    const c = chat(catalog);
    c.say(CAPE_TOWN_RESEARCH_LAB);
    const said = SIXTEENTH_ROUND_FOLLOW_UPS["Cape Town research lab"][2]!;
    c.say(said);
    const text = c.replies.map(textOf).join("\n");
    expect(c.session.requirements.volume).toBeUndefined();
    expect(totalTokens(c.session.requirements.oneOffVolume)).toBe(5_000_000 * 420);
    expect(text).toContain("one-off job of 2.1B tokens = 5M posts × 420 tokens each");
    expect(text).not.toMatch(/couldn't tell/);
    expect(c.session.flow?.step).toBe("use-case");
    c.say("how much would gpt-4.1 mini cost for this?");
    const cost = c.replies.map(textOf).join("\n");
    expect(cost).not.toMatch(/example volume/);
    expect(cost).toMatch(/5M posts × \(400 input \+ 20 output tokens each, as before\)/);
    expect(cost).toMatch(/\*\*\$[\d,]+\.\d\d\*\* once/);
  });

  it("Istanbul airline: 'We are on Azure (West Europe).' is where its data runs, not where it is established: the airline based in Istanbul is not an EU-based team, and its picks stay on its Azure", () => {
    const { req, top, text } = firstShortlist(catalog, ISTANBUL_AIRLINE);
    expect(req.inEu).not.toBe(true);
    expect(text).not.toMatch(/EU-based team/);
    expect(req.cloudProvider).toBe("azure");
    for (const r of top) expect(r.apiProvider, r.id).toBe("azure");
  });
});

// words28 (ops-experience-said.property.test.ts has the generated phrasings).
describe("sixteenth tryout round: who runs it, read from the first message", () => {
  it("Istanbul airline: 'an ML platform team of 5' is strong ML-ops experience; Amsterdam HR-tech: '4 ML engineers who have run models on AKS' is strong, the 4 the team and '(120 people)' the company, no users; Dhaka garment factory: 'no gpu and only 2 IT person, no AI knowledge' is none, the two IT people no users", () => {
    expect(parseRequirements(ISTANBUL_AIRLINE).mlOpsExperience).toBe("strong");
    const amsterdam = parseRequirements(AMSTERDAM_HR_TECH);
    // The 4 ML engineers build it; the scale-up's 120 people are the company (wordsfortysix).
    expect(amsterdam).toMatchObject({ mlOpsExperience: "strong", teamSize: 4, organisationSize: 120 });
    expect(amsterdam.monthlyActiveUsers).toBeUndefined();
    const dhaka = parseRequirements(DHAKA_GARMENT_FACTORY);
    expect(dhaka.mlOpsExperience).toBe("none");
    expect(dhaka.monthlyActiveUsers).not.toBe(2);
  });
});

describe("sixteenth tryout round: the task and the data named in other words (words32)", () => {
  it("Tallinn text-to-SQL: 'need text-to-SQL over customers' postgres schemas' (and 'a model that writes SQL from questions') is code generation, weighed on code ratings", () => {
    const { req, text } = firstShortlist(catalog, TALLINN_TEXT_TO_SQL);
    expect(req.useCase).toBe("coding");
    expect(text).toMatch(/Shortlist: coding/);
    expect(
      parseRequirements("We want a model that writes SQL from questions, 5M tokens a month.", catalog).useCase,
    ).toBe("coding");
  });

  it("Istanbul airline: 'Passenger data falls under KVKK' is personal data under Turkey's law: regulated", () => {
    const { req } = firstShortlist(catalog, ISTANBUL_AIRLINE);
    expect(req.dataSensitivity).toBe("regulated");
    expect(
      parseRequirements("Passenger data falls under KVKK. Which model for a support chatbot?", catalog).dataSensitivity,
    ).toBe("regulated");
  });
});

describe("sixteenth tryout round: the translations of each episode (words32)", () => {
  it("Seoul webtoon: 'each episode script is ~3,000 tokens in and each translation ~3,500 tokens out, so four translations per episode' is 4,000 × 4 × (3,000 + 3,500) = 104M tokens, said back with the four translations", () => {
    const { req, text } = firstShortlist(catalog, SEOUL_WEBTOON);
    expect(req.volume?.inputTokensPerMonth).toBe(4_000 * 4 * 3_000);
    expect(req.volume?.outputTokensPerMonth).toBe(4_000 * 4 * 3_500);
    expect(text).toMatch(/4 translations each/);
  });
});

describe("sixteenth tryout round: Dhaka's Bangla and its training question (todosweepnew)", () => {
  it("Dhaka garment factory: 'in Bangla language mostly' is Bengali, weighed and said back (it read English only); Bangla is Bengali however it is placed", () => {
    const { req, text } = firstShortlist(catalog, DHAKA_GARMENT_FACTORY);
    expect(req.languages).toContain("bn");
    expect(text).toMatch(/languages: English, Bengali/);
    for (const said of [
      "Our users write in Bangla. We want a support chatbot.",
      "support bot for customers in Bangla and English, 2M tokens a month",
      "we need a summariser for bangla news articles",
      "Languages: English, Bangla.",
    ])
      expect(parseRequirements(said, catalog).languages, said).toContain("bn");
  });

  it("Dhaka garment factory: a question of the picks with its auxiliary left out ('which one not train on our workers data?') is the data-terms answer for the picks shown, as 'which of these does not train …' is (it was 'I'm not sure what you're asking')", () => {
    const asked: [string, RegExp][] = [
      ["which one not train on our workers data?", /^\*\*Trains on your API data\*\*, for the 3 picks shown/],
      ["which ones never train on our data?", /^\*\*Trains on your API data\*\*, for the 3 picks shown/],
      ["which one not keep our messages?", /^\*\*Keeps your data\*\*, for the 3 picks shown/],
      ["which of these not store our chats?", /^\*\*Keeps your data\*\*, for the 3 picks shown/],
    ];
    for (const [question, answer] of asked) {
      const { c } = firstShortlist(catalog, DHAKA_GARMENT_FACTORY);
      const reply = textOf(c.say(question));
      expect(reply, question).toMatch(answer);
      expect(reply, question).not.toMatch(/not sure what you're asking/);
    }
  });
});

describe("sixteenth tryout round: who will run it (todosweepnew)", () => {
  it("Cape Town research lab: 'Two PhD students will run it.' is a team of 2 who build it, not 2 monthly users (it was '2 monthly users')", () => {
    const c = chat(catalog);
    const text = textOf(c.say(CAPE_TOWN_RESEARCH_LAB));
    const req = c.session.requirements;
    expect(req.teamSize).toBe(2);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(text).not.toMatch(/2 monthly users/);
  });

  it("over generated phrasings: N people (any name) who will build, run, set up or maintain it are the team, never its users; N people who will use it stay users", () => {
    const jobs = ["We want to classify 50,000 survey answers by topic.", "We need a support bot for our web shop."];
    const people = ["PhD students", "developers", "researchers", "engineers", "analysts"];
    const verbs = ["will run it", "will build and maintain it", "will set it up", "are going to operate the system"];
    for (const job of jobs)
      for (const [i, who] of people.entries())
        for (const verb of verbs) {
          const n = i + 2;
          const said = `${job} ${n} ${who} ${verb}.`;
          const req = parseRequirements(said, catalog);
          expect(req.teamSize, said).toBe(n);
          expect(req.monthlyActiveUsers, said).toBeUndefined();
        }
    expect(parseRequirements("We want a tutor bot; 300 students will use it.", catalog).monthlyActiveUsers).toBe(300);
  });
});
