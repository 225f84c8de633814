// An eighth tryout round: ten new teams in their own words (eighth-round-teams.ts), each run as a
// whole conversation through the console and read as a sceptical ML lead would. What holds is
// asserted here as properties an expert checks: every top-3 model meets every hard constraint the
// team stated (expectExpertShortlist), costs recompute from the line shown, what the team said is
// said back right, and no follow-up gets an error. The misreadings this round fixed are tested over
// families of phrasings, not the teams' sentences alone. What is still open, and whose it is, is in
// tryout-eighth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { labCountry } from "../../src/catalog/labs.js";
import { findModelMentions } from "../../src/catalog/mentions.js";
import { parseAssumptionEdits, parseContextTokens } from "../../src/intents/assumptions-text.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  CAIRO_EDTECH,
  EIGHTH_ROUND_FOLLOW_UPS,
  EIGHTH_ROUND_TEAMS,
  HCMC_REVIEWS,
  HELPDESK_SAAS,
  HSINCHU_FAB,
  JOURNAL_APP,
  MESSAGING_APP,
  NAIROBI_AGRITECH,
  ZURICH_BANK,
} from "./eighth-round-teams.js";
import { NAGOYA_MAKER } from "./seventh-round-teams.js";

const catalog = readCatalog();

describe("eighth tryout round: every team's first message gets a shortlist an expert can check", () => {
  it.each(Object.entries(EIGHTH_ROUND_TEAMS))(
    "%s: a recommendation at once, every top-3 pick within the hard rules, its costs worked out",
    (_team, message) => {
      const { text, top } = firstShortlist(catalog, message);
      expect(text).not.toMatch(/Question \d of \d/);
      expect(top.length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(EIGHTH_ROUND_TEAMS))(
    "%s: every follow-up the team sent gets an answer, never an internal error or a stack trace",
    (team, message) => {
      const c = chat(catalog);
      c.say(message);
      for (const followUp of EIGHTH_ROUND_FOLLOW_UPS[team as keyof typeof EIGHTH_ROUND_TEAMS]) {
        const text = textOf(c.say(followUp));
        expect(text.trim().length, followUp).toBeGreaterThan(0);
        expect(text, followUp).not.toMatch(/\bat \S+\.(?:ts|js):\d+|TypeError|undefined|NaN|\[object Object\]/);
      }
    },
  );
});

describe("eighth tryout round: an amount written with '~' is never a model's version", () => {
  // The Nairobi agritech wrote "with retrieved context ~1,200 tokens in" and its whole message was
  // answered as a look-up of a model called "context ~1".
  const nouns = ["context", "alerts", "article", "prompt", "transcript", "reply", "ticket", "session", "summary"];
  const amounts = ["~1,200", "~150", "~2k", "≈ 900", "~ 3.5k"];

  it("'<noun> ~N tokens' names no model, for every noun and amount", () => {
    for (const noun of nouns)
      for (const amount of amounts)
        for (const text of [`${noun} ${amount} tokens`, `with ${noun} ${amount} tokens in`]) {
          expect(findModelMentions(text, catalog), text).toEqual([]);
        }
  });

  it("a model named with '~' near it is still found ('llama 3.1 8b at ~2k tokens', 'gpt-4o ~ $5')", () => {
    for (const [text, id] of [
      ["llama 3.1 8b at ~2k tokens a request", "llama-3.1-8b"],
      ["gpt-4o ~ $5 per 1M tokens?", "gpt-4o"],
      ["~20M tokens a month on mistral small 3.2", "mistral-small-3.2"],
    ] as const) {
      const found = findModelMentions(text, catalog).map((m) => m.resolution);
      expect(found, text).toContainEqual({ status: "found", id });
    }
  });

  it("Nairobi agritech: a RAG recommendation of 60k questions a day × (150 + 1,200 in, 120 out) in English and Swahili within $800", () => {
    const { req, top } = firstShortlist(catalog, NAIROBI_AGRITECH);
    expect(req.useCase).toBe("rag");
    expect(req.languages).toEqual(expect.arrayContaining(["en", "sw"]));
    expect(req.monthlyBudgetUsd).toBe(800);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(60_000 * 30 * 1350, -6);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(60_000 * 30 * 120, -6);
    for (const r of top) expect(r.monthlyCostUsd!, r.id).toBeLessThanOrEqual(800);
  });
});

describe("eighth tryout round: a daily count of users is said as daily", () => {
  it("Cairo edtech: '~250k daily active students' is said back as 250K a day, the monthly users at least that many, never '250K monthly users'", () => {
    const c = chat(catalog);
    const text = textOf(c.say(CAIRO_EDTECH));
    const req = c.session.requirements;
    expect(req.dailyActiveUsers).toBe(250_000);
    // The floor a licence's monthly threshold is checked against: no fewer than the daily count.
    expect(req.monthlyActiveUsers).toBeGreaterThanOrEqual(250_000);
    expect(text).toMatch(/250K daily users \(a daily count: at least as many monthly users\)/);
    expect(text).not.toMatch(/250K monthly users/);
  });
});

describe("eighth tryout round: a nightly batch runs every night", () => {
  const counts = [
    ["40k", 40_000],
    ["1.8 million", 1_800_000],
    ["250,000", 250_000],
  ] as const;
  const nouns = ["reviews", "tickets", "documents", "listings"];
  const sayings = [
    (n: string, noun: string) => `${n} ${noun} a night, 200 tokens each`,
    (n: string, noun: string) => `${n} ${noun} per night, 200 tokens each`,
    (n: string, noun: string) => `${n} ${noun} nightly, 200 tokens each`,
    (n: string, noun: string) => `every night we process ${n} ${noun}, 200 tokens each`,
  ];

  it("'N items a night / per night / nightly / every night' is N × 30 a month, said back as nights", () => {
    for (const [said, n] of counts)
      for (const noun of nouns)
        for (const say of sayings) {
          const text = `which model for sentiment? ${say(said, noun)}`;
          const volume = parseRequirements(text, catalog).volume;
          expect(volume, text).toBeDefined();
          // The 200 tokens each are the whole request (split in and out) or, for documents read
          // whole, the input with a short output on top: either way N × 30 nights × 200.
          const stated = n * 30 * 200;
          const all = volume!.inputTokensPerMonth + volume!.outputTokensPerMonth;
          expect(volume!.inputTokensPerMonth, text).toBeLessThanOrEqual(stated + 1_000);
          expect(all, text).toBeGreaterThanOrEqual(stated - 1_000);
          expect(all, text).toBeLessThanOrEqual(stated * 1.12);
          expect(volume!.description, text).toMatch(/× 30 nights/);
        }
  });

  it("a window of time is no context need; a window of tokens still is", () => {
    for (const time of ["6 hours", "12 hrs", "90 minutes", "2 days", "8h"])
      for (const text of [`overnight window of ${time}`, `a batch window of ${time}, latency doesn't matter`])
        expect(parseContextTokens(text), text).toBeUndefined();
    for (const [text, n] of [
      ["a context window of 32k", 32_000],
      ["window of 8,000 tokens", 8000],
      ["context of 1.5k tokens.", 1500],
    ] as const)
      expect(parseContextTokens(text), text).toBe(n);
  });

  it("Ho Chi Minh City reviews: 1.8M reviews a night × (90 in + 30 out) is 6.48B tokens a month, Vietnamese, batch, no 6K context", () => {
    const { req, top } = firstShortlist(catalog, HCMC_REVIEWS);
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 4.86e9, outputTokensPerMonth: 1.62e9 });
    expect(req.contextTokens).toBeUndefined();
    expect(req.languages).toEqual(["vi"]);
    expect(req.latency).toBe("batch");
    expect(top.length).toBe(3);
  });
});

