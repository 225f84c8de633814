// A residency rule that offers several places ("they must stay in Switzerland or the EU", the Basel
// pharma team's) lets the data stay in any of them: it was read as the first place only, which
// ruled out every host processing in the EU. The EEA ("processing must stay in the EEA", the Oslo
// broadcaster's) is the EU with Iceland, Liechtenstein and Norway: it was read as the EU, which
// ruled out a host in Norway. Checked over generated rule shapes, subjects and places, and over
// the catalogue's hosts: an offering meets such a rule exactly when it meets one of its places.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { countriesOfRule } from "../../../src/catalog/places-elsewhere.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { offeringResidency, residencyRule, ruleResidency } from "../../../src/scoring/residency.js";

const SUBJECTS = ["customer data", "they", "the reports", "prompts", "all data"];
// Rule shapes with {s} for the subject and {p} for the places.
const RULES = [
  "{s} must stay in {p}",
  "{s} have to be processed in {p}",
  "{s} must be stored within {p}",
  "no {s} may leave {p}",
  "legal wants no processing outside {p}",
];
const JOBS = ["We extract fields from invoices.", "Support chatbot, which model?", "RAG over our policies."];
// A place outside the EU, as written, said back and checked.
const OUTSIDE = [
  { words: "Switzerland", said: "Switzerland", code: "CH" },
  { words: "the UK", said: "the UK", code: "GB" },
  { words: "Norway", said: "Norway", code: "NO" },
  { words: "Canada", said: "Canada", code: "CA" },
] as const;
const EU_WORDS = ["the EU", "the European Union"];
const OR = [" or ", ", or ", " or in "];
const EEA = ["the EEA", "the European Economic Area"];

const rule = (shape: string, subject: string, places: string) => shape.replace("{s}", subject).replace("{p}", places);

describe("a residency rule of several places, or of the EEA", () => {
  it("'<outside> or the EU' and 'the EU or <outside>': either place, said back in the order written, and no EU-only rule", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...OUTSIDE),
        fc.constantFrom(...EU_WORDS),
        fc.constantFrom(...OR),
        fc.boolean(),
        fc.constantFrom(...JOBS),
        (shape, subject, place, eu, or, euFirst, job) => {
          const places = euFirst ? `${eu}${or}${place.words}` : `${place.words}${or}${eu}`;
          const text = `${job} ${rule(shape, subject, places)}.`;
          const req = parseRequirements(text);
          const said = euFirst ? `the EU or ${place.said}` : `${place.said} or the EU`;
          expect(req.residencyElsewhere, text).toBe(said);
          expect(req.euDataResidency, text).toBeUndefined();
          expect(countriesOfRule(said)?.sort(), text).toEqual([place.code, "EU"].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("two places outside the EU: both, either one enough", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...OUTSIDE),
        fc.constantFrom(...OUTSIDE),
        fc.constantFrom(...OR),
        (shape, subject, a, b, or) => {
          fc.pre(a.code !== b.code);
          const text = `Support chatbot. ${rule(shape, subject, `${a.words}${or}${b.words}`)}.`;
          expect(parseRequirements(text).residencyElsewhere, text).toBe(`${a.said} or ${b.said}`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the EEA alone: the EEA (the EU, Iceland, Liechtenstein, Norway), not an EU-only rule; beside an EU rule, the narrower EU rule", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...EEA),
        fc.constantFrom(...JOBS),
        (shape, subject, eea, job) => {
          const text = `${job} ${rule(shape, subject, eea)}.`;
          const req = parseRequirements(text);
          expect(req.residencyElsewhere, text).toBe("the EEA");
          expect(req.euDataResidency, text).toBeUndefined();
          expect(countriesOfRule("the EEA")?.sort(), text).toEqual(["EU", "IS", "LI", "NO"]);
          const both = parseRequirements(`${text} No data may leave the EU.`);
          expect(both.euDataResidency, text).toBe(true);
          expect(both.residencyElsewhere, text).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  it("places all in the EU ('Germany or France') stay an EU rule as well as the places", () => {
    const req = parseRequirements("RAG over contracts. Data must stay in Germany or France.");
    expect(req.euDataResidency).toBe(true);
    expect(req.residencyElsewhere).toBe("Germany or France");
    expect(req.inEu).toBeUndefined();
  });

  it("over the catalogue's offerings: a host meets 'X or Y' when it is known to process in X or in Y, fails it only when known not to in both", () => {
    const catalog = readCatalog();
    const offerings = catalog.models.flatMap((m) => m.offerings.map((o) => ({ m, o })));
    const saids = ["Switzerland or the EU", "the EEA", "the UK or the EU", "Canada or the US"];
    fc.assert(
      fc.property(fc.constantFrom(...offerings), fc.constantFrom(...saids), ({ m, o }, said) => {
        const r = residencyRule({ residencyElsewhere: said })!;
        const each = r.places.map((p) => offeringResidency(catalog, m, o, p).state);
        const state = ruleResidency(catalog, m, o, r).state;
        const expected = each.includes("yes") ? "yes" : each.every((s) => s === "no") ? "no" : "unknown";
        expect(state, `${m.id} on ${o.provider}, ${said}`).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
