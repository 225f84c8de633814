// A rule on the host said as what the host does (sixteenth round): the Amsterdam HR-tech team's 'a
// provider that does not train on candidates' data and processes it in the EU' set neither no
// training nor EU residency ('processes it in the EU' only made the team 'EU-based'), so Claude
// Haiku 4.5 via Azure, processed by Anthropic in the US, was #3. The people whose data it is come in
// the possessive ("candidates'", "patients'"), and where the host processes, stores or hosts the
// data is where the data must be.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { requirementsFromText } from "../../../src/conversation/flows/requirements-from-text.js";

const catalog = readCatalog();
const HOSTS = ["a provider", "an API", "a host", "a vendor"];
const NOT_TRAIN = ["does not train", "doesn't train", "will not train", "must not train"];
const WHOSE = ["candidates' data", "patients' records", "customers' chats", "our users' messages", "applicants' CVs"];
const DOES_THERE = [
  "processes it in",
  "stores it in",
  "processes our data in",
  "hosts the data in",
  "keeps our data within",
];
const PLACES = [
  ["the EU", "EU"],
  ["Germany", "EU"],
  ["the UAE", "the UAE"],
  ["India", "India"],
] as const;
const NEED = "We parse CVs into JSON, 60M tokens a month.";

describe("a rule on the host said as what the host does", () => {
  it("'we need <host> that <does not train> on <whose data> and <does it there> <place>' is no training and residency there", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOSTS),
        fc.constantFrom(...NOT_TRAIN),
        fc.constantFrom(...WHOSE),
        fc.constantFrom(...DOES_THERE),
        fc.constantFrom(...PLACES),
        (host, notTrain, whose, there, [place, rule]) => {
          const text = `${NEED} We need ${host} that ${notTrain} on ${whose} and ${there} ${place}.`;
          const req = requirementsFromText(text, catalog);
          expect(req.noTrainingOnData, text).toBe(true);
          if (rule === "EU") expect(req.euDataResidency, text).toBe(true);
          else expect(req.residencyElsewhere, text).toBe(rule);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("where the team works or how much it processes is no rule on the host", () => {
    for (const text of [
      `${NEED} We process 20k documents in the EU every month.`,
      `${NEED} Our recruiters are hosts in Germany for trade fairs.`,
      `${NEED} does the provider train on candidates' data?`,
    ]) {
      const req = requirementsFromText(text, catalog);
      expect(req.euDataResidency, text).toBeUndefined();
      expect(req.noTrainingOnData, text).toBeUndefined();
    }
  });
});