describe("eighth tryout round: a quarter of the year is not 4-bit weights", () => {
  it("'in Q4', 'by Q4 2027', 'during Q4', 'Q4 FY26' set no precision; 'q4', 'run it in q4', 'q4_k_m' still do", () => {
    for (const text of [
      "what if volume doubles in Q4?",
      "by Q4 2027 traffic triples",
      "during q4 we peak at 3x",
      "Q4 FY26 launch, which model?",
      "next Q4 we add Spanish",
    ])
      expect(parseAssumptionEdits(text).precision, text).toBeUndefined();
    for (const text of ["q4", "what if we run it in q4?", "assume q4_k_m", "quantized to q4", "int4"])
      expect(parseAssumptionEdits(text).precision, text).toBe("int4");
  });

  it("helpdesk SaaS: 'what if volume doubles in Q4?' doubles the volume and changes nothing else", () => {
    const { c, req } = firstShortlist(catalog, HELPDESK_SAAS);
    const reply = c.say("what if volume doubles in Q4?");
    const after = c.session.requirements;
    expect(textOf(reply)).not.toMatch(/INT4|4-bit/i);
    expect(after.volume!.inputTokensPerMonth).toBeCloseTo(2 * req.volume!.inputTokensPerMonth, -3);
    expect(c.session.assumptions?.precision).toBeUndefined();
  });
});

