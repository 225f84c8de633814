// How answers state a lab's announced retirement of a model from its own API: past or future
// tense against the turn's date, the replacement the lab names, and the source with its date.
import type { Catalog } from "../catalog/catalog.js";
import { offeringEndOfLife, type RetiredOffering } from "../catalog/offering-lifecycle.js";
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

/**
 * "Amazon Bedrock: retired on 2026-07-07 (legacy from 2026-01-07), per AWS's …, 2026-12-07": one
 * offering past its end of life, with the source; a secondary source is said to be unverified. The
 * lab's own API ended by the lab's retirement says when it was deprecated and what the lab names instead.
 */
export function retiredOfferingLine(r: RetiredOffering): string {
  const first = r.endedBy === "lab" ? "deprecated" : "legacy from";
  const legacy = r.legacyOn && r.legacyOn !== r.retiredOn ? ` (${first} ${r.legacyOn})` : "";
  const instead = r.replacement ? `; ${r.offering.providerName} names ${r.replacement} as the replacement` : "";
  const unverified = r.sourceKind === "secondary" ? " (a secondary source: unverified)" : "";
  return `${r.offering.providerName}: retired on ${r.retiredOn}${legacy}, no longer sold or priced${instead}, per ${r.label}, ${r.asOf}${unverified}`;
}

/**
 * The model's offerings past their end of life: those the loader took out, and those whose date
 * has passed since by the turn's clock (`now`), so a bot running across the date says so too.
 */
export function retiredOfferingsAt(catalog: Catalog, model: Model, now?: Date): RetiredOffering[] {
  const loaded = catalog.retiredOfferings?.get(model.id) ?? [];
  if (!now) return [...loaded];
  const today = now.toISOString().slice(0, 10);
  const since = model.offerings.flatMap((offering) => {
    const end = offeringEndOfLife(offering, model);
    return end && end.retiredOn <= today ? [{ offering, ...end }] : [];
  });
  return [...loaded, ...since];
}

/** The model's offerings past their end of life, one line each (only the hosts' own ends with `hostsOnly`). */
export function retiredOfferingLines(catalog: Catalog, model: Model, now?: Date, hostsOnly = false): string[] {
  return retiredOfferingsAt(catalog, model, now)
    .filter((r) => !hostsOnly || r.endedBy === "host")
    .map(retiredOfferingLine);
}

/** "No longer sold: …" for the models among `models` that have retired offerings; null when none has. */
export function retiredHostsNote(catalog: Catalog, models: readonly Model[]): string | null {
  const lines = models.flatMap((m) => retiredOfferingLines(catalog, m).map((line) => `- ${m.name} on ${line}`));
  return lines.length > 0
    ? `**No longer sold at these hosts** (left out of the ranking and the costs):\n${lines.join("\n")}`
    : null;
}
