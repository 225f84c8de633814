// A prompt cache said in a thread: "what if we cache the 2,500-token system prompt?", "what if 80%
// of the input is cached?", "what if 10B tokens a month come from the cache?". What is cached is
// part of each request's input, sent as before and billed at the host's cache-read price: the input
// stays what it was, only its cached share changes (costs/volume.ts cachedInputTokensPerMonth).
// A size said without a period is one request's: it is cached once per request, so a thing that
// makes several requests (a conversation of 8 turns) caches it once a turn, and never more than a
// request's input. Read only where a cache is named; the size is not the request's whole input.
import { foldCase } from "../catalog/normalize.js";
import { itemsPerMonth, type PerItem, type Volume } from "../costs/volume.js";
import { cleanMessage, formatCount, quantityValue, spellOutNumbers, TOKEN_AMOUNT } from "./numbers.js";
import { periodAt } from "./periods.js";
import { cachedShareIn } from "./volume.js";

const CACHE = /\b(?:cach(?:e|ed|es|ing)|cache[- ]hits?|cacheable)\b/;
// "without caching", "what if we turn caching off": nothing cached any more.
const NO_CACHE =
  /\b(?:no|without|stop(?:ped)?|don'?t|do not|never|disable|turn off)\s+(?:the\s+)?(?:prompt\s+)?cach\w*|\bcach\w* (?:is |gets? )?(?:off|disabled|turned off)\b/;

export type CacheInThread =
  /** `how`: how the cached share was counted, said with the answer. */
  | { volume: Volume; how: string }
  /** What the thread needs before the cache can be priced. */
  | { missing: string };

/** The thread's volume with the cached share the message says, or null when it names no cache. */
export function cachedInThread(text: string, volume: Volume | undefined): CacheInThread | null {
  const t = spellOutNumbers(foldCase(cleanMessage(text)));
  if (!CACHE.test(t)) return null;
  if (!volume) return { missing: 'a volume whose input can be cached (say e.g. "20M tokens a month")' };
  const input = volume.inputTokensPerMonth;
  if (NO_CACHE.test(t)) return withCached(volume, 0, "none of the input cached");
  const share = cachedShareIn(t);
  if (share !== undefined)
    return withCached(volume, share * input, `${Math.round(share * 1000) / 10}% of the input cached`);
  const m = TOKEN_AMOUNT.exec(t);
  if (!m || m[1] === undefined) return { missing: HOW_MUCH };
  const tokens = quantityValue(m[1], m[2]);
  if (!(tokens > 0) || !Number.isFinite(tokens)) return { missing: HOW_MUCH };
  // "10B tokens a month from the cache": a month's cached tokens.
  const period = periodAt(t, m.index + m[0].length);
  if (period) {
    const monthly = tokens * period.perMonth;
    return withCached(volume, monthly, "a month's cached tokens, as said");
  }
  const items = volume.kinds?.map((k) => k.item) ?? (volume.perItem ? [volume.perItem] : []);
  if (items.length !== 1 || !items[0]) return { missing: REQUESTS };
  const item = items[0];
  const count = itemsPerMonth(volume);
  if (count === undefined) return { missing: REQUESTS };
  return withCached(volume, cachedPerMonth(item, count, tokens), cachedWords(item, count, tokens));
}

const HOW_MUCH =
  'how much of each request\'s input is cached (e.g. "the 2,500-token system prompt" or "80% of the input")';
const REQUESTS = 'the requests a month that send it (e.g. "4M requests a month, 3,000 tokens in and 250 out each")';

/** The requests each thing makes and the input one request sends. */
function perRequest(item: PerItem): { requests: number; input: number } {
  const requests = item.requestsEach?.count ?? 1;
  return { requests, input: item.inputTokens / requests };
}

function cachedPerMonth(item: PerItem, count: number, tokens: number): number {
  const { requests, input } = perRequest(item);
  return count * requests * Math.min(tokens, input);
}

/** "2,500 of the 3,000 input tokens of each of 4M turns". */
function cachedWords(item: PerItem, count: number, tokens: number): string {
  const { requests, input } = perRequest(item);
  const noun = item.requestsEach?.noun ?? item.noun;
  const each =
    tokens >= input
      ? `all ${formatCount(input)} (${formatCount(tokens)} said)`
      : `${formatCount(tokens)} of the ${formatCount(input)}`;
  return `${each} input tokens of each of ${formatCount(count * requests)} ${noun}`;
}

// An earlier cache's words, replaced by the new one's.
const EARLIER_CACHE = /, of which [^,]* cached input(?: \([^)]*\))?$/;

function withCached(volume: Volume, cached: number, how: string): { volume: Volume; how: string } {
  const tokens = Math.round(Math.min(volume.inputTokensPerMonth, Math.max(0, cached)));
  const base = volume.description.replace(EARLIER_CACHE, "");
  const description = tokens > 0 ? `${base}, of which ${formatCount(tokens)} cached input (${how})` : base;
  return { volume: { ...volume, cachedInputTokensPerMonth: tokens, description }, how };
}
