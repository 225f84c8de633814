// A thing made of parts with the tokens said per part, before or after the amount ("each turn
// ~250 tokens in", "call the model 4 times per call … ~150 tokens each time"); the output named by
// its noun through a hedge ("the summary is maybe 400 tokens"); and the two sides of a request said
// by their verbs ("read … (~4k tokens) and write … (~500 tokens)"), whatever the nouns.
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const sides = (text: string) => {
  const v = parseVolume(text);
  return v ? [v.inputTokensPerMonth, v.outputTokensPerMonth] : null;
};

describe("parts of each thing", () => {
  it.each([
    [
      "3.5M conversations a month, avg 6 turns, each turn ~250 tokens in and ~120 out",
      3.5e6 * 6 * 250,
      3.5e6 * 6 * 120,
    ],
    ["80k sessions a month, about 4 rounds each, per round: 500 tokens in and 100 out", 80e3 * 4 * 500, 80e3 * 4 * 100],
    [
      "20k tickets a month; we call the model about 3 times per ticket, 1k tokens in and 200 out each time",
      20e3 * 3 * 1000,
      20e3 * 3 * 200,
    ],
  ])("%s", (text, input, output) => {
    expect(sides(text)).toEqual([input, output]);
  });

  it("model calls per thing are said back as such", () => {
    expect(
      parseVolume("20k tickets a month; we call the model about 3 times per ticket, 1k tokens in and 200 out each time")
        ?.description,
    ).toContain("20,000 tickets a month × 3 model calls each");
  });

  it("tokens said per thing are not multiplied by its parts", () => {
    expect(sides("3.5M conversations a month, avg 6 turns, ~1,500 tokens in and 400 out per conversation")).toEqual([
      3.5e6 * 1500,
      3.5e6 * 400,
    ]);
  });
});

describe("the output named by its noun through a hedge", () => {
  it.each([
    ["900 flights a day; per flight roughly 1,500 tokens of log text, and the summary is maybe 400 tokens", 1500, 400],
    ["12k calls a month, transcripts ~5k tokens, the note is probably 600 tokens", 5000, 600],
    ["2k reports a week, 8k tokens each, answers typically 300 tokens", 8000, 300],
  ])("%s", (text, input, output) => {
    const v = parseVolume(text)!;
    expect(v.inputTokensPerMonth / v.outputTokensPerMonth).toBeCloseTo(input / output, 5);
    expect(v.splitAssumed).toBe(false);
  });
});

describe("input and output said by their verbs", () => {
  it.each([
    [
      "read the alert + wallet history summary (~4k tokens) and write a disposition rationale (~500 tokens). Roughly 50k alerts a week",
      4000,
      500,
    ],
    [
      "it reads the customer's case notes (~3k tokens) and writes a decision letter (~250 tokens). 5k cases a day",
      3000,
      250,
    ],
    [
      "10k contracts a month: the model reads each contract (~20k tokens) and drafts a risk memo (~800 tokens)",
      20_000,
      800,
    ],
  ])("%s", (text, input, output) => {
    const v = parseVolume(text)!;
    expect(v.inputTokensPerMonth / v.outputTokensPerMonth).toBeCloseTo(input / output, 5);
  });

  it("a message with one verb and no other side keeps the usual reading", () => {
    const v = parseVolume("we write about 2k posts a month, ~600 tokens each")!;
    expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBe(2000 * 600);
    expect(v.splitAssumed).toBe(true);
  });
});
