// A job run once ("a one-time backfill of 500k tickets", "2M documents once", "maybe 20M tokens
// over the whole project") is no monthly volume: it is kept as a one-off total, priced once, and
// every figure of the answer says so. A total with a rate of its own stays monthly.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const total = (v: { inputTokensPerMonth: number; outputTokensPerMonth: number } | null | undefined) =>
  v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;

describe("a total said once", () => {
  it.each([
    ["maybe 20M tokens over the whole project", 20e6],
    ["for the whole pilot we expect about 5M tokens in total", 5e6],
    ["a one-time backfill of 500k tickets, 1k tokens each", 500e6],
    ["review 2M documents once, 3k tokens in and 200 out", 6.4e9],
    ["one-off backfill: classify 40M old support tickets (~500 tokens each)", 20e9],
  ])("%s", (text, tokens) => {
    const v = parseVolume(text);
    expect(total(v)).toBeCloseTo(tokens, -3);
    expect(v?.oneOff).toBe(true);
    expect(v?.description).toMatch(/once/);
    expect(v?.description).not.toMatch(/a month/);
    const req = parseRequirements(text);
    expect(total(req.oneOffVolume)).toBeCloseTo(tokens, -3);
    expect(req.volume).toBeUndefined();
  });

  it("a rate of its own keeps a total monthly, whatever the project", () => {
    for (const text of ["we run 50M tokens a month over the whole project", "once a month we run 5M tokens"]) {
      expect(parseVolume(text)?.oneOff).toBeUndefined();
      expect(total(parseRequirements(text).volume)).toBeGreaterThan(0);
    }
  });

  it("a job run once waits for no one (batch); a project's total says nothing of latency", () => {
    expect(parseRequirements("a one-time backfill of 500k tickets, 1k tokens each").latency).toBe("batch");
    expect(parseRequirements("maybe 20M tokens over the whole project").latency).toBeUndefined();
  });
});

describe("the cost of a one-off job", () => {
  it("is priced once, and the heading and the working say so", () => {
    const c = chat(readCatalog());
    const said = textOf(
      c.say("cost of a one-time backfill of 500k tickets with gpt-4o mini, 1k tokens in and 100 out"),
    );
    expect(said).toMatch(/one-off API cost/);
    expect(said).toMatch(
      /500M tokens in × \$[\d.]+ = \$[\d.,]+ \+ 50M tokens out × \$[\d.]+ = \$[\d.,]+ → \*\*\$[\d.,]+\*\* once/,
    );
    expect(said).toMatch(/paid once, not every month/);
    expect(said).not.toMatch(/monthly API cost|Monthly cost/);
  });
});
