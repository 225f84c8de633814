// A what-if that changes the size of each counted thing in a thread whose volume is a count times
// tokens each: "what if output is 3k tokens", "what if the reports were 30k tokens each" keep the
// count and change one side of each item; "what if we chunk transcripts to 100k tokens" keeps the
// month's tokens and cuts each request to the chunk size (so there are more requests). Without
// this, an amount with no period would be read as a whole month's volume ("What if: 3K tokens/month").
import { foldCase } from "../catalog/normalize.js";
import type { PerItem, Volume } from "../costs/volume.js";
import { cleanMessage, formatCount, quantityValue, spellOutNumbers, TOKEN_AMOUNT } from "./numbers.js";
import { periodAt } from "./periods.js";
import { nounForms } from "./noun-forms.js";
import { pagesAsTokens } from "./page-amounts.js";

// What each item gives back; the rest of an item is its input.
const OUTPUT_SIDE =
  /\b(output|outputs|out|responses?|answers?|summar(?:y|ies)|repl(?:y|ies)|completions?|generations?|generated|json|memos?|notes?)\b/;
// What each item reads is its input too: "~30k tokens of the chart", "transcripts are 20k tokens";
// and what is sent with it: "what if we only send the 150k tokens that matter?".
const INPUT_SIDE =
  /\b(input|inputs|prompts?|each|apiece|per|long|chunks?|chunked|chunking|split|splitting|charts?|transcripts?|documents?|docs?|files?|records?|histor(?:y|ies)|pages?|papers?|diffs?|emails?|send|sends|sending|sent|pass|passing|feed|feeding)\b/;
// Cutting each thing into smaller requests: the month's tokens stay, the requests grow in number.
const CHUNKED =
  /\b(chunk(?:s|ed|ing)?|split(?:s|ting)?|break(?:s|ing)? (?:it |them )?(?:up|down)|cut(?:s|ting)? (?:it |them )?(?:up|down)?)\b/;

// Each item's input cut to a part of it: "only the last 7 days", "just the first 8k", "truncate".
const CUT_TO =
  /\b(only|just|last|first|most recent|latest|trim(?:s|med|ming)?|truncat\w*|cap(?:s|ped)?|limit(?:s|ed)?|at most|no more than)\b/;

/** Items counted per month, from the thread's volume and one item's tokens. */
function itemsPerMonth(volume: Volume, item: PerItem): number {
  const each = item.inputTokens + item.outputTokens;
  return each > 0 ? (volume.inputTokensPerMonth + volume.outputTokensPerMonth) / each : 0;
}

export interface ResizedItems {
  volume: Volume;
  /** The largest request the new shape makes (input + output of one request): a context need. */
  requestTokens: number;
  /** Whether each item was cut into smaller requests (a long-context need may fall). */
  chunked: boolean;
  /** Whether each item's input was cut down to the size said ("only the last 7 days, ~30k",
   * "truncate to the first 8k"): no request is larger, so the context need falls to it too. */
  capped: boolean;
}

/** The thread's volume with each item resized, or null when the text is not such a change. */
export function resizedItems(text: string, volume: Volume | undefined): ResizedItems | null {
  const item = volume?.perItem;
  if (!volume || !item) return null;
  // "what if we only send the last 10 pages?": in a thread of sized things, pages are a size.
  const t = pagesAsTokens(spellOutNumbers(foldCase(cleanMessage(text))), () => true).text;
  const m = TOKEN_AMOUNT.exec(t);
  if (!m || m[1] === undefined) return null;
  // "3k tokens a month" is a whole volume, not one item's size.
  if (periodAt(t, m.index + m[0].length) !== null) return null;
  const tokens = quantityValue(m[1], m[2]);
  if (!(tokens > 0) || !Number.isFinite(tokens)) return null;
  const count = itemsPerMonth(volume, item);
  if (!(count > 0)) return null;
  const named = nounForms(item.noun).test(t);
  if (CHUNKED.test(t) && (named || INPUT_SIDE.test(t)) && tokens < item.inputTokens)
    return chunked(volume, item, count, tokens);
  const side = OUTPUT_SIDE.test(t) ? "output" : named || INPUT_SIDE.test(t) ? "input" : null;
  if (side === null) return null;
  const capped = side === "input" && tokens < item.inputTokens && CUT_TO.test(t);
  const next = statedSide(
    { ...item, ...(side === "input" ? { inputTokens: tokens } : { outputTokens: tokens }) },
    side,
  );
  const input = Math.round(next.inputTokens * count);
  const output = Math.round(next.outputTokens * count);
  const description = `${item.countWords} × (${formatCount(next.inputTokens)} input + ${formatCount(next.outputTokens)} output tokens each, ${side} changed) = ${formatCount(input)} input + ${formatCount(output)} output tokens a month (${formatCount(input + output)} tokens a month in all)`;
  return {
    volume: {
      inputTokensPerMonth: input,
      outputTokensPerMonth: output,
      cachedInputTokensPerMonth: Math.min(volume.cachedInputTokensPerMonth, input),
      splitAssumed: false,
      description,
      perItem: next,
    },
    requestTokens: next.inputTokens + next.outputTokens,
    chunked: false,
    capped,
  };
}

/**
 * An item whose assumed size now has `side` said by the team: that side is stated, and once both
 * sides are, nothing of its size is assumed.
 */
function statedSide(item: PerItem, side: "input" | "output"): PerItem {
  if (!item.sizeAssumed) return item;
  const { sizeAssumed: _assumed, sideStated, ...rest } = item;
  return sideStated !== undefined && sideStated !== side ? rest : { ...rest, sizeAssumed: true, sideStated: side };
}

/** Each item cut into chunks of `chunkTokens` input: the same tokens a month in more, smaller requests. */
function chunked(volume: Volume, item: PerItem, count: number, chunkTokens: number): ResizedItems {
  const pieces = Math.ceil(item.inputTokens / chunkTokens);
  const outputEach = Math.round(item.outputTokens / pieces);
  const requests = count * pieces;
  const description = `${item.countWords}, each cut into ${formatCount(pieces)} chunks of up to ${formatCount(chunkTokens)} tokens: ${formatCount(requests)} requests a month × (${formatCount(chunkTokens)} input + ${formatCount(outputEach)} output tokens), the same ${formatCount(volume.inputTokensPerMonth)} input + ${formatCount(volume.outputTokensPerMonth)} output tokens a month`;
  return {
    volume: {
      ...volume,
      description,
      perItem: {
        noun: "chunks",
        inputTokens: Math.round(item.inputTokens / pieces),
        outputTokens: outputEach,
        splitAssumed: item.splitAssumed,
        countWords: `${formatCount(requests)} chunks a month`,
        periodLabel: "a month",
      },
    },
    requestTokens: chunkTokens + outputEach,
    chunked: true,
    capped: false,
  };
}
