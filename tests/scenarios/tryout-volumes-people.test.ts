// Volumes and people as the fourth and fifth tryout rounds' teams said them (the "words" todos of
// tryout-fourth-round-open.test.ts and tryout-fifth-round-open.test.ts), through the whole advisor:
// the volume said back in the answer is the one the team stated, the costs are worked out at it,
// and the monthly users are the people who use the product.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { totalTokens as total } from "../flows/recommend-helpers.js";
import { shortlistWithWorkedCosts } from "./cost-working-checks.js";

const catalog = readCatalog();
const M = 1_000_000;

const shortlist = (text: string) => shortlistWithWorkedCosts(catalog, text);

describe("users × messages × tokens, with the share of the people who use it", () => {
  it("K-12: 108k of 180k students × 25 messages × 600 tokens is 1.62B a month and 108k monthly users", () => {
    const { req, said, rows } = shortlist(
      "K-12 school district, ~180k students, maybe 60% use it monthly, ~25 messages each a month, ~600 tokens per message. Tutoring chat. Budget $5k/month. Which model?",
    );
    expect(total(req.volume)).toBeCloseTo(1620 * M, -3);
    expect(req.monthlyActiveUsers).toBe(108_000);
    expect(said).toContain("108k students (60% of 180k) × 25 messages a month");
    // At 1.62B tokens the $5k budget is checked at the real volume: no pick costs cents.
    for (const r of rows.slice(0, 3)) expect(r.monthlyCostUsd ?? 0).toBeGreaterThan(10);
  });

  it("telco: 5% of 20M subscribers × 8 messages × 700 tokens is 5.6B a month and 1M monthly users", () => {
    const { req, said } = shortlist(
      "Telco, 20M subscribers, maybe 5% of subs use it monthly, ~8 messages each, ~700 tokens per message. Support chat. Which model?",
    );
    expect(total(req.volume)).toBeCloseTo(5600 * M, -3);
    expect(req.monthlyActiveUsers).toBe(1 * M);
    expect(said).toContain("1M subscribers (5% of 20M)");
  });

  it("Brazil telco: 4M customers a month × 6 messages a conversation × 400 tokens is 9.6B, one conversation each said", () => {
    const { req, said } = shortlist(
      "Brazilian telco. 4M customers message us per month, avg 6 messages per conversation, ~400 tokens per message. Portuguese support bot, budget $27k. Which model?",
    );
    expect(total(req.volume)).toBeCloseTo(9600 * M, -3);
    expect(said).toMatch(/one conversation each a month assumed/);
  });
});

describe("turns per call or conversation", () => {
  it("voice bot: 2M calls × 10 turns × (150 in + 60 out) is 4.2B a month, split as said", () => {
    const { req, said } = shortlist(
      "voice bot for our call centre: 2M calls a month, each call ~10 turns, ~150 tokens in and 60 out per turn. Which model?",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 3000 * M, outputTokensPerMonth: 1200 * M });
    expect(said).toContain("2M calls a month (10 turns each) × 2.1K tokens each");
  });

  it("Bologna: 1.5M conversations a year × 6 turns × 1,500 tokens is 1.125B a month; the 5k pages are the corpus", () => {
    const { req } = shortlist(
      "Regional office in Bologna: citizens' assistant, RAG over ~5k pages of regulations. ~1.5M conversations/year, avg 6 turns, ~1,500 tokens per turn. Which model?",
    );
    expect(total(req.volume)).toBeCloseTo(1125 * M, -3);
    expect(req.useCase).toBe("rag");
  });
});

