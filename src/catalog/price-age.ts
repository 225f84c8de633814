// How old a price is, and how answers say so. Prices come from dated snapshots (the lab's or a
// host's page as a price list recorded it); we keep a price past 90 days rather than drop it, but
// never let it pass for current: answers mark it "not re-verified" and the audit counts it.
import type { Offering } from "./schema.js";

/** A price not re-checked against its provider's page for longer than this is shown as such. */
export const STALE_PRICE_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whole days from an ISO date (YYYY-MM or YYYY-MM-DD, read as UTC) to `now`. */
export function ageDays(isoDate: string, now: Date): number {
  const date = isoDate.length === 7 ? `${isoDate}-01` : isoDate;
  return Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
}

export function isStalePrice(offering: Pick<Offering, "asOf">, now: Date): boolean {
  return ageDays(offering.asOf, now) > STALE_PRICE_DAYS;
}

/** "2026-07-02" for a recent price, "2026-07-02, not re-verified" once it is older than 90 days. */
export function priceAsOfLabel(offering: Pick<Offering, "asOf">, now: Date): string {
  return isStalePrice(offering, now) ? `${offering.asOf}, not re-verified` : offering.asOf;
}

/**
 * One sentence for the answer when any shown price is past the limit, naming the oldest date;
 * null when every price is recent.
 */
export function stalePriceNote(offerings: readonly Pick<Offering, "asOf">[], now: Date): string | null {
  const stale = offerings.filter((o) => isStalePrice(o, now));
  if (stale.length === 0) return null;
  const oldest = stale.map((o) => o.asOf).sort()[0]!;
  // No day count: the sentence stays the same from one day to the next (README examples are real output).
  return `Prices marked "not re-verified" are more than ${STALE_PRICE_DAYS} days old (the oldest is as of ${oldest}) and have not been checked against the provider's own pricing page since; confirm there before you commit.`;
}
