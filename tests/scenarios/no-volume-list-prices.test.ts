// A shortlist asked for without a volume has no monthly figure to show, so it shows what a team
// compares instead: each pick's cheapest API list price per 1M tokens, input and output, with the
// host (never a row of "unknown"). Checked over generated requests on the real catalogue, the
// prices recomputed here from the catalogue's offerings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat } from "../flows/recommend-helpers.js";
import { rowsOf, shortlistThrough } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();

const REQUESTS: { title: string; req: Requirements }[] = (["chat", "extraction", "rag", "coding"] as UseCase[]).flatMap(
  (useCase) =>
    [
      { priorities: ["cost" as const], contextTokens: 200_000 },
      { priorities: ["quality" as const] },
      { exclude: { countries: ["CN"] } },
    ].map((extra) => ({
      title: `${useCase} ${JSON.stringify(extra)}`,
      req: { useCase, deployment: "any-api" as const, ...extra },
    })),
);

/** The price row of a reply's shortlist table, by the pick's column. */
function priceRow(reply: ReturnType<typeof shortlistThrough>): string[] {
  const table = reply.blocks.find((b) => b.kind === "table");
  const row = table && table.kind === "table" ? table.rows.find((r) => r[0] === "List price per 1M tokens") : undefined;
  expect(row, "a list-price row").toBeDefined();
  return row!.slice(1);
}

describe("no volume stated: each pick's list price per 1M tokens, not 'unknown'", () => {
  it.each(REQUESTS)("$title", ({ req }) => {
    const reply = shortlistThrough(catalog, req);
    const cells = priceRow(reply);
    rowsOf(reply)
      .slice(0, 3)
      .forEach((row, i) => {
        const model = catalog.modelById.get(row.id)!;
        const blended = (o: (typeof model.offerings)[number]) => 0.75 * o.inputPerMTok + 0.25 * o.outputPerMTok;
        const cheapest = Math.min(...model.offerings.map(blended));
        const m = cells[i]!.match(/^\$([\d.]+) in \/ \$([\d.]+) out \((.+)\)$/);
        expect(m, `${row.id}: "${cells[i]}"`).not.toBeNull();
        // The shown pair is the host with the cheapest 3:1 blend, to the cent shown.
        expect(Math.abs(0.75 * Number(m![1]) + 0.25 * Number(m![2]) - cheapest), row.id).toBeLessThan(0.006);
        expect(
          model.offerings.some((o) => o.providerName === m![3] && Math.abs(blended(o) - cheapest) < 1e-9),
          row.id,
        ).toBe(true);
      });
  });

  it("the one-shot 'cheapest model that handles 200k tokens of context in one request?' shows the prices, cheapest blend first", () => {
    const reply = chat(catalog).say("cheapest model that handles 200k tokens of context in one request?");
    const cells = priceRow(reply);
    const blends = cells.map((c) => {
      const m = c.match(/^\$([\d.]+) in \/ \$([\d.]+) out/)!;
      return 0.75 * Number(m[1]) + 0.25 * Number(m[2]);
    });
    expect(blends[0]).toBeLessThanOrEqual(Math.min(...blends) + 0.006);
  });
});
