// Volumes of the sixth tryout round's teams said as rates of work (per shift, per working day),
// shares of a population and parts of each thing, through the whole advisor: the volume said back
// is the one the team stated, with its assumptions, and the costs are worked out at it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { totalTokens as total } from "../flows/recommend-helpers.js";
import { shortlistWithWorkedCosts } from "./cost-working-checks.js";
import { BROADCASTER, NAGOYA_MAKER } from "./seventh-round-teams.js";
import { CRYPTO, PHARMACY, AIRLINE, BANK_BR, CALL_CENTRE, CONSULTING } from "./sixth-round-teams.js";

const catalog = readCatalog();
const WORKING_DAYS = (30 * 5) / 7;
const WEEKS = 30 / 7;
const M = 1_000_000;

const shortlist = (text: string) => shortlistWithWorkedCosts(catalog, text);

describe("rates of work", () => {
  it("consulting firm: 2,000 consultants × 10 uses a working day × (2.5K in + 600 out), the working days said", () => {
    const { req, said, rows } = shortlist(CONSULTING);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(2000 * 10 * WORKING_DAYS * 2500, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2000 * 10 * WORKING_DAYS * 600, -4);
    expect(req.monthlyActiveUsers).toBe(2000);
    expect(said).toContain("2,000 consultants × 10 uses a working day");
    expect(said).toMatch(/21\.4 working days/);
    // At 1.3B tokens a month no pick costs cents (it was 3.1K tokens a month, GPT-5 Pro at $0.109).
    for (const r of rows.slice(0, 3)) expect(r.monthlyCostUsd ?? 0).toBeGreaterThan(100);
    expect(total(req.volume)).toBeGreaterThan(1e9);
  });
});

describe("parts of each thing and the sides of a request", () => {
  it("bank: 3.5M conversations × 6 turns × (250 in + 120 out) is 5.25B in + 2.52B out, the turns said", () => {
    const { req, said } = shortlist(BANK_BR);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(5250 * M, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2520 * M, -4);
    expect(said).toContain("3.5M conversations a month (6 turns each)");
  });

  it("airline: 900 flights a day × (1.5K in + the 400-token summary) is 40.5M in + 10.8M out", () => {
    const { req } = shortlist(AIRLINE);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(40.5 * M, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(10.8 * M, -4);
    expect(req.volume?.splitAssumed).toBe(false);
  });

  it("crypto exchange: it reads the ~4k-token summary and writes the ~500-token rationale, 50k alerts a week", () => {
    const { req } = shortlist(CRYPTO);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(50_000 * WEEKS * 4000, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(50_000 * WEEKS * 500, -4);
  });

  it("call centre: 1,200 agents × 60 calls a shift × 4 model calls × (1.2K in + 150 out), the shifts assumed said", () => {
    const { req, said } = shortlist(CALL_CENTRE);
    const modelCalls = 1200 * 60 * WORKING_DAYS * 4;
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(modelCalls * 1200, -5);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(modelCalls * 150, -5);
    expect(said).toContain("4 model calls each");
    expect(said).toMatch(/one shift each working day assumed/);
  });
});

describe("the peak said as a requirement", () => {
  const ask = (peak: string) =>
    shortlist(`support chatbot, 500M tokens a month${peak}. we self-host on rented GPUs. which model?`);

  it("'peaks are 10x at launch' is said back and the self-hosted picks are sized for it", () => {
    const { req, said, rows } = ask(", peaks are 10x at launch");
    expect(req.peakToAverage).toBe(10);
    expect(said).toContain("peaks 10× the average");
    const selfHosted = rows.slice(0, 3).filter((r) => r.costBasis === "self-host");
    expect(selfHosted.length).toBeGreaterThan(0);
    expect(said).toMatch(/for a 10× peak/);
    // The same team with no peak said is sized for the default peak, never for more GPUs.
    const flat = ask("");
    for (const r of selfHosted) {
      const without = flat.rows.find((x) => x.id === r.id);
      if (typeof without?.monthlyCostUsd === "number" && typeof r.monthlyCostUsd === "number")
        expect(r.monthlyCostUsd).toBeGreaterThanOrEqual(without.monthlyCostUsd);
    }
  });
});

describe("shares of a population and context sent with each request (sixth round, words3 todos)", () => {
  it("pharmacy: 6k pharmacists × 15 questions a shift × 5 shifts a week × (300 + 3K retrieved context in, 350 out)", () => {
    const { req, said } = shortlist(PHARMACY);
    const questions = 6000 * 15 * 5 * WEEKS;
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(questions * 3300, -5);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(questions * 350, -5);
    expect(said).toContain("3.65K tokens each, input 300 + 3,000 retrieved context");
  });

  it("agritech: a quarter of 200k farmers × 2.5 questions × (80 in + 150 out), and 50k monthly users", () => {
    const { req, said } = shortlist(
      "agritech startup in Kenya. 200k farmers on the platform, maybe a quarter ask something each month, usually 2 or 3 questions, short msgs ~80 tokens in, 150 out. english and swahili. cheapest thing that works, api is fine. which model?",
    );
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(50_000 * 2.5 * 80, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(50_000 * 2.5 * 150, -4);
    expect(req.monthlyActiveUsers).toBe(50_000);
    expect(said).toContain("50,000 farmers (25% of 200k) × 2.5 questions a month");
  });
});

describe("counts named by their people or their kind (seventh round, words8 todos)", () => {
  it("Nagoya maker: 300 technicians × 20 questions per technician per working day × (4K retrieved context in + 400 out)", () => {
    const { req, said } = shortlist(NAGOYA_MAKER);
    const questions = 300 * 20 * WORKING_DAYS;
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(questions * 4000, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(questions * 400, -4);
    expect(said).toContain("300 technicians × 20 questions a working day");
  });

  it("broadcaster: 2,500 programme hours × (9K in + 'about the same out')", () => {
    const { req, said } = shortlist(BROADCASTER);
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(2500 * 9000, -3);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2500 * 9000, -3);
    expect(said).toContain("2,500 programme hours a month");
  });
});
