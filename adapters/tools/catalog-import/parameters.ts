// Parameter counts of one model: a count read from the lab's own card (curation/params-sourced.ts)
// wins over a selfhost.json row that only secondary sources give; otherwise the selfhost.json row
// is kept. Disagreements between the two are reported, not silently resolved.
import type { Model } from "../../../src/catalog/schema.js";
import type { ModelCuration } from "../curation/model-types.js";
import type { SourcedParams } from "../curation/params-sourced.js";
import type { SelfHostFile } from "./source-types.js";
import { parametersFrom } from "./specs.js";

export function parametersFromSources(
  cur: ModelCuration,
  sourced: SourcedParams | undefined,
  selfhost: SelfHostFile,
  warnings: string[],
): Model["parameters"] {
  const fromSelfhost = parametersFrom(cur.params, selfhost, warnings, cur.id);
  if (!sourced) return fromSelfhost;
  if (fromSelfhost && (fromSelfhost.totalB !== sourced.totalB || fromSelfhost.activeB !== sourced.activeB)) {
    warnings.push(
      `${cur.id}: parameter counts differ: selfhost.json ${fromSelfhost.totalB}/${fromSelfhost.activeB} vs params-sourced.ts ${sourced.totalB}/${sourced.activeB}`,
    );
  }
  const selfhostIsPrimary = fromSelfhost !== null && fromSelfhost.verified !== false;
  if (selfhostIsPrimary && sourced.sourceKind === "secondary") return fromSelfhost;
  return {
    totalB: sourced.totalB,
    activeB: sourced.activeB,
    source: sourced.sourceUrl,
    asOf: sourced.asOf,
    verified: sourced.sourceKind === "primary",
    sourceKind: sourced.sourceKind,
    ...(sourced.note ? { note: sourced.note } : {}),
  };
}
