import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

// The people who build or run the tool, by their technical trade, are the team, never its users;
// beside them a larger count of people or staff is the organisation (words46: the Iowa bank's
// "2 data people" and the Ghent hospital's "two of them know Kubernetes" were read as 2 monthly
// users, the Munich startup's 30 people as the team of its two backend developers).
describe("who builds it is not who uses it", () => {
  it.each([
    [
      "we're a credit union in Ohio (about 250 employees, 3 data people, no ML team). we want to pull fields out of loan files",
      3,
      undefined,
    ],
    [
      "We're the IT department of a hospital in Lyon (about 4,000 staff; our data team is 5 people, two of them know Kubernetes). We want to summarise discharge notes",
      5,
      4000,
    ],
    ["we're a 40-person proptech startup. Three backend developers, no ML-ops. We want a chatbot for tenants", 3, 40],
    ["insurer in Graz (120 people, 4 ML engineers), we want to summarise claim files", 4, 120],
    ["a 25-person agency, just 2 IT staff, we want a chatbot on our website", 2, 25],
  ])("%s", (text, team, organisation) => {
    const req = parseRequirements(text);
    expect(req.teamSize).toBe(team);
    expect(req.organisationSize).toBe(organisation);
    expect(req.monthlyActiveUsers).toBeUndefined();
    expect(parseMonthlyUsers(text)).toBeUndefined();
  });

  it("a customer base beside the headcount is the organisation's, unless the tool faces it", () => {
    const analysts =
      "Claims team at a mid-size insurer in Porto (~2,000 employees, 1.5M customers). Our adjusters review ~800 claims a day and we want a short summary of each";
    expect(parseRequirements(analysts).monthlyActiveUsers).toBeUndefined();
    const facing =
      "digital bank in Lisbon (~900 employees, 2M customers). we want a support chatbot our customers can use in the app";
    expect(parseRequirements(facing).monthlyActiveUsers).toBe(2_000_000);
  });

  it.each([
    [
      "we're a fintech (about 120 people, 4 ML engineers), want an internal code assistant for our 60 backend developers",
      60,
    ],
    ["coding assistant. 40 backend devs.", 40],
    ["~150 ML engineers, maybe 40 questions a day each. which model?", 150],
  ])("the people it is for stay its users: %s", (text, users) => {
    expect(parseRequirements(text).monthlyActiveUsers).toBe(users);
  });
});
