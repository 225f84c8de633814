// A monthly token volume as the user stated it, with whether the input/output split was assumed.
export interface Volume {
  inputTokensPerMonth: number;
  outputTokensPerMonth: number;
  /** Part of the input served from a prompt cache, when the user said so. */
  cachedInputTokensPerMonth: number;
  /** true when the user gave only a total (or one side) and the split was assumed. */
  splitAssumed: boolean;
  /** The use case whose split was assumed ("summarization", an id of scoring/requirements.ts
   * USE_CASES), said back with it (scoring/job-split.ts); unset at the default split. */
  splitJob?: string;
  /** The side the team said when it gave only one ("400M input tokens a month"): kept as said
   * when the other side is assumed. */
  statedSide?: "input" | "output";
  /** How the user put it, in words, for showing back ("2,000 requests a day × 1,500 in / 300 out"). */
  description: string;
  /** A job run once ("20M tokens over the whole project"): the token fields hold its tokens in
   * all, not a month's, and it is priced once. */
  oneOff?: true;
  /** When the volume was a count of things times tokens each: what one of them takes, so a later
   * "what if we only do 5M calls" can rescale the count alone. */
  perItem?: PerItem;
  /** A volume of several kinds of request ("300 completions and 20 chats a day each"): each kind's
   * count × tokens each, said back one after the other (no single per-item size then). */
  kinds?: VolumeKind[];
  /** Things counted in the same message with no size of their own ("300 letters"), as said: left
   * out of the tokens rather than priced at another kind's size, and said back so the team can
   * give their size. */
  unsized?: string[];
  /** An assumption made turning the team's unit into tokens ("about 500 words a page"), said back
   * with the volume: the tokens rest on it. */
  unitNote?: string;
}

/** One kind of request in a volume of several: its count × tokens each and its monthly tokens. */
export interface VolumeKind {
  item: PerItem;
  inputTokensPerMonth: number;
  outputTokensPerMonth: number;
  cachedInputTokensPerMonth: number;
}

export interface PerItem {
  /** The counted noun as said ("calls", "listings"). */
  noun: string;
  inputTokens: number;
  outputTokens: number;
  /** Whether the split of those tokens was assumed. */
  splitAssumed: boolean;
  /** The tokens each were assumed, not said (a rate of questions with no size: assumed-request-size.ts). */
  sizeAssumed?: true;
  /** Of an assumed size, the side the team has since said ("what if we only send the 150k tokens
   * that matter?" states the input; the output stays assumed). */
  sideStated?: "input" | "output";
  /** The count as said, with its period: "5,000 users × 20 listings a month", "8,000 reports a day × 30 days". */
  countWords: string;
  /** The period the count was given in ("a day"), the default for a new count without one. */
  periodLabel: string;
  /** An input made of parts, as read ("300 + 3K retrieved context"), said back with the count. */
  inputParts?: string;
  /** The requests each thing makes, when its sizes were said per part with both sides ("8 turns
   * each, 3,000 in and 250 out a turn"): a part that writes its own answer is a request of its own,
   * sending its own input, so a prompt cached per request is cached this many times a thing. */
  requestsEach?: { count: number; noun: string };
  /** The people the count is per ("2,000 engineers × 300 completions a day"): a later rate said
   * in the thread without people of its own is theirs too (thread-volume.ts). */
  people?: { count: number; noun: string };
  /** The tokens each were one document's size as said ("3,000 contracts a month of ~100K tokens"):
   * a job that reads documents whole takes that size in, and writes its own output on top
   * (scoring/job-split.ts), rather than splitting the size between the two. */
  documentSize?: true;
  /** The document's size is already the input, its output the job's own (set by job-split.ts):
   * a new count of these things in a what-if keeps the sides, never re-reads their sum as a size. */
  readWhole?: true;
}