describe("a headcount is not the product's users", () => {
  it("grocery: beside '5,000 employees' the monthly users are the 1.2M loyalty app users", () => {
    const { req, said } = shortlist(
      "Grocery chain, 5,000 employees. 1.2M loyalty app users a month, each user asks maybe 4 questions a month, 800 tokens per question. Recipe and product Q&A in the app. Which model?",
    );
    expect(req.monthlyActiveUsers).toBe(1_200_000);
    expect(total(req.volume)).toBeCloseTo(3840 * M, -3);
    expect(said).toContain("1.2M monthly users");
  });

  it.each([
    "We're a nonprofit with about 120 staff. Chatbot for the public about our services, 2M tokens a month. Which model?",
    "Regional hospital, ~900 staff. Patient-facing triage chat, 20M tokens a month. Which model?",
    "We're a municipality with 300 employees; we want a citizens' chatbot for questions about permits. Which model?",
    "charity: 5 staff + volunteers, a helpline bot for callers, 1M tokens a month. which model?",
  ])("'%s' states no monthly users", (text) => {
    const { req, said } = shortlist(text);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(said).not.toMatch(/monthly users/);
  });

  it("an internal tool for the employees keeps them as its users", () => {
    const { req } = shortlist(
      "internal IT helpdesk assistant for our 5,000 employees, ~30M tokens a month. Which model?",
    );
    expect(req.monthlyActiveUsers).toBe(5000);
  });
});

describe("items × (what goes in + what comes back)", () => {
  it("Tokyo law firm: 2,000 decisions × (20K in + 1K out) with the memo in brackets", () => {
    const { req } = shortlist(
      "Tokyo law firm. summarise japanese court decisions (~20k tokens each) into english memos (~1k tokens). about 2,000 decisions a month. which model?",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 40 * M, outputTokensPerMonth: 2 * M });
    // Each decision is part of the volume, not a separate context need on top of it.
    expect(req.contextTokens).toBeUndefined();
  });

  it("broadcaster: 600 hours × (9K in + 9K out), so the $3k budget is checked at 10.8M tokens", () => {
    const { req, said } = shortlist(
      "Nordic broadcaster: ~600 hours of programmes a month. One hour of programme is about 9k tokens of subtitles and the output is roughly the same length. Budget $3k/month. Subtitle translation, which model?",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 5.4 * M, outputTokensPerMonth: 5.4 * M });
    expect(said).toContain("600 hours of programmes a month × 18K tokens each");
  });

  it("podcast: 10,000 hours × (9K in + 500 out) is 90M in + 5M out, not 9K tokens an hour around the clock", () => {
    const { req } = shortlist(
      "podcast app: ~10,000 hours of transcribed audio a month (~9k tokens per hour of speech), summary ~500 tokens per episode hour. which model?",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 90 * M, outputTokensPerMonth: 5 * M });
  });

  it("media monitoring: 40k articles a day × 30 × (1.2K in + a 3-sentence summary)", () => {
    const { req } = shortlist(
      "Every day we ingest ~40k news articles (avg 900 words) in 8 EU languages and need a 3-sentence English summary of each. API ok, EU processing.",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 1440 * M, outputTokensPerMonth: 90 * M });
  });
});

describe("output shapes set the split", () => {
  it("'output is a single label' prices about one output token a message, not 75/25", () => {
    const { req } = shortlist("about 2B messages a day, ~60 tokens each, output is a single label. which model?");
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 3600 * 1000 * M, outputTokensPerMonth: 60 * 1000 * M });
  });

  it("'prompts ~250 tokens, outputs ~10 tokens' and '(mostly input, tiny outputs)' set the split", () => {
    expect(
      shortlist("ticket classification, 50M requests a month, prompts ~250 tokens, outputs ~10 tokens. which model?")
        .req.volume,
    ).toMatchObject({ inputTokensPerMonth: 12_500 * M, outputTokensPerMonth: 500 * M });
    const { req } = shortlist(
      "classification of tickets, 5B tokens a month (mostly input, tiny outputs). which model?",
    );
    expect(req.volume).toMatchObject({ inputTokensPerMonth: 4750 * M, outputTokensPerMonth: 250 * M });
  });
});

describe("periods other than a month", () => {
  it("'2k calls a quarter' is a third of 2,000 calls a month", () => {
    const { req, said } = shortlist(
      "summarise earnings call transcripts for our analysts, 2k calls a quarter, 15k tokens each, 800 token summary. which model?",
    );
    expect(req.volume?.inputTokensPerMonth).toBe(10 * M);
    expect(said).toContain("2,000 calls a quarter ÷ 3 months");
  });

  it("'10M/mo' with no unit is 10M tokens a month", () => {
    const { req } = shortlist("rec for RAG over our wiki, 10M/mo, EU only, cheap");
    expect(total(req.volume)).toBe(10 * M);
  });
});
