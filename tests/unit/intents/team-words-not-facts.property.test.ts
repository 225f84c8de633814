// Words about the team that are no requirement of the model: someone "on the phone" is in a call
// (no model on a phone), and a nationality before the kind of organisation ("a German car
// manufacturer", "a Japanese auto parts supplier") is where the company is (no language). And a
// word that is one: ITAR-controlled data is a field of use that policies name outright.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";

const catalog = readCatalog();
const req = (text: string) => parseRequirements(text, catalog);

describe("someone on the phone is in a call", () => {
  const WHO = [
    "the farmer is",
    "callers are",
    "our agents are",
    "the customer is still",
    "while they're",
    "patients are",
  ];
  const LINE = ["on the phone", "on the phones", "on the line"];
  const AROUND = [
    (c: string) => `answers must come back in under 2 seconds because ${c}. which model?`,
    (c: string) => `${c} with us, so the reply has to be fast. RAG over our FAQ, which llm?`,
    (c: string) => `Farmers call our toll-free number; ${c}, so keep it short. which model?`,
  ];

  it("no on-device placement, whoever is on it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WHO),
        fc.constantFrom(...LINE),
        fc.constantFrom(...AROUND),
        (who, line, around) => {
          const text = around(`${who} ${line}`);
          expect(req(text).onDevice, text).toBeUndefined();
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    "the assistant has to run on the phone itself, offline. which model?",
    "it must run on their phones, no server. which model?",
    "the model runs on a phone, offline",
  ])("a model on a phone is still on-device: %s", (text) => {
    expect(req(text)).toMatchObject({ onDevice: true, device: "phone" });
  });
});

describe("a nationality before the kind of organisation is no language", () => {
  const NATIONALITIES: [string, string][] = [
    ["German", "de"],
    ["Japanese", "ja"],
    ["French", "fr"],
    ["Spanish", "es"],
    ["Korean", "ko"],
    ["Italian", "it"],
  ];
  const DESCRIBING = ["", "car ", "auto parts ", "public ", "mid-size ", "regional ", "family-owned "];
  const ORGANISATIONS = ["manufacturer", "supplier", "insurer", "retailer", "telco", "carmaker", "company"];

  it("'a <nationality> <up to two words> <organisation>' names no language; a language said as one still counts", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NATIONALITIES),
        fc.constantFrom(...DESCRIBING),
        fc.constantFrom(...ORGANISATIONS),
        fc.boolean(),
        ([nationality, code], describing, organisation, saysLanguage) => {
          const languagePart = saysLanguage ? ` It must answer in ${nationality} and English.` : "";
          const text = `We're the platform team of a ${nationality} ${describing}${organisation}.${languagePart} Which model should we use for our internal assistant?`;
          const languages = req(text).languages ?? [];
          if (saysLanguage) expect(languages, text).toEqual(expect.arrayContaining([code, "en"]));
          else expect(languages, text).not.toContain(code);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a public body works in its country's language: 'a French hospital group' names French", () => {
    expect(req("french hospital group, clinical note summarisation. which model?").languages).toContain("fr");
  });

  it("a joining word or another language between them is no describing word: the language is read", () => {
    expect(req("German and English manufacturer manuals, RAG. which model?").languages).toContain("de");
    expect(req("German or French supplier contracts, extraction. which model?").languages).toContain("de");
  });
});

describe("ITAR is a field of use", () => {
  it.each([
    "we summarize our ITAR-controlled technical data packages",
    "our drawings are export-controlled under ITAR",
    "the documents are ITAR technical data",
  ])("%s", (text) => {
    expect(parseTeamFacts(text).fieldOfUse).toBe("ITAR");
  });

  it("a defence team stays military, ITAR said or not", () => {
    expect(parseTeamFacts("machined parts for defense primes; much of it is ITAR-controlled").fieldOfUse).toBe(
      "military",
    );
  });
});
