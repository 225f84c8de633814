// A budget in euros or pounds is never read as dollars: it is said back and applied at the most it
// can be worth (scoring/budget.ts), never as a dollar budget, and the budget question is not
// answered by it; a dollar budget per day is turned into a month.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

describe("budget currency", () => {
  it("a one-shot request with a euro budget answers, says how the budget was applied, and keeps no dollar budget", () => {
    const c = chat(catalog);
    c.say("which model for a coding copilot? budget is 2,000 EUR per month");
    const all = c.replies.map(textOf).join("\n");
    expect(all).toContain("Budget €2,000 a month");
    expect(all).toContain("I read it as at most $2,525.00");
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(c.session.requirements.useCase).toBe("coding");
  });

  it("answering the budget question in euros does not set a dollar budget", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    const answers = ["chat", "200M tokens a month", "internal", "any API is fine", "no", "some"];
    for (const a of answers) if (c.session.flow?.step !== "budget") c.say(a);
    expect(c.session.flow?.step).toBe("budget");
    c.say("€500 a month");
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(c.replies.map(textOf).join("\n")).toContain("US dollars");
  });

  it("a dollar budget per day is a monthly budget (30 days)", () => {
    const c = chat(catalog);
    c.say("summaries of support tickets, we can spend about $40 a day, what do you suggest?");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(1200);
  });
});
