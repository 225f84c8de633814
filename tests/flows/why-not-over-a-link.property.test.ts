// A why-not that ends in the team's own connection (fourteenth tryout round, Piraeus shipping:
// 'why not gpt-4.1 mini over the satellite link?') answered '== Where modelwise's facts come
// from ==', since any message ending in 'link' asked for the sources. Over generated threads
// (first messages × models × the link a team names): the answer is the why-not for that model;
// a link asked for on its own ("link?", "got a link?", "send me the link") still gets the sources.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { PIRAEUS_SHIPPING } from "../scenarios/fourteenth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRSTS = [
  PIRAEUS_SHIPPING,
  "support bot for our shop, 20M tokens a month, which model?",
  "we summarise 3,000 contracts a month, ~8k tokens in and 500 out each. which model?",
];
const MODELS = ["gpt-4.1-mini", "claude-haiku-4.5", "gemini-2.5-flash", "llama-3.3-70b", "qwen3-32b"];
const WHY_NOT = ["why not {m}", "and why not {m}", "so why not {m}", "why not use {m}"];
const OVER = ["over the satellite link", "on our slow vsat link", "through the office vpn link", "over a 4g link"];
const SOURCES_HEADING = "Where modelwise's facts come from";

const typed = (id: string) => catalog.modelById.get(id)!.name.toLowerCase();

function answer(first: string, said: string) {
  const c = chat(catalog);
  c.say(first);
  return c.say(said);
}

beforeAll(() => void chat(catalog).say(FIRSTS[1]!), 120_000);

describe("a why-not that names the team's link", () => {
  it("is the why-not for the model, never the catalogue's sources", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIRSTS),
        fc.constantFrom(...MODELS),
        fc.constantFrom(...WHY_NOT),
        fc.constantFrom(...OVER),
        (first, id, why, over) => {
          const said = `${why.replace("{m}", typed(id))} ${over}?`;
          const reply = answer(first, said);
          expect(reply.data?.intent, said).toBe("what-if");
          expect(textOf(reply), said).not.toContain(SOURCES_HEADING);
          expect(textOf(reply), said).toContain(catalog.modelById.get(id)!.name);
        },
      ),
      { numRuns: 25, seed: 1413 },
    );
  });

  it("a link asked for on its own still gets the sources", () => {
    for (const said of ["link?", "got a link?", "ok, send me the link", "any link please?", "is that official? link?"])
      expect(textOf(answer("price of gpt-4.1", said)), said).toContain(SOURCES_HEADING);
  });
});
