// Reading documents whose names hold "summary" is no summarising, and care billed to an insurer is
// no clinical work (thirteenth round): the Mumbai insurer's 'We want to triage claims: read the
// claim form, hospital bills and discharge summaries …, extract the key fields, and flag possible
// fraud' was 'summarisation' and 'clinical work, where a wrong output can reach a patient'.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";

const DOCUMENTS = [
  "discharge summaries",
  "patient summaries",
  "summaries of benefits",
  "the plan summary",
  "transfer summaries",
];
const READ = ["read", "check", "go through", "look at"];
const WORK = [
  "extract the key fields and flag possible fraud",
  "extract the diagnosis codes",
  "flag claims that look wrong",
];

describe("documents named summaries are material, not the task", () => {
  it("reading them to extract or flag is extraction", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCUMENTS),
        fc.constantFrom(...READ),
        fc.constantFrom(...WORK),
        (docs, read, work) => {
          const text = `We want to triage claims: ${read} the claim form, hospital bills and ${docs}, ${work}. which model?`;
          expect(parseRequirements(text).useCase, text).toBe("extraction");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("writing them is summarising", () => {
    for (const verb of ["draft", "write", "generate", "prepare"])
      for (const text of [
        `${verb} discharge summaries from the ward notes, which model?`,
        `we ${verb} patient summaries from the chart`,
      ])
        expect(parseRequirements(text).useCase, text).toBe("summarization");
    expect(parseRequirements("summarise long claim files into a few lines").useCase).toBe("summarization");
  });
});

describe("care billed, claimed or insured is a payer's work, not clinical work", () => {
  it("an insurer reading hospital bills or medical claims works in finance", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a general insurer", "a health insurer", "an insurance company", "a motor and health insurer"),
        fc.constantFrom(
          "hospital bills",
          "medical bills",
          "medical claims",
          "pharmacy receipts",
          "medical insurance claims",
        ),
        (who, what) => {
          const text = `We're ${who}; we read ${what} and flag possible fraud.`;
          expect(parseTeamFacts(text).fieldOfUse, text).toBe("finance");
        },
      ),
      { numRuns: 30 },
    );
  });

  it("a hospital or its patients are still clinical work", () => {
    for (const text of ["a hospital wants a chatbot for patients", "we pay hospital bills for our patients' treatment"])
      expect(parseTeamFacts(text).fieldOfUse, text).toBe("medical");
  });
});
