// Follow-ups that re-send the counted thing multiply the thread's count, they do not replace it
// (seventh tryout round: the biotech's "5 follow-up questions re-send the document" became "5
// questions a month" in place of 3,000 documents). Each thing is sent 1 + N times, said back.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { BIOTECH } from "../scenarios/seventh-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const TEAMS = [
  BIOTECH,
  "we review supplier contracts: about 2,000 contracts a month, ~40k tokens in and 2k out each, internal data, any API is fine. which model?",
  "legal research assistant over case files: 500 case files a day, 20k tokens in and 1k out each. recommend a model",
];

const SAID = [
  (n: number) => `${n} follow-up questions re-send the document`,
  (n: number) => `each one gets ~${n} follow-ups that resend it`,
  (n: number) => `the document is re-sent with each of the ${n} follow-up questions`,
  (n: number) => `every follow-up re-sends the full file, ${n} follow-ups per document`,
];

describe("follow-ups that re-send the thing", () => {
  for (const team of TEAMS)
    for (const n of [3, 5])
      it.each(SAID.map((s) => [s(n)]))(`'%s' sends each ${n + 1} times: ${team.slice(0, 40)}…`, (said) => {
        const c = chat(catalog);
        c.say(team);
        const before = totalTokens(c.session.requirements.volume)!;
        const each = c.session.requirements.volume!.perItem!;
        const task = c.session.requirements.useCase;
        const reply = c.say(said);
        // Naming what is re-sent ("the document", "the full file") names no task: the use case stays.
        expect(c.session.requirements.useCase).toBe(task);
        expect(reply.data?.intent).toBe("what-if");
        const after = c.session.requirements.volume!;
        expect(totalTokens(after)! / before).toBeCloseTo(n + 1, 6);
        // The count and the tokens each stay; the sends are said back.
        expect(after.perItem?.inputTokens).toBe(each.inputTokens);
        expect(after.perItem?.countWords.startsWith(each.countWords)).toBe(true);
        expect(textOf(reply)).toContain(`${n + 1} sends each (the first + ${n} follow-ups`);
      });

  it("said again, the sends are replaced, not multiplied twice", () => {
    const c = chat(catalog);
    c.say(TEAMS[1]!);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("5 follow-up questions re-send the document");
    c.say("sorry, 3 follow-ups re-send the document");
    expect(totalTokens(c.session.requirements.volume)! / before).toBeCloseTo(4, 6);
  });

  it("follow-ups that do not re-send it multiply nothing", () => {
    const c = chat(catalog);
    c.say(TEAMS[1]!);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("the 5 follow-up questions don't re-send the document");
    expect(totalTokens(c.session.requirements.volume)).toBe(before);
  });
});
