// "Based on:" lists only what the ranking used; what was understood but did not enter the ranking
// (a team's size, a budget in euros) is said apart, with why. Owned GPUs are spelled as the
// catalogue spells them, however they were typed.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const lineOf = (all: string, label: string) => all.split("\n").find((l) => l.includes(label)) ?? "";

describe("what a shortlist says it was based on", () => {
  it("team size is understood but not listed as the basis; a euro budget is, at the most it can be worth (scoring/budget.ts)", () => {
    const c = chat(catalog);
    c.say("coding assistant, a bank with 300 developers, €2000 a month");
    const all = c.replies.map(textOf).join("\n");
    const basis = lineOf(all, "Based on:");
    expect(basis).toContain("coding");
    expect(basis).not.toMatch(/team of/);
    expect(basis).toContain("budget €2,000/month (at most $2,525.00)");
    const unused = lineOf(all, "not used in the ranking");
    expect(unused).toContain("team of 300");
    expect(unused).not.toContain("€");
  });

  it("a budget in a currency with no rate on record (naira) is understood but not listed as the basis", () => {
    const c = chat(catalog);
    c.say("coding assistant, a bank with 300 developers, NGN 3,000,000 a month");
    const all = c.replies.map(textOf).join("\n");
    expect(lineOf(all, "Based on:")).not.toMatch(/₦/);
    expect(lineOf(all, "not used in the ranking")).toContain("₦3,000,000");
  });

  it("a dollar budget is part of the basis", () => {
    const c = chat(catalog);
    c.say("coding assistant, under $2000 a month");
    const all = c.replies.map(textOf).join("\n");
    expect(lineOf(all, "Based on:")).toContain("$2,000");
    expect(all).not.toContain("not used in the ranking");
  });

  it.each([
    ["we own 4 h100, coding", "you own 4 H100"],
    ["we have 8 a100 80gb, coding assistant", "you own 8 A100 80GB"],
    ["we've got 2 rtx 4090, coding assistant", "you own 2 RTX 4090"],
  ])("%j echoes %j", (text, echo) => {
    const c = chat(catalog);
    c.say(text);
    expect(c.replies.map(textOf).join("\n")).toContain(echo);
  });
});
