// What the twenty-fifth tryout round found open, one todo per finding: the message as the team sent
// it (twentyfifth-round-teams.ts), what came back on tryoutfive's branch (`node dist/cli.js chat`,
// piped), and what an ML lead expects. How the lead read each shortlist: tryout-twentyfifth-round.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { BUDGET_AT_RISK } from "../../src/answers/budget-risk-note.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { formatUsd } from "../../src/render/format.js";
import { firstShortlist } from "./cost-working-checks.js";
import { BENGALURU_EXAM_PREP, STATE_LABOR_DEPARTMENT } from "./twentyfifth-round-teams.js";

const catalog = readCatalog();

describe("open findings of the twenty-fifth tryout round", () => {
  describe("words: what the team wrote in its first message", () => {
    it("Bengaluru exam prep: 'in English or Hinglish' is read as Hindi and English (was 'languages: English')", () => {
      expect([...(parseRequirements(BENGALURU_EXAM_PREP).languages ?? [])].sort()).toEqual(["en", "hi"]);
    });
  });

  describe("answers: what the team gets", () => {
    it("Bengaluru exam prep ('Student data should stay in India'): a pick on an API host not on record in India has its self-hosted-in-India cost in the table and its residency line, against ₹8 lakh, with no GPU price in India on record said (was: 'not checked' with no cost)", () => {
      const { reply, text, top } = firstShortlist(catalog, BENGALURU_EXAM_PREP);
      const rows = reply.blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
      const row = rows.find((r) => r[0] === "Self-hosted in India")?.join(" | ");
      expect(row, "a table row for the self-hosted cost in India").toBeDefined();
      const section = text.split("**Where the data is processed**")[1]?.split("\n\n")[0] ?? "";
      expect(section).toMatch(
        /No GPU rental price read in India is on record, so a self-hosted figure here rents its GPUs at the verified median/,
      );
      const unchecked = section.split("\n").filter((l) => /\*\*not checked\*\*/.test(l));
      expect(unchecked.length, "the round's picks on Deep Infra").toBeGreaterThan(0);
      for (const line of unchecked) {
        const m = line.match(
          /would meet the rule: about \*\*(\$[\d,.]+)\*\* a month on rented GPUs \((\d+)× .*? at \$([\d.]+)\/GPU-hour \(verified median\).*, (within|over) your INR 800,000 \(at most (\$[\d,.]+)\) budget\.$/,
        );
        expect(m, line).not.toBeNull();
        // The cell in the table is the figure the line states, and within/over is read against the bound.
        expect(row).toContain(m![1]!);
        const usd = Number(m![1]!.replace(/[$,]/g, ""));
        const bound = Number(m![5]!.replace(/[$,]/g, ""));
        expect(m![4]).toBe(usd <= bound ? "within" : "over");
      }
      // A pick on record as processing in India needs no self-hosted figure.
      for (const pick of top)
        if (
          section.includes(`- **${pick.name}** via`) &&
          new RegExp(`${pick.name} via [^:]+: processed in India`).test(section)
        )
          expect(row).toContain("not needed (in India)");
    });
    it("state labor department (small IT team, no GPU experience): o3-mini, $184 under the $25,000 budget only at the low end of hidden reasoning (it was #2), is flagged as at risk of the budget and ranked after every pick within it at the longest published trace, the answer saying both ends", () => {
      const { reply, req, rows, top, text } = firstShortlist(catalog, STATE_LABOR_DEPARTMENT);
      const budget = req.monthlyBudgetUsd!;
      expect(budget).toBe(25_000);
      // Every top pick is within the budget at the estimate the answer states (both ends for a reasoning model).
      for (const row of top) expect(row.reasoningHighUsd ?? row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(budget);
      const o3 = rows.find((r) => r.id === "o3-mini");
      expect(o3, "o3-mini is still ranked: within budget at the low end").toBeDefined();
      expect(o3!.monthlyCostUsd!).toBeLessThanOrEqual(budget);
      expect(o3!.reasoningHighUsd!).toBeGreaterThan(budget);
      expect(top.map((r) => r.id)).not.toContain("o3-mini");
      const note = text.split("\n").find((l) => l.startsWith(BUDGET_AT_RISK));
      expect(note).toContain(`o3-mini (listed #${o3!.rank}`);
      expect(note).toContain(`${formatUsd(o3!.monthlyCostUsd!)} a month at 1,000 hidden reasoning tokens a request`);
      expect(note).toContain(`${formatUsd(o3!.reasoningHighUsd!)} at 15,000`);
      expect(note).toMatch(/budget is checked at 15,000, the longest published trace/);
      expect(reply.data?.intent).toBe("recommend");
    });
  });
});
