// Rates said per shift or per working day, and people counted once and referred back to by their
// noun where their usage is said. A working day is 5 of every 7 days of the 30-day month (≈ 21.4);
// a shift is one working day unless the text says how many shifts are worked. The working says
// which, so the team can correct it.
import { describe, expect, it } from "vitest";
import { parseMonthlyUsers } from "../../../src/intents/team-facts.js";
import { parseVolume } from "../../../src/intents/volume.js";

const WORKING_DAYS = (30 * 5) / 7;
const WEEKS = 30 / 7;
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : null;
};

describe("per shift", () => {
  it.each([
    [
      "about 6k pharmacists, each asks maybe 15 questions per shift, ~5 shifts a week, 3k tokens in and 350 out",
      6000 * 15 * 5 * WEEKS * 3350,
    ],
    ["40 nurses each log 25 notes a shift, 4 shifts per week, 900 tokens each", 40 * 25 * 4 * WEEKS * 900],
    [
      "each of our 120 officers files 6 reports per shift, 18 shifts a month, 2k tokens per report",
      120 * 6 * 18 * 2000,
    ],
  ])("the shifts said make the month: %s", (text, tokens) => {
    expect(total(text)).toBeCloseTo(tokens, -3);
  });

  it("with no shifts said, one shift each working day, and the working says so", () => {
    const v = parseVolume(
      "Each of our 250 dispatchers handles about 40 calls per shift, 1,000 tokens in and 150 out per call",
    );
    expect(v!.inputTokensPerMonth + v!.outputTokensPerMonth).toBeCloseTo(250 * 40 * WORKING_DAYS * 1150, -3);
    expect(v!.description).toMatch(/21\.4 shifts a month \(one shift each working day assumed/);
  });

  it("shifts worked elsewhere in the text are no count of things", () => {
    expect(total("we run 3 shifts a day at the plant; about 200 reports a month at 2k tokens each")).toBe(400_000);
  });
});

describe("per working day", () => {
  it.each([
    ["300 analysts, each uses it about 8 times a working day, ~3k tokens in and 500 out", 300 * 8 * 3500],
    ["20 engineers, 50 requests per business day each, 2k tokens per request", 20 * 50 * 2000],
    ["our 15 paralegals run 30 lookups a workday each, ~1.2k tokens each lookup", 15 * 30 * 1200],
  ])("%s", (text, perDay) => {
    expect(total(text)).toBeCloseTo(perDay * WORKING_DAYS, -3);
  });

  it("'times' are uses, said back with the working days", () => {
    const d = parseVolume(
      "300 analysts, each uses it about 8 times a working day, ~3k tokens in and 500 out",
    )?.description;
    expect(d).toContain("300 analysts × 8 uses a working day");
    expect(d).toContain("21.4 working days (5 a week");
  });
});

describe("people referred back to by their noun", () => {
  it.each([
    [
      "Global consulting firm, ~2,000 consultants (offices in 4 cities). Usage estimate: each consultant uses it ~10 times a working day, maybe 2,500 tokens in and 600 out",
      2000 * 10 * WORKING_DAYS * 3100,
      2000,
    ],
    [
      "3k users now, growing 10% a month. users do ~20 summaries a month on average, each summary 6k tokens in and 300 out",
      3000 * 20 * 6300,
      3000,
    ],
    [
      "1,200 agents handle a US telco's support. Each agent takes around 60 calls per shift, ~1,200 tokens per call",
      1200 * 60 * WORKING_DAYS * 1200,
      1200,
    ],
  ])("%s", (text, tokens, users) => {
    expect(total(text)).toBeCloseTo(tokens, -3);
    expect(parseMonthlyUsers(text)).toBe(users);
  });

  it("a noun that names no people counted earlier leaves the count alone", () => {
    expect(total("our team of 12 builds it. each user does ~20 chats a month, 1k tokens per chat")).toBe(20 * 1000);
  });
});
