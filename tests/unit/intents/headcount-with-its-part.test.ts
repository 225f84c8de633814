import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

// "(about 60 people, 15 researchers)": the first count is the whole firm, the part named after it
// is who the tool is for. The firm's headcount is said back as the organisation's, never as users.
describe("a headcount with a part of it named beside it", () => {
  it.each([
    [
      "We're a quantitative hedge fund in New York (about 60 people, 15 researchers). We want a research assistant.",
      60,
      15,
    ],
    ["we're an asset manager in Boston (roughly 200 people, 30 analysts) and want a chatbot for the analysts", 200, 30],
    ["a law firm (about 90 people, 40 lawyers) wants a contract review assistant", 90, 40],
    ["a reinsurer (~1,200 staff; 80 underwriters) wants help with treaty wordings", 1200, 80],
  ])("%s", (text, organisation, users) => {
    const req = parseRequirements(text);
    expect(req.organisationSize).toBe(organisation);
    expect(req.monthlyActiveUsers).toBe(users);
    expect(req.teamSize).toBeUndefined();
  });

  it.each([
    ["small agency (12 people) building a chatbot for clients", 12],
    ["we're a fintech startup (25 people) building a support chatbot", 25],
  ])("a headcount alone stays the team: %s", (text, team) => {
    const req = parseRequirements(text);
    expect(req.teamSize).toBe(team);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(req.organisationSize).toBeUndefined();
  });
});
