// The evaluator's arithmetic on tiny hand-made inputs: if these are wrong, every figure the
// understanding work is steered by is wrong.
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../adapters/tools/eval-understanding.js";
import {
  compareSlots,
  exclusionFlips,
  missedTargets,
  numbersMatch,
  percentile,
  prf,
  score,
  valuesMatch,
  type RecordOutcome,
} from "../../../adapters/tools/understanding-eval/score.js";

function outcome(partial: Partial<RecordOutcome>): RecordOutcome {
  return {
    id: "t-x-001",
    split: "test",
    text: "x",
    expectedIntent: "recommend",
    gotIntent: "recommend",
    expected: {},
    got: {},
    forbid: {},
    ms: 1,
    ...partial,
  };
}

describe("value comparison", () => {
  it("numbers match within 1 % of the expected value, not beyond", () => {
    expect(numbersMatch(50_000_000, 50_400_000)).toBe(true);
    expect(numbersMatch(50_000_000, 49_500_000)).toBe(true);
    expect(numbersMatch(50_000_000, 50_600_000)).toBe(false);
    expect(numbersMatch(100, 98.9)).toBe(false);
  });

  it("arrays compare as sets; strings and booleans exactly; objects field by field", () => {
    expect(valuesMatch(["de", "fr"], ["fr", "de"])).toBe(true);
    expect(valuesMatch(["de", "fr"], ["de"])).toBe(false);
    expect(valuesMatch(["de"], ["de", "de"])).toBe(true);
    expect(valuesMatch("chat", "Chat")).toBe(false);
    expect(valuesMatch(true, true)).toBe(true);
    expect(valuesMatch(false, true)).toBe(false);
    expect(valuesMatch({ type: "h100", count: 8 }, { count: 8, type: "h100" })).toBe(true);
    expect(valuesMatch({ type: "h100", count: 8 }, { type: "h100", count: 4 })).toBe(false);
  });
});

describe("slot counts", () => {
  it("a right value is a true positive, an extra one a false positive, a missing one a false negative", () => {
    const counts = compareSlots({ useCase: "chat", languages: ["de"] }, { useCase: "chat", latency: "batch" });
    expect(counts.get("useCase")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get("latency")).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(counts.get("languages")).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("a wrong value counts as both a false positive and a false negative", () => {
    expect(
      compareSlots({ dataSensitivity: "public" }, { dataSensitivity: "regulated" }).get("dataSensitivity"),
    ).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });

  it("precision, recall and F1 follow their definitions; empty counts score 1", () => {
    const p = prf({ tp: 3, fp: 1, fn: 2 });
    expect(p.precision).toBeCloseTo(0.75);
    expect(p.recall).toBeCloseTo(0.6);
    expect(p.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(p.support).toBe(5);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 1 }).f1).toBe(0);
  });
});

describe("exclusion flips", () => {
  it("reads a forbidden array element or scalar value as a flip, and nothing else", () => {
    const forbid = { languages: ["zh"], dataSensitivity: "regulated", models: ["gpt-4o"] };
    expect(exclusionFlips(forbid, { languages: ["en", "zh"], dataSensitivity: "internal" })).toEqual([
      { slot: "languages", value: "zh" },
    ]);
    expect(exclusionFlips(forbid, { dataSensitivity: "regulated", models: ["gpt-4o-mini"] })).toEqual([
      { slot: "dataSensitivity", value: "regulated" },
    ]);
    expect(exclusionFlips(forbid, {})).toEqual([]);
  });
});

describe("report", () => {
  const outcomes = [
    outcome({
      id: "a",
      expected: { useCase: "chat", tokensPerMonth: 1e6 },
      got: { useCase: "chat", tokensPerMonth: 1.005e6 },
      ms: 1,
    }),
    outcome({
      id: "b",
      expectedIntent: "price",
      gotIntent: "model-info",
      expected: { models: ["gpt-4o"] },
      got: { models: ["gpt-4o"] },
      ms: 2,
    }),
    outcome({
      id: "c",
      expected: { useCase: "coding" },
      got: { languages: ["zh"] },
      forbid: { languages: ["zh"] },
      ms: 3,
    }),
    outcome({ id: "d", expectedIntent: "price", gotIntent: "model-info", ms: 10 }),
  ];
  const report = score(outcomes);

  it("counts intent accuracy, micro-averaged slots and per-slot figures", () => {
    expect(report.intentAccuracy).toBe(0.5);
    // tp: useCase(a), tokensPerMonth(a), models(b) = 3; fp: languages(c) = 1; fn: useCase(c) = 1
    expect(report.micro).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(report.micro.f1).toBeCloseTo(0.75);
    expect(report.slots.useCase).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
  });

  it("lists flips, confusions and intent confusion pairs", () => {
    expect(report.flips).toEqual([{ id: "c", slot: "languages", value: "zh" }]);
    expect(report.confusions.map((o) => o.id)).toEqual(["b", "c", "d"]);
    expect(report.intentConfusions).toEqual([{ expected: "price", got: "model-info", count: 2 }]);
  });

  it("averages time and takes the nearest-rank p99", () => {
    expect(report.msAverage).toBe(4);
    expect(report.msP99).toBe(10);
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
    expect(percentile([], 0.99)).toBe(0);
  });

  it("names each missed target", () => {
    expect(missedTargets(report)).toEqual(["intent accuracy", "slot micro-F1", "exclusion flips"]);
    const perfect = score([outcome({ expected: { useCase: "chat" }, got: { useCase: "chat" } })]);
    expect(missedTargets(perfect)).toEqual([]);
  });
});

describe("command line", () => {
  it("defaults to the test part and reads --split, --json and --confusions", () => {
    expect(parseArgs([])).toEqual({ split: "test", json: false, confusions: 40 });
    expect(parseArgs(["--split", "all", "--json", "--confusions=5"])).toEqual({
      split: "all",
      json: true,
      confusions: 5,
    });
    expect(() => parseArgs(["--split", "train"])).toThrow(/test, dev or all/);
    expect(() => parseArgs(["--confusions", "-1"])).toThrow();
  });
});
