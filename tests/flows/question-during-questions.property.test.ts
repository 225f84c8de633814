// While the guided questions run, a question of the team's own is answered, never taken as the
// answer to the question open (sixteenth tryout round, Cape Town: 'can we publish the labels the
// model makes as an open dataset?' at 'What will the model mostly do?' was 'Noted: extraction /
// classification · public data', its 'labels' and 'open dataset' read as answers). Over generated
// permission questions whose words would answer the open question (labels, translations,
// summaries) × permission openings × selling or publishing verbs, and two openings of the flow: no use case is set from them, the
// licence answer comes first and the same question is asked again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { CAPE_TOWN_RESEARCH_LAB } from "../scenarios/sixteenth-round-teams.js";
import { chat, stepOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const OPENINGS = ["can we", "may we", "is it ok to", "are we allowed to"] as const;
const VERBS = ["publish", "sell", "release"] as const;
// What the model makes, each with a word that answers 'What will the model mostly do?'.
const MADE = [
  "the labels the model makes",
  "the labels it makes as an open dataset",
  "the translations the model writes",
  "the summaries it writes",
] as const;
const STARTS = ["help me choose a model", CAPE_TOWN_RESEARCH_LAB] as const;

const questions = fc
  .tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...VERBS), fc.constantFrom(...MADE))
  .map(([opening, verb, made]) => `${opening} ${verb} ${made}?`);

describe("a question of the team's own while a guided question is open", () => {
  it("is answered (a licence answer), answers no question, and the question is asked again", () => {
    fc.assert(
      fc.property(questions, fc.constantFrom(...STARTS), (said, start) => {
        const c = chat(catalog);
        c.say(start);
        const open = c.session.flow?.step;
        expect(open, start).toBe("use-case");
        c.say(said);
        const intents = c.replies.map((r) => r.data?.intent);
        expect(intents[0], said).toBe("license");
        expect(c.session.requirements.useCase, said).toBeUndefined();
        expect(c.session.requirements.dataSensitivity, said).toBeUndefined();
        expect(c.session.flow?.step, said).toBe(open);
        expect(stepOf(c.replies.at(-1)!), said).toBe(open);
        expect(c.replies.map(textOf).join("\n"), said).not.toMatch(/Noted: (?:extraction|translation|summar)/);
      }),
      { numRuns: 30, seed: 1615 },
    );
  }, 120_000);

  it("an answer put as a question ('coding?', 'maybe translation?') still answers it", () => {
    for (const [said, useCase] of [
      ["coding?", "coding"],
      ["maybe translation?", "translation"],
      ["is coding ok?", "coding"],
    ] as const) {
      const c = chat(catalog);
      c.say("help me choose a model");
      c.say(said);
      expect(c.session.requirements.useCase, said).toBe(useCase);
    }
  }, 120_000);
});
