import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_SHARE } from "../../../src/costs/volume.js";
import { parseVolume } from "../../../src/intents/volume.js";

const M = 1_000_000;

describe("parseVolume: stated input and output", () => {
  it.each([
    ["10M input and 2M output tokens a month", 10 * M, 2 * M],
    ["10M input / 2M output tokens per month", 10 * M, 2 * M],
    ["input 10M, output 2M tokens per month", 10 * M, 2 * M],
    ["10 million input tokens and 2 million output tokens monthly", 10 * M, 2 * M],
    ["we send 40M prompt tokens and get 8M completion tokens a month", 40 * M, 8 * M],
    ["1M input and 250k output tokens a day", 30 * M, 7.5 * M],
  ])("%s", (text, input, output) => {
    const v = parseVolume(text);
    expect(v).not.toBeNull();
    expect(v?.inputTokensPerMonth).toBeCloseTo(input, 0);
    expect(v?.outputTokensPerMonth).toBeCloseTo(output, 0);
    expect(v?.splitAssumed).toBe(false);
  });
});

describe("parseVolume: a rate belongs to its own sentence", () => {
  it.each(["budget maybe $15k/mo", "we pay $2/h for GPUs", "about 300 users a day"])(
    "a monthly total with a request's in/out keeps its volume when the next sentence has a rate (%s)",
    (next) => {
      const v = parseVolume(
        `like 4B tokens a month, mostly tiny messages ~40 tokens in, 5 tokens out. ${next}. thoughts?`,
      );
      expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBeCloseTo(4e9, -3);
      expect(v?.splitAssumed).toBe(false);
    },
  );
  it("a rate after a decimal point in the same sentence still counts ('1.5M tokens in a month')", () => {
    const v = parseVolume("1.5M tokens in and 0.5M out per month");
    expect(v).toMatchObject({ inputTokensPerMonth: 1.5 * M, outputTokensPerMonth: 0.5 * M });
  });
});

describe("parseVolume: use cases are applications, not items", () => {
  it.each([
    [
      "Two use cases: (1) a coding assistant, (2) extracting fields from KYC documents. Around 200M tokens/month total.",
      200 * M,
    ],
    ["we have 3 use cases in mind; 50M tokens a month", 50 * M],
  ])("%s", (text, monthly) => {
    const v = parseVolume(text);
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(monthly);
    expect(v?.perItem).toBeUndefined();
  });
  it("support cases are still counted items", () => {
    expect(parseVolume("40k support cases a month, 2k tokens each")?.perItem?.noun).toBe("cases");
  });
});

describe("parseVolume: requests x tokens", () => {
  it("2,000 requests a day, 1,500 tokens in and 300 out (x 30 days)", () => {
    const v = parseVolume("2,000 requests a day, 1,500 tokens in and 300 out");
    expect(v).toMatchObject({
      inputTokensPerMonth: 90 * M,
      outputTokensPerMonth: 18 * M,
      splitAssumed: false,
      cachedInputTokensPerMonth: 0,
    });
    expect(v?.description).toContain("30 days");
    expect(v?.description).toContain("2,000 requests a day");
  });
  it.each(["on claude haiku 4.5", "for gpt-4o", "with mistral large 3", "using llama 3.3 70b", "via bedrock"])(
    "an output amount followed by what it runs on is still the output ('… 300 out %s')",
    (tail) => {
      const v = parseVolume(`2,000 requests a day, 1,500 tokens in and 300 out ${tail}`);
      expect(v).toMatchObject({ inputTokensPerMonth: 90 * M, outputTokensPerMonth: 18 * M, splitAssumed: false });
    },
  );
  it("'out' that is no amount's output stays a word ('roll 3 out for testing')", () => {
    const v = parseVolume("we roll 3 out for testing, 50M tokens a month");
    expect(v).toMatchObject({ inputTokensPerMonth: 37.5 * M, outputTokensPerMonth: 12.5 * M, splitAssumed: true });
  });
  it("tokens per request stated before the requests", () => {
    const v = parseVolume("1500 input and 300 output tokens per request, 2000 requests per day");
    expect(v).toMatchObject({ inputTokensPerMonth: 90 * M, outputTokensPerMonth: 18 * M });
  });
  it("a total per request uses the default split", () => {
    const v = parseVolume("2k requests a day of 1,500 tokens");
    expect(v?.inputTokensPerMonth).toBeCloseTo(2000 * 30 * 1500 * DEFAULT_INPUT_SHARE, 0);
    expect(v?.splitAssumed).toBe(true);
  });
  it("requests a month need no day conversion", () => {
    const v = parseVolume("50,000 chats per month with about 800 tokens each");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(40 * M);
  });
  it("requests per hour", () => {
    const v = parseVolume("100 calls an hour, 1000 tokens in and 200 out");
    expect(v).toMatchObject({ inputTokensPerMonth: 100 * 720 * 1000, outputTokensPerMonth: 100 * 720 * 200 });
  });
});

