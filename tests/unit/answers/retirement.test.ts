// A lab's announced retirement from its own API: the model card says when (future or past tense
// against the turn's date), the replacement the lab names, and the source; the price answer warns
// that a first-party price predates a retirement that has happened.
import { describe, expect, it } from "vitest";
import { modelInfoHandler } from "../../../src/answers/model-info.js";
import { priceHandler } from "../../../src/answers/price.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { ctxFor, textOf, withModel } from "./helpers.js";

const gpt4o = miniCatalog().modelById.get("gpt-4o")!;
const retiring = {
  ...gpt4o,
  retirement: {
    deprecatedOn: "2026-09-01",
    retiresOn: "2026-12-31",
    replacement: "GPT-5",
    label: "OpenAI's deprecations page",
    sourceUrl: "https://example.org/deprecations",
    sourceKind: "primary" as const,
    asOf: "2026-09-01",
  },
};
const ctxAt = (day: string) => ({ ...ctxFor(withModel(retiring)), now: new Date(`${day}T12:00:00Z`) });

describe("retirement from the lab's API", () => {
  it("is announced ahead on the model card, with the replacement and the source", () => {
    const text = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctxAt("2026-12-04")));
    expect(text).toMatch(
      /Retires from OpenAI's API on 2026-12-31 \(deprecated 2026-09-01; OpenAI names GPT-5 as the replacement\), per OpenAI's deprecations page, 2026-09-01/,
    );
  });

  it("is told in the past tense once the day has passed, and the price answer says the price is no longer on sale", () => {
    const info = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctxAt("2027-01-05")));
    expect(info).toMatch(/Retired from OpenAI's API on 2026-12-31/);
    const price = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxAt("2027-01-05")));
    expect(price).toMatch(/the first-party price above is the last one listed, no longer on sale/);
    const before = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxAt("2026-12-04")));
    expect(before).not.toMatch(/no longer on sale/);
  });

  it("says nothing when no retirement is on file", () => {
    const text = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctxFor()));
    expect(text).not.toMatch(/Retire/);
  });
});
