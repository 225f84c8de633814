// A question about a provider's data terms, asked of the picks shown (thirteenth tryout round,
// indie meal app): 'do any of these train on our users' photos?' answered 'Already noted: the
// model reads images. Nothing changes.' (the photos read as a need for image input), and 'does the
// top pick train on our users' data?' answered 'Gemma 3 4B is already #1', while 'do any of these
// train on our data?' got the data-terms answer. Over generated threads (first messages × who is
// asked × what they might do with it × whose things × which things): the answer is the provider
// term asked (training or retention) for the picks, its lead in the words of that term (never
// "yes for" a host on record as not training), and the thread's requirements stay as they were.
// The same question with the data as what the provider uses ('do any of these use our data for
// training?', fourteenth round, Cebu BPO) answered with three model cards; it is the training term.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { INDIE_MEAL_APP } from "../scenarios/thirteenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  INDIE_MEAL_APP,
  "support bot for our shop, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const ASKED = ["do any of these", "does the top pick", "does #2", "will any of them", "do the three picks"];
const TERMS = [
  { verbs: ["train on", "use for training on"], heading: /^\*\*Trains on your API data\*\*/ },
  { verbs: ["keep", "store", "retain"], heading: /^\*\*Keeps your data\*\*/ },
] as const;
const OWNERS = ["our", "our users'", "our customers'", "our clients'", "the users'"];
const THINGS = ["data", "photos", "images", "prompts", "chats", "documents"];

beforeAll(() => void chat(catalog).say(FIRSTS[1]!), 120_000);

describe("a data-terms question asked of the picks", () => {
  it("gets the provider term it asks about, whatever is sent, and changes nothing in the thread", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...ASKED),
        fc.constantFrom(...TERMS).chain((t) => fc.tuple(fc.constant(t.heading), fc.constantFrom(...t.verbs))),
        fc.constantFrom(...OWNERS),
        fc.constantFrom(...THINGS),
        (first, asked, [heading, verb], owner, thing) => {
          const said = `${asked} ${verb} ${owner} ${thing}?`.replace("does #2 use for", "is #2 used for");
          const c = chat(catalog);
          c.say(first);
          const before = structuredClone(c.session.requirements);
          const reply = c.say(said);
          expect(reply.data?.intent, said).toBe("what-if");
          expect(textOf(reply), said).toMatch(heading);
          expect(textOf(reply), said).not.toMatch(/Already noted|already #\d/);
          // Not training on it, keeping nothing, is what a team wants: never put as "yes" under a
          // label that asks whether it trains or keeps.
          expect(textOf(reply).split("\n")[0], said).not.toMatch(/: yes for /);
          expect(c.session.requirements, said).toEqual(before);
        },
      ),
      { numRuns: 30, seed: 1313 },
    );
  });

  it("with the data as what the provider uses ('use our data for training') is the training term", () => {
    const usedFor = ["for training", "to train their models", "for model training", "to train on"];
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...ASKED),
        fc.constantFrom(...OWNERS),
        fc.constantFrom(...THINGS),
        fc.constantFrom(...usedFor),
        (first, asked, owner, thing, purpose) => {
          const said = `${asked} use ${owner} ${thing} ${purpose}?`;
          const c = chat(catalog);
          c.say(first);
          const before = structuredClone(c.session.requirements);
          const reply = c.say(said);
          expect(reply.data?.intent, said).toBe("what-if");
          expect(textOf(reply), said).toMatch(TERMS[0].heading);
          expect(textOf(reply), said).not.toMatch(/^Lab\s*:/m);
          expect(c.session.requirements, said).toEqual(before);
        },
      ),
      { numRuns: 25, seed: 1413 },
    );
  });
});
