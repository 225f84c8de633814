// Volumes said as a chain of counts: people × the share of them who use it × things each ×
// tokens per thing, and a thing made of parts (turns of a call, messages of a conversation) with
// the tokens said per part. Every link is multiplied and said back; a collection the model
// searches ("RAG over ~5k pages") is no count of things sent a month.
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

const M = 1_000_000;
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;
};

describe("people × the share who use it × things each × tokens per thing", () => {
  it.each([
    [
      "K-12 district: ~180k students, maybe 60% use it monthly, ~25 messages each a month, ~600 tokens per message. budget $5k/month",
      108_000 * 25 * 600,
      108_000,
    ],
    [
      "telco, 20M subscribers, maybe 5% of subs use it monthly, ~8 messages each, ~700 tokens per message",
      1 * M * 8 * 700,
      1 * M,
    ],
    [
      "400k members, about 10% of them are active, 12 questions each a month, 500 tokens per question",
      40_000 * 12 * 500,
      40_000,
    ],
    ["2M customers, 25 percent use the app, 4 chats each a month, 1k tokens per chat", 500_000 * 4 * 1000, 500_000],
  ])("%s", (text, tokens, users) => {
    expect(total(text)).toBeCloseTo(tokens, -2);
    expect(parseMonthlyUsers(text)).toBeCloseTo(users, 0);
  });

  it("says the share back in the working", () => {
    expect(
      parseVolume("~180k students, maybe 60% use it monthly, ~25 messages each a month, ~600 tokens per message")
        ?.description,
    ).toContain("108k students (60% of 180k) × 25 messages a month");
  });

  it("a share of the tokens (cached, input) is no share of the people", () => {
    expect(parseMonthlyUsers("50k users, 60% of input is cached, 10 chats each a month, 2k tokens per chat")).toBe(
      50_000,
    );
  });
});

describe("people a month × things per session", () => {
  it("'4M customers message us per month, avg 6 messages per conversation' is one conversation each", () => {
    const text = "4M customers message us per month, avg 6 messages per conversation, ~400 tokens per message";
    expect(total(text)).toBeCloseTo(4 * M * 6 * 400, -2);
    expect(parseVolume(text)?.description).toMatch(/one conversation each a month assumed/);
    expect(parseMonthlyUsers(text)).toBe(4 * M);
  });
});

describe("things made of turns, with the tokens said per turn", () => {
  it.each([
    ["voice bot: 2M calls a month, each call ~10 turns, ~150 tokens in and 60 out per turn", 2 * M * 10 * 210],
    ["~1.5M conversations/year, avg 6 turns, ~1,500 tokens per turn", (1.5 * M * 6 * 1500) / 12],
    ["50k chats a day, about 8 messages per chat, 300 tokens per message", 50_000 * 30 * 8 * 300],
    ["10k sessions a week with ~12 exchanges each, 400 tokens per exchange", (10_000 * 30 * 12 * 400) / 7],
  ])("%s", (text, tokens) => {
    expect(total(text)).toBeCloseTo(tokens, -2);
  });

  it("says the turns back and keeps the split said per turn", () => {
    const v = parseVolume("2M calls a month, each call ~10 turns, ~150 tokens in and 60 out per turn");
    expect(v?.description).toContain("2M calls a month × 10 turns each");
    expect(v?.inputTokensPerMonth).toBe(3000 * M);
    expect(v?.outputTokensPerMonth).toBe(1200 * M);
    // A new count of calls later rescales at the tokens of a whole call.
    expect(v?.perItem).toMatchObject({ noun: "calls", inputTokens: 1500, outputTokens: 600 });
  });

  it("tokens said per call are not multiplied by its turns", () => {
    expect(total("2M calls a month, ~10 turns each, ~2k tokens per call")).toBeCloseTo(2 * M * 2000, -2);
  });
});

describe("a collection searched is not a monthly count", () => {
  it.each([
    [
      "RAG over ~5k pages of regulations, ~1.5M conversations/year, avg 6 turns, ~1,500 tokens per turn",
      (1.5 * M * 6 * 1500) / 12,
    ],
    ["search across 20k documents, 30k questions a month, 2k tokens each", 30_000 * 2000],
  ])("%s", (text, tokens) => {
    expect(total(text)).toBeCloseTo(tokens, -2);
  });
});
