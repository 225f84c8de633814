// A medical document among what a team reads is the material, not the use (twenty-third round): the
// Cologne insurer summarising "claim files (letters, medical reports, invoices)" for its claims
// handlers was told "quality first, since this is clinical work, where a wrong output can reach a
// patient". An insurer or a law firm reading medical reports decides a claim or a case; the field
// is its own. A team that names nothing but the documents, or a clinic, is still read as medical.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { firstShortlist } from "../../scenarios/cost-working-checks.js";
import { KOELN_INSURER_ON_PREM } from "../../scenarios/twentythird-round-teams.js";

const DOCUMENTS = [
  "medical reports",
  "medical records",
  "doctor's letters",
  "hospital discharge letters",
  "clinical notes",
  "patient records",
  "medical certificates",
];
const JOBS = ["summarise", "extract the key facts from", "classify", "translate"];

describe("a medical document read by a payer or counsel is not clinical work", () => {
  it("an insurer reading medical documents among its claim files works in finance; a law firm, in law", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          { who: "a health and property insurer", field: "finance" },
          { who: "an insurance company", field: "finance" },
          { who: "a personal-injury law firm", field: "legal" },
        ),
        fc.constantFrom(...DOCUMENTS),
        fc.constantFrom(...JOBS),
        ({ who, field }, documents, job) => {
          const text = `We're ${who}. We want to ${job} incoming files (letters, ${documents}, invoices) for our staff.`;
          expect(parseTeamFacts(text).fieldOfUse, text).toBe(field);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a clinic, or a team that names nothing but the medical documents, is still medical", () => {
    // "doctor's letters" alone never named a field: no medical word is in it.
    for (const documents of DOCUMENTS.filter((d) => !d.startsWith("doctor"))) {
      for (const text of [
        `We're a hospital. We want to summarise ${documents} for our doctors.`,
        `We want to summarise ${documents}.`,
        `A clinic network: summarise ${documents} for the nurses.`,
      ])
        expect(parseTeamFacts(text).fieldOfUse, text).toBe("medical");
    }
  });

  it(
    "the Cologne insurer: no 'clinical work' assumed, and its health data is still regulated",
    { timeout: 60_000 },
    () => {
      expect(parseTeamFacts(KOELN_INSURER_ON_PREM).fieldOfUse).toBe("finance");
      const { req, text } = firstShortlist(readCatalog(), KOELN_INSURER_ON_PREM);
      expect(req.dataSensitivity).toBe("regulated");
      expect(text).not.toMatch(/clinical work|field of use: medical/);
    },
  );
});
