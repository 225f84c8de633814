// A count of daily users ("40k daily actives", "120k DAU", "250k daily active students") is not a
// count of monthly users: it was said back as "40K monthly users" (tryout rounds 8 and 11: a Cairo
// edtech). It is kept as the monthly floor (a licence's monthly threshold counts no fewer) and said
// back as daily; monthly users said later replace it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { describeRequirements } from "../../../src/conversation/slot-labels.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { formatCount } from "../../../src/render/format.js";
import { chat } from "../../flows/recommend-helpers.js";

const COUNTS = [
  ["40k", 40_000],
  ["120,000", 120_000],
  ["2M", 2_000_000],
  ["~250k", 250_000],
] as const;
const DAILY = ["daily actives", "DAU", "daily active users", "daily active students", "daily active players"];
const JOBS = ["Homework-help chat for our app", "We want an AI tutor", "NPC dialogue for our game"];

describe("a daily count of users", () => {
  for (const [written, n] of COUNTS)
    for (const words of DAILY)
      it(`'${written} ${words}' is ${n} a day, the monthly users at least that many, said back as daily`, () => {
        for (const job of JOBS) {
          const text = `${job}, ${written} ${words}. Which model?`;
          const req = parseRequirements(text);
          expect(req.dailyActiveUsers, text).toBe(n);
          expect(req.monthlyActiveUsers, text).toBe(n);
          const said = describeRequirements(req).join(" · ");
          expect(said, text).toContain(`${formatCount(n)} daily users`);
          expect(said, text).not.toContain(`${formatCount(n)} monthly users`);
        }
      });

  it("a monthly count is no daily one: '900k monthly users', '1.2M MAU', '300k users'", () => {
    for (const text of ["Support chat, 900k monthly users", "Chat app with 1.2M MAU", "Tutor for our 300k users"]) {
      const req = parseRequirements(text);
      expect(req.monthlyActiveUsers, text).toBeDefined();
      expect(req.dailyActiveUsers, text).toBeUndefined();
    }
  });

  it("monthly users said later in the thread replace the daily count", () => {
    const c = chat(readCatalog());
    c.say("Homework-help chat, 40k daily actives, 8 questions each a day. Which model?");
    expect(c.session.requirements.dailyActiveUsers).toBe(40_000);
    c.say("actually we have 900k monthly users");
    expect(c.session.requirements).toMatchObject({ monthlyActiveUsers: 900_000 });
    expect(c.session.requirements.dailyActiveUsers).toBeUndefined();
  });
});
