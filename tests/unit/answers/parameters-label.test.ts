// A parameter count only a copy or a third party gives is shown as such: the model card says where
// it was read and "secondary, unverified", the comparison table cell says "(unverified)", and a
// count from the lab's own text is shown bare.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { compareHandler } from "../../../src/answers/compare.js";
import { modelInfoHandler } from "../../../src/answers/model-info.js";
import { ctxFor, textOf } from "./helpers.js";

const ctx = ctxFor(readCatalog(), new Date("2026-12-04T10:00:00Z"));

describe("parameter counts in answers", () => {
  it("marks a secondary count on the model card and keeps a primary one bare", () => {
    const v32 = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["deepseek-v3.2"] }, ctx));
    expect(v32).toMatch(
      /Parameters +: 671B total, 37B active \(per huggingface\.co, 2026-08-23; secondary, unverified\)/,
    );
    expect(v32).toMatch(/DeepSeek-V3\.2 parameters: huggingface\.co \(unverified\)/);
    const llama = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["llama-3.1-70b"] }, ctx));
    expect(llama).toMatch(/Parameters +: 70B\n/);
  });

  it("marks a secondary count in the comparison table", () => {
    const text = textOf(
      compareHandler({ kind: "compare", modelIds: ["deepseek-v3.2", "llama-3.1-70b"], volume: null }, ctx),
    );
    expect(text).toMatch(/Parameters +671B \(unverified\) +70B/);
  });
});
