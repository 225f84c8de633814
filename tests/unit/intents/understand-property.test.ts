// Property tests: any text at all gives an Intent without throwing, and the parsers' results
// stay in range (fast-check generates the text).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTENT_KINDS_FOR_TESTS } from "./intent-kinds.js";
import { parseAssumptionEdits } from "../../../src/intents/assumptions-text.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { makeU, session } from "./understand-helpers.js";

const catalog = miniCatalog();
const u = makeU(catalog);
const words = [
  "llama",
  "3.1",
  "70b",
  "gpt-4o",
  "claude",
  "sonnet",
  "4.5",
  "10M",
  "tokens",
  "a",
  "month",
  "compare",
  "vs",
  "price",
  "can",
  "we",
  "fine-tune",
  "it",
  "800M",
  "users",
  "self-host",
  "$500",
  "int4",
  "50%",
  "what",
  "if",
  "the",
  "second",
  "one",
  "?",
  ",",
  "and",
  "🦙",
  "\u0000",
];
const sentence = fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((w) => w.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), sentence);

describe("understand() on any text", () => {
  it("always returns a known intent kind", () => {
    const ctxs = [
      session(),
      session({ focus: ["gpt-4o"], lastList: ["gpt-4o", "llama-3.1-70b"] }),
      session({
        flow: { id: "recommend", step: "useCase", history: [], skipped: [] },
        requirements: { useCase: "chat" },
      }),
    ];
    fc.assert(
      fc.property(anyText, fc.constantFrom(0, 1, 2), (text, i) => {
        const intent = u(text, ctxs[i]);
        expect(INTENT_KINDS_FOR_TESTS).toContain(intent.kind);
        if ("modelIds" in intent && intent.modelIds) {
          for (const id of intent.modelIds) expect(id === "?" || catalog.modelById.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("parsers on any text", () => {
  it("volumes are finite and non-negative, cached never above input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const v = parseVolume(text);
        if (v === null) return;
        for (const n of [v.inputTokensPerMonth, v.outputTokensPerMonth, v.cachedInputTokensPerMonth]) {
          expect(Number.isFinite(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        expect(v.cachedInputTokensPerMonth).toBeLessThanOrEqual(v.inputTokensPerMonth);
        expect(v.description.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it("assumption edits stay in range", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const e = parseAssumptionEdits(text);
        if (e.utilization !== undefined) expect(e.utilization > 0 && e.utilization <= 1).toBe(true);
        if (e.concurrency !== undefined) expect(e.concurrency).toBeGreaterThanOrEqual(1);
        if (e.opsStaffFte !== undefined) expect(e.opsStaffFte).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
  it("team facts and requirements never throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseTeamFacts(text);
        parseRequirements(text, catalog);
      }),
      { numRuns: 300 },
    );
  });
});
