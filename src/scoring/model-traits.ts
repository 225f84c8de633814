// Facts of one model that the criteria read for every candidate and pass. Their home is here,
// not in criteria.ts, because constraints.ts finds them once when it admits a model (see
// Candidate.firstParty) and criteria.ts reads candidates: neither may import the other.
import type { Model } from "../catalog/schema.js";

/**
 * Does the model have a first-party offering? An indexed loop: it runs per candidate and pass,
 * and a for-of made an iterator result per offering.
 */
export function hasFirstParty(model: Model): boolean {
  const offerings = model.offerings;
  for (let i = 0; i < offerings.length; i++) if ((offerings[i] as Model["offerings"][number]).firstParty) return true;
  return false;
}

const previews = new WeakMap<Model, boolean>();
/** Memoized per model: the test ran per candidate and pass, on a string built each time. */
export function isPreview(m: Model): boolean {
  let preview = previews.get(m);
  if (preview === undefined) {
    preview = /\bpreview\b/i.test(`${m.id} ${m.name}`);
    previews.set(m, preview);
  }
  return preview;
}
