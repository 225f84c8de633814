// How much a budget said in another currency can be worth in US dollars, from the ECB's euro
// reference rates. Not a conversion at today's rate (none is kept): for each currency, the day in
// the table's last year on which it was worth the most US dollars, so a price over the budget at
// that rate (plus a margin for moves since) is over it at any rate of the last years.
import type { SourceRef } from "../ports.js";

/**
 * The ECB's euro foreign exchange reference rates (the eurofxref-hist file, published by the ECB
 * at ecb.europa.eu/stats/eurofxref/), read from a public copy of the file: a secondary source of
 * primary figures. The rows below are copied from it as they stand, so each can be checked.
 */
export const EXCHANGE_RATE_SOURCE: SourceRef & { from: string; to: string } = {
  label: "ECB euro reference rates (a public copy of the ECB's eurofxref-hist file; secondary)",
  url: "https://github.com/h0tbird/eurofxref/blob/d21ffee4b337f6d7ea9eb59045155aadf7b48b98/eurofxref-hist.csv",
  asOf: "2025-05-09",
  from: "2024-05-10",
  to: "2025-05-09",
};

/**
 * Added to the strongest rate for moves after the table ends: the euro, for one, rose above its
 * table high of $1.1476 in the months after it, so the bound is said as an upper bound, not a rate.
 */
export const RATE_MARGIN = 0.1;

/** One row of the ECB file: US dollars and units of the currency per euro, that day. */
interface StrongestDay {
  on: string;
  usdPerEur: number;
  perEur: number;
}

/**
 * The day between EXCHANGE_RATE_SOURCE.from and .to when one unit of the currency bought the most
 * US dollars (usdPerEur / perEur). Currencies the ECB does not publish (the naira, the shilling,
 * the dirham, …) have no row: a budget in them stays said back and not applied.
 */
const STRONGEST: Readonly<Record<string, StrongestDay>> = {
  EUR: { on: "2025-04-22", usdPerEur: 1.1476, perEur: 1 },
  GBP: { on: "2024-09-30", usdPerEur: 1.1196, perEur: 0.83543 },
  JPY: { on: "2024-09-16", usdPerEur: 1.1126, perEur: 155.66 },
  CNY: { on: "2024-09-27", usdPerEur: 1.1158, perEur: 7.823 },
  INR: { on: "2024-05-24", usdPerEur: 1.084, perEur: 90.104 },
  CHF: { on: "2025-04-22", usdPerEur: 1.1476, perEur: 0.9318 },
  NOK: { on: "2025-05-07", usdPerEur: 1.136, perEur: 11.6715 },
  SEK: { on: "2025-04-22", usdPerEur: 1.1476, perEur: 10.9153 },
  DKK: { on: "2025-04-22", usdPerEur: 1.1476, perEur: 7.4656 },
  AUD: { on: "2024-09-30", usdPerEur: 1.1196, perEur: 1.6166 },
  CAD: { on: "2024-09-25", usdPerEur: 1.1194, perEur: 1.5044 },
  NZD: { on: "2024-09-30", usdPerEur: 1.1196, perEur: 1.7616 },
  SGD: { on: "2024-09-30", usdPerEur: 1.1196, perEur: 1.4342 },
  HKD: { on: "2025-05-02", usdPerEur: 1.1343, perEur: 8.7908 },
  KRW: { on: "2024-09-27", usdPerEur: 1.1158, perEur: 1462.76 },
  TRY: { on: "2024-05-28", usdPerEur: 1.0882, perEur: 35.0223 },
  MXN: { on: "2024-05-21", usdPerEur: 1.0864, perEur: 17.98 },
  BRL: { on: "2024-05-21", usdPerEur: 1.0864, perEur: 5.5371 },
  ZAR: { on: "2024-09-27", usdPerEur: 1.1158, perEur: 19.1092 },
  IDR: { on: "2024-09-27", usdPerEur: 1.1158, perEur: 16859.24 },
  THB: { on: "2024-09-30", usdPerEur: 1.1196, perEur: 36.107 },
  PLN: { on: "2025-04-22", usdPerEur: 1.1476, perEur: 4.28 },
  ILS: { on: "2025-01-22", usdPerEur: 1.0443, perEur: 3.6962 },
  PHP: { on: "2025-05-07", usdPerEur: 1.136, perEur: 62.889 },
};

/** The most US dollars one unit of the currency (its ISO code) bought in the table, and on which day (undefined: no row). */
export function strongestUsdPerUnit(currency: string): { usdPerUnit: number; on: string } | undefined {
  const day = STRONGEST[currency];
  return day && { usdPerUnit: day.usdPerEur / day.perEur, on: day.on };
}
