// A charity or an NGO asking about a licence wants to know whether being one changes anything.
// For a licence whose terms on file never read the kind of organisation (Llama's, Gemma's, Apache
// 2.0, MIT) the answer says so at the top, and the verdict is the one a company gets; for a
// non-commercial licence, where it can matter, it asks about the use instead and never says "changes
// nothing". Over generated nonprofit phrasings × models under each kind of licence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();

const WHO = [
  "We are a non-profit.",
  "We're an NGO.",
  "We are a small charity.",
  "We're a nonprofit organisation.",
] as const;
const ASK = ["can we use {m}?", "is it a problem that we are a non-profit for the {m} licence?"] as const;
/** Models under licences that set the same terms for any organisation, by id. */
const SAME_FOR_ALL = ["llama-3.1-8b", "gemma-3-12b", "qwen3-32b", "mistral-small-3.2"].filter((id) =>
  catalog.modelById.has(id),
);
const cases = fc.sample(
  fc.record({ who: fc.constantFrom(...WHO), ask: fc.constantFrom(...ASK), id: fc.constantFrom(...SAME_FOR_ALL) }),
  { numRuns: 10, seed: 1805 },
);
const heading = (answer: string) => /^(?:== )?\**([A-Z][a-z]+(?: with conditions)?):/m.exec(answer)?.[1];

describe("what being a nonprofit changes in a licence answer", () => {
  it("there are models to ask about", () => expect(SAME_FOR_ALL.length).toBeGreaterThan(2));

  it.each(cases.map((x) => ({ ...x, name: catalog.modelById.get(x.id)!.name })))(
    "$who $ask ($name): says it changes nothing, and the verdict is a company's",
    ({ who, ask, name }) => {
      const asNonprofit = textOf(chat(catalog).say(`${who} ${ask.replace("{m}", name)}`));
      expect(asNonprofit).toMatch(/Being a nonprofit:?\**:? changes nothing here/);
      const asCompany = textOf(chat(catalog).say(`can we use ${name}?`));
      expect(heading(asNonprofit), asNonprofit.slice(0, 200)).toBe(heading(asCompany));
    },
  );

  it("a non-commercial licence is not said to be unchanged: the answer asks whether the service is commercial", () => {
    const codestral = catalog.models.find((m) => m.id === "codestral-22b");
    if (!codestral) return; // the catalogue changed
    for (const who of WHO) {
      const answer = textOf(chat(catalog).say(`${who} can we use ${codestral.name}?`));
      expect(answer).not.toMatch(/changes nothing here/);
      expect(answer).toMatch(/Being a nonprofit does not make the use non-commercial/);
    }
  });
});
