// A cost asked per thing the thread counts, with a word saying which ones: 'what does the top pick
// cost per guest conversation?' (sixteenth tryout round, Dubai hotel group, a thread of 600,000
// guest conversations a month) answered Qwen3-Next 80B-A3B's API prices at hosts outside the UAE
// (a model question about #1), while 'per conversation' gave the shortlist's $9,026 a month ÷
// 600,000. Up to two words may stand between 'per' and the noun; a number may not ('per 1000
// conversations' is no one conversation). Over generated threads (things × counts × sizes) and
// questions (words before the noun × phrasings): the per-unit answer over the thread's count, #1's
// figure its monthly cost divided by it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { DUBAI_HOTEL_GROUP } from "../scenarios/sixteenth-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const THINGS = [
  { plural: "conversations", one: "conversation", which: ["guest", "customer support"] },
  { plural: "tickets", one: "ticket", which: ["support", "single"] },
  { plural: "claims", one: "claim", which: ["insurance", "motor"] },
  { plural: "episodes", one: "episode", which: ["new", "podcast"] },
] as const;
const COUNTS = [20_000, 150_000, 600_000] as const;
const SIZES = [
  { said: "1,000 tokens in and 200 out each", each: 1_200 },
  { said: "~2,500 tokens in and ~500 tokens out each", each: 3_000 },
] as const;
const ASKS = [
  "what does the top pick cost per {u}?",
  "how much is the top pick per {u}?",
  "what does #1 come to per {u}?",
] as const;

describe("a cost asked per thing the thread counts, with a word saying which", () => {
  it("divides #1's monthly cost by the thread's count", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THINGS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...ASKS),
        fc.nat(1),
        (thing, count, size, ask, w) => {
          const c = chat(catalog);
          const first = `support automation: ${count.toLocaleString("en-US")} ${thing.plural} a month, ${size.said}, api is fine. which model?`;
          const top = rankingOf(c.say(first))[0]!;
          expect(top.monthlyCostUsd, first).not.toBeNull();
          const said = ask.replace("{u}", `${thing.which[w]!} ${thing.one}`);
          const reply = c.say(said);
          expect(reply.data?.asked, said).toMatchObject({ topic: "per-unit", perMonth: count });
          const text = textOf(reply);
          expect(text, said).toContain(`#1 ${top.name}`);
          expect(text, said).toMatch(new RegExp(`Per ${thing.one}\\b`));
          expect(text, said).toContain(`a month ÷ ${count.toLocaleString("en-US")};`);
        },
      ),
      { numRuns: 25, seed: 1617 },
    );
  }, 120_000);

  it("Dubai hotel group: 'what does the top pick cost per guest conversation?' is #1's monthly cost (self-hosted in the UAE) ÷ 600,000", () => {
    const c = chat(catalog);
    const top = rankingOf(c.say(DUBAI_HOTEL_GROUP))[0]!;
    expect(top.costBasis).toBe("self-host");
    const reply = c.say("what does the top pick cost per guest conversation?");
    expect(reply.data?.asked).toMatchObject({ topic: "per-unit", perMonth: 600_000 });
    expect(textOf(reply)).toContain(`÷ 600,000; self-hosted`);
    expect(textOf(reply)).not.toMatch(/monthly API cost|at Alibaba|at OpenRouter/);
  }, 120_000);
});
