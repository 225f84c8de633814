// Volumes of the sixth tryout round's teams said as rates of work (per shift, per working day),
// shares of a population and parts of each thing, through the whole advisor: the volume said back
// is the one the team stated, with its assumptions, and the costs are worked out at it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf, totalTokens as total } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";
import { expectCostsWorkedOut } from "./cost-working-checks.js";

const catalog = readCatalog();
const WORKING_DAYS = (30 * 5) / 7;

function shortlist(text: string) {
  const c = chat(catalog);
  const reply = c.say(text);
  const said = textOf(reply);
  expectCostsWorkedOut(rowsOf(reply).slice(0, 3), said);
  return { req: c.session.requirements, said, rows: rowsOf(reply) };
}

describe("rates of work", () => {
  it("consulting firm: 2,000 consultants × 10 uses a working day × (2.5K in + 600 out), the working days said", () => {
    const { req, said, rows } = shortlist(
      "Global consulting firm, ~2,000 consultants (offices in London, NYC, Frankfurt, Singapore). We're a Microsoft shop: M365, Azure, SharePoint. We want an internal knowledge assistant over 15 years of project deliverables and proposals (RAG), plus slide/memo drafting. Client-confidential material, so no training on our data, and the EU offices need EU processing. Usage estimate: each consultant uses it ~10 times a working day, maybe 2,500 tokens in (with retrieved chunks) and 600 out. No self-hosting please, IT won't support GPUs. Budget isn't the main issue but the partners want a number.",
    );
    expect(req.volume?.inputTokensPerMonth).toBeCloseTo(2000 * 10 * WORKING_DAYS * 2500, -4);
    expect(req.volume?.outputTokensPerMonth).toBeCloseTo(2000 * 10 * WORKING_DAYS * 600, -4);
    expect(req.monthlyActiveUsers).toBe(2000);
    expect(said).toContain("2,000 consultants × 10 uses a working day");
    expect(said).toMatch(/21\.4 working days/);
    // At 1.3B tokens a month no pick costs cents (it was 3.1K tokens a month, GPT-5 Pro at $0.109).
    for (const r of rows.slice(0, 3)) expect(r.monthlyCostUsd ?? 0).toBeGreaterThan(100);
    expect(total(req.volume)).toBeGreaterThan(1e9);
  });
});
