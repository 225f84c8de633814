// 'what if we have 1,000 devs?' in a thread of 400 developers' requests (Singapore bank, words34)
// scaled the volume and also set 'team of 1K' ("who builds it, not who uses it"): "we have N devs"
// is how a team gives its size, but here the people counted are those the volume is per, the
// tool's users. Over generated teams and counts: the volume and users follow, no team size is set.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();
const PEOPLE = [
  { first: "developers", later: "devs" },
  { first: "engineers", later: "engineers" },
  { first: "devs", later: "developers" },
] as const;
const HAVE = [
  (n: string, p: string) => `what if we have ${n} ${p}?`,
  (n: string, p: string) => `what if we had ${n} ${p}?`,
  (n: string, p: string) => `and if we have ${n} ${p} next year?`,
] as const;

describe("a new count of the thread's people said with 'we have'", () => {
  it("scales the volume and the users, and is no team size", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE),
        fc.integer({ min: 2, max: 20 }).map((k) => k * 50),
        fc.integer({ min: 2, max: 40 }).map((k) => k * 50),
        fc.constantFrom(...HAVE),
        (people, count, next, say) => {
          if (next === count) return;
          const c = chat(catalog);
          c.say(
            `We want a code assistant for ${formatCount(count)} ${people.first}. Each ${people.first.replace(/s$/, "")} makes about 200 completion requests a day (1,500 in, 60 out). Which model should we use?`,
          );
          expect(c.session.requirements.teamSize).toBeUndefined();
          const question = say(formatCount(next), people.later);
          const said = textOf(c.say(question));
          const req = c.session.requirements;
          expect(totalTokens(req.volume), question).toBe(next * 30 * 200 * 1_560);
          expect(req.monthlyActiveUsers, question).toBe(next);
          expect(req.teamSize, question).toBeUndefined();
          expect(said, question).not.toMatch(/team of/);
        },
      ),
      { numRuns: 8, seed: 3401 },
    );
  }, 300_000);
});
