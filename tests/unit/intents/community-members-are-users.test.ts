import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

// A community's members (a Discord server, a gaming community, a club) are who a bot serves: its
// users, never the team that builds it, even in brackets of their own.
describe("a community's members are its users", () => {
  it.each([
    [
      "I run a hobby Discord bot for my gaming community (~2,000 members) that answers wiki questions. it's just me",
      2000,
    ],
    ["I'm building a chatbot for our Discord server (about 5k members), just me on weekends", 5000],
    ["a chatbot for our book club (about 30 members), just me", 30],
  ])("%s", (text, users) => {
    const req = parseRequirements(text);
    expect(req.monthlyActiveUsers).toBe(users);
    expect(req.teamSize).toBeUndefined();
  });

  it("a team's own members stay the team", () => {
    expect(parseRequirements("our team (5 members) builds it").teamSize).toBe(5);
  });
});
