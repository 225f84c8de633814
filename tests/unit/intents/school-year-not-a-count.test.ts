import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";

// "class 10 students", "grade 7 pupils": the number names the school year, not how many learners.
describe("a school year before learners is no count of them", () => {
  it.each([
    ["AI tutor for class 10 students in Hindi and English, 200k students, each asks ~15 questions a month", 200_000],
    ["a maths helper for grade 7 pupils, about 12,000 pupils use it each month", 12_000],
    ["revision tutor for year 11 students at our 40 schools", undefined],
  ])("%s", (text, users) => {
    expect(parseMonthlyUsers(text)).toBe(users);
  });

  it("a count before the learners stays a count", () => {
    expect(parseMonthlyUsers("a homework helper for our 3,000 students")).toBe(3000);
  });
});
