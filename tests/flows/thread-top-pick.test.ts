// After a shortlist, a model named by its place ("the top pick", "your second choice", "#3") is
// that place on the shortlist, for a fact, a licence or a self-hosting question; asking for the
// pick again ("whats your pick", "ok so which models?") shows the same shortlist with the thread's
// facts kept. Through the real advisor and catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { ORDINAL_WORDS } from "../../src/catalog/ordinal.js";
import { chat, rankingOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const OPENING = "recommend a coding model, on-prem, no Meta models, 50M tokens a month";

function shortlisted() {
  const c = chat(catalog);
  const ranked = rankingOf(c.say(OPENING)).map((r) => r.id);
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  return { c, ranked };
}
const modelIds = (reply: { data?: { models?: { id: string }[] } }) => (reply.data?.models ?? []).map((m) => m.id);
// The ordinal word for a place ("first", "second", "third"), not the number word.
const wordFor = (place: number) =>
  Object.entries(ORDINAL_WORDS).find(([w, n]) => n === place && /^(?:first|second|third|[a-z]+th)$/.test(w))![0];

describe("a shortlist place said in words", () => {
  for (const place of [1, 2, 3]) {
    const word = wordFor(place);
    for (const phrase of [`the ${word} pick`, `your ${word} choice`, `#${place}`]) {
      it(`'whats the context window of ${phrase}?' is about #${place}`, () => {
        const { c, ranked } = shortlisted();
        const reply = c.say(`whats the context window of ${phrase}?`);
        expect(reply.data?.intent).toBe("model-info");
        expect(modelIds(reply)).toEqual([ranked[place - 1]]);
      });
    }
  }

  for (const phrase of ["the top pick", "#1", "the first pick", "your top choice"]) {
    it(`'how many GPUs would we need for ${phrase}?' sizes #1 and changes nothing`, () => {
      const { c, ranked } = shortlisted();
      const before = c.session.requirements;
      const reply = c.say(`how many GPUs would we need for ${phrase}?`);
      expect(reply.data?.intent).toBe("cost");
      expect(modelIds(reply)).toEqual([ranked[0]]);
      expect(c.session.requirements).toEqual(before);
    });
  }
});

describe("asking for the pick again after a shortlist", () => {
  for (const again of [
    "whats your pick",
    "ok so which models?",
    "what's your recommendation?",
    "so which ones then?",
  ]) {
    it(`'${again}' shows the same shortlist and keeps the thread`, () => {
      const { c, ranked } = shortlisted();
      const before = c.session.requirements;
      const reply = c.say(again);
      expect(reply.data?.intent).toBe("recommend");
      expect(rankingOf(reply).map((r) => r.id)).toEqual(ranked);
      expect(c.session.requirements).toEqual(before);
    });
  }
});
