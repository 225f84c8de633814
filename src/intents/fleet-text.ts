// Fleet and ownership facts stated in words, for the self-hosting estimate: "no ops staff" (the
// team cannot run GPUs: a capacity, not a free operations budget), "we own 8 H100s" (read in
// owned-gpus-text.ts), "we paid $25k per GPU", "written off over 3 years", "peak is 2× average",
// "no redundancy" / "N+1".
import type { AssumptionEdits } from "../costs/assumptions.js";
import { QUANTITY, hasDigit, quantityValue } from "./numbers.js";
import { gated } from "./reader-gates.js";
import { opsCapacityIn } from "./ops-capacity.js";
import { OWNED_GPU, ownedGpusIn } from "./owned-gpus-text.js";

const MORE_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6, eight: 8 };
const COUNT_WORD = String.raw`\d{1,5}|${Object.keys(MORE_WORDS).join("|")}`;
const CARD = String.raw`(?:nvidia\s+|amd\s+)?(?:gpus?\b|${OWNED_GPU})`;
// "4 more L40S", "2 extra H100s", "another 4 L40S", "another 4090", "a second 4090": GPUs added to
// those the team has (an ordinal card is one more; "another" with no count is one).
const MORE_GPUS = [
  new RegExp(String.raw`\b(${COUNT_WORD})\s+(?:more|extra|additional)\s+${CARD}`),
  new RegExp(String.raw`\banother\s+(?:(${COUNT_WORD})\s+)?${CARD}`),
  new RegExp(String.raw`\b(?:a|one)\s+(?:second|third|fourth|fifth)()\s+${CARD}`),
];

/** "4 more L40S", "two more h100s", "another 4 L40S", "a second 4090": the GPUs added to those the team has. */
export function moreGpusIn(t: string): number | undefined {
  for (const pattern of MORE_GPUS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const said = m[1];
    if (!said) return 1;
    return /^\d/.test(said) ? Number(said) : MORE_WORDS[said];
  }
  return undefined;
}

// "we paid $25k per GPU", "bought them for $30,000 each", "$25k each".
const PAID_FOR = new RegExp(
  String.raw`\b(?:paid|bought (?:them|it) for|cost us)\s*\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card)|a (?:gpu|card))`,
);
const PAID_EACH = new RegExp(String.raw`\$\s*${QUANTITY}\s*(?:each|per (?:gpu|card))\b`);

// How much busier the peak is than the average, in the ways teams say it: "peak is 2× average",
// "peaks are 10x", "spiky traffic, 5x at lunch", "traffic spikes to 4x", "3x the average at peak",
// "bursts of 8x", "4 times the average load at handover". Self-hosting sizes its GPUs for the
// peak (costs/fleet.ts).
const TIMES = String.raw`(\d+(?:\.\d+)?)\s*(?:x|×|times)`;
const BUSY_TIMES = String.raw`(?:lunch(?:time)?|peak(?:\s+hours?)?|rush(?:\s+hours?)?|launch|night|evenings?|mornings?|weekends?|month[- ]end|busy (?:hours?|times?|periods?)|black friday|the (?:peak|rush|busiest (?:hour|time)s?))`;
const PEAK_SAID = [
  new RegExp(
    String.raw`\bpeaks?\s*(?:load|traffic|usage)?\s*(?:is|are|of|at|=|:|hits?|reach(?:es)?|around|about|~)?\s*${TIMES}`,
  ),
  new RegExp(
    String.raw`${TIMES}\s*(?:the\s+)?(?:average|avg|mean|normal|baseline)\s+(?:at|in|during)?\s*(?:the\s+)?peaks?`,
  ),
  new RegExp(
    String.raw`${TIMES}\s+(?:the\s+)?(?:average\s+|avg\s+|normal\s+|baseline\s+)?(?:at|during|around|over|on|in)\s+${BUSY_TIMES}`,
  ),
  new RegExp(
    String.raw`\b(?:spikes?|spiking|surges?|surging|bursts?|bursting|jumps?)\s+(?:up\s+)?(?:to|of|by)?\s*${TIMES}`,
  ),
  new RegExp(String.raw`${TIMES}\s+(?:spikes?|surges?|bursts?|peaks?)\b`),
  // "the night shift sends 4 times the average load at handover": a multiple of the average load
  // is a peak, whenever it comes.
  new RegExp(
    String.raw`${TIMES}\s+(?:the\s+|our\s+)?(?:average|avg|mean|normal|usual|typical|baseline)\s+(?:load|traffic|volume|usage|rate)\b`,
  ),
  /\bpeak[- ]to[- ]average(?:\s+ratio)?\s*(?:of|is|=|:|~)?\s*(\d+(?:\.\d+)?)/,
];
const FLAT = /\b(?:flat|steady|constant|even) (?:load|traffic)\b|\bno peaks?\b/;

// Each PEAK_SAID pattern holds a number in digits and one of PEAK_WORDS ("busi" for "the busiest
// hour"); FLAT holds one of FLAT_WORDS.
const PEAK_WORDS =
  /peak|average|avg|mean|normal|baseline|lunch|rush|launch|night|evening|morning|weekend|month[- ]end|busy|busi|black friday|spik|surg|burst|jump/;
const FLAT_WORDS = /flat|steady|constant|even|no peak/;
const mayStatePeak = (t: string): boolean => (hasDigit(t) && PEAK_WORDS.test(t)) || FLAT_WORDS.test(t);

/** Peak load ÷ average load said in `t` (folded), between 1 and 100; 1 for a flat load. */
export const peakToAverageIn = gated("peak to average", mayStatePeak, readPeakToAverage, () => undefined);

function readPeakToAverage(t: string): number | undefined {
  for (const pattern of PEAK_SAID) {
    const m = pattern.exec(t);
    if (m?.[1] === undefined) continue;
    const v = Number(m[1]);
    if (v >= 1 && v <= 100) return v;
  }
  return FLAT.test(t) ? 1 : undefined;
}

export function parseFleetEdits(t: string): AssumptionEdits {
  const out: AssumptionEdits = {};
  // The one home of ops-capacity words (ops-capacity.ts), as for the recommendation.
  const ops = opsCapacityIn(t);
  if (ops) out.opsCapacity = ops;

  const owned = ownedGpusIn(t);
  if (owned) {
    out.ownedGpuCount = owned.count;
    out.ownedGpuType = owned.type;
    if (owned.perServer !== undefined) out.ownedGpusPerServer = owned.perServer;
  }
  const paid = PAID_FOR.exec(t) ?? PAID_EACH.exec(t);
  if (paid?.[1] !== undefined) {
    const v = quantityValue(paid[1], paid[2]);
    if (v >= 100) out.ownedGpuPurchaseUsd = v;
  }
  const life = /\b(?:over|across|amorti[sz]ed over|written off over|depreciat\w* over|for)\s+(\d{1,2})\s+years?\b/.exec(
    t,
  );
  if (life?.[1] !== undefined && (out.ownedGpuCount !== undefined || /\b(amorti|depreci|written off|life)/.test(t)))
    out.ownedLifeYears = Number(life[1]);

  const peak = peakToAverageIn(t);
  if (peak !== undefined) out.peakToAverage = peak;

  if (/\bno (?:redundancy|spare|failover)\b|\bwithout (?:redundancy|a spare|failover)\b/.test(t)) out.spareReplicas = 0;
  else {
    const n = /\bn\s*\+\s*(\d)\b/.exec(t);
    if (n?.[1] !== undefined) out.spareReplicas = Number(n[1]);
  }
  return out;
}
