// A first-party price must be the lab's current list price. Where we read the lab's own price for
// its API (curation/mistral-cards.ts) and that reading is not older than a price list's, it settles
// the lab's offerings: a list price that matches is re-sourced to the lab's text and its date (the
// lab confirmed it later than the list); one that does not is dropped, and said. A list newer than
// the lab's text is left as it is: a price may have moved since we read the lab.
import type { Offering } from "../../../src/catalog/schema.js";
import type { LabPrice } from "../curation/mistral-cards.js";

export function applyLabPrice(
  modelId: string,
  offerings: readonly Offering[],
  lab: LabPrice | undefined,
  warnings: string[],
): Offering[] {
  if (!lab) return [...offerings];
  const out: Offering[] = [];
  for (const o of offerings) {
    if (o.provider !== lab.provider || !o.firstParty || o.asOf > lab.asOf) {
      out.push(o);
      continue;
    }
    if (o.inputPerMTok === lab.input && o.outputPerMTok === lab.output) {
      out.push({ ...o, source: lab.source, sourceUrl: lab.sourceUrl, asOf: lab.asOf });
      continue;
    }
    warnings.push(
      `${modelId}: ${o.source} ${o.providerModelId} (${o.inputPerMTok}/${o.outputPerMTok}) differs from ${lab.source} of ${lab.asOf} (${lab.input}/${lab.output}); the lab's price is kept`,
    );
  }
  // Two list rows confirmed by the same reading are one price: keep one per model id.
  const seen = new Set<string>();
  return out.filter((o) => {
    if (o.source !== lab.source) return true;
    const key = `${o.provider}|${o.inputPerMTok}|${o.outputPerMTok}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
