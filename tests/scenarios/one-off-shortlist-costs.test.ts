// A job run once ("rewrite ~50 million listings once") has no monthly cost: its shortlist showed
// "Monthly cost: unknown" for every pick (the sixth and seventh rounds' marketplaces). The row is
// the one-off total instead: the job's tokens at the cheapest host the team may use, with its
// working, for every pick with an API price. Checked over generated one-off jobs, then as the
// seventh round's marketplace wrote it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { OutboundMessage } from "../../src/ports.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { MARKETPLACE } from "./seventh-round-teams.js";

const catalog = readCatalog();

function tableOf(reply: OutboundMessage): { columns: string[]; rows: string[][] } | undefined {
  const t = reply.blocks.find((b) => b.kind === "table");
  return t?.kind === "table" ? t : undefined;
}

/** The dollar figure in a cost cell ("$1,234.50 once (API via X)"), or undefined. */
const dollarsIn = (cell: string) => {
  const m = /\$([\d,]+(?:\.\d+)?)/.exec(cell);
  return m ? Number(m[1]!.replace(/,/g, "")) : undefined;
};

describe("a one-off job's shortlist shows what the job costs once", () => {
  const jobs = [
    { what: "summarise 2 million documents once, about 3k tokens each, 300 tokens out", tokensIn: 6e9, tokensOut: 6e8 },
    {
      what: "translate 400,000 product pages once, ~1,000 tokens in and ~1,000 out each",
      tokensIn: 4e8,
      tokensOut: 4e8,
    },
    {
      what: "classify 10 million support tickets once, ~500 tokens in and ~10 out each",
      tokensIn: 5e9,
      tokensOut: 1e8,
    },
  ];
  const hosting = ["", " Any API is fine.", " It is customer PII, regulated data."];
  const cases = jobs.flatMap((j) => hosting.map((h) => ({ ...j, message: `We need to ${j.what}.${h}` })));

  it.each(cases)("$message", ({ message, tokensIn, tokensOut }) => {
    const c = chat(catalog);
    const reply = c.say(message);
    const table = tableOf(reply);
    if (!table) return; // asked a question first: no shortlist to check
    const req = c.session.requirements as { volume?: unknown; oneOffVolume?: { inputTokensPerMonth: number } };
    if (req.volume || !req.oneOffVolume) return; // read as a monthly volume: not this property's case
    const costRow = table.rows.find((r) => /cost$/.test(r[0]!));
    expect(costRow?.[0], "the cost row says what the figure is").toBe("One-off cost");
    const text = textOf(reply);
    for (const [k, cell] of costRow!.slice(1).entries()) {
      const name = table.columns[k + 1]!.replace(/^\d+\.\s*/, "");
      const model = catalog.models.find((m) => m.name === name)!;
      if (model.offerings.length === 0) continue;
      const usd = dollarsIn(cell);
      expect(usd, `${name}: ${cell}`).toBeDefined();
      // The one-off total lies between the job's tokens at the cheapest and at the dearest list
      // prices of the model's hosts, batch rates allowed (at most half off).
      const totals = model.offerings.map((o) => (tokensIn * o.inputPerMTok + tokensOut * o.outputPerMTok) / 1e6);
      expect(usd!, `${name}: ${cell}`).toBeLessThanOrEqual(Math.max(...totals) * 1.001 + 0.01);
      expect(usd!, `${name}: ${cell}`).toBeGreaterThanOrEqual(Math.min(...totals) * 0.5 * 0.999 - 0.01);
      expect(text, "each figure's working is shown").toContain(`**${name}** via `);
    }
    expect(text).not.toMatch(/How the monthly costs were worked out/);
  });

  it("the seventh round's marketplace (50M listings once): no 'unknown' cost, each pick's one-off total with its working", () => {
    const c = chat(catalog);
    const reply = c.say(MARKETPLACE);
    const table = tableOf(reply);
    expect(table).toBeDefined();
    const req = c.session.requirements as { volume?: unknown; oneOffVolume?: unknown };
    if (req.volume) return; // the monthly part was read (words): monthly costs are then the right row
    const costRow = table!.rows.find((r) => /cost$/.test(r[0]!))!;
    expect(costRow[0]).toBe("One-off cost");
    for (const cell of costRow.slice(1)) expect(cell).not.toMatch(/unknown/);
    expect(textOf(reply)).toMatch(/How the one-off costs were worked out/);
    expect(textOf(reply)).toMatch(/once/);
  });
});
