// A residency wish is not a rule: the Lagos wallet's "CBN rules mean customer data should stay in
// Nigeria where possible but we use AWS Cape Town today" was read as 'data must stay in Nigeria', so
// a team with no GPU experience got self-hosted picks. Said as a preference (before or after the
// place) it is said back as preferred and no host is ruled out; said plainly it stays a rule.
// Checked over generated subjects, places and hedges.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const SUBJECTS = ["customer data", "the data", "all records", "player data"];
const PLACES = [
  { words: "Nigeria", said: "Nigeria" },
  { words: "India", said: "India" },
  { words: "Aotearoa New Zealand", said: "New Zealand" },
  { words: "the EU", said: "the EU" },
  { words: "Europe", said: "the EU" },
  { words: "Germany", said: "Germany" },
] as const;
// {r} is the residency phrase.
const HEDGES = [
  "{r} where possible",
  "{r} if possible",
  "{r}, ideally",
  "ideally {r}",
  "preferably {r}",
  "if possible, {r}",
];
const JOBS = ["Support chat for our wallet app.", "We summarise support tickets.", "RAG over our docs, which model?"];

describe("residency said as a wish", () => {
  it("is said back as preferred, and is no rule", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...PLACES),
        fc.constantFrom(...HEDGES),
        fc.constantFrom(...JOBS),
        (subject, place, hedge, job) => {
          const text = `${job} ${hedge.replace("{r}", `${subject} should stay in ${place.words}`)}.`;
          const req = parseRequirements(text);
          expect(req.euDataResidency, text).toBeUndefined();
          expect(req.residencyElsewhere, text).toBeUndefined();
          expect(req.preferredPlace, text).toBe(`data kept in ${place.said}`);
          expect(req.inEu, text).toBeUndefined();
        },
      ),
      { numRuns: 120 },
    );
  });

  it("said plainly, the same place is a rule with no preference beside it", () => {
    for (const place of PLACES)
      for (const subject of SUBJECTS) {
        const text = `Support chat for our wallet app. ${subject} must stay in ${place.words}.`;
        const req = parseRequirements(text);
        const rule = place.said === "the EU" ? req.euDataResidency : req.residencyElsewhere;
        expect(rule, text).toBe(place.said === "the EU" ? true : place.said);
        expect(req.preferredPlace, text).toBeUndefined();
      }
    // "ideally" opening a wish of its own leaves the rule before it a rule (the Munich law firm's).
    const munich = parseRequirements("Client data is privileged so it must stay in the EU, ideally no US-hosted API.");
    expect(munich.euDataResidency).toBe(true);
    expect(munich.preferredPlace).toBeUndefined();
  });

  it("a hosting region or a European vendor preferred: 'EU hosting preferred but not required', 'prefer a vendor with a japan region', 'we prefer a european vendor'", () => {
    const cases = [
      ["EU hosting preferred but not required. RAG over our docs", "data kept in the EU"],
      ["we'd prefer a vendor with a japan region for our chatbot", "data kept in Japan"],
      ["we prefer a european vendor. coding assistant for 30 devs", "a European vendor"],
      ["we prefer European providers, support bot", "a European vendor"],
    ] as const;
    for (const [text, said] of cases) {
      const req = parseRequirements(text);
      expect(req.preferredPlace, text).toBe(said);
      expect(req.euDataResidency, text).toBeUndefined();
      expect(req.residencyElsewhere, text).toBeUndefined();
    }
  });

  // The Tokyo game studio's "we'd prefer to keep processing in Japan" (twenty-third round) was not
  // said back: the processing is kept in a place as the data is, as a wish and as a rule.
  it("the processing kept in a place: 'we'd prefer to keep processing in Japan' is a wish, 'we must keep our processing in Japan' a rule", () => {
    for (const place of [...PLACES, { words: "Japan", said: "Japan" }])
      for (const job of JOBS) {
        for (const wish of [
          `we'd prefer to keep processing in ${place.words}`,
          `keep processing in ${place.words} where possible`,
          `ideally we keep our processing in ${place.words}`,
        ]) {
          const text = `${job} Player messages are personal data, and ${wish}.`;
          const req = parseRequirements(text);
          expect(req.preferredPlace, text).toBe(`data kept in ${place.said}`);
          expect(req.euDataResidency, text).toBeUndefined();
          expect(req.residencyElsewhere, text).toBeUndefined();
        }
        const text = `${job} We must keep our processing in ${place.words}.`;
        const req = parseRequirements(text);
        const rule = place.said === "the EU" ? req.euDataResidency : req.residencyElsewhere;
        expect(rule, text).toBe(place.said === "the EU" ? true : place.said);
        expect(req.preferredPlace, text).toBeUndefined();
      }
  });
});
