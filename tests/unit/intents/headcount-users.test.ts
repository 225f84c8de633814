// A headcount is not the product's users: "about 120 staff", "~900 staff", "40 ppl" say how big
// the organisation is. Staff are the users only when the tool is for them ("for our 5,000
// employees", "1.2k employees use it", "each asks 10 questions", an internal tool, a coding tool
// for its developers); the people a product serves (customers, citizens, app users) count first.
import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

describe("a headcount is not users", () => {
  it.each([
    "We're a nonprofit with about 120 staff. Chatbot for the public about our services, 2M tokens a month",
    "Regional hospital, ~900 staff. Patient-facing triage chat, which model?",
    "charity: 5 staff + volunteers, a helpline bot for callers, 1M tokens a month",
    "design agency, 40 ppl, we want a copywriting model",
    "We're a municipality with 300 employees; we want a citizens' chatbot for questions about permits",
    "~600 employees, building a support bot for our shop's customers",
  ])("%s", (text) => {
    expect(parseMonthlyUsers(text)).toBeUndefined();
  });

  it("the people a product serves count before the organisation's staff", () => {
    expect(
      parseMonthlyUsers(
        "grocery chain, 5,000 employees, 1.2M loyalty app users a month, each user asks maybe 4 questions a month",
      ),
    ).toBe(1_200_000);
  });
});

describe("staff who use the tool are its users", () => {
  it.each([
    ["internal tool for our 5,000 employees, 50M tokens a month", 5000],
    ["HR policy chatbot, 1.2k employees use it", 1200],
    ["what should power our IT helpdesk bot for 3,500 staff?", 3500],
    ["chat assistant for 5k staff, each around 20k tokens a month", 5000],
    ["HR assistant: 3,000 head office staff, each asks ~10 questions a month", 3000],
    ["internal assistant for policies and rotas, ~900 staff, 20M tokens a month", 900],
    ["~60 devs on claude sonnet 4.5 for coding, 3M tokens per dev per month", 60],
    ["coding assistant. 250 devs.", 250],
    // A headcount asked about as a change is the users it brings.
    ["what would change if we had 2000 employees?", 2000],
    // Roles and audiences are counted as before.
    ["agent assist for 200 contact-centre agents", 200],
    ["tutoring app for 40k students", 40_000],
  ])("%s", (text, users) => {
    expect(parseMonthlyUsers(text)).toBe(users);
  });
});
