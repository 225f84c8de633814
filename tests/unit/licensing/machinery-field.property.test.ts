// A team whose model steers machines (warehouse robots, autonomous forklifts, drones) meets the
// Llama licences' restriction on the "operation of … heavy machinery" as a question about its own
// use, not as a routine duty buried under "pass the terms on": the verdict is conditional (the text
// we hold does not say whether a warehouse robot is heavy machinery; never a silent allowed, never a
// block), its first reason names the clause, and its first duty is to settle it with the licensor.
// Software "robots" (robotic process automation, robots.txt, a chatbot) are no machines. Over
// generated teams × every licence that restricts machinery × every model under it, plus the
// seventh-round robotics team through the chat.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseTeamFacts } from "../../../src/intents/team-facts.js";
import { licenseVerdict } from "../../../src/licensing/verdict.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";
import { ROBOTICS } from "../../scenarios/seventh-round-teams.js";

const catalog = readCatalog();
const machinery = catalog.licenses.filter((l) => l.terms.fieldOfUseRestrictions.some((r) => /machinery/i.test(r)));
const modelsUnder = catalog.models.filter((m) => machinery.some((l) => l.id === m.licenseId) && m.status !== "retired");

const MACHINES = [
  "warehouse robots",
  "a robotics startup",
  "autonomous forklifts",
  "delivery drones",
  "robotic arms on a packing line",
  "self-driving shuttles",
  "industrial machines on the factory floor",
];
const SOFTWARE = [
  "a robotic process automation platform",
  "a crawler that respects robots.txt",
  "a customer-service chatbot",
];
const FRAMES = [
  (what: string) => `We build ${what}; the model turns operator commands into action plans. Which model?`,
  (what: string) => `our product: ${what}. we ship the model inside every unit we sell`,
  (what: string) => `Small on-device model for ${what}, offline, English only`,
];

describe("a machinery restriction against a team whose model steers machines", () => {
  it("reads machine-steering teams as robotics and software 'robots' as none", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MACHINES), fc.constantFrom(...FRAMES), (what, frame) => {
        expect(parseTeamFacts(frame(what).toLowerCase()).fieldOfUse, frame(what)).toBe("robotics");
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SOFTWARE), fc.constantFrom(...FRAMES), (what, frame) => {
        expect(parseTeamFacts(frame(what).toLowerCase()).fieldOfUse, frame(what)).toBeUndefined();
      }),
    );
  });

  it(`every model under a licence restricting machinery (${modelsUnder.length}) × generated teams: conditional, the clause first, settle it first`, () => {
    expect(machinery.length).toBeGreaterThan(2);
    expect(modelsUnder.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...modelsUnder),
        fc.constantFrom(...MACHINES),
        fc.constantFrom(...FRAMES),
        fc.boolean(),
        (model, what, frame, ships) => {
          const license = catalog.licenseById.get(model.licenseId)!;
          const facts = { ...parseTeamFacts(frame(what).toLowerCase()), commercial: true, distributeWeights: ships };
          const v = licenseVerdict(model, license, facts);
          const clause = license.terms.fieldOfUseRestrictions.find((r) => /machinery/i.test(r))!;
          expect(v.verdict, `${model.id}: ${v.reasons.join(" ")}`).not.toBe("allowed");
          if (v.verdict === "conditional") {
            expect(v.reasons[0]).toContain(clause.replace(/[.;]+$/, ""));
            expect(v.reasons[0]).toMatch(/may fall under/);
            expect(v.duties[0]?.startsWith(`Confirm with ${license.developer}`)).toBe(true);
          } else expect(v.reasons.join(" ")).not.toMatch(/may fall under/);
          // Blocked only for another reason: the machinery clause itself never blocks.
          if (v.verdict === "blocked") expect(v.reasons.join(" ")).not.toContain(clause.replace(/[.;]+$/, ""));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the same teams without a machine keep the clause as a standing duty only", () => {
    for (const model of modelsUnder) {
      const license = catalog.licenseById.get(model.licenseId)!;
      const v = licenseVerdict(model, license, { commercial: true });
      expect(v.reasons.join(" ")).not.toMatch(/may fall under/);
    }
  });

  it("seventh-round robotics team through the chat: Llama 3.2 3B's line names the machinery clause", () => {
    // Gemma 3 4B and 1B lead this team's shortlist since Gemma 3 1B joined the catalogue, and Qwen3
    // 4B, 1.7B and 0.6B (Apache 2.0) since they did; without Google's and Alibaba's models Llama 3.2
    // 3B is in the top 3, and its line is what this checks.
    const text = textOf(chat(catalog).say(`${ROBOTICS} No Google or Alibaba models.`));
    const line = text.split("\n").find((l) => l.startsWith("- **Llama 3.2 3B**")) ?? "";
    expect(line).toMatch(/conditional\. Your use \(robotics\) may fall under/);
    expect(line).toContain("heavy machinery");
    expect(line).toMatch(/Duty: Confirm with Meta/);
  });
});