/**
 * The tokens one request holds when the team said its size ("~6,000 tokens of retrieved context
 * per question and ~500 tokens out"): what each served sequence must hold, so the KV cache is sized
 * for it rather than for a default. The largest kind's for a volume of several kinds; undefined
 * for a bare total or a size we assumed.
 */
export function statedRequestTokens(volume: Volume | undefined): number | undefined {
  if (!volume) return undefined;
  const items = volume.kinds ? volume.kinds.map((k) => k.item) : volume.perItem ? [volume.perItem] : [];
  const sizes = items.filter((i) => !i.sizeAssumed).map((i) => i.inputTokens + i.outputTokens);
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

/**
 * The things a volume counts a month (conversations, documents, questions), when it was read as a
 * count of things times tokens each; undefined for a bare token total. Each thing is at least one
 * request.
 */
export function itemsPerMonth(volume: Volume): number | undefined {
  const countOf = (item: PerItem, input: number, output: number) => {
    const each = item.inputTokens + item.outputTokens;
    return each > 0 ? (input + output) / each : 0;
  };
  if (volume.kinds && volume.kinds.length > 0)
    return volume.kinds.reduce((n, k) => n + countOf(k.item, k.inputTokensPerMonth, k.outputTokensPerMonth), 0);
  if (!volume.perItem) return undefined;
  const n = countOf(volume.perItem, volume.inputTokensPerMonth, volume.outputTokensPerMonth);
  return n > 0 ? n : undefined;
}

/** The default input share of a total when only a total is given (3 input tokens per output token). */
export const DEFAULT_INPUT_SHARE = 0.75;

/** How answers name the default split: "75% input / 25% output by default". */
export const DEFAULT_SPLIT_WORDS = `${Math.round(DEFAULT_INPUT_SHARE * 100)}% input / ${Math.round((1 - DEFAULT_INPUT_SHARE) * 100)}% output by default`;

// The words a reading of a volume says its assumed split in: "split 75% input (375M) / 25% output
// (125M) by default", "output assumed at 2M (75% input / 25% output by default)", "; split 75% input
// / 25% output by default", "split assumed for summarisation: 90% input (450M) / 10% output (50M)".
const ASSUMED_SPLIT_WORDS = [
  /,?\s*(?:input|output) assumed at [\d,.]+\s*[KMBT]?\s*\([^)]*\)/g,
  /[,;]?\s*split assumed for [^:]+: \d+% input \([^)]*\) \/ \d+% output \([^)]*\)/g,
  /[,;]?\s*split\b[^,;]*\bby default\b(?:\s*\([^)]*\))?/g,
  /\s*\(assumed 3:1 input:output\)/g,
  // Documents read whole (scoring/job-split.ts documentsWhole).
  /,?\s*each [a-z -]+ read whole as input; output assumed for [^:]+: about [^)]*\) an? [a-z -]+/g,
];

/** A volume's description with its assumed split's words taken out, to say a new split after it. */
export function withoutDefaultSplitWords(description: string): string {
  return ASSUMED_SPLIT_WORDS.reduce((d, p) => d.replace(p, ""), description)
    .replace(/\(\s*\)/g, "")
    .trim();
}

/** A monthly total the user gave without a split, at the default split. */
export function volumeAtDefaultSplit(total: number, description: string): Volume {
  const input = Math.round(total * DEFAULT_INPUT_SHARE);
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: Math.round(total) - input,
    cachedInputTokensPerMonth: 0,
    splitAssumed: true,
    description,
  };
}

/** The same mix at `factor` times the tokens; callers word the description for their answer. */
export function scaleVolume(volume: Volume, factor: number, description: string): Volume {
  return {
    inputTokensPerMonth: volume.inputTokensPerMonth * factor,
    outputTokensPerMonth: volume.outputTokensPerMonth * factor,
    cachedInputTokensPerMonth: volume.cachedInputTokensPerMonth * factor,
    splitAssumed: volume.splitAssumed,
    ...(volume.splitJob !== undefined ? { splitJob: volume.splitJob } : {}),
    description,
  };
}
