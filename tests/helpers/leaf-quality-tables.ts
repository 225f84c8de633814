// Every leaf quality table a ranking reads, named: the general one, each job's, and a few language
// sets (one language, another, a pair). Property tests that must hold "in every table" walk these.
import type { Catalog } from "../../src/catalog/catalog.js";
import { languagesTable, qualityTable, useCaseTable, type CriterionTable } from "../../src/scoring/quality.js";
import { USE_CASES } from "../../src/scoring/requirements.js";

export function leafQualityTables(catalog: Catalog): [string, CriterionTable][] {
  return [
    ["general", qualityTable(catalog)],
    ...USE_CASES.map((u): [string, CriterionTable] => [u, useCaseTable(catalog, u)]),
    ...[["ja"], ["fr"], ["de", "es"]].map((codes): [string, CriterionTable] => [
      codes.join("+"),
      languagesTable(catalog, codes),
    ]),
  ];
}
