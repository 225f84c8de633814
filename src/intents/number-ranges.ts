// A range said for one amount: "2 or 3 questions", "2-3 turns", "5 to 10k tokens", "300–500
// tokens", "1,500-2,000 tokens", "20-30% use it". A volume is counted at the middle of the range, and the count said
// back shows it ("2.5 questions a month"), so a team that meant the top of it can say so. Only
// the volume readers use this: elsewhere "llama 3 or 4" names two models.
// Texts here are folded, cleaned and spelled out (numbers.ts).
import { quantityValue } from "./numbers.js";

const MAGNITUDE = String.raw`(k|m|b|thousand|million|billion)?`;
// Not part of a longer token ("gpt-4-32k", "2026-12-05", "v1-2"): digits only, a space or the
// joining word between, and nothing word-like glued on either side.
// A number may be written in groups of three ("1,500-2,000 tokens"): the commas are dropped.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const RANGE = new RegExp(
  String.raw`(?<![\w.,$€£/-])${NUMBER}\s*${MAGNITUDE}\s*(?:-|–|to|or)\s*${NUMBER}\s*${MAGNITUDE}(?![\w.,/-]|\s*(?:am|pm)\b)`,
  "g",
);
const ungrouped = (n: string) => n.replace(/,/g, "");
const round = (n: number) => Math.round(n * 100) / 100;

/** `t` with each range of one amount replaced by its middle, in the range's own unit. */
export function rangesAtMiddle(t: string): string {
  if (!/\d\s*[k-mb]?\s*(?:-|–|to|or)\s*\d/.test(t)) return t;
  return t.replace(RANGE, (whole, as: string, am: string | undefined, bs: string, bm: string | undefined) => {
    const a = ungrouped(as);
    const b = ungrouped(bs);
    // "5 to 10k": the magnitude said once is the range's.
    const magnitude = bm ?? am;
    const low = quantityValue(a, am ?? (Number(a) < Number(b) ? magnitude : undefined));
    const high = quantityValue(b, magnitude);
    if (!(low > 0 && high > low && high <= low * 20)) return whole;
    const unit = magnitude === undefined ? 1 : quantityValue("1", magnitude);
    return `${round((low + high) / 2 / unit)}${magnitude ?? ""}`;
  });
}
