import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

// The team is who builds and runs the thing; users are who it serves. Each count stays what it is.
describe("team size is not monthly users", () => {
  it.each([
    ["We're a game studio (80 people)", 80],
    ["hey which llm should a 3 person startup use for a support chatbot", 3],
    ["Hi, we're a 12-person legal-tech startup in Berlin", 12],
    ["we are 2 devs, no infra people, want a coding helper", 2],
    ["our team is 6 engineers; which model for code review?", 6],
    ["team of 30, building a chat assistant", 30],
    ["we're a 40-strong agency", 40],
    ["We're a bank with 300 developers", 300],
    ["agency (~12 ppl)", 12],
    ["we're twenty people", 20],
  ])("%s", (text, size) => {
    const req = parseRequirements(text);
    expect(req.teamSize).toBe(size);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(parseMonthlyUsers(text)).toBeUndefined();
  });

  it.each([
    ["We're a bank building an internal code assistant for 300 developers.", 300],
    ["chat assistant for 5k staff", 5000],
    ["HR policy chatbot, 1.2k employees use it", 1200],
    ["we have 80 employees who use it daily", 80],
    ["The game will ship to about 10M players a month.", 10_000_000],
    ["we're at 2M MAU", 2_000_000],
  ])("the people it serves are users: %s", (text, users) => {
    const req = parseRequirements(text);
    expect(req.monthlyActiveUsers).toBe(users);
    expect(req.teamSize).toBeUndefined();
  });

  // A company's size is not the team that builds it (words40: the Köln insurer's 2,300 employees
  // were said back as "team of 2.3K").
  it.each([
    ["a 200 employee company looking for an HR bot", 200, undefined],
    ["a 200-employee company looking for an HR bot", 200, undefined],
    ["we have 80 employees", 80, undefined],
    ["We're an insurer with 4,000 employees and want a claims summariser", 4000, undefined],
    ["We're a bank with 4,000 employees; our ML team has 5 engineers", 4000, 5],
    ["property insurer (about 2,300 employees). Our data team has 6 people.", 2300, 6],
  ])("the organisation's headcount is not the team: %s", (text, employees, team) => {
    const req = parseRequirements(text);
    expect(req.organisationSize).toBe(employees);
    expect(req.teamSize).toBe(team);
    expect(req.monthlyActiveUsers).toBeUndefined();
  });

  it("both in one message, each kept as what it is", () => {
    const req = parseRequirements("We're a studio with 45 developers; NPC dialogue for ~3M players a month");
    expect(req).toMatchObject({ teamSize: 45, monthlyActiveUsers: 3_000_000, useCase: "creative" });
  });

  it("who the team is does not set the use case", () => {
    expect(parseRequirements("We're a studio with 45 developers, we need NPC dialogue").useCase).toBe("creative");
    expect(parseRequirements("team of 6 developers, we want a code review bot").useCase).toBe("coding");
  });
});
