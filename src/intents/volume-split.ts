// The input/output split of a volume said as shares rather than amounts: "~300M tokens/month
// (about 70% input)", "70/30 input/output", "30% output", "3:1 in:out". Without one, a total is
// split at the default (costs/volume.ts); with one, the stated split is used and said back.
import { foldCase } from "../catalog/normalize.js";
import { withoutDefaultSplitWords, type Volume } from "../costs/volume.js";
import { cleanMessage, formatCount } from "./numbers.js";

const PCT = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)`;
// "of it", "of the tokens": what the share is of. "is", "are": "70% is input".
const OF = String.raw`(?:of\s+(?:it|that|this|them|those|the\s+(?:tokens|traffic|volume|total))\s+)?(?:is\s+|are\s+|being\s+)?`;
// A cached share ("70% of input is cached", "50% cached") is not the split.
const NOT_CACHED = String.raw`(?!\s*(?:tokens?\s+)?(?:is\s+|are\s+|gets?\s+)?(?:cached|cache|from (?:the )?cache))`;
const INPUT_SHARE = new RegExp(
  String.raw`${PCT}\s*${OF}(?:input|prompts?|in(?=\s*(?:\/|,|&|and)\s*\d))\b${NOT_CACHED}`,
);
const OUTPUT_SHARE = new RegExp(String.raw`${PCT}\s*${OF}(?:output|completions?|out)\b${NOT_CACHED}`);
// "70/30 input/output", "input:output 3:1", "in/out 80/20".
const IN_OUT = String.raw`(?:input|in)\s*[/:]\s*(?:output|out)`;
const RATIO = String.raw`(\d{1,3}(?:\.\d+)?)\s*[/:]\s*(\d{1,3}(?:\.\d+)?)`;
const RATIO_THEN_WORDS = new RegExp(String.raw`${RATIO}\s*(?:split\s+)?(?:of\s+)?${IN_OUT}\b`);
const WORDS_THEN_RATIO = new RegExp(String.raw`\b${IN_OUT}\s*(?:split|ratio)?\s*(?:of|is|=|:|at|~)?\s*${RATIO}`);

/** The share of the tokens that is input, when the text states it as a share or ratio; else null. */
export function statedInputShare(text: string): number | null {
  const t = foldCase(cleanMessage(text));
  if (!/\d/.test(t)) return null;
  const ratio = RATIO_THEN_WORDS.exec(t) ?? WORDS_THEN_RATIO.exec(t);
  if (ratio?.[1] !== undefined && ratio[2] !== undefined)
    return valid(Number(ratio[1]) / (Number(ratio[1]) + Number(ratio[2])));
  const input = INPUT_SHARE.exec(t);
  if (input?.[1] !== undefined) return valid(Number(input[1]) / 100);
  const output = OUTPUT_SHARE.exec(t);
  if (output?.[1] !== undefined) return valid(1 - Number(output[1]) / 100);
  return null;
}

// An input-heavy mix said in words: "(mostly input, tiny outputs)", "outputs are short",
// "input-heavy". No figure is given, so the split is an assumption and is said as one.
const INPUT_HEAVY =
  /\b(?:mostly|mainly|largely|almost all) (?:input|prompts?)\b|\binput[- ]heavy\b|\b(?:tiny|short|small|minimal|very short) (?:outputs?|completions?|responses?)\b|\b(?:outputs?|completions?|responses?) (?:are |is )?(?:tiny|minimal|very short)\b/;
/** The input share assumed for an input-heavy mix said in words. */
const INPUT_HEAVY_SHARE = 0.95;

/** An input share the text implies in words ("mostly input"), with those words; else null. */
export function impliedInputShare(text: string): { share: number; words: string } | null {
  const m = INPUT_HEAVY.exec(foldCase(cleanMessage(text)));
  return m ? { share: INPUT_HEAVY_SHARE, words: `assumed from "${m[0]}"` } : null;
}

const SHARE_PHRASES = [RATIO_THEN_WORDS, WORDS_THEN_RATIO, INPUT_SHARE, OUTPUT_SHARE].map(
  (p) => new RegExp(p.source, "g"),
);

/** `t` with its share phrases blanked, so "80/20 input/output" is not read as 20 input tokens. */
export function withoutShares(t: string): string {
  if (!/%|\d\s*[/:]\s*\d/.test(t)) return t;
  return SHARE_PHRASES.reduce((s, p) => s.replace(p, (m) => " ".repeat(m.length)), t);
}

// All input or all output is no split to price: the share is read only strictly between.
const valid = (share: number): number | null => (share > 0 && share < 1 ? share : null);

/** How a stated split is said back. */
function splitWords(share: number, how = "as stated"): string {
  return `${Math.round(share * 100)}% input / ${Math.round((1 - share) * 100)}% output ${how}`;
}

/**
 * The same total split at `share`: a total read at the default split, re-split because the text
 * states its shares. The per-item sizes, when the volume counts things, are split alike.
 */
export function atStatedSplit(volume: Volume, share: number, how?: string): Volume {
  const total = volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  const input = Math.round(total * share);
  const description = withoutDefaultSplitWords(
    volume.description.replace(/,?\s*split\b[^,;]*\bas stated(?:\s*\([^)]*\))?/, ""),
  );
  const perItem = volume.perItem;
  const each = perItem ? perItem.inputTokens + perItem.outputTokens : 0;
  // The job's assumed split and the side said alone give way to the split stated.
  const { splitJob: _job, statedSide: _side, ...rest } = volume;
  return {
    ...rest,
    inputTokensPerMonth: input,
    outputTokensPerMonth: total - input,
    cachedInputTokensPerMonth: Math.min(volume.cachedInputTokensPerMonth, input),
    splitAssumed: false,
    description: `${description}, split ${splitWords(share, how)} (${formatCount(input)} input + ${formatCount(total - input)} output)`,
    ...(perItem
      ? { perItem: { ...perItem, inputTokens: each * share, outputTokens: each * (1 - share), splitAssumed: false } }
      : {}),
  };
}

/**
 * The volume with new tokens per request ("make that 300 in / 100 out per message"): a count of
 * things keeps its count at the new size; a plain total keeps its total, split as one request is.
 */
export function atRequestSize(volume: Volume, input: number, output: number): Volume {
  const each = input + output;
  const perItem = volume.perItem;
  if (!perItem) return atStatedSplit(volume, input / each);
  const count =
    (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / (perItem.inputTokens + perItem.outputTokens);
  const inputMonthly = Math.round(count * input);
  const outputMonthly = Math.round(count * output);
  return {
    inputTokensPerMonth: inputMonthly,
    outputTokensPerMonth: outputMonthly,
    cachedInputTokensPerMonth: Math.min(volume.cachedInputTokensPerMonth, inputMonthly),
    splitAssumed: false,
    description: `${perItem.countWords} × (${formatCount(input)} input + ${formatCount(output)} output tokens) = ${formatCount(inputMonthly)} input + ${formatCount(outputMonthly)} output tokens a month`,
    perItem: { ...perItem, inputTokens: input, outputTokens: output, splitAssumed: false },
  };
}
