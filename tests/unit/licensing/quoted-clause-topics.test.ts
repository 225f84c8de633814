// The clause a licence verdict quotes first is the licence's word on the question asked: an
// "allowed" for commercial use opens with a clause tagged for commercial use, not with a duty's clause
// (OpenAI's reverse-engineering ban, once tagged as its use policy, was quoted as the reason
// GPT-4o may be used commercially). Checked for every catalogue model and every kind of verdict.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { ClauseTopic } from "../../../src/catalog/schema.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import { licenseVerdict, pickClauses } from "../../../src/licensing/verdict.js";

const catalog = readCatalog();

/** Each kind of verdict: the fact that asks it and the clause topics that answer it. */
const QUESTIONS: { facts: TeamFacts; own: ClauseTopic[] }[] = [
  { facts: { commercial: true }, own: ["commercial-use"] },
  { facts: { selfHost: true }, own: ["self-hosting"] },
  { facts: { fineTune: true }, own: ["fine-tuning"] },
  { facts: { distributeWeights: true }, own: ["redistribution"] },
  { facts: { serveAsApi: true }, own: ["serve-as-api"] },
  { facts: { trainOnOutputs: true }, own: ["outputs-training"] },
];

describe("the clause a verdict quotes first", () => {
  const checkedPerQuestion = new Map<string | undefined, number>();
  for (const { facts, own } of QUESTIONS) {
    const question = Object.keys(facts)[0];
    it(`an "allowed" on ${question} quotes a clause tagged ${own.join("/")} first wherever the licence has one`, () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const model of catalog.models) {
        const license = catalog.licenseById.get(model.licenseId);
        if (!license) continue;
        const onQuestion = pickClauses(license, own, model);
        if (onQuestion.length === 0) continue;
        const verdict = licenseVerdict(model, license, facts);
        // Only a plain "allowed" is decided by the question's own rule alone; a condition or a block
        // may come from another term (a user threshold, a field of use), whose clause then leads.
        if (verdict.verdict !== "allowed") continue;
        checked++;
        const first = verdict.clauses[0];
        if (!first || !own.includes(first.topic))
          wrong.push(
            `${model.id} (${license.id}): first quote is ${first ? `"${first.quote}" (${first.topic})` : "none"}`,
          );
      }
      checkedPerQuestion.set(question, checked);
      expect(wrong).toEqual([]);
    });
  }

  it("had verdicts to check (commercial use and training on outputs have clauses of their own)", () => {
    expect(checkedPerQuestion.get("commercial")).toBeGreaterThan(20);
    expect(checkedPerQuestion.get("trainOnOutputs")).toBeGreaterThan(0);
  });

  it("quotes OpenAI's grant for commercial use of GPT-4o, and its reverse-engineering ban for no use verdict", () => {
    const model = catalog.models.find((m) => m.id === "gpt-4o")!;
    const license = catalog.licenseById.get(model.licenseId)!;
    const reverse = license.clauses.find((c) => /reverse engineer/i.test(c.quote));
    expect(reverse?.topic).toBe("general");
    for (const { facts } of QUESTIONS) {
      const quoted = licenseVerdict(model, license, facts).clauses.map((c) => c.quote);
      if (licenseVerdict(model, license, facts).verdict === "allowed") expect(quoted).not.toContain(reverse!.quote);
    }
    const commercial = licenseVerdict(model, license, { commercial: true });
    expect(commercial.verdict).toBe("allowed");
    expect(commercial.clauses[0]?.topic).toBe("commercial-use");
    expect(commercial.clauses[0]?.quote).toMatch(/available to End Users/);
  });
});
