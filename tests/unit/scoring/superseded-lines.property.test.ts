// Which releases a later one of their line supersedes in a pass (scoring/superseded.ts) is found
// line by line, walking from the latest release back with a front of the best successors. It must
// say exactly what asking every release about every later one says (model-line.ts laterInLine),
// on lines that mix dated and undated releases, calendar and ordinal versions, previews, retired
// releases, ties and unknown costs; and a long line costs each release one look, not one per
// later release.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { laterInLine, lineOf } from "../../../src/catalog/model-line.js";
import type { Model } from "../../../src/catalog/schema.js";
import { modelSlots } from "../../../src/scoring/model-slots.js";
import { isPreview } from "../../../src/scoring/model-traits.js";
import { releaseLines, supersededInLine, type Priced } from "../../../src/scoring/superseded.js";
import { scaledCatalog } from "../../bench/scale-bench.js";

const real = readCatalog();
const template = real.models.find((m) => m.kind === "model") as Model;

/** A release's facts in one pass. */
interface Successor {
  cost: Priced;
  good: number;
  group: number;
}

interface Release {
  line: "Nova" | "Nova Mini";
  version: number;
  date: string | null;
  status: Model["status"];
  preview: boolean;
  /** Its pass facts, or null when ruled out or over the budget. */
  pass: Successor | null;
}

const price = fc.constantFrom(null, 1, 2, 3);
const releaseArb: fc.Arbitrary<Release> = fc.record({
  line: fc.constantFrom("Nova", "Nova Mini"),
  version: fc.constantFrom(1, 2, 2.5, 3, 24.11, 25.2),
  date: fc.constantFrom(null, "2024-01", "2024-05-01", "2025-03-02", "2025-03-02"),
  status: fc.constantFrom("current", "current", "legacy", "retired"),
  preview: fc.boolean(),
  pass: fc.option(
    fc.record({
      cost: fc.record({ monthlyUsd: price, blendedPerMTok: price }),
      good: fc.constantFrom(0, 1, 2),
      group: fc.constantFrom(0, 1, 2),
    }),
  ),
});

function catalogOf(releases: readonly Release[]): Catalog {
  const models: Model[] = releases.map((r, i) => ({
    ...template,
    id: `nova-${String(i).padStart(4, "0")}`,
    name: `${r.line} ${r.version}${r.preview ? " (preview)" : ""}`,
    lab: "Nova Labs",
    aliases: [],
    releaseDate: r.date,
    status: r.status,
  }));
  return { ...real, models, modelById: new Map(models.map((m) => [m.id, m])) };
}

function noDearer(s: Successor["cost"], r: Successor["cost"]): boolean {
  if (s.monthlyUsd !== null && r.monthlyUsd !== null) return s.monthlyUsd <= r.monthlyUsd;
  if (s.blendedPerMTok !== null && r.blendedPerMTok !== null) return s.blendedPerMTok <= r.blendedPerMTok;
  return false;
}

/** Every release asked about every later one. */
function naive(catalog: Catalog, passOf: (m: Model) => Successor | null): Set<string> {
  const out = new Set<string>();
  for (const a of catalog.models) {
    const mine = passOf(a);
    if (!mine) continue;
    const later = catalog.models.some((b) => {
      const theirs = passOf(b);
      return (
        theirs !== null &&
        b.status === "current" &&
        !isPreview(b) &&
        laterInLine(b, a) &&
        noDearer(theirs.cost, mine.cost) &&
        theirs.good >= mine.good &&
        theirs.group <= mine.group
      );
    });
    if (later) out.add(a.id);
  }
  return out;
}

/** The line walk, counting how often each of a release's facts is looked up. */
function walked(catalog: Catalog, passOf: (m: Model) => Successor | null) {
  const { models } = modelSlots(catalog);
  const { lineOfSlot } = releaseLines(catalog);
  const out = new Set<string>();
  const looks = new Map<string, number>();
  const look = <T>(what: string, slot: number, read: (p: Successor) => T): T => {
    const m = models[slot] as Model;
    const key = `${what} ${m.id}`;
    looks.set(key, (looks.get(key) ?? 0) + 1);
    return read(passOf(m) as Successor);
  };
  const pass = {
    asks: (slot: number) => passOf(models[slot] as Model) !== null,
    usable: (slot: number) => passOf(models[slot] as Model) !== null,
    cost: (slot: number) => look("cost", slot, (p) => p.cost),
    good: (slot: number) => look("good", slot, (p) => p.good),
    group: (slot: number) => look("group", slot, (p) => p.group),
  };
  for (const line of new Set(lineOfSlot))
    if (line) supersededInLine(line, pass, (slot) => out.add((models[slot] as Model).id));
  return { out, looks };
}

describe("a line's superseded releases, found in one walk", () => {
  it("match asking every release about every later one", () => {
    fc.assert(
      // Up to 40 releases: the front is pruned from 8 successors on.
      fc.property(fc.array(releaseArb, { maxLength: 40 }), (releases) => {
        const catalog = catalogOf(releases);
        const byId = new Map(catalog.models.map((m, i) => [m.id, releases[i]?.pass ?? null]));
        const passOf = (m: Model) => byId.get(m.id) ?? null;
        expect([...walked(catalog, passOf).out].sort()).toEqual([...naive(catalog, passOf)].sort());
      }),
      { numRuns: 400 },
    );
  });

  it("look up each fact of each release of a long line at most once", () => {
    const releases = fc.sample(releaseArb, { numRuns: 1500, seed: 7 });
    const catalog = catalogOf(releases);
    const byId = new Map(catalog.models.map((m, i) => [m.id, releases[i]?.pass ?? null]));
    const passOf = (m: Model) => byId.get(m.id) ?? null;
    const { out, looks } = walked(catalog, passOf);
    expect(Math.max(...looks.values())).toBe(1);
    expect(out).toEqual(naive(catalog, passOf));
    expect(out.size).toBeGreaterThan(50);
  });
});

describe("the bench's bigger catalogues", () => {
  it("make each copy a line of its own, one release per original release", () => {
    const big = scaledCatalog(real, 3);
    const keys = (models: readonly Model[]) => models.flatMap((m) => lineOf(m)?.key ?? []);
    const realKeys = keys(real.models);
    const bigKeys = keys(big.models);
    expect(bigKeys).toHaveLength(3 * realKeys.length);
    expect(new Set(bigKeys).size).toBe(3 * new Set(realKeys).size);
  });
});
