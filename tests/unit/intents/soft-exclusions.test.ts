// An exclusion said as a wish ("we'd rather avoid Meta", "no US models if possible") is a
// preference: kept as avoidIfPossible and said back, never a filter; the same exclusion said as a
// rule still rules out. One rule for "rather" and "prefer": a wish, whether "avoid" or "not" follows.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { describeBasis } from "../../../src/conversation/slot-labels.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);

describe("exclusions said as wishes", () => {
  it.each([
    ["We'd rather avoid Meta models because of their licence.", { labs: ["meta"] }],
    ["No US models if possible, but that's a preference, not a rule.", { countries: ["US"] }],
    ["Ideally nothing from OpenAI.", { labs: ["openai"] }],
    ["We'd prefer to avoid Chinese labs where possible.", { countries: ["CN"] }],
    ["No Mistral models, but it's not a deal-breaker.", { labs: ["mistral-ai"] }],
    ["we'd rather not use Meta models.", { labs: ["meta"] }],
    ["we'd rather not rely on chinese labs", { countries: ["CN"] }],
    ["We would rather not depend on US labs.", { countries: ["US"] }],
    ["We'd prefer not to use anything from OpenAI.", { labs: ["openai"] }],
    // The wish words are one list (hedges.ts), shared with the licence kinds a team prefers.
    ["we'd like to avoid Meta models.", { labs: ["meta"] }],
    ["No US labs, as far as possible.", { countries: ["US"] }],
  ] as const)("%s: a preference, not an exclusion", (text, avoided) => {
    const r = req(text);
    expect(r.exclude).toBeUndefined();
    expect(r.avoidIfPossible).toMatchObject(avoided);
  });

  it.each([
    ["No Chinese labs.", { countries: ["CN"] }],
    ["Nothing from Meta, ideally open weights.", { labs: ["meta"] }],
    ["We can't use Meta models.", { labs: ["meta"] }],
  ] as const)("%s: still a rule", (text, excluded) => {
    const r = req(text);
    expect(r.exclude).toMatchObject(excluded);
    expect(r.avoidIfPossible).toBeUndefined();
  });

  it("a rule and a wish in one message are kept apart", () => {
    const r = req("No Chinese labs please, and we'd rather avoid Meta.");
    expect(r.exclude).toEqual({ countries: ["CN"] });
    expect(r.avoidIfPossible).toEqual({ labs: ["meta"] });
  });
});

describe("a wish to avoid is said back, not ranked on", () => {
  it("names what is avoided and that it is no rule", () => {
    const { used, unused } = describeBasis(req("Support chat for our shop. We'd rather avoid Meta models."), catalog);
    expect(used.join(" ")).not.toMatch(/Meta/);
    expect(unused.join(" ")).toMatch(/avoiding models by Meta where possible \(a preference, not a rule/);
  });
});

describe("licence kinds said as wishes share the exclusion's wish words", () => {
  it.each([
    "Apache or MIT as far as possible, for an internal coding assistant",
    "if we can, apache or mit licensed weights",
    "nice to have: apache 2.0. code completion for our IDE plugin",
    "we'd like apache or mit weights for a chatbot",
  ])("%s: preferred, not allowed", (text) => {
    const r = req(text);
    expect(r.allowedLicenses).toBeUndefined();
    expect(r.preferredLicenses?.length ?? 0).toBeGreaterThan(0);
  });
});
