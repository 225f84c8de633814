// A count of things × tokens per thing: people × things each, the input and output parts named by
// their nouns ("transcript", "summary"), per day/week/month, and a later new count rescaled at the
// thread's tokens per thing. The working is said back so a misread count is visible.
import { describe, expect, it } from "vitest";
import { parseVolume, rescaledCount } from "../../../src/intents/volume.js";
import { parseWhatIf } from "../../../src/intents/what-if-text.js";

const M = 1_000_000;

describe("people × things each × tokens per thing", () => {
  it.each([
    ["5000 users at launch, each generates ~20 listings/mo, a listing is like 400 tokens in 600 out", 40 * M, 60 * M],
    ["800 agents, per agent about 50 chats a day, 1,000 tokens in and 200 out", 1200 * M, 240 * M],
    ["30k customers; each one sends 4 tickets a month of 500 tokens in, 250 out", 60 * M, 30 * M],
    [
      "400 students, 25 lessons each per week, 700 tokens in 300 out",
      (400 * 25 * 30 * 700) / 7,
      (400 * 25 * 30 * 300) / 7,
    ],
    ["each of our 60 analysts runs 40 queries a day, 2k tokens in and 400 out", 144 * M, 28.8 * M],
    ["90k bookings a month, each confirmation email is ~500 tokens and the reply ~100 tokens", 45 * M, 9 * M],
    // Two words may say which people, between the count and its noun.
    [
      "1.2M loyalty app users a month, each user asks 4 questions a month, 600 tokens in and 200 out",
      2880 * M,
      960 * M,
    ],
    ["3,000 head office staff, each asks 10 questions a month, 400 tokens in and 100 out", 12 * M, 3 * M],
  ])("%s", (text, input, output) => {
    const v = parseVolume(text);
    expect(v?.inputTokensPerMonth).toBeCloseTo(input, -1);
    expect(v?.outputTokensPerMonth).toBeCloseTo(output, -1);
    expect(v?.splitAssumed).toBe(false);
  });

  it("says the multiplication back with the nouns used", () => {
    const v = parseVolume(
      "5000 users at launch, each generates ~20 listings/mo, a listing is like 400 tokens in 600 out",
    );
    expect(v?.description).toContain("5,000 users × 20 listings a month");
    expect(v?.description).toContain("100M tokens a month in all");
  });

  it("people named near a count without 'each' are not multiplied in", () => {
    const v = parseVolume("we have 300 agents; 8,000 chats a day in total, 1k tokens in 200 out");
    expect(v?.inputTokensPerMonth).toBe(8000 * 30 * 1000);
  });

  it("a number between the people and the count breaks the link (the count is not per person)", () => {
    const v = parseVolume("5000 users, 3 regions, each runs 20 jobs a month, 400 tokens in 600 out");
    expect(v?.inputTokensPerMonth).not.toBe(5000 * 20 * 400);
  });
});

describe("in/out parts named by their nouns", () => {
  it("a count of anything with a rate is a count ('90k bookings a month'), hours or dollars are not", () => {
    expect(parseVolume("90k bookings a month, 800 tokens in 100 out")?.inputTokensPerMonth).toBe(72 * M);
    expect(parseVolume("support runs 20 hours a day, 800 tokens in 100 out")?.description ?? "").not.toMatch(
      /20 hours/,
    );
    expect(parseVolume("gpus at 90 cents an hour, 30M tokens/mo")?.inputTokensPerMonth).toBe(22.5 * M);
  });

  it("'1,500 tokens transcript, 200 token summary' is 1,500 in and 200 out per call", () => {
    const v = parseVolume("~20M calls/month … avg 1,500 tokens transcript, 200 token summary");
    expect(v).toMatchObject({ inputTokensPerMonth: 30_000 * M, outputTokensPerMonth: 4_000 * M, splitAssumed: false });
  });

  it("a bare amount each beside a named output is the input", () => {
    const v = parseVolume("8k reports/day, ~2k tokens each, json output ~300 tokens");
    expect(v).toMatchObject({ inputTokensPerMonth: 8000 * 30 * 2000, outputTokensPerMonth: 8000 * 30 * 300 });
    expect(v?.description).toContain("× 30 days");
  });

  it("a count of summaries is a count, not an output amount", () => {
    const v = parseVolume("2,000 summaries a day, 3k tokens each");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(2000 * 30 * 3000);
  });

  it("a size word before the count is not a count modifier ('32k context chats')", () => {
    expect(parseVolume("32k context chats, 50M tokens a month")?.description).not.toMatch(/32,000 chats/);
  });
});

describe("a new count at the thread's tokens per thing", () => {
  const thread = parseVolume("~20M calls/month, avg 1,500 tokens transcript, 200 token summary");

  it("'what if we only do 5M calls' keeps 1,500 in and 200 out per call", () => {
    const change = parseWhatIf("what if we only do 5M calls", { volume: thread ?? undefined });
    expect(change.patch.volume).toMatchObject({ inputTokensPerMonth: 7_500 * M, outputTokensPerMonth: 1_000 * M });
    expect(change.missing).toEqual([]);
  });

  it("the thread's period holds when the new count names none", () => {
    const daily = parseVolume("4k reports/day, ~1,800 tokens each, structured output ~250 tokens");
    const v = daily?.perItem ? rescaledCount("and if it's 10k reports instead?", daily.perItem) : null;
    expect(v?.inputTokensPerMonth).toBe(10_000 * 30 * 1800);
  });

  it("a new count with tokens of its own is a whole new volume, not a rescale", () => {
    expect(thread?.perItem && rescaledCount("what if 5M calls of 3k tokens", thread.perItem)).toBeNull();
  });
});
