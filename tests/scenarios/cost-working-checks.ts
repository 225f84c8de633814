// A figure is only as good as its inputs: every monthly cost in a shortlist must come with a line
// from which a reader recomputes it by hand (tokens × price per 1M for an API; GPUs × $/GPU-hour ×
// hours + operations for self-hosting). Parsed from the text the user reads, not from the data.
import { expect } from "vitest";
import type { Catalog } from "../../src/catalog/catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf, type ScenarioRow } from "../flows/recommend-scenarios-checks.js";

const UNIT: Record<string, number> = { "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const num = (s: string) => Number(s.replace(/,/g, ""));
const tokens = (count: string, unit: string) => num(count) * UNIT[unit]!;

/** Within rounding of the shown prices and counts (cents, 3 significant digits). */
function expectClose(recomputed: number, shown: number, label: string) {
  expect(Math.abs(recomputed - shown), `${label}: recomputed ${recomputed} vs ${shown}`).toBeLessThanOrEqual(
    Math.max(0.02, shown * 0.02),
  );
}

export function expectCostsWorkedOut(rows: ScenarioRow[], text: string): void {
  const section = text.split("How the monthly costs were worked out:**")[1]?.split("\n\n")[0] ?? "";
  for (const row of rows) {
    if (row.monthlyCostUsd === null || row.monthlyCostUsd === 0) continue;
    const line = section.split("\n").find((l) => l.startsWith(`- **${row.name}** `));
    expect(line, `${row.id}: no worked-out cost line`).toBeDefined();
    if (!line) continue;
    if (row.costBasis === "api") {
      const m = line.match(
        /([\d.,]+)([KMBT]?) tokens? in × \$([\d.,]+) = .*?\+ ([\d.,]+)([KMBT]?) tokens? out × \$([\d.,]+) = /,
      );
      expect(m, `${row.id}: "${line}"`).not.toBeNull();
      if (!m) continue;
      const usd = (tokens(m[1]!, m[2]!) * num(m[3]!) + tokens(m[4]!, m[5]!) * num(m[6]!)) / 1e6;
      expectClose(usd, row.monthlyCostUsd, row.id);
      // The price's source: a price list, or the lab's own text (Mistral's model card, Anthropic's
      // model page).
      expect(line, row.id).toMatch(
        /\((models\.dev|LiteLLM price list|[\w. ]+'s model card|Anthropic's Claude [\w. ]+ page[\w ]* \(platform\.claude\.com docs\)), \d{4}-\d{2}-\d{2}/,
      );
    } else {
      const m = line.match(/\(([\d,]+) h a month\).*?(\d+)× .*? at \$([\d.,]+)\/GPU-hour.*?plus \$([\d.,]+) ops/);
      expect(m, `${row.id}: "${line}"`).not.toBeNull();
      if (!m) continue;
      // Owned GPUs at their own rate, any beyond them rented: "5 yours at $0.51/GPU-hour …, 3 rented at $3.99/GPU-hour".
      const split = line.match(/, (\d+) yours at \$([\d.,]+)\/GPU-hour.*?, (\d+) rented at \$([\d.,]+)\/GPU-hour/);
      const gpuUsdPerHour = split
        ? num(split[1]!) * num(split[2]!) + num(split[3]!) * num(split[4]!)
        : num(m[2]!) * num(m[3]!);
      const usd = gpuUsdPerHour * num(m[1]!) + num(m[4]!);
      // Rates and FTE are shown as the arithmetic uses them, so a self-hosted line recomputes to the cent.
      expect(Math.abs(usd - row.monthlyCostUsd), `${row.id}: recomputed ${usd} vs ${row.monthlyCostUsd}`).toBeLessThan(
        0.006,
      );
    }
  }
}

/** A first message's shortlist, its top three costs checked as worked out, with what was understood. */
export function shortlistWithWorkedCosts(catalog: Catalog, text: string) {
  const c = chat(catalog);
  const reply = c.say(text);
  const said = textOf(reply);
  expectCostsWorkedOut(rowsOf(reply).slice(0, 3), said);
  return { req: c.session.requirements, said, rows: rowsOf(reply) };
}

/** The first message's shortlist, checked as an expert checks any shortlist, with what was understood. */
export function firstShortlist(catalog: Catalog, message: string) {
  const c = chat(catalog);
  const reply = c.say(message);
  expect(reply.data?.intent).toBe("recommend");
  const req = c.session.requirements;
  const rows = expectExpertShortlist(catalog, req, reply);
  expectCostsWorkedOut(rows.slice(0, 3), textOf(reply));
  return { c, reply, req, rows, top: rows.slice(0, 3), text: textOf(reply) };
}
