// Number formatting shared by every answer, so money and token counts read the same everywhere.

// toLocaleString with options builds a new Intl.NumberFormat on every call, which dominated the
// Slack path's profile; a formatter per (min, max) fraction digits is built once and reused.
const formatters = new Map<number, Intl.NumberFormat>();

/** en-US grouping with between `min` and `max` fraction digits: 1234.5 -> "1,234.5". */
export function formatNumber(value: number, max = 2, min = 0): string {
  const key = min * 100 + max;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * "$1,234.56": cents from a dollar up. Under a dollar, three significant digits (at least cents):
 * list prices keep their precision ("$0.075", "$0.0375" per 1M tokens) and computed ones read as
 * figures, not as arithmetic residue ("$0.678", never "$0.6781").
 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  const maxDigits = abs !== 0 && abs < 1 ? Math.max(2, 2 - Math.floor(Math.log10(abs))) : 2;
  const body = formatNumber(abs, maxDigits, 2);
  return `${value < 0 ? "-" : ""}$${body}`;
}

/**
 * A price per GPU-hour, always to the cent as rental offers are quoted: "$3.99", "$0.68" (never
 * "$0.6781"). The cost engine prices with the same cents (costs/fleet.ts hourlyRate), so the rate
 * shown is the rate a total was computed with.
 */
export function formatHourlyUsd(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return `${value < 0 ? "-" : ""}$${formatNumber(Math.abs(value), 2, 2)}`;
}

/**
 * Staff time as the ops figure uses it: 0.1875 FTE stays 0.1875 (rounded it no longer recomputes;
 * 0.025 FTE per GPU × 1.5 for a team new to GPUs needs four decimals).
 */
export function formatFte(value: number): string {
  return formatNumber(value, 4);
}

/** A price per 1M tokens: "$2.50 / 1M". */
export function formatPerMTok(value: number): string {
  return `${formatUsd(value)} / 1M`;
}

/** Compact count: 10_000_000 -> "10M", 1_500 -> "1.5K", 128_000 -> "128K", 2e9 -> "2B". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, suffix] of units) {
    // Scaled values keep about three significant digits: "3.75M", "16.4K", "128K".
    if (abs >= size) {
      const scaled = value / size;
      const digits = Math.abs(scaled) < 10 ? 2 : Math.abs(scaled) < 100 ? 1 : 0;
      return `${formatNumber(scaled, digits)}${suffix}`;
    }
  }
  return trimNumber(value);
}

/** "10M tokens", "1 token". */
export function formatTokens(value: number): string {
  return `${formatCount(value)} ${Math.abs(value) === 1 ? "token" : "tokens"}`;
}

/** A ratio for comparisons: 9.8 -> "9.8×", 12.34 -> "12×", 0.5 -> "0.5×". */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return `${value >= 10 ? Math.round(value).toString() : trimNumber(value)}×`;
}

/** A percentage from a share, whole percents: 0.75 -> "75%", 0.8333 -> "83%"; tiny shares keep decimals. */
export function formatPercent(share: number): string {
  const pct = share * 100;
  return `${pct !== 0 && Math.abs(pct) < 1 ? trimNumber(pct) : Math.round(pct).toString()}%`;
}

// At most two decimals, no trailing zeros: 1.50 -> "1.5", 10.00 -> "10".
function trimNumber(value: number): string {
  return formatNumber(Math.round(value * 100) / 100);
}

/**
 * How many decimals (from `min` up to `max`) tell `ref` apart from every one of `others`: a score
 * compared with a bound ("0.449 is below the 0.450 this job needs") or with another score reads as
 * false when rounding prints both the same ("0.45 is below the 0.45"). `max` when even that many
 * cannot (the caller then says "just below", or lets the equal figures stand for a tie).
 */
export function decimalsApart(ref: number, others: readonly number[], min = 2, max = 4): number {
  for (let d = min; d < max; d++) if (others.every((x) => x.toFixed(d) !== ref.toFixed(d))) return d;
  return max;
}

/** Two figures at the same decimals, as few as tell them apart (decimalsApart): ["0.449", "0.450"]. */
export function figuresApart(a: number, b: number, min = 2, max = 4): [string, string] {
  const d = decimalsApart(a, [b], min, max);
  return [a.toFixed(d), b.toFixed(d)];
}
