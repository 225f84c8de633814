// How answers state a lab's announced retirement of a model from its own API: past or future
// tense against the turn's date, the replacement the lab names, and the source with its date.
import type { Model } from "../catalog/schema.js";

/** "Retired from Mistral AI's API on 2026-07-31 (…)" or "Retires from … on …"; null when none is on file. */
export function retirementLine(model: Model, now: Date): string | null {
  const r = model.retirement;
  if (!r) return null;
  const today = now.toISOString().slice(0, 10);
  const past = r.retiresOn <= today;
  const details = [
    r.deprecatedOn && r.deprecatedOn !== r.retiresOn ? `deprecated ${r.deprecatedOn}` : null,
    r.replacement ? `${model.lab} names ${r.replacement} as the replacement` : null,
  ].filter((d): d is string => d !== null);
  const hosts = model.openWeights ? "; hosts of the open weights may still serve it" : "";
  return `${past ? "Retired" : "Retires"} from ${model.lab}'s API on ${r.retiresOn}${details.length ? ` (${details.join("; ")})` : ""}${hosts}, per ${r.label}, ${r.asOf}`;
}

/** True once the lab's own API no longer serves the model. */
export function retiredFromLabApi(model: Model, now: Date): boolean {
  return (
    model.retirement !== undefined &&
    model.retirement !== null &&
    model.retirement.retiresOn <= now.toISOString().slice(0, 10)
  );
}
