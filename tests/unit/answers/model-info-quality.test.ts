// A model card for a model with no quality signal on file (Claude Fable 5.1, read on Anthropic's
// pages, which give no benchmark) says so, instead of leaving the row out: "is Fable 5.1 good for
// coding?" must not be met by a card that reads as complete.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { describeModel } from "../../../src/answers/model-info.js";
import { TEST_NOW } from "../../helpers/test-day.js";

const catalog = readCatalog();
const card = (id: string) => describeModel(catalog.modelById.get(id)!, catalog, TEST_NOW).fallbackText;

describe("model card: quality signals", () => {
  it("says a model without any signal on file is not measured here", () => {
    expect(catalog.modelById.get("claude-fable-5.1")!.quality).toEqual([]);
    expect(card("claude-fable-5.1")).toMatch(
      /Quality signals\s*: none on file: .* not measured here; try it on your own material/,
    );
  });

  it("lists the signals of a measured model and says nothing of absence", () => {
    const text = card("claude-opus-4.7");
    expect(text).toMatch(/Quality signals\s*: SWE-Bench Pro/);
    expect(text).not.toMatch(/none on file/);
  });
});
