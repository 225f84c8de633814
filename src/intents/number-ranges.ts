// A range said for one amount: "2 or 3 questions", "2-3 turns", "5 to 10k tokens", "300–500
// tokens", "20-30% use it". A volume is counted at the middle of the range, and the count said
// back shows it ("2.5 questions a month"), so a team that meant the top of it can say so. Only
// the volume readers use this: elsewhere "llama 3 or 4" names two models.
// Texts here are folded, cleaned and spelled out (numbers.ts).
import { quantityValue } from "./numbers.js";

const MAGNITUDE = String.raw`(k|m|b|thousand|million|billion)?`;
// Not part of a longer token ("gpt-4-32k", "2026-12-05", "v1-2"): digits only, a space or the
// joining word between, and nothing word-like glued on either side.
const RANGE = new RegExp(
  String.raw`(?<![\w.,$€£/-])(\d+(?:\.\d+)?)\s*${MAGNITUDE}\s*(?:-|–|to|or)\s*(\d+(?:\.\d+)?)\s*${MAGNITUDE}(?![\w.,/-]|\s*(?:am|pm)\b)`,
  "g",
);
const round = (n: number) => Math.round(n * 100) / 100;

/** `t` with each range of one amount replaced by its middle, in the range's own unit. */
export function rangesAtMiddle(t: string): string {
  if (!/\d\s*[k-mb]?\s*(?:-|–|to|or)\s*\d/.test(t)) return t;
  return t.replace(RANGE, (whole, a: string, am: string | undefined, b: string, bm: string | undefined) => {
    // "5 to 10k": the magnitude said once is the range's.
    const magnitude = bm ?? am;
    const low = quantityValue(a, am ?? (Number(a) < Number(b) ? magnitude : undefined));
    const high = quantityValue(b, magnitude);
    if (!(low > 0 && high > low && high <= low * 20)) return whole;
    const unit = magnitude === undefined ? 1 : quantityValue("1", magnitude);
    return `${round((low + high) / 2 / unit)}${magnitude ?? ""}`;
  });
}
