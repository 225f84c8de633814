// A team whose product decides about people (screening job applicants, scoring credit) meets the
// use policies' clauses on such decisions as a condition of its own use, quoted from the policy:
// Gemma's forbids automated decisions in employment, finance, healthcare, housing …; DeepSeek-V3's
// and MiniMax-M2.5's forbid fully automated decisions that adversely affect legal rights; Llama's
// forbids facilitating discrimination in the provision of employment, credit or housing. The verdict
// is never a plain "allowed", its first reason and first quote are that clause, and its duty is a
// person deciding each case (or outcomes checked for discrimination). Over generated teams × every
// model under such a licence, plus the sixteenth round's Amsterdam question through the chat.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { licenseVerdict } from "../../../src/licensing/verdict.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const withClause = catalog.licenses.filter((l) => l.terms.decisionsAboutPeople !== undefined);
const modelsUnder = catalog.models.filter(
  (m) => withClause.some((l) => l.id === m.licenseId) && m.status !== "retired" && m.kind !== "unreleased",
);

const USES: { field: string; what: string }[] = [
  { field: "employment", what: "screen job applicants" },
  { field: "employment", what: "screening candidates for our clients" },
  { field: "employment", what: "hiring at a staffing agency" },
  { field: "employment", what: "recruiting software that ranks CVs" },
  { field: "finance", what: "credit scoring for small businesses" },
  { field: "finance", what: "lending decisions at a fintech" },
];
const FRAMES = [
  (what: string) => `We want to use it to ${what}. Is that allowed?`,
  (what: string) => `our product: ${what}, about 40,000 people a month`,
  (what: string) => `A model for ${what}, hosted in the EU`,
];

describe("use policies on decisions about people", () => {
  it("every licence holding such a clause quotes it, and names only fields the reading knows", () => {
    expect(withClause.map((l) => l.id)).toEqual(
      expect.arrayContaining(["gemma", "deepseek-v3", "minimax-model-license", "llama-3.3", "llama-2"]),
    );
    for (const l of withClause) {
      expect(
        l.clauses.some((c) => c.topic === "decisions-about-people"),
        l.id,
      ).toBe(true);
      for (const f of l.terms.decisionsAboutPeople!.fields)
        expect(["employment", "finance", "housing", "legal", "medical"], l.id).toContain(f);
    }
    for (const l of catalog.licenses.filter((x) => x.terms.decisionsAboutPeople === undefined))
      expect(
        l.clauses.some((c) => c.topic === "decisions-about-people"),
        l.id,
      ).toBe(false);
  });

  it("reads decision uses as their field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...USES), fc.constantFrom(...FRAMES), (use, frame) => {
        expect(parseTeamFacts(frame(use.what).toLowerCase()).fieldOfUse, frame(use.what)).toBe(use.field);
      }),
    );
  });

  it(`every model under such a licence × generated teams: conditional at most, the clause first, its duty said`, () => {
    expect(modelsUnder.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...modelsUnder),
        fc.constantFrom(...USES),
        fc.constantFrom(...FRAMES),
        fc.constantFrom(true, undefined),
        (model, use, frame, commercial) => {
          const license = catalog.licenseById.get(model.licenseId)!;
          const term = license.terms.decisionsAboutPeople!;
          const facts = { ...parseTeamFacts(frame(use.what).toLowerCase()), commercial };
          const v = licenseVerdict(model, license, facts);
          const said = `${model.id} (${use.what}): ${v.reasons.join(" ")}`;
          if (!term.fields.includes(use.field)) {
            expect(v.reasons.join(" ")).not.toContain(term.policy);
            return;
          }
          expect(v.verdict, said).not.toBe("allowed");
          if (v.verdict === "blocked") return; // blocked for another reason (a non-commercial licence)
          expect(v.reasons[0], said).toContain(term.policy);
          expect(v.clauses[0]?.topic, said).toBe("decisions-about-people");
          if (term.kind === "automated") {
            expect(v.reasons[0], said).toMatch(/automated decisions about people/);
            expect(v.duties[0], said).toMatch(/^Keep a person making each decision/);
          } else {
            expect(v.reasons[0], said).toMatch(/discrimination in the provision of employment, credit or housing/);
            expect(v.duties[0], said).toMatch(/does not discriminate/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a policy held only by name is 'unverified for this field' for hiring, never a plain allowed", () => {
    const byName = catalog.models.filter((m) => {
      const l = catalog.licenseById.get(m.licenseId);
      return (
        l?.terms.acceptableUsePolicy &&
        l.terms.decisionsAboutPeople === undefined &&
        l.kind !== "library" &&
        l.kind !== "not-released" &&
        m.status !== "retired" &&
        m.kind !== "unreleased"
      );
    });
    expect(byName.length).toBeGreaterThan(5);
    for (const model of byName) {
      const v = licenseVerdict(model, catalog.licenseById.get(model.licenseId)!, {
        fieldOfUse: "employment",
        commercial: true,
      });
      expect(v.verdict, model.id).not.toBe("allowed");
    }
  });

  it("Amsterdam HR-tech: 'can we use gemma 3 27b to screen job applicants?' quotes Gemma's policy item and asks for a person deciding", () => {
    const text = textOf(chat(catalog).say("can we use gemma 3 27b to screen job applicants?"));
    expect(text).toMatch(/Allowed with conditions: Gemma 3 27B/);
    expect(text).toMatch(/automated decisions about people are forbidden by the Gemma Prohibited Use Policy/);
    expect(text).toContain(
      "Making automated decisions in domains that affect material or individual rights or well-being (e.g., finance, legal, employment, healthcare, housing, insurance, and social welfare)",
    );
    expect(text).toMatch(/Keep a person making each decision on who is hired or rejected/);
    for (const [name, quote] of [
      ["minimax-m2.5", "Conduct fully automated decision-making that adversely affects an individual's legal rights"],
      ["deepseek-v3", "For fully automated decision making that adversely impacts an individual’s legal rights"],
    ] as const) {
      const other = textOf(chat(catalog).say(`can we use ${name} to screen job applicants?`));
      expect(other, name).toContain(quote);
      expect(other, name).toMatch(/Keep a person making each decision on who is hired or rejected/);
    }
  });
});
