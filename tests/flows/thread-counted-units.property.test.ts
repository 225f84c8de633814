// "What if we grow to 1,000 notary offices?" (Buenos Aires notaries, twelfth tryout round) in a
// thread of "~180 notary offices pay us, each drafts maybe 60 deeds a month": the offices are the
// count the volume multiplies, so the month's tokens scale by 1,000/180. It answered "I couldn't
// tell which requirement to change": only a new number of users was read against a per-person
// volume, and offices, stores or clinics are not users. Over generated threads (units × counts ×
// rates × sizes × phrasings): the volume is the new count × the same things each × the same size,
// the count said back with what it was, and monthly users the thread never had stay unset.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatCount } from "../../src/intents/numbers.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const UNITS = [
  { plural: "offices", thing: "deeds", verb: "drafts" },
  { plural: "stores", thing: "chats", verb: "gets" },
  { plural: "clinics", thing: "letters", verb: "writes" },
  { plural: "branches", thing: "reports", verb: "files" },
  { plural: "schools", thing: "essays", verb: "grades" },
  { plural: "warehouses", thing: "orders", verb: "handles" },
] as const;
const PERIODS = [
  { said: "a month", perMonth: 1 },
  { said: "a day", perMonth: 30 },
] as const;
const WHAT_IFS = [
  (n: string, u: string) => `what if we grow to ${n} ${u}?`,
  (n: string, u: string) => `what if we had ${n} ${u}?`,
  (n: string, u: string) => `what if we reach ${n} partner ${u}?`,
  (n: string, u: string) => `what if it's ${n} ${u} next year?`,
] as const;

beforeAll(() => void chat(catalog).say("support bot, 20M tokens a month, which model?"), 120_000);

describe("a new count of what the thread's volume is per, named by its noun", () => {
  it("scales the volume by new ÷ old, keeps each unit's things and sizes, and says the count back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.constantFrom(...PERIODS),
        fc.integer({ min: 12, max: 400 }),
        fc.integer({ min: 2, max: 90 }),
        fc.constantFrom(500, 1000, 2000),
        fc.constantFrom(200, 400, 1500),
        fc.integer({ min: 2, max: 5000 }),
        fc.constantFrom(...WHAT_IFS),
        (unit, period, count, rate, input, output, next, whatIf) => {
          fc.pre(next !== count);
          const c = chat(catalog);
          c.say(
            `our ${count} ${unit.plural} each ${unit.verb} about ${rate} ${unit.thing} ${period.said}, ~${input} tokens in and ${output} out each. which model?`,
          );
          const before = totalTokens(c.session.requirements.volume);
          const expected = count * rate * period.perMonth * (input + output);
          expect(before, "the first message's volume").toBeCloseTo(expected, -2);
          const question = whatIf(formatCount(next), unit.plural);
          const reply = textOf(c.say(question));
          const after = totalTokens(c.session.requirements.volume)!;
          expect(after, question).toBeCloseTo((expected * next) / count, -2);
          expect(reply, question).toContain(`${formatCount(next)} ${unit.plural} (was ${formatCount(count)})`);
          expect(c.session.requirements.monthlyActiveUsers, question).toBeUndefined();
          // The factor is said to three figures (it read "volume ×5.555555555555555").
          expect(reply, question).toMatch(new RegExp(`volume ×${Number((next / count).toPrecision(3))}\\b`));
        },
      ),
      { numRuns: 40, seed: 1111 },
    );
    // 80 whole recommendations: a few seconds on a quiet machine, over 20 s on a loaded one.
  }, 120_000);

  it("'N more' adds to the thread's count and 'N fewer' takes them off", () => {
    const c = chat(catalog);
    c.say(
      "we sell a SaaS to notary offices: ~180 offices pay us, each drafts maybe 60 deeds a month, a deed is ~4k tokens out with ~2k tokens in. which model?",
    );
    c.say("what if we add 20 more offices?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(200 * 60 * 6000, -2);
    c.say("what if there were 50 fewer offices?");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(150 * 60 * 6000, -2);
  });
});
