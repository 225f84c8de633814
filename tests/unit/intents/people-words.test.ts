import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";
import { teamSizesIn } from "../../../src/intents/team-size.js";
import { parseVolume } from "../../../src/intents/volume.js";

describe("people words: one table for every count of people", () => {
  it.each([
    ["a study helper for 120 tutors", 120],
    ["3,000 teachers will use it", 3000],
    ["for our 800 nurses", 800],
    ["40 paralegals and 12 lawyers", 40],
    ["our 200 contact-centre agents", 200],
    ["a portal for 5k pupils", 5000],
  ])("%j counts %d people", (text, n) => {
    expect(parseMonthlyUsers(text)).toBe(n);
  });

  it("people × tokens each reads the same nouns", () => {
    const v = parseVolume("120 tutors, ~200k tokens each a month");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(24_000_000);
  });

  it.each([
    ["our 50 insurance agents", 50],
    ["800 ward nurses", 800],
  ])("one word may say which people: %j -> %d", (text, n) => {
    expect(parseMonthlyUsers(text)).toBe(n);
  });

  it("a singular people word before a noun is no count of people", () => {
    expect(parseMonthlyUsers("~50k citizen questions a day")).toBeUndefined();
    expect(parseMonthlyUsers("40k customer emails a month")).toBeUndefined();
    expect(parseMonthlyUsers("20 tokens users")).toBeUndefined();
  });

  it("a people word in the singular describes what is counted", () => {
    const v = parseVolume("~50k citizen questions a day, ~800 tokens each");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(1_200_000_000);
  });

  it("things that are not people stay things", () => {
    expect(parseMonthlyUsers("we have 8 drivers installed on 8 GPUs")).toBeUndefined();
    expect(parseMonthlyUsers("compare these 3 candidates")).toBeUndefined();
  });

  it("staff words still size the team, not the users", () => {
    expect(teamSizesIn("we're 12 ppl")[0]?.value).toBe(12);
    expect(parseMonthlyUsers("a bank with 300 developers; customer chatbot")).toBeUndefined();
  });
});
