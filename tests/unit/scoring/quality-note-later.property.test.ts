// Quality notes are written when read (later-note.ts): a table holds a score per model, an answer
// reads a few notes. Written later, a note must say what it would have said at once: here every
// note of every table is read on a catalogue that has ranked many teams since the table was
// built, and compared with the same note read right after building on a fresh catalogue.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_FILES, parseCatalog } from "../../../src/catalog/load.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import {
  languageQualityTable,
  useCaseTable,
  type CriterionTable,
  type QualityScore,
} from "../../../src/scoring/quality.js";
import { qualityNeedOf } from "../../../src/scoring/quality-need.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASES, type Requirements, type UseCase } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { TEST_DAY } from "../../helpers/test-day.js";

const files = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([name, path]) => [name, JSON.parse(readFileSync(path, "utf8")) as unknown]),
) as Record<keyof typeof CATALOG_FILES, unknown>;
const freshCatalog = (): Catalog => parseCatalog(files, { today: TEST_DAY });

const LANGUAGES: readonly (readonly string[])[] = [[], ["de"], ["ja", "ko"], ["fr", "et"]];

/** Every table a ranking of this job reads for quality and fit, with and without the job's need. */
function tablesOf(catalog: Catalog, useCase: UseCase, languages: readonly string[]): CriterionTable[] {
  const need = qualityNeedOf({ useCase });
  return [
    languageQualityTable(catalog, useCase, languages),
    languageQualityTable(catalog, useCase, languages, need),
    useCaseTable(catalog, useCase),
    useCaseTable(catalog, useCase, need),
  ];
}

const notesOf = (t: CriterionTable): string[] => [...t.scores.values()].map((q) => q.note);

describe("quality notes written when read", () => {
  it("property: a note read after other rankings says what it said when read at once", () => {
    const job = fc.record({ useCase: fc.constantFrom(...USE_CASES), languages: fc.constantFrom(...LANGUAGES) });
    fc.assert(
      fc.property(job, fc.array(job, { minLength: 1, maxLength: 4 }), (asked, others) => {
        const atOnce = tablesOf(freshCatalog(), asked.useCase, asked.languages).map(notesOf);
        const later = freshCatalog();
        const tables = tablesOf(later, asked.useCase, asked.languages);
        for (const o of others) {
          const req: Requirements = { useCase: o.useCase, languages: [...o.languages] };
          rankModels(later, req, { selfHost: selfHostQuoter(later.selfhost) });
        }
        expect(tables.map(notesOf)).toEqual(atOnce);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("a table holds no note until it is read, then serialises as a written one", () => {
    const catalog = freshCatalog();
    const scores = [...languageQualityTable(catalog, "coding", ["de"]).scores.values()];
    // Without laziness every score carries its note as a field of its own, written when the table was.
    const written = scores.filter((q) => Object.getOwnPropertyDescriptor(q, "note") !== undefined);
    expect(written).toHaveLength(0);
    const q = scores.find((s) => s.evidence === "measured") as QualityScore;
    const json = JSON.parse(JSON.stringify(q)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 2)).toEqual(["score", "note"]);
    expect(json.note).toBe(q.note);
    expect(q.note.length).toBeGreaterThan(0);
    // A copy made with a spread keeps the fields and reads no note.
    expect({ ...q }).not.toHaveProperty("note");
  });
});
