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

  it("is told in the past tense once the day has passed, and the price answer drops the lab's own row, saying why", () => {
    const info = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctxAt("2027-01-05")));
    expect(info).toMatch(/Retired from OpenAI's API on 2026-12-31/);
    // Said once, in the lab's API row, not again among the hosts' own ends of life.
    expect(info).not.toMatch(/Retired at hosts/);
    // The lab's retirement ends the lab's own offering (it was listed as the last first-party price
    // before): the table holds the hosts still selling it, and the note names the replacement.
    const price = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxAt("2027-01-05")));
    expect(price).not.toMatch(/\(first-party\)/);
    expect(price).toMatch(
      /OpenAI: retired on 2026-12-31 \(deprecated 2026-09-01\), no longer sold or priced; OpenAI names GPT-5 as the replacement, per OpenAI's deprecations page, 2026-09-01/,
    );
    expect(price).not.toMatch(/sells no API of its own/);
    const before = textOf(priceHandler({ kind: "price", modelIds: ["gpt-4o"] }, ctxAt("2026-12-04")));
    expect(before).toMatch(/OpenAI \(first-party\)/);
    expect(before).not.toMatch(/no longer sold/);
  });

  it("says nothing when no retirement is on file", () => {
    const text = textOf(modelInfoHandler({ kind: "model-info", modelIds: ["gpt-4o"] }, ctxFor()));
    expect(text).not.toMatch(/Retire/);
  });
});
