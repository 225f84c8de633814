// An Italian what-if opens with 'e se', as a Portuguese one does: 'e se i reclami raddoppiano
// d'inverno?' (sixteenth tryout round, Turin) was glossed as Portuguese, the first language listed
// with that opening, so 'raddoppiano' stayed Italian and the answer was 'I couldn't tell which
// requirement to change'. Of the languages whose follow-up opening a message has, the one whose
// phrases it holds most is its language. Over generated Italian what-ifs (things counted × doubling
// or tripling × a season or none) in a thread with a volume: the volume is scaled by the factor;
// the Portuguese what-if is unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();

const FIRST =
  "support bot for our complaints desk, 20,000 complaints a month, 1,200 tokens in and 400 out each, which model?";
const MONTH = 20_000 * 1_600;
const THINGS = ["i reclami", "le richieste", "i messaggi", "le conversazioni", "i volumi"] as const;
const FACTORS = [
  { said: "raddoppiano", factor: 2 },
  { said: "triplicano", factor: 3 },
] as const;
const WHEN = ["", " d'inverno", " a dicembre", " in estate"] as const;

describe("an Italian what-if in a thread", () => {
  it("'e se <things> raddoppiano / triplicano …?' scales the thread's volume", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THINGS),
        fc.constantFrom(...FACTORS),
        fc.constantFrom(...WHEN),
        (things, f, when) => {
          const c = chat(catalog);
          c.say(FIRST);
          expect(totalTokens(c.session.requirements.volume)).toBe(MONTH);
          const said = `e se ${things} ${f.said}${when}?`;
          c.say(said);
          expect(c.replies[0]?.data?.intent, said).toBe("what-if");
          expect(totalTokens(c.session.requirements.volume), said).toBe(MONTH * f.factor);
        },
      ),
      { numRuns: 20, seed: 1616 },
    );
  }, 120_000);

  it("the Portuguese 'e se o volume dobrar?' still doubles it", () => {
    const c = chat(catalog);
    c.say(FIRST);
    c.say("e se o volume dobrar?");
    expect(totalTokens(c.session.requirements.volume)).toBe(MONTH * 2);
  }, 120_000);
});