describe("parseVolume: totals with the default split", () => {
  it.each([
    ["5 million tokens per month", 5 * M],
    ["1.5B tokens/month", 1500 * M],
    ["20M tokens", 20 * M],
    ["10M tokens a month", 10 * M],
    ["a billion tokens a month", 1000 * M],
    ["500k tokens per day", 15 * M],
    ["half a million tokens a day", 15 * M],
    ["about 3,000,000 tokens monthly", 3 * M],
    ["100M tokens a week", (100 * M * 30) / 7],
    ["compare gpt4o and llama 3.1 70b at 10M tokens a month", 10 * M],
  ])("%s", (text, total) => {
    const v = parseVolume(text);
    expect(v).not.toBeNull();
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBeCloseTo(total, -1);
    expect(v?.inputTokensPerMonth).toBeCloseTo(total * DEFAULT_INPUT_SHARE, -1);
    expect(v?.splitAssumed).toBe(true);
    expect(v?.description).toMatch(/by default/);
  });
  it("says when the period was assumed", () => {
    expect(parseVolume("20M tokens")?.description).toContain("per month assumed");
    expect(parseVolume("20M tokens a month")?.description).not.toContain("assumed");
  });
  it("says how a daily figure became monthly", () => {
    expect(parseVolume("500k tokens per day")?.description).toContain("× 30 days");
  });
});

describe("parseVolume: cached input", () => {
  it("a share of the input", () => {
    const v = parseVolume("10M input and 2M output tokens a month, 50% cached");
    expect(v?.cachedInputTokensPerMonth).toBe(5 * M);
    expect(v?.description).toContain("cached");
  });
  it("an amount", () => {
    const v = parseVolume("40M input, 30M cached input and 5M output tokens monthly");
    expect(v).toMatchObject({
      inputTokensPerMonth: 40 * M,
      outputTokensPerMonth: 5 * M,
      cachedInputTokensPerMonth: 30 * M,
    });
  });
  it("never more than the input", () => {
    const v = parseVolume("10M input and 2M output tokens a month with 30M cached input");
    expect(v?.cachedInputTokensPerMonth).toBe(10 * M);
  });
  it("a cache hit rate", () => {
    expect(parseVolume("20M tokens a month with a cache hit rate of 40%")?.cachedInputTokensPerMonth).toBe(6 * M);
  });
});

describe("parseVolume: not volumes", () => {
  it.each([
    "800M monthly users",
    "1B MAU",
    "under $500 a month",
    "what is the price of gpt-4o per 1M tokens",
    "how much per million tokens is claude",
    "$3 per 1M input tokens",
    "we need 128k context",
    "8k tokens",
    "128k tokens of context",
    "3 out of 4 requests",
    "llama 3.1 70b",
    "help me choose",
    "",
    "   ",
    "🚀🚀",
    "assume H100 at $2.10/h",
  ])("%j", (text) => {
    expect(parseVolume(text)).toBeNull();
  });
  it("never throws on hostile input", () => {
    for (const text of [
      "9".repeat(10_000),
      "tokens ".repeat(2000),
      "\u0000\u0001 10M tokens",
      "1e309 tokens",
      "10M".repeat(3000),
    ]) {
      expect(() => parseVolume(text)).not.toThrow();
    }
  });
  it("control characters do not stop a real volume", () => {
    expect(parseVolume("10M\u0000 tokens\u0007 a month")?.inputTokensPerMonth).toBe(7.5 * M);
  });
});

describe("parseVolume: more ways of saying it", () => {
  it.each([
    ["2k requests/day at ~1.5k tokens in, 300 out", 90 * M, 18 * M],
    ["each request is 1500 input + 300 output tokens, 2k requests per day", 90 * M, 18 * M],
    ["10k calls a day averaging 2k input tokens and 500 output tokens", 600 * M, 150 * M],
    ["roughly 100 million input tokens and 20 million output tokens per month", 100 * M, 20 * M],
    ["2M in / 500k out per month", 2 * M, 0.5 * M],
    ["200k tokens/day input, 50k/day output", 6 * M, 1.5 * M],
    ["input: 10M/month, output: 2M/month", 10 * M, 2 * M],
  ])("%s", (text, input, output) => {
    const v = parseVolume(text);
    expect(v?.inputTokensPerMonth).toBeCloseTo(input, 0);
    expect(v?.outputTokensPerMonth).toBeCloseTo(output, 0);
  });
  it("users x requests each x tokens", () => {
    const v = parseVolume("1,000 users each sending 20 messages a day of 1k tokens");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(1000 * 20 * 30 * 1000);
    expect(v?.description).toContain("1,000 users");
  });
  it("'2 out of 3 users' is not a volume", () => {
    expect(parseVolume("2 out of 3 users")).toBeNull();
  });
});

