// A model without its own quality signal is estimated from a measured relative (quality.ts). An ML
// lead reads a model from its own generation first: Phi-4-mini is a distilled sibling of Phi-4,
// not of Phi-3-mini, so the seventh round's robots got it at 0.05 (from Phi-3-mini) below a 1B
// model. Same family and specialisation, then the same generation as the lab numbers it in the
// name, then the nearest size; the note names the relative and says whether it is of the same
// generation. Checked over every estimate in the real catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { lineOf } from "../../src/catalog/model-line.js";
import type { Model } from "../../src/catalog/schema.js";
import { qualityOf } from "../../src/scoring/quality.js";

const catalog = readCatalog();

/**
 * The generation number in a model's name, read here on its own terms (the first number not
 * followed by a size unit): "Phi-4-mini" 4, "Llama 3.2 3B" 3.2, "gpt-oss-20b" none.
 */
function generationOf(m: Model): string | undefined {
  for (const x of m.name.matchAll(/(\d+(?:\.\d+)?)([a-z]*)/gi)) {
    const unit = (x[2] ?? "").toLowerCase();
    if (unit === "b" || unit === "m" || unit === "k" || unit.startsWith("x")) continue;
    return `${x[1]}${unit}`;
  }
  return undefined;
}

const measured = (m: Model) => qualityOf(catalog, m.id).evidence === "measured";
const estimates = catalog.models.flatMap((m) => {
  const q = qualityOf(catalog, m.id);
  const from = q.estimatedFrom ? catalog.modelById.get(q.estimatedFrom.id) : undefined;
  return from ? [{ m, from, note: q.note }] : [];
});
const sizeGap = (a: Model, b: Model) =>
  a.parameters?.totalB !== undefined && b.parameters?.totalB !== undefined
    ? Math.abs(Math.log2(b.parameters.totalB / a.parameters.totalB))
    : undefined;

describe("an estimate is taken from the same generation first, then the nearest size", () => {
  it("there are estimates to check", () => expect(estimates.length).toBeGreaterThan(10));

  it.each(estimates.map((e) => ({ ...e, id: e.m.id })))("$id", ({ m, from, note }) => {
    // Its family, or its line when the family is a generation (Claude Sonnet 4.6 from Sonnet 4.5).
    if (from.family !== m.family) expect(lineOf(from)?.key).toBe(lineOf(m)?.key);
    expect(note).toContain(from.name);
    const gen = generationOf(m);
    if (gen === undefined) return;
    // A measured sibling of the same generation and kind (a coder for a coder, a general model for
    // a general one) is preferred to any other generation's.
    const kindOf = (x: Model) => /coder|code|vision|vl\b|reasoning|guard|math/i.exec(x.id)?.[0]?.toLowerCase() ?? "";
    // Without both sizes published, a lab's tier words are the size: a Flash-Lite is not read from a Flash.
    const tierOf = (x: Model) =>
      (x.name.match(/nano|micro|mini|small|lite|flash|haiku|tiny/gi) ?? []).join(" ").toLowerCase();
    const comparable = (x: Model) => sizeGap(m, x) !== undefined || tierOf(x) === tierOf(m);
    const sameGen = catalog.models.filter(
      (x) =>
        x.id !== m.id &&
        x.family === m.family &&
        measured(x) &&
        generationOf(x) === gen &&
        kindOf(x) === kindOf(m) &&
        comparable(x),
    );
    if (sameGen.length === 0 || kindOf(from) !== kindOf(m)) return;
    expect(
      generationOf(from),
      `${m.name} estimated from ${from.name}, not from ${sameGen.map((x) => x.name).join(", ")}`,
    ).toBe(gen);
    expect(note).toMatch(/same family and generation/);
    // Among those, the nearest size (when sizes are published).
    const gap = sizeGap(m, from);
    if (gap !== undefined)
      for (const x of sameGen) {
        const g = sizeGap(m, x);
        if (g !== undefined) expect(gap, `${from.name} vs ${x.name}`).toBeLessThanOrEqual(g + 1e-9);
      }
  });

  it("Phi-4-mini (no rating of its own) is estimated from Phi-4, lowered for its size, not from Phi-3-mini", () => {
    const mini = catalog.models.find((m) => /^phi-4-mini$/i.test(m.id));
    const phi4 = catalog.models.find((m) => /^phi-4$/i.test(m.id));
    if (!mini || !phi4 || measured(mini) || !measured(phi4)) return; // the catalogue changed: the property above still holds
    const q = qualityOf(catalog, mini.id);
    expect(q.estimatedFrom?.id).toBe(phi4.id);
    expect(q.note).toMatch(/lowered by 0\.\d\d because Phi-4 is larger/);
    expect(q.score).toBeLessThan(qualityOf(catalog, phi4.id).score);
  });
});
