// A thread's session is rewritten on every turn (SQLite row, Redis key), so it must stay small:
// under 2 KB after ten turns of the largest conversations people have, a guided recommendation
// with its follow-ups, on the real catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "./recommend-helpers.js";

const LIMIT_BYTES = 2048;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

describe("session size", () => {
  const catalog = readCatalog();

  it("stays under 2 KB after a 10-turn guided recommendation with what-ifs", () => {
    const c = chat(catalog);
    for (const text of [
      "help me choose a model",
      "coding assistant for our developers",
      "open weights only",
      "about 50M tokens a month",
      "we need EU data residency",
      "our own cloud",
      "up to $2000 a month",
      "what if the budget were $500?",
      "self-host it on H100",
      "and at int4?",
    ])
      c.say(text);
    // The conversation went where it should: every answer is kept, and back can still undo them.
    expect(c.session.requirements).toMatchObject({
      useCase: "coding",
      openWeightsOnly: true,
      euDataResidency: true,
      deployment: "own-cloud",
      monthlyBudgetUsd: 500,
    });
    expect(c.session.flow?.history.length).toBeGreaterThanOrEqual(6);
    expect(bytes(c.session)).toBeLessThan(LIMIT_BYTES);
    // "int4" is a cost assumption, not a requirement: back undoes the self-hosting what-if (which
    // changed nothing, the thread already ran in its own cloud), then the budget what-if.
    c.say("back");
    c.say("back");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(2000);
  });
});
