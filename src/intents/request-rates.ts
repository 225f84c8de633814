// Request rates as engineers size a service: "50 rps", "200 QPS", "1.2k req/s", "600 rpm", "a
// request every 5 seconds", "one call every few seconds", and whether the rate is the peak ("3 rps
// at peak"). The volume reader counts things per period ("50 requests per second", periods.ts);
// the engineers' forms are rewritten into those words first, and what was assumed is noted, so the
// monthly figure (× 86,400 seconds × 30 days) is said back and the team can correct it.
// Texts here are folded, cleaned and spelled out (numbers.ts), as volume.ts reads them.
import { SELF_HOST_DEFAULTS } from "../costs/self-host-defaults.js";
import type { Volume } from "../costs/volume.js";
import { peakToAverageIn } from "./fleet-text.js";
import { QUANTITY, quantityValue } from "./numbers.js";

// "rps", "req/s", "queries/sec", "qps", "rpm": a count of requests and its period in one unit.
// "tps" is left alone: it is most often tokens per second, a speed, not a volume.
const RATE_UNITS: { unit: string; words: string }[] = [
  { unit: String.raw`rps|reqs?\s*\/\s*s(?:ec)?|requests?\s*\/\s*sec`, words: "requests per second" },
  { unit: String.raw`qps|quer(?:y|ies)\s*\/\s*s(?:ec)?|q\s*\/\s*s`, words: "queries per second" },
  { unit: String.raw`rpm|reqs?\s*\/\s*min`, words: "requests per minute" },
  { unit: String.raw`qpm|quer(?:y|ies)\s*\/\s*min`, words: "queries per minute" },
];
const UNIT_AFTER_AMOUNT = RATE_UNITS.map(({ unit, words }) => ({
  pattern: new RegExp(String.raw`${QUANTITY}\s*(?:${unit})\b`, "g"),
  words,
}));

// "a request every 5 seconds", "one new ticket every 2 minutes", "a call every few seconds".
const INTERVAL = new RegExp(
  String.raw`\b(?:a|one|1)\s+(?:new\s+|single\s+)?([a-z]{3,}?)s?\s+(?:(?:comes?|coming|arrives?|arriving)\s+(?:in\s+)?)?every\s+(?:(\d+(?:\.\d+)?)|(a few|few|a couple(?: of)?|couple of))?\s*(seconds?|secs?|minutes?|mins?)\b`,
  "g",
);
// How many seconds or minutes the vague intervals are read as; said back with the volume.
const VAGUE_INTERVALS: Record<string, number> = { few: 3, "a few": 3, "a couple": 2, "a couple of": 2, "couple of": 2 };
// Nouns an interval can follow that are not things sent to a model.
const NOT_ITEMS = /^(?:lot|bit|day|week|month|year|time|while|minute|second|hour|little|user|person|people|customer)$/;