describe("parseVolume: things counted a period × tokens each, people × tokens each", () => {
  const total = (text: string) => {
    const v = parseVolume(text);
    return v === null ? null : v.inputTokensPerMonth + v.outputTokensPerMonth;
  };
  it.each([
    ["10k PRs a month, each diff ~6k tokens", 60 * M],
    ["3M msgs/mo avg 60 tokens", 180 * M],
    ["2,000 contracts a month, up to 120k tokens each", 240 * M],
    ["800 invoices a day at 1.5k tokens", 36 * M],
    ["250 engineers, each burns ~2M tokens a month", 500 * M],
    ["15k MAU, each user ~40k tokens/mo", 600 * M],
    ["40k MAU each send ~25k tokens a month", 1000 * M],
  ])("%j", (text, expected) => {
    expect(total(text)).toBeCloseTo(expected, -1);
  });
  it.each([
    ["50M tokens per month in our cloud", 50 * M],
    ["support tickets in 5 languages, 35 million tokens/month", 35 * M],
  ])("'in' as an ordinary word is not input: %j", (text, expected) => {
    expect(total(text)).toBeCloseTo(expected, -1);
    expect(parseVolume(text)?.splitAssumed).toBe(true);
  });
});

describe("parseVolume: a request's size or a version is not a monthly volume", () => {
  it.each([
    "cost per request of gpt-5 for a 4k-token prompt and 1k output",
    "claude sonnet 4.6 input and output pricing",
    "what about with 300k-token contracts?",
    "we need 1M token contexts",
  ])("%j", (text) => {
    expect(parseVolume(text)).toBeNull();
  });
});

describe("parseVolume: several token amounts in one message", () => {
  // The size of one document or request and the monthly volume, in either order: each is read as
  // what its own unit phrase says, so the volume is not lost behind a size.
  it.each([
    ["Contracts are up to 60k tokens each, mostly German. About 40M tokens a month.", 40 * M],
    ["our briefs run to 30k tokens apiece. all in, roughly 25M tokens a month", 25 * M],
    ["manuals up to 120k tokens long, maybe 300M tokens per month in total", 300 * M],
    ["each thread is ~4k tokens; we expect 2B tokens monthly overall", 2000 * M],
    ["400M tokens a month, documents up to 50k tokens long", 400 * M],
  ])("%s", (text, total) => {
    const v = parseVolume(text);
    expect(v).not.toBeNull();
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(total, -2);
    expect(v!.splitAssumed).toBe(true);
  });

  it("a size alone stays no volume", () => {
    expect(parseVolume("Contracts are up to 60k tokens each, mostly German.")).toBeNull();
  });
});

describe("parseVolume: a monthly total and the in/out of one request", () => {
  // The total is the volume; the request's own in/out amounts (no rate of their own) give its split.
  it.each([
    ["About 3B tokens a month, mostly short prompts: 800 tokens in and 150 out per line.", 3000 * M, 800, 150],
    ["around 500M tokens per month; a typical call is 2k tokens in, 500 out", 500 * M, 2000, 500],
    ["~1.2B tok/mo. each request: 3,000 input, 400 output", 1200 * M, 3000, 400],
    ["prompts avg 600 tokens in / 200 out, 1bn tokens monthly", 1000 * M, 600, 200],
    ["20M tokens a day, requests of 1,000 input and 1,000 output tokens", 600 * M, 1000, 1000],
  ])("%s", (text, total, inPer, outPer) => {
    const v = parseVolume(text);
    expect(v).not.toBeNull();
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(total, -2);
    expect(v!.inputTokensPerMonth / (v!.inputTokensPerMonth + v!.outputTokensPerMonth)).toBeCloseTo(
      inPer / (inPer + outPer),
      4,
    );
    expect(v!.splitAssumed).toBe(false);
    expect(v!.description).toMatch(/split \d+% input .* as in one request/);
  });

  it("monthly in/out amounts with their own rate are the split as stated", () => {
    const v = parseVolume("50M tokens total: 40M input and 10M output tokens a month");
    expect(v).toMatchObject({ inputTokensPerMonth: 40 * M, outputTokensPerMonth: 10 * M, splitAssumed: false });
  });
});

describe("parseVolume: 'monthly' before another noun is not a rate", () => {
  it.each([
    "what if we had 900M monthly users?",
    "2M daily active users",
    "we have 5M monthly actives",
    "a 20k monthly budget",
    "3B weekly players",
  ])("%s", (text) => {
    expect(parseVolume(text)).toBeNull();
  });

  it.each([
    ["50M tokens monthly", 50 * M],
    ["2M tokens daily, mostly chat", 60 * M],
    ["input 10M monthly, output 2M monthly", 12 * M],
  ])("%s is still a volume", (text, total) => {
    const v = parseVolume(text);
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(total, -2);
  });
});