describe("eighth tryout round: what held, asserted so it keeps holding", () => {
  it("messaging app (1.1B MAU, open weights, self-hosted): every pick's licence lets 1.1B users in, and Llama 3.3 70B is blocked by its 700M clause", () => {
    const { c, req, top } = firstShortlist(catalog, MESSAGING_APP);
    expect(req).toMatchObject({ openWeightsOnly: true, monthlyActiveUsers: 1.1e9 });
    for (const r of top) {
      const license = catalog.licenseById.get(catalog.modelById.get(r.id)!.licenseId)!;
      expect(license.terms.userThreshold ?? Infinity, r.id).toBeGreaterThan(1.1e9);
      expect(r.costBasis, r.id).toBe("self-host");
    }
    const llama = c.say("can we use llama 3.3 70b?");
    expect(llama.data?.intent).toBe("license");
    expect((llama.data?.verdicts as { verdict: string }[])[0]?.verdict).toBe("blocked");
  });

  it("journaling app: on an iPhone, shipped in the bundle; every pick is at most 4B, free to run and lets the weights be shipped", () => {
    const { req, top } = firstShortlist(catalog, JOURNAL_APP);
    expect(req).toMatchObject({ onDevice: true, device: "phone", redistributeWeights: true, commercial: true });
    for (const r of top) {
      const model = catalog.modelById.get(r.id)!;
      expect(model.parameters!.totalB, r.id).toBeLessThanOrEqual(4);
      expect(r.monthlyCostUsd, r.id).toBe(0);
      expect(catalog.licenseById.get(model.licenseId)!.terms.redistribution, r.id).toMatch(/^(yes|conditional)$/);
    }
  });

  it("Hsinchu fab: no model from a PRC lab anywhere in the top 3, and 'why not deepseek v3?' says it was ruled out by the team", () => {
    const { c, req, top } = firstShortlist(catalog, HSINCHU_FAB);
    expect(req).toMatchObject({ deployment: "on-prem" });
    expect(req.exclude?.countries).toContain("CN");
    for (const r of top) expect(labCountry(catalog, catalog.modelById.get(r.id)!), r.id).not.toBe("CN");
    expect(textOf(c.say("why not deepseek v3?"))).toMatch(/ruled out before scoring: .*a lab you ruled out/);
  });

  it("Zurich private bank: on premises, so every pick is open weights run on its own hardware; 'data must stay in Zurich' is met by running it there", () => {
    const { req, top, text } = firstShortlist(catalog, ZURICH_BANK);
    expect(req).toMatchObject({ deployment: "on-prem", dataSensitivity: "regulated" });
    expect(req.languages).toEqual(expect.arrayContaining(["en", "de", "fr", "it"]));
    for (const r of top) {
      expect(catalog.modelById.get(r.id)!.openWeights, r.id).toBe(true);
      expect(r.costBasis, r.id).toBe("self-host");
    }
    // Zurich is checked as Switzerland: on premises, every pick keeps the data there.
    expect(text).toMatch(/Where the data is processed\*\* \(it must stay in Zurich/);
    for (const r of top) expect(text, r.id).toContain(`- **${r.name}**: self-hosted`);
  });
});

describe("eighth tryout round: how much ML-ops a team has, in its own words", () => {
  it("no GPUs and a developer or two is none; Linux admins who never did ML are some; a huge infra team is strong; each is said back and prices self-hosting", () => {
    for (const [message, level] of [
      [CAIRO_EDTECH, "none"],
      [NAIROBI_AGRITECH, "none"],
      [ZURICH_BANK, "some"],
      [NAGOYA_MAKER, "some"],
      [MESSAGING_APP, "strong"],
    ] as const) {
      const { req, text, top } = firstShortlist(catalog, message);
      expect(req.mlOpsExperience, message.slice(0, 40)).toBe(level);
      expect(text, message.slice(0, 40)).toContain(`ML-ops experience: ${level}`);
      expect(text, message.slice(0, 40)).not.toMatch(/because your ML-ops experience was not stated/);
      for (const r of top.filter((row) => row.costBasis === "self-host"))
        expect(text, r.id).not.toMatch(new RegExp(`${r.name}[^\\n]*priced for a strong ops team`));
    }
  });
});
