// What the twenty-fifth tryout round found open, one todo per finding: the message as the team sent
// it (twentyfifth-round-teams.ts), what came back on tryoutfive's branch (`node dist/cli.js chat`,
// piped), and what an ML lead expects. How the lead read each shortlist: tryout-twentyfifth-round.test.ts.
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { BENGALURU_EXAM_PREP } from "./twentyfifth-round-teams.js";

describe("open findings of the twenty-fifth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it("Bengaluru exam prep: 'in English or Hinglish' is read as Hindi and English (was 'languages: English')", () => {
      expect([...(parseRequirements(BENGALURU_EXAM_PREP).languages ?? [])].sort()).toEqual(["en", "hi"]);
    });
    it.todo(
      "open-source notes app: 'The model can add at most 3 GB to the download' is read as '3 GB of device memory' (at most 3B parameters) while the laptops have 8 GB RAM; the 3 GB caps the weights file (about 5B parameters at 4-bit), the RAM caps memory, and a lead expects 3–4B models (Qwen3 4B, Phi-4-mini) considered",
    );
    it.todo(
      "state labor department: the follow-up 'what if we need FedRAMP High?' is read as 'regulated data' and the shortlist is unchanged; a lead expects the FedRAMP level read and the hosts without it (or not on record) named",
    );
  });

  describe("answers: what the team gets", () => {
    it.todo(
      "Bengaluru exam prep ('Student data should stay in India'): all three picks are APIs via Deep Infra with 'not checked: no region record', and the table's costs are those APIs' prices; the self-hosted-in-India cost that would meet the rule is not in the table, so a lead cannot see whether any pick meets the rule inside ₹8 lakh",
    );
    it.todo(
      "state labor department (small IT team, no GPU experience): #2 is o3-mini at $24,816 a month, $184 under the $25,000 budget at the low end of hidden reasoning (the answer says a longer trace costs up to 15× that part); a pick whose own note says it can be several times over budget should be flagged as at risk of the budget, not ranked as within it",
    );
  });
});
