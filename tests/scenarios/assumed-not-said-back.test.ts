// What a shortlist says it was "Based on" is what the team stated: a fact the ranking assumed for it
// (quality first for high stakes, patient data for medical work, EU processing for an EU company
// with regulated data, China's labs left out of defence work) is marked "(assumed)" there, or said
// as the team stated it, and explained in the "Assumed:" line. The US K-12 edtech (twenty-third
// round) stated no priority and was told "priorities: quality" as if it had.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CRITERION_LABELS } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { TWENTYSECOND_ROUND_TEAMS } from "./twentysecond-round-teams.js";
import { TWENTYTHIRD_ROUND_TEAMS } from "./twentythird-round-teams.js";
import { TENTH_ROUND_TEAMS } from "./tenth-round-teams.js";

const catalog = readCatalog();
const TEAMS = Object.entries({ ...TENTH_ROUND_TEAMS, ...TWENTYSECOND_ROUND_TEAMS, ...TWENTYTHIRD_ROUND_TEAMS });

function basedOn(message: string) {
  const c = chat(catalog);
  const reply = c.say(message);
  const line = /\*\*Based on:\*\* ([^\n]*)/.exec(textOf(reply))?.[1] ?? "";
  return { line, stated: c.session.requirements };
}

describe("the say-back names assumed facts as assumed", () => {
  it("US K-12 edtech: no priority stated, so 'priorities: quality (assumed)', with why in the Assumed line", () => {
    const { line, stated } = basedOn(TWENTYTHIRD_ROUND_TEAMS["US K-12 edtech"]);
    expect(stated.priorities ?? []).toEqual([]);
    expect(line).toContain("priorities: quality (assumed)");
  });

  it.each(TEAMS)("%s: priorities said back are the stated ones, or marked assumed", (_, message) => {
    const { line, stated } = basedOn(message);
    const said = /priorities: ([^·]*)/.exec(line)?.[1]?.trim();
    if (said === undefined) return;
    if ((stated.priorities ?? []).length === 0) expect(said).toMatch(/\(assumed\)\.?$/);
    else expect(said).toBe(stated.priorities!.map((p) => CRITERION_LABELS[p]).join(", "));
  });
});
