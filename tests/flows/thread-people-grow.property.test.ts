// A new number of the people a thread's volume is per (Singapore bank, seventeenth tryout round:
// 400 developers × (300 completions + 20 chats a day each), then 'what if we grow to 1,000
// developers?') set 1K monthly users and left the 6.72B tokens of 400 developers: the volume held
// two kinds of request, and only a volume of one kind was rescaled by its people; a thread that
// said "devs" did not know "developers" either. Over generated teams (people nouns said short or
// long, one or two kinds of request per person, sizes) and phrasings of the new count: every kind
// is scaled by new ÷ old people, each said back with the count it was, and the users follow.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

// The people as the first message says them, and as the what-if does.
const PEOPLE = [
  { first: "developers", later: ["developers", "devs"] },
  { first: "devs", later: ["developers", "devs"] },
  { first: "engineers", later: ["engineers"] },
] as const;
const GROW = [
  (n: string, p: string) => `what if we grow to ${n} ${p}?`,
  (n: string, p: string) => `and at ${n} ${p}?`,
  (n: string, p: string) => `what if it's ${n} ${p} next year?`,
] as const;

describe("a new count of the people a thread's volume is per", () => {
  it("scales every kind of request they send, said back with the count it was", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 2, max: 40 }).map((k) => k * 50),
        fc.boolean(),
        fc.integer({ min: 2, max: 30 }).map((k) => k * 10),
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 2, max: 60 }).map((k) => k * 50),
        fc.nat(1),
        fc.constantFrom(...GROW),
        (people, count, twoKinds, completions, chats, next, form, say) => {
          if (next === count) return;
          const c = chat(catalog);
          const chatsToo = twoKinds ? ` and ${chats} chat questions a day (3,000 in, 500 out)` : "";
          c.say(
            `We want a code assistant for ${formatCount(count)} ${people.first}, self-hosted is fine. Each ${people.first.replace(/s$/, "")} makes about ${completions} completion requests a day (1,500 in, 60 out)${chatsToo}. Which model should we use?`,
          );
          const each = 30 * (completions * 1_560 + (twoKinds ? chats * 3_500 : 0));
          expect(totalTokens(c.session.requirements.volume), "the first message's volume").toBe(count * each);
          const noun = people.later[form % people.later.length]!;
          const question = say(formatCount(next), noun);
          const said = textOf(c.say(question));
          const req = c.session.requirements;
          expect(totalTokens(req.volume), question).toBe(next * each);
          expect(req.monthlyActiveUsers, question).toBe(next);
          const kinds = req.volume?.kinds?.map((k) => k.item) ?? (req.volume?.perItem ? [req.volume.perItem] : []);
          expect(kinds.length, question).toBe(twoKinds ? 2 : 1);
          for (const k of kinds) expect(k.countWords, question).toContain(`(was ${formatCount(count)})`);
          expect(said, question).toMatch(/^\*\*What if:\*\* volume ×[\d.]+/m);
        },
      ),
      { numRuns: 14, seed: 1820 },
    );
  }, 300_000);
});
