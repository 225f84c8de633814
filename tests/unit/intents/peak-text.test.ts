// The team's peak load in its own words: a requirement (peak ÷ average) the self-hosting estimate
// sizes its GPUs for, said back with the other requirements.
import { describe, expect, it } from "vitest";
import { peakToAverageIn } from "../../../src/intents/fleet-text.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

describe("peakToAverageIn", () => {
  it.each([
    ["peak is 2x average", 2],
    ["peaks are 10x at launch", 10],
    ["spiky traffic, 5x at lunch", 5],
    ["traffic spikes to 4x on black friday", 4],
    ["usage surges by 3x during month-end close", 3],
    ["we see 6x bursts in the evening", 6],
    ["3 times the average at peak", 3],
    ["peak-to-average ratio of 2.5", 2.5],
    ["steady traffic around the clock", 1],
    ["the night shift sends 4 times the average load at handover", 4],
    ["the evening shift sends 5 times the average load", 5],
  ])("%s → %s", (text, peak) => {
    expect(peakToAverageIn(text)).toBe(peak);
  });

  it.each([
    "we're a 10x engineering team",
    "the model is 5x cheaper than gpt-4o",
    "4x a100 80gb we can use",
    "a 200x speedup would be nice",
  ])("no peak: %s", (text) => {
    expect(peakToAverageIn(text)).toBeUndefined();
  });
});

describe("the peak as a requirement", () => {
  it("is read from a first message beside the volume", () => {
    expect(
      parseRequirements("support chatbot, 50M tokens a month, traffic is spiky: peaks are 10x at lunch. self-hosted"),
    ).toMatchObject({ peakToAverage: 10, volume: { inputTokensPerMonth: 37_500_000 } });
  });
});

// A peak said as a rate beside a monthly count ("Black Friday peak is about 300 requests per
// second" against 20M tickets a month) is the peak ÷ the count's average rate over a 30-day month.
describe("a peak rate beside a monthly count", () => {
  const counts = [2e6, 5e6, 20e6, 80e6];
  const rates: [string, number][] = [
    ["peak is about 300 requests per second", 300],
    ["at peak 40 requests per second", 40],
    ["peaks of 1,200 requests per minute", 20],
    ["120 rps at peak", 120],
  ];
  for (const count of counts)
    for (const [said, perSecond] of rates) {
      const text = `${count / 1e6}M tickets a month, each 1,800 tokens in and 250 out. ${said}.`;
      const ratio = perSecond / (count / (30 * 86_400));
      it(text, () => {
        const got = parseRequirements(text).peakToAverage;
        if (ratio < 1 || ratio > 100) expect(got).toBeUndefined();
        else expect(got).toBeCloseTo(ratio, ratio >= 10 ? -0.3 : 1);
      });
    }

  it("a volume read from the peak rate itself keeps the peak-to-average it was divided by", () => {
    expect(parseRequirements("50 requests per second at peak, 1k tokens in and 200 out each").peakToAverage).toBe(
      undefined,
    );
  });

  it("an average rate beside the count says nothing about the peak", () => {
    expect(parseRequirements("3M chats a month of 1k tokens each, 10 requests per second").peakToAverage).toBe(
      undefined,
    );
  });
});
