// A nonprofit is who the team is, not how the model is used (thirteenth round): the Minnesota
// health system's 'We're a nonprofit health system' set 'non-commercial use', so every licence
// verdict was for research use, and a non-commercial licence would have passed for a hospital's
// patient service. Non-commercial licences restrict the use (CC BY-NC 4.0 §1: "not primarily
// intended for or directed towards commercial advantage or monetary compensation"), so the
// organisation is said back and the use stays as the team states it (research is still research).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { requirementsFromText } from "../../../src/conversation/flows/requirements-from-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const ORGANISATIONS = ["nonprofit", "non-profit", "non profit", "not-for-profit", "charity", "NGO"];
const KINDS = ["health system", "hospital", "helpline", "housing association", "food bank", "school network"];

describe("a nonprofit organisation is not a non-commercial use", () => {
  it("'We're a <nonprofit> <kind>' is said back as the organisation, never as non-commercial use", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANISATIONS),
        fc.constantFrom(...KINDS),
        fc.constantFrom("we want a chatbot for the people we serve", "we want to summarise case notes", ""),
        (org, kind, need) => {
          const text = `We're a ${org} ${kind}${need ? `; ${need}` : ""}. which model?`;
          const req = requirementsFromText(text, catalog);
          expect(req.commercial, text).not.toBe(false);
          expect(req.nonprofit, text).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("research, a hobby or 'non-commercial' said outright is still non-commercial use, nonprofit or not", () => {
    for (const org of ["", "We're a nonprofit. ", "We're a charity. "])
      for (const use of [
        "this is for our research",
        "it's a non-commercial research project",
        "research only",
        "a non-profit research institute",
      ]) {
        const text = `${org}${use}; which model for summarising papers?`;
        expect(parseTeamFacts(text).commercial, text).toBe(false);
      }
    // A research team inside a business is no research use.
    expect(parseTeamFacts("a tool for our research team at the bank").commercial).not.toBe(false);
  });

  it("a non-commercial licence asked about by a nonprofit keeps the question open and says why", () => {
    for (const org of ["We're a nonprofit hospital.", "We are a non-profit health system.", "we're a charity."]) {
      const c = chat(catalog);
      const text = textOf(c.say(`${org} can we use command-r for discharge letters?`));
      expect(text, org).toContain("a nonprofit organisation");
      expect(text, org).not.toContain("non-commercial use, ");
      expect(text, org).toMatch(/Being a nonprofit does not make the use non-commercial/);
    }
  });
});
