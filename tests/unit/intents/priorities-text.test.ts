import { describe, expect, it } from "vitest";
import { prioritiesIn } from "../../../src/intents/priorities-text.js";

const read = (t: string) => prioritiesIn(t, t);

describe("prioritiesIn: criteria a team ranks, most important first", () => {
  it.each([
    ["quality matters most, cost second", ["quality", "cost"]],
    ["accuracy first, price second", ["quality", "cost"]],
    ["integration effort is our top concern, then cost", ["integration", "cost"]],
    ["we care most about data control", ["dataControl"]],
    ["what matters most to us is privacy", ["dataControl"]],
    ["quality > cost", ["quality"]],
    ["we'd prioritise quality over cost", ["quality"]],
    ["cheapest decent option, quality matters most", ["quality", "cost"]],
    ["what if cost mattered most?", ["cost"]],
  ] as const)("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    "data has to stay in the EU",
    "the data is confidential",
    "we keep our data in azure",
    "quality of the transcripts varies",
  ])("a requirement or a remark is no priority: %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a negated mention is read from the blanked text only", () => {
    expect(prioritiesIn("                 decent quality", "doesn't have to be cheap, decent quality")).toEqual([]);
  });
});
