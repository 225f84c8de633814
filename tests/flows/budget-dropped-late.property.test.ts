// A budget taken back after the shortlist ("no budget") is a what-if that lifts it. Since a bare
// yes or no stopped answering unasked questions (a89eb79), the "no" of "no budget" was the one
// word left that fitted an open question, ML-ops experience ("none"), and the budget stayed.
// Over generated threads (first messages with a budget × ways of taking it back): the budget is
// gone, the reply is a what-if, and no ML-ops experience is noted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  "recommend a model for chat at 5M tokens a month under $300 a month, internal data",
  "support bot for our shop, 20M tokens a month, budget $1,000 a month. which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each, at most $500 a month. which model?",
];
// "drop the budget", "remove the budget", "forget the budget" were read as profile commands ("There
// is no team profile, so there is nothing to forget.") and the budget stayed; after a shortlist
// they take the thread's budget back since words23 (profile-command.ts forgetsFromTheThread).
const DROPS = [
  "no budget",
  "No budget.",
  "without a budget",
  "no budget then",
  "actually, no budget",
  "we have no budget",
  "drop the budget",
  "remove the budget",
  "forget the budget.",
  "forget about the budget",
  "please drop the budget",
  "delete the budget",
];

describe("a budget taken back after the shortlist", () => {
  it("is a what-if that lifts it, and answers no open question", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIRSTS), fc.constantFrom(...DROPS), (first, drop) => {
        const c = chat(catalog);
        c.say(first);
        expect(c.session.requirements.monthlyBudgetUsd, first).toBeGreaterThan(0);
        const reply = c.say(drop);
        expect(reply.data?.intent, drop).toBe("what-if");
        expect(c.session.requirements.monthlyBudgetUsd, drop).toBeUndefined();
        expect(c.session.requirements.mlOpsExperience, drop).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it("named with the profile, it stays a profile command and the thread keeps its budget", () => {
    for (const drop of ["forget the budget from our profile", "remove the budget from my profile"]) {
      const c = chat(catalog);
      c.say(FIRSTS[0]!);
      const reply = c.say(drop);
      expect(reply.data?.intent, drop).toBe("profile");
      expect(c.session.requirements.monthlyBudgetUsd, drop).toBe(300);
    }
  }, 120_000);
});
