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
