// An Italian team writes its whole first message in Italian (sixteenth tryout round, Turin:
// 'Riceviamo circa 15.000 reclami al mese … vogliamo classificarli per categoria … e preparare una
// bozza di risposta … Ogni reclamo è lungo circa 1.200 token …, la bozza circa 400 token … non
// vogliamo fornitori americani … Non abbiamo un team di ML' was read only for its budget and the EU).
// Over generated messages (how the count is written × what is counted × the classifying verb × a
// draft reply or none × the singular 'token' after each size): classification, the count × (in +
// out) a month; the providers and the ML team said in Italian are read as the English are.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { totalTokens } from "../../flows/recommend-helpers.js";

const COUNTED = [
  ["reclami", "Ogni reclamo"],
  ["richieste", "Ogni richiesta"],
  ["messaggi", "Ogni messaggio"],
] as const;
const CLASSIFY = [
  "vogliamo classificarli per categoria",
  "vogliamo classificare",
  "ci serve classificarli per categoria",
];
const DRAFT = ["", " e preparare una bozza di risposta", " e scrivere una bozza di risposta che un operatore rivede"];

const count = fc.oneof(
  fc.integer({ min: 2, max: 99 }).map((k) => ({ n: k * 1_000, said: `${k}.000` })),
  fc.integer({ min: 2, max: 99 }).map((k) => ({ n: k * 1_000, said: `${k} mila` })),
);

describe("an Italian first message", () => {
  it("classifying counted items is classification at the count × (tokens in + out) a month", () => {
    fc.assert(
      fc.property(
        count,
        fc.constantFrom(...COUNTED),
        fc.constantFrom(...CLASSIFY),
        fc.constantFrom(...DRAFT),
        fc.integer({ min: 2, max: 30 }).map((k) => k * 100),
        fc.integer({ min: 1, max: 9 }).map((k) => k * 100),
        (c, [things, each], classify, draft, tokensIn, tokensOut) => {
          const said = `Riceviamo circa ${c.said} ${things} al mese: ${classify}${draft}. ${each} è lungo circa ${tokensIn} token, la risposta circa ${tokensOut} token.`;
          const req = parseRequirements(said);
          expect(req.useCase, said).toBe("extraction");
          expect(totalTokens(req.volume), said).toBe(c.n * (tokensIn + tokensOut));
        },
      ),
      { numRuns: 40, seed: 2929 },
    );
  });

  it("'non vogliamo fornitori americani' rules out US-owned hosts; 'non abbiamo un team di ML' is no ML-ops", () => {
    for (const providers of ["fornitori americani", "fornitori statunitensi", "provider americani"])
      for (const team of ["ML", "IA"]) {
        const said = `Siamo una banca. Vogliamo classificare le richieste dei clienti e non vogliamo ${providers}. Non abbiamo un team di ${team}, solo due sviluppatori.`;
        const req = parseRequirements(said);
        expect(req.exclude?.hostCountries, said).toContain("US");
        expect(req.mlOpsExperience, said).toBe("none");
      }
  });
});
