// Where data must be processed, said the ways teams say it: as what may not happen outside a place
// ("legal wants no processing outside the EU", the Malta operator's, was said back as 'not
// EU-based'), by a place's own name ("Aotearoa New Zealand"), as "the Kingdom" once the message
// has named Saudi Arabia (the Riyadh utility's PDPL rule was dropped), or as a European cloud to
// stay on (the Lyon press group's, in French). Checked over generated subjects, verbs and places;
// a rule on where data goes never rules out the labs of that place, and never places the team
// outside the EU.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryOfPlace } from "../../../src/catalog/places-elsewhere.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const SUBJECTS = ["customer data", "all data", "the content", "documents", "player data", "prompts"];
// Rules that name the place at the end, with {s} for the subject and {p} for the place.
const RULES = [
  "legal wants no processing outside {p}",
  "nothing may be processed outside {p}",
  "{s} must never be stored outside {p}",
  "{s} can't be hosted outside of {p}",
  "no {s} may leave {p}",
  "{s} must be processed inside {p}",
  "{s} should stay in {p}",
];
const JOBS = ["support chatbot, which model?", "we summarise contracts.", "RAG over our policies."];

// The EEA is wider than the EU (residency-either-place.property.test.ts).
const EU_PLACES = ["the EU", "Europe", "the European Union"];
// Places outside the EU, as written and as said back; the lab-country code a rule must not exclude.
const ELSEWHERE = [
  { words: "India", said: "India", code: "IN" },
  { words: "Aotearoa New Zealand", said: "New Zealand", code: "NZ" },
  { words: "Aotearoa", said: "New Zealand", code: "NZ" },
  { words: "Saudi Arabia", said: "Saudi Arabia", code: "SA" },
  { words: "Canada", said: "Canada", code: "CA" },
  { words: "the US", said: "the US", code: "US" },
  { words: "China", said: "China", code: "CN" },
] as const;

const rule = (shape: string, subject: string, place: string) => shape.replace("{s}", subject).replace("{p}", place);

describe("a residency rule, however it is phrased", () => {
  it("with the EU as the place: EU residency, and never a team outside the EU", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...EU_PLACES),
        fc.constantFrom(...JOBS),
        (shape, subject, place, job) => {
          const text = `${job} ${rule(shape, subject, place)}`;
          const req = parseRequirements(text);
          expect(req.euDataResidency, text).toBe(true);
          expect(req.inEu, text).not.toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("with a place outside the EU: that place, said back by its name, and its labs not ruled out", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom(...ELSEWHERE),
        fc.constantFrom(...JOBS),
        (shape, subject, place, job) => {
          const text = `${job} ${rule(shape, subject, place.words)}`;
          const req = parseRequirements(text);
          expect(req.residencyElsewhere, text).toBe(place.said);
          expect(req.euDataResidency, text).toBeUndefined();
          expect(req.exclude?.countries ?? [], text).not.toContain(place.code);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("'the Kingdom' is Saudi Arabia once the message names it (a city, the country or 'Saudi'), and no place when it names none or two kingdoms", () => {
    const namings = [
      "We're an electricity utility in Riyadh.",
      "We are a retailer based in Jeddah.",
      "Saudi telecom here.",
      "Hospital group in Saudi Arabia, moving to the Dammam region.",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...namings),
        fc.constantFrom(...RULES),
        fc.constantFrom(...SUBJECTS),
        (naming, shape, subject) => {
          const text = `${naming} Under the PDPL ${rule(shape, subject, "the Kingdom")}.`;
          // Checked by its country: "the Dammam region" named first is a place in it too.
          const said = parseRequirements(text).residencyElsewhere;
          expect(said === undefined ? undefined : countryOfPlace(said), `${text}: ${said}`).toBe("SA");
        },
      ),
      { numRuns: 60 },
    );
    for (const text of [
      "all customer data must be processed inside the Kingdom.",
      "We serve Saudi Arabia and the UK; all customer data must be processed inside the Kingdom.",
    ])
      expect(parseRequirements(text).residencyElsewhere, text).toBeUndefined();
    expect(parseRequirements("we're a London firm; data must stay in the United Kingdom").residencyElsewhere).toBe(
      "the UK",
    );
  });

  it("staying on a European cloud is EU processing, in English and in French", () => {
    for (const text of [
      "we have to stay on a European cloud provider. support chatbot, which model?",
      "management wants to stay on an EU cloud, summaries of news wires",
      "Nous voulons résumer les dépêches. La direction veut rester sur un cloud européen. Quel modèle ?",
      "Nos données ne sont pas sensibles, mais la direction veut rester sur un cloud européen (nous sommes chez OVHcloud).",
    ])
      expect(parseRequirements(text).euDataResidency, text).toBe(true);
  });

  it("customers or a region id are no rule: 'customers outside the EU', 'we're on eu-central-1'", () => {
    for (const text of [
      "we're a US company with some customers outside the EU. coding assistant",
      "we run on AWS eu-central-1 today, coding assistant for 40 devs",
    ])
      expect(parseRequirements(text).euDataResidency, text).toBeUndefined();
    expect(parseRequirements("we run on AWS eu-central-1 today, coding assistant").inEu).toBeUndefined();
  });
});