export interface RateWords {
  /** The text with rates in the words the volume reader counts. */
  text: string;
  /** What was assumed on the way, to say back with the volume. */
  notes: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** `t` (folded) with request rates said as counts per period, and the assumptions made. */
export function rateWordsSpelledOut(t: string): RateWords {
  const notes: string[] = [];
  let text = t;
  if (/\b(?:rps|qps|rpm|qpm)\b|\/\s*(?:s|sec|min)\b/.test(text))
    for (const { pattern, words } of UNIT_AFTER_AMOUNT)
      text = text.replace(pattern, (_whole, digits: string, magnitude: string | undefined) =>
        magnitude ? `${digits}${magnitude} ${words}` : `${digits} ${words}`,
      );
  if (/\bevery\b/.test(text))
    text = text.replace(
      INTERVAL,
      (whole, noun: string, digits: string | undefined, vague: string | undefined, unit: string) => {
        if (NOT_ITEMS.test(noun)) return whole;
        const every = digits !== undefined ? Number(digits) : vague !== undefined ? VAGUE_INTERVALS[vague] : 1;
        if (every === undefined || !(every > 0)) return whole;
        const inSeconds = /^s/.test(unit);
        const span = inSeconds ? "second" : "minute";
        // One every N seconds is 60/N a minute; one every N minutes is 60/N an hour.
        const rate = `${round2(60 / every)} ${noun.replace(/y$/, "ie")}s per ${inSeconds ? "minute" : "hour"}`;
        const interval = every === 1 ? span : `${every} ${span}s`;
        notes.push(
          vague !== undefined
            ? `a ${noun} "every ${vague} ${span}s" read as one every ${interval}: ${rate}`
            : `a ${noun} every ${interval} is ${rate}`,
        );
        return rate;
      },
    );
  return { text, notes };
}

// The rate is the busiest moment's: "3 rps at peak", "peak of 50 rps", "50 rps peak", "at the
// busiest hour 200 requests a minute", "max 20 qps".
const PEAK_BEFORE =
  /\b(?:peaks?|peaking|max(?:imum)?|at (?:the )?busiest(?: (?:hour|time|moment))?)\s*(?:load|traffic|rate|throughput)?\s*(?:is|are|of|at|=|:|hits?|reach(?:es)?|around|about|~)?\s*(?:about|around|roughly|~)?\s*$/;
// After the count, past its period ("50 requests per second at peak").
const PEAK_AFTER =
  /^[\s,(]*(?:(?:per|a|an|each|every|\/)\s*[a-z]+\s*)?[\s,(]*(?:(?:at|during|in|on)\s+(?:the\s+)?(?:peak|busiest|rush)|peak|max(?:imum)?|at most)\b/;

export interface PeakRate {
  /** What the peak rate is divided by to make the month's average. */
  divisor: number;
  /** The division as shown in the working (" ÷ 3 (…)"), or "" for a flat load. */
  working: string;
}

/**
 * The rate at [start, end) of `t` when it is said as the peak, not the average. A month is not all
 * peak: the peak-to-average said in the text ("peaks are 4x") divides it, else the one the
 * self-hosting estimate sizes GPUs for (3×, self-host-defaults.ts), so the volume's average and the
 * fleet's peak agree and the fleet is sized for the rate the team said.
 */
export function peakRateAt(t: string, start: number, end: number): PeakRate | null {
  const peak = PEAK_BEFORE.test(t.slice(Math.max(0, start - 30), start)) || PEAK_AFTER.test(t.slice(end, end + 30));
  if (!peak) return null;
  const said = peakToAverageIn(t);
  if (said === 1) return { divisor: 1, working: " (a peak rate, the same as the average: steady traffic)" };
  if (said !== undefined) return { divisor: said, working: ` ÷ ${said} (a peak rate, peaks ${said}× the average)` };
  const assumed = SELF_HOST_DEFAULTS.peakToAverage;
  return {
    divisor: assumed,
    working: ` ÷ ${assumed} (a peak rate: the average assumed at 1/${assumed} of it; say the average rate, or how far peaks rise above it, e.g. "peaks are 5x")`,
  };
}

// A rate counted per second, minute or hour after the engineers' forms are spelled out.
const RATE_SAID = new RegExp(
  String.raw`${QUANTITY}\s+(?:[a-z-]+\s+)?[a-z]+s?\s+(?:per|a|an|each|every|\/)\s*(second|sec|minute|min|hour)s?\b`,
  "g",
);
const SECONDS_IN: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600 };

/**
 * How much busier the peak is than the month's average when the team says its peak as a rate
 * beside a monthly count: "Black Friday peak is about 300 requests per second" against 20M tickets
 * a month (7.7 a second on average) is ≈ 39×. `itemsPerMonth` is the count the volume was read
 * from; a month is 30 days, as the volume reader counts one. Between 1 and 100, else undefined.
 */
function peakFromRateIn(t: string, itemsPerMonth: number): number | undefined {
  if (!(itemsPerMonth > 0)) return undefined;
  const spelled = rateWordsSpelledOut(t).text;
  for (const m of spelled.matchAll(RATE_SAID)) {
    if (m[1] === undefined || m[3] === undefined) continue;
    if (!peakRateAt(spelled, m.index, m.index + m[0].length)) continue;
    const perSecond = quantityValue(m[1], m[2]) / (SECONDS_IN[m[3]] ?? 1);
    const average = itemsPerMonth / (30 * 86_400);
    const ratio = perSecond / average;
    if (ratio < 1 || ratio > 100) return undefined;
    return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  }
  return undefined;
}

/**
 * The peak-to-average of a monthly count of things when the peak is said as a rate beside it (see
 * peakFromRateIn). A volume read from a rate already divided its peak by the peak-to-average.
 */
export function peakOfVolume(t: string, volume: Volume | undefined): number | undefined {
  const each = volume?.perItem;
  if (!volume || !each || volume.kinds || /\b(?:second|minute|hour)\b/.test(each.periodLabel)) return undefined;
  const tokens = each.inputTokens + each.outputTokens;
  if (!(tokens > 0)) return undefined;
  return peakFromRateIn(t, (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / tokens);
}
