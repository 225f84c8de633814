// Volumes said with a share of a population ("a quarter of our 200k farmers use it weekly", "10% of
// 2M users daily"), a range ("2 or 3 questions"), or context sent with each request ("~300 tokens
// with the retrieved context ~3k"). Each is read as the team stated it, and the working shows the
// share, the range's middle and the parts of the input, so the team can correct a wrong reading.
import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { rangesAtMiddle } from "../../../src/intents/number-ranges.js";
import { sharesSpelledOut } from "../../../src/intents/share-words.js";

const WEEKS = 30 / 7;
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;
};

describe("a share of the people who use it", () => {
  it.each([
    [
      "a quarter of our 200k farmers use it weekly, 2 questions each, ~80 tokens in, 150 out",
      50_000 * 2 * WEEKS * 230,
      50_000,
    ],
    ["10% of 2M users daily, 3 messages each of 500 tokens", 200_000 * 3 * 30 * 500, 200_000],
    [
      "half of our 40k employees will use it, ~10 questions a week each, 1k tokens in and 300 out",
      20_000 * 10 * WEEKS * 1300,
      20_000,
    ],
    [
      "one in ten of our 500k subscribers uses the assistant monthly, 4 chats each, 2k tokens per chat",
      50_000 * 4 * 2000,
      50_000,
    ],
    [
      "200k farmers on the platform, maybe a quarter ask something each month, usually 2 questions, ~80 tokens in, 150 out",
      50_000 * 2 * 230,
      50_000,
    ],
    ["180k students, maybe 60% use it monthly, 5 questions each, 300 tokens in 200 out", 108_000 * 5 * 500, 108_000],
  ])("%s", (text, tokens, users) => {
    expect(total(text)).toBeCloseTo(tokens, -3);
    expect(parseMonthlyUsers(text)).toBe(users);
  });

  it("the working says the share and the people by their own noun", () => {
    expect(
      parseVolume("a quarter of our 200k farmers use it weekly, 2 questions each, ~80 tokens in, 150 out")!.description,
    ).toMatch(/^50,000 farmers \(25% of 200k\) × 2 questions a week × /);
  });

  it("how often they use it is the count's rate only when the count has none of its own", () => {
    expect(total("10% of 2M users daily, 3 messages a week each, 500 tokens each")).toBeCloseTo(
      200_000 * 3 * WEEKS * 500,
      -3,
    );
  });

  it("a fraction that is no share of people is left alone", () => {
    for (const text of ["half the price please", "half of it is input", "a quarter of the budget goes to gpus"])
      expect(sharesSpelledOut(text)).toBe(text);
  });
});

describe("a range of one amount is counted at its middle", () => {
  it.each([
    ["usually 2 or 3 questions", "usually 2.5 questions"],
    ["2-3 turns of 5 to 10k tokens", "2.5 turns of 7.5k tokens"],
    ["300–500 tokens", "400 tokens"],
    ["20-30% use it", "25% use it"],
    // Written in groups of three.
    ["the transcript (usually 1,500-2,000 tokens)", "the transcript (usually 1750 tokens)"],
    ["2,000 to 3,000 tokens in", "2500 tokens in"],
  ])("%s", (text, read) => {
    expect(rangesAtMiddle(text)).toBe(read);
  });

  it("dates, versions, times of day and far-apart numbers are no range", () => {
    for (const text of ["gpt-4-32k", "on 2026-12-05", "9-5 shifts", "1 to 100 users", "v1-2"])
      expect(rangesAtMiddle(text)).toBe(text);
  });

  it("a range in groups of three is a volume's middle too: 600 visits × 30 × (1,750 + 400)", () => {
    const text =
      "about 600 visits a day. we turn the transcript (usually 1,500-2,000 tokens) into a note of ~400 tokens.";
    expect(total(text)).toBe(600 * 30 * (1750 + 400));
  });

  it("the users and the volume are counted at the same middle", () => {
    const text = "support bot for 3-5k users, 2 or 3 chats a day each, 1.5k tokens per chat";
    expect(parseMonthlyUsers(text)).toBe(4000);
    expect(total(text)).toBeCloseTo(4000 * 2.5 * 30 * 1500, -3);
    expect(parseVolume(text)!.description).toContain("2.5 chats a day");
  });
});

describe("context sent with each request is input", () => {
  it.each([
    [
      "10k questions a day, ~200 tokens of question plus ~2k of retrieved context, answers ~300 tokens",
      10_000,
      2200,
      300,
    ],
    ["5k queries a day, prompt 500 tokens + 4k tokens of retrieved chunks, output 250", 5_000, 4500, 250],
    ["2k chats a day, 400 tokens in plus a 1.5k system prompt, 200 out", 2_000, 1900, 200],
    ["1k questions a day, ~300 tokens with the retrieved context ~3k, answers ~350 tokens", 1_000, 3300, 350],
  ])("%s", (text, requests, inputEach, outputEach) => {
    const v = parseVolume(text)!;
    expect(v.inputTokensPerMonth).toBeCloseTo(requests * 30 * inputEach, -3);
    expect(v.outputTokensPerMonth).toBeCloseTo(requests * 30 * outputEach, -3);
  });

  it("the working names both parts of the input", () => {
    expect(
      parseVolume("1k questions a day, ~300 tokens with the retrieved context ~3k, answers ~350 tokens")!.description,
    ).toContain("3,300 input (300 + 3,000 retrieved context)");
  });

  it("a context window, or context with no request it is added to, adds nothing", () => {
    expect(total("2k questions a day, 500 tokens in, 200 out, we need a 128k context")).toBeCloseTo(
      2000 * 30 * 700,
      -3,
    );
    expect(total("10k questions a day, 300 tokens in and 300 out, retrieval over 5k pages")).toBeCloseTo(
      10_000 * 30 * 600,
      -3,
    );
  });
});
