// An estimate borrows from the relative of the same tier: among models whose labs publish no
// parameter count, the tier word (Opus, Sonnet, Haiku; Pro, Flash, Lite; mini, nano) is the size.
// Before, Claude Sonnet 4.6 (rated only on two- and three-model coding boards) was weighed with an
// estimate from Claude Opus 4.6, another tier scored only from coding boards, rather than from
// Sonnet 4.5, the same tier one point release earlier with broad arena ratings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { Model } from "../../../src/catalog/schema.js";
import { qualityTable, generationOf } from "../../../src/scoring/quality.js";

const catalog = readCatalog();
const table = qualityTable(catalog);

/** The tier words labs name their sizes with, read here from the names as a lead would. */
const tierOf = (m: Model) =>
  (m.name.replace(/-/g, " ").match(/\b(nano|micro|mini|small|lite|flash|haiku|tiny|sonnet|opus)\b/gi) ?? [])
    .join(" ")
    .toLowerCase();
const major = (m: Model) => parseInt(generationOf(m) ?? "NaN", 10);
const measured = (m: Model) => table.scores.get(m.id)?.evidence !== "estimated" && m.quality.length > 0;

/** The relative a score borrows from: set on an estimate, named in a thin measurement's note. */
function borrowedFrom(m: Model): Model | undefined {
  const q = table.scores.get(m.id);
  if (q?.estimatedFrom) return catalog.modelById.get(q.estimatedFrom.id);
  const named = /weighed with its estimate from (.+?) \(/.exec(q?.note ?? "")?.[1];
  return catalog.models.find((x) => x.name === named);
}

describe("estimates borrow from the same tier", () => {
  it("Claude Sonnet 4.6's few-board rating is weighed with Sonnet 4.5, not Opus 4.6", () => {
    const q = table.scores.get("claude-sonnet-4.6")!;
    expect(q.note).toMatch(/weighed with its estimate from Claude Sonnet 4\.5 \(/);
    expect(q.score).toBeGreaterThan(table.scores.get("claude-opus-4.6")!.score - 0.15);
  });

  it("no unsized model borrows from another tier when a measured one of its tier and major generation exists", () => {
    const wrong: string[] = [];
    for (const m of catalog.models) {
      const from = borrowedFrom(m);
      if (!from || m.parameters?.totalB !== undefined || from.parameters?.totalB !== undefined) continue;
      if (tierOf(from) === tierOf(m)) continue;
      const sameTier = catalog.models.find(
        (x) =>
          x.id !== m.id &&
          x.lab === m.lab &&
          x.parameters?.totalB === undefined &&
          tierOf(x) === tierOf(m) &&
          major(x) === major(m) &&
          measured(x) &&
          table.scores.get(x.id)!.note.includes("percentile"),
      );
      if (sameTier) wrong.push(`${m.name} borrows from ${from.name}, not ${sameTier.name}`);
    }
    expect(wrong).toEqual([]);
  });
});
