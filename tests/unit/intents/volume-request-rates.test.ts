// Request rates as engineers size a service ("50 rps", "200 QPS", "a request every 5 seconds",
// "3 rps at peak") are monthly volumes: rate × 86,400 seconds × 30 days × tokens each, and a peak
// rate is divided down to the month's average. The working says the conversion and what was
// assumed, so the team can correct it.
import { describe, expect, it } from "vitest";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const SECONDS_A_MONTH = 86_400 * 30;
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;
};

describe("a rate per second or minute in an engineer's unit", () => {
  it.each([
    ["50 rps, 1k tokens each", 50, 1000],
    ["about 200 QPS of 500 tokens", 200, 500],
    ["1.2k req/s, 800 tokens in and 200 out", 1200, 1000],
    ["we do 7 requests/sec, 2k tokens per request", 7, 2000],
    ["~40 queries/s, each query ~600 tokens", 40, 600],
    ["600 rpm, 1,500 tokens per call", 10, 1500],
  ])("%s", (text, perSecond, tokensEach) => {
    expect(total(text)).toBeCloseTo(perSecond * SECONDS_A_MONTH * tokensEach, -3);
  });

  it("says the conversion to a month", () => {
    expect(parseVolume("50 rps, 1k tokens each")!.description).toMatch(
      /^50 requests a second × 1,000 tokens × 86,400 seconds × 30 days = /,
    );
  });

  it("a speed in tokens per second is no volume, and neither is a unit with no amount", () => {
    expect(parseVolume("we need at least 50 tokens per second when streaming")).toBeNull();
    expect(parseVolume("what is the rps limit on gpt-4o?")).toBeNull();
  });
});

describe("one request every so often", () => {
  it.each([
    ["a request every 5 seconds, 2k tokens each", 1 / 5, 2000],
    ["one call every 10 seconds, 3k tokens per call", 1 / 10, 3000],
    ["a query every second, 500 tokens each", 1, 500],
    ["a new ticket every 2 minutes, ~1k tokens in and 200 out", 1 / 120, 1200],
  ])("%s", (text, perSecond, tokensEach) => {
    expect(total(text)).toBeCloseTo(perSecond * SECONDS_A_MONTH * tokensEach, -3);
  });

  it("'every few seconds' is read as every 3 seconds, and the working says so", () => {
    const v = parseVolume("a request every few seconds, around 2k tokens each")!;
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBeCloseTo((SECONDS_A_MONTH / 3) * 2000, -3);
    expect(v.description).toContain('"every few seconds" read as one every 3 seconds');
  });

  it("every few days or a lot of time is no request rate", () => {
    expect(parseVolume("we retrain a model every few days")).toBeNull();
    expect(total("it takes a lot every 5 seconds")).toBeNull();
  });
});

describe("a rate said as the peak", () => {
  const assumed = SELF_HOST_DEFAULTS.peakToAverage;

  it.each([
    "3 rps at peak, 2k tokens in and 300 out",
    "peak of 3 rps, 2k tokens in and 300 out",
    "at the busiest hour 3 requests per second, 2k tokens in and 300 out",
    "3 requests per second peak, 2k tokens in and 300 out",
  ])("%s: the average is the peak ÷ the peak-to-average the GPUs are sized for, said", (text) => {
    const v = parseVolume(text)!;
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBeCloseTo((3 * SECONDS_A_MONTH * 2300) / assumed, -3);
    expect(v.description).toContain(`÷ ${assumed} (a peak rate: the average assumed at 1/${assumed} of it`);
  });

  it("the short working said back with the shortlist keeps the division", () => {
    const said = parseRequirements("3 rps at peak, 2k tokens in and 300 out").volume?.perItem?.countWords;
    expect(said).toContain(`86,400 seconds × 30 days ÷ ${assumed} (a peak rate`);
  });

  it("a peak-to-average said in the text divides the peak instead, and is kept for sizing", () => {
    const text = "30 qps at peak, peaks are 2x the average, 1k tokens a query. we self-host";
    expect(total(text)).toBeCloseTo((30 * SECONDS_A_MONTH * 1000) / 2, -3);
    expect(parseVolume(text)!.description).toContain("÷ 2 (a peak rate, peaks 2× the average)");
    expect(parseRequirements(text).peakToAverage).toBe(2);
  });

  it("a rate not said as the peak is the average, whatever peaks the text mentions", () => {
    expect(total("12 req/s, 800 tokens per request, peaks are 4x the average at lunch")).toBeCloseTo(
      12 * SECONDS_A_MONTH * 800,
      -3,
    );
  });

  it("steady traffic makes the peak the average", () => {
    expect(total("steady traffic, 10 rps max, 500 tokens each")).toBeCloseTo(10 * SECONDS_A_MONTH * 500, -3);
  });
});
