// Who counts as a user: the people who use the tool. An organisation's members, customers or
// patients, counted as who it is, are users only when the tool faces them: Johannesburg's "a
// medical scheme … with about 400,000 members" (letters drafted for its clinical reviewers) and
// Curitiba's "com 40 milhões de clientes" (product descriptions) were read as 400K and 40M monthly
// users, and Piraeus's "Our fleet IT is 3 people" and "We're 6 data scientists" as 3 and 6. Checked
// over generated organisations, counts, nouns and jobs; a chatbot for those customers keeps them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const ORGANISATIONS = [
  "We're a medical scheme in Johannesburg",
  "we are an online marketplace",
  "We're a health insurer in Lyon",
  "we're a regional lender",
  "We are a legal-aid service in Toronto",
];
const COUNTS = [
  ["about 400,000", 400_000],
  ["40 million", 40_000_000],
  ["around 12,000", 12_000],
  ["over 2M", 2_000_000],
] as const;
const BASES = ["members", "customers", "clients", "patients"];
// Jobs whose users are the organisation's staff or no one: the base does not use the tool.
const STAFF_JOBS = [
  "We want an assistant that drafts decision letters for our reviewers, about 3,000 a day.",
  "We want to generate product descriptions from seller spec sheets, 3M a month.",
  "We need to summarise incoming claims for our case handlers, 20M tokens a month.",
];
const FACING = [
  "We want a support chatbot for our {base}.",
  "We want an assistant our {base} can use in the app.",
  "We need a {one}-facing chat assistant.",
];

describe("an organisation's base is not its users", () => {
  it("members, customers or patients counted as who it is are no monthly users, and are said back as its base", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANISATIONS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...BASES),
        fc.constantFrom(...STAFF_JOBS),
        (org, [said, count], base, job) => {
          const text = `${org} with ${said} ${base}. ${job}`;
          const req = parseRequirements(text);
          expect(req.monthlyActiveUsers, text).toBeUndefined();
          expect(req.organisationBase, text).toEqual({ count, noun: base });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a tool for them makes them its users", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANISATIONS),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...BASES),
        fc.constantFrom(...FACING),
        (org, [said, count], base, facing) => {
          const text = `${org} with ${said} ${base}. ${facing.replace("{base}", base).replace("{one}", base.replace(/s$/, ""))}`;
          expect(parseRequirements(text).monthlyActiveUsers, text).toBe(count);
        },
      ),
      { numRuns: 80 },
    );
  });

  // A public body counted by whom it serves: "a Norwegian municipality (about 60,000 residents)" was
  // read as 60K monthly users of a tool for its caseworkers.
  it("residents or citizens of a public body are no monthly users of a tool for its staff", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "We're the IT department of a Norwegian municipality ({said} {base})",
          "We are a regional council serving {said} {base}",
          "We're a small town ({said} {base})",
        ),
        fc.constantFrom(...COUNTS),
        fc.constantFrom("residents", "citizens"),
        fc.constantFrom(...STAFF_JOBS),
        (org, [said, count], base, job) => {
          const text = `${org.replace("{said}", said).replace("{base}", base)}. ${job}`;
          const req = parseRequirements(text);
          expect(req.monthlyActiveUsers, text).toBeUndefined();
          expect(req.organisationBase, text).toEqual({ count, noun: base });
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a chatbot the residents use makes them its users", () => {
    const text = "We're a town council and want a chatbot our 30,000 residents can use to ask about bin collection.";
    expect(parseRequirements(text).monthlyActiveUsers).toBe(30_000);
  });

  it("a unit of the team, sized ('our fleet IT is 3 people', 'we're 6 data scientists'), is no users", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Our fleet IT is", "Our IT team is", "our data team is", "We're", "We are"),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(" people", " data scientists", " ML engineers", " engineers"),
        fc.constantFrom(...STAFF_JOBS),
        (who, n, what, job) => {
          if (/^our/i.test(who) && what !== " people" && what !== " engineers") return;
          const text = `${job} ${who} ${n}${what}.`;
          const req = parseRequirements(text);
          expect(req.monthlyActiveUsers, text).toBeUndefined();
          expect(req.teamSize, text).toBe(n);
        },
      ),
      { numRuns: 100 },
    );
  });
});
