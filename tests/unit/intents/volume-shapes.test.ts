// What each item sends and gets back, as teams describe it rather than in tokens: an output that
// is a single label or a few sentences, an output as long as the input, prompts and outputs in
// the plural, "mostly input", hours of audio or programmes counted as items, a period said before
// the count ("every day we ingest …"), a quarter, and a bare "10M/mo".
import { describe, expect, it } from "vitest";
import { parseVolume } from "../../../src/intents/volume.js";

const M = 1_000_000;
const inOut = (text: string) => {
  const v = parseVolume(text);
  return v ? [v.inputTokensPerMonth, v.outputTokensPerMonth] : null;
};

describe("an output said by its shape", () => {
  it("'output is a single label' is one token", () => {
    const [input, output] = inOut("about 2B messages a day, ~60 tokens each, output is a single label")!;
    expect(input).toBeCloseTo(2000 * M * 30 * 60, -6);
    expect(output).toBeCloseTo(2000 * M * 30, -6);
    expect(parseVolume("about 2B messages a day, ~60 tokens each, output is a single label")?.description).toMatch(
      /a single label/,
    );
  });

  it("'a 3-sentence summary of each' is about 25 tokens a sentence", () => {
    const [input, output] = inOut("40k articles a month, 1,200 tokens each, we need a 3-sentence summary of each")!;
    expect(input).toBe(40_000 * 1200);
    expect(output).toBe(40_000 * 75);
  });

  it("'relevance label + 2 sentence reason' adds the label to the sentences", () => {
    const [, output] = inOut("100k documents a month, ~3k tokens each, output: relevance label + 2 sentence reason")!;
    expect(output).toBe(100_000 * 51);
  });

  it("'the output is roughly the same length' is as long as the input", () => {
    const [input, output] = inOut(
      "~600 hours of programmes a month. One hour of programme is about 9k tokens of subtitles and the output is roughly the same length.",
    )!;
    expect(input).toBe(600 * 9000);
    expect(output).toBe(600 * 9000);
  });

  it("'prompts ~250 tokens, outputs ~10 tokens' sets each side", () => {
    expect(inOut("50M requests a month, prompts ~250 tokens, outputs ~10 tokens")).toEqual([12_500 * M, 500 * M]);
  });

  it("'(mostly input, tiny outputs)' sets an input-heavy split and says it was assumed from the words", () => {
    const v = parseVolume("classification of tickets, 5B tokens a month (mostly input, tiny outputs)");
    expect(v?.inputTokensPerMonth).toBe(4750 * M);
    expect(v?.outputTokensPerMonth).toBe(250 * M);
    expect(v?.description).toMatch(/mostly input/);
  });
});

describe("items with their output named in brackets", () => {
  it("'(~20k tokens each) into english memos (~1k tokens)' is 20K in + 1K out", () => {
    expect(
      inOut(
        "summarise japanese court decisions (~20k tokens each) into english memos (~1k tokens). about 2,000 decisions a month",
      ),
    ).toEqual([40 * M, 2 * M]);
  });
});

describe("hours of audio or programmes are items", () => {
  it("'~10,000 hours of transcribed audio a month (~9k tokens per hour of speech), summary ~500 tokens' is 90M in + 5M out", () => {
    expect(
      inOut(
        "~10,000 hours of transcribed audio a month (~9k tokens per hour of speech), summary ~500 tokens per episode hour",
      ),
    ).toEqual([90 * M, 5 * M]);
  });
  it("GPU hours are no items", () => {
    expect(parseVolume("we rent 600 hours of gpu time a month")).toBeNull();
  });
});

describe("periods", () => {
  it("'every day we ingest ~40k news articles (avg 900 words) … a 3-sentence summary of each' is per day", () => {
    const [input, output] = inOut(
      "Every day we ingest ~40k news articles (avg 900 words) in 8 EU languages and need a 3-sentence English summary of each.",
    )!;
    expect(input).toBe(40_000 * 30 * 1200);
    expect(output).toBe(40_000 * 30 * 75);
  });

  it("'2k calls a quarter' is a third of that a month", () => {
    const [input, output] = inOut("earnings call transcripts, 2k calls a quarter, 15k tokens each, 800 token summary")!;
    expect(input).toBe(10 * M);
    expect(output).toBeCloseTo((2000 * 800) / 3, 0);
  });

  it("'10M/mo' with no unit is tokens a month", () => {
    const v = parseVolume("rec for RAG over our wiki, 10M/mo, EU only, cheap");
    expect(v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null).toBe(10 * M);
    expect(v?.description).toMatch(/tokens assumed/);
  });
  it("money and people a month are no bare volume", () => {
    expect(parseVolume("revenue $10M/mo, which model?")).toBeNull();
    expect(parseVolume("10M/mo users, which model?")).toBeNull();
  });
});
