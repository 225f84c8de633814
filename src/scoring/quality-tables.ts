// The quality and use-case-fit scores of one set of requirements, by catalogue slot: the ranking's
// pool reads them (rank.ts poolWith) and so does the admission pass, which asks whether a later
// release of a line is at least as good as the one it would supersede (constraints.ts,
// superseded.ts). One home, so both read the same numbers.
import type { Catalog } from "../catalog/catalog.js";
import { withClassifierScores } from "./moderation-fit.js";
import { qualitySlotScores, useCaseFitSlotScores, type SlotScores } from "./quality.js";
import { qualityNeedOf } from "./quality-need.js";
import type { Requirements } from "./requirements.js";

export function qualityTablesOf(catalog: Catalog, req: Requirements): { quality: SlotScores; fit: SlotScores } {
  return withClassifierScores(catalog, req, {
    quality: qualitySlotScores(catalog, req.useCase, req.languages, qualityNeedOf(req)),
    fit: useCaseFitSlotScores(catalog, req.useCase, req.languages, qualityNeedOf(req)),
  });
}
