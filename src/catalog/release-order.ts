// Newest release first. Release dates are ISO (YYYY-MM-DD or YYYY-MM, checked by the schema), so
// plain code-unit order is date order, and an unknown date ("") sorts last. Not localeCompare:
// its first call builds ICU's collator, about a tenth of a one-shot `modelwise ask` at start-up,
// for an order that is the same on these strings.
import type { Model } from "./schema.js";

export function newestReleaseFirst(a: Pick<Model, "releaseDate">, b: Pick<Model, "releaseDate">): number {
  const x = a.releaseDate ?? "";
  const y = b.releaseDate ?? "";
  return x === y ? 0 : x < y ? 1 : -1;
}
