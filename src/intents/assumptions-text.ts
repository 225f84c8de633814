// Self-hosting assumptions changed in conversation: "assume H100 at $2.10/h", "int4", "fp8",
// "50% utilization", "no ops staff", "half an FTE", "concurrency 32", "8k context".
import { foldCase } from "../catalog/normalize.js";
import { perMessageCopies } from "../per-message-memo.js";
import type { AssumptionEdits, Precision } from "../costs/assumptions.js";
import { parseFleetEdits } from "./fleet-text.js";
import { gpuGroupIn, gpuMentionIn } from "./gpu-count-text.js";
import { isRequestSize } from "./volume.js";
import { hasPagesInWords, pagesAsTokens } from "./page-amounts.js";
import { QUANTITY, hasDigit, quantityValue, cleanMessage } from "./numbers.js";
import { gated } from "./reader-gates.js";

// "volume doubles in Q4", "by Q4 2027", "Q4 FY26": a quarter of the year, not 4-bit weights; "run it
// in Q4" and "q4_k_m" stay a precision.
const NOT_A_QUARTER = String.raw`(?<!\b(?:during|by|until|till|before|after|next|this|last|every|each|over|through|for|of|from)\s)(?<!(?<!\b(?:run|runs|running|serve|serving|host|hosting|load|quanti[sz]ed?)\s(?:\S+\s)?)\bin\s)`;
const Q4 = new RegExp(
  String.raw`\b(int4|4-?\s?bits?|q4_k_m|q4_0|${NOT_A_QUARTER}q4(?!\s*(?:20\d\d|'\d\d|fy\s?\d*)\b)|awq|gptq|nf4|fp4|mxfp4)\b`,
);

const PRECISIONS: { pattern: RegExp; precision: Precision }[] = [
  { pattern: Q4, precision: "int4" },
  { pattern: /\b(int8|8-?\s?bits?|q8(?:_0)?)\b/, precision: "int8" },
  { pattern: /\bfp8\b/, precision: "fp8" },
  {
    pattern:
      /\b(fp16|bf16|float16|bfloat16|16-?\s?bits?|half[- ]precision|full precision|unquantized|no quantization)\b/,
    precision: "fp16",
  },
];

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  half: 0.5,
  "a half": 0.5,
  quarter: 0.25,
  "a quarter": 0.25,
};

// A per-hour amount with nothing counted between it and the hour: a price, not "40 requests an hour".
const BARE_HOURLY_RATE =
  /(?<![\d.,$])(\d{1,3}(?:\.\d{1,2})?)\s*(cents?|¢)?\s*(?:\/|per|an|a|each)\s*(?:gpu[- ]?)?(?:hours?|hrs?|h)\b/;
const GPU_CONTEXT = /\b(gpus?|pay|paying|rent\w*|costs? us|hourly rate)\b/;

// "an FTE costs $12,000/month", "ops engineer at $15k a month", "$180k a year per engineer".
const SALARY_AFTER_ROLE = new RegExp(
  String.raw`(?:fte|engineer|ops|sre|staff|salary)[^.?!$]{0,30}\$\s*${QUANTITY}\s*(?:\/|per|a|an)\s*(month|mo|year|yr)`,
);
const SALARY_BEFORE_ROLE = new RegExp(
  String.raw`\$\s*${QUANTITY}\s*(?:\/|per|a|an)\s*(month|mo|year|yr)\s*(?:per|for each|for an?|each)?\s*(?:fte|engineer|ops|sre)`,
);

/** The self-hosting assumptions a message changes ("assume H100 at $2.10/h", "int4", "no ops staff"). */
export function parseAssumptionEdits(text: string): AssumptionEdits {
  return editsThisMessage(foldCase(cleanMessage(text)));
}

// Read for the question's features and again for the requirements, from the same folded text: once.
const editsThisMessage = perMessageCopies(editsIn);

function editsIn(t: string): AssumptionEdits {
  const edits: AssumptionEdits = {};

  const gpu = gpuMentionIn(t);
  if (gpu) edits.gpu = gpu.key;
  // "on 2x a100", "8 h100s": the group the team runs on (owned GPUs are counted as owned below).
  const group = gpuGroupIn(t);
  if (group) edits.gpuCount = group.gpus;

  // "$2.10/h", "$2.10 per hour", "2.1 dollars an hour", "$2.10/gpu-hour"
  const rate =
    /\$\s*(\d+(?:\.\d+)?)\s*(?:\/|per|an|a|each)\s*(?:gpu[- ]?)?(?:hours?|hrs?|h)\b/.exec(t) ??
    /(\d+(?:\.\d+)?)\s*(?:\$|dollars|usd)\s*(?:\/|per|an|a|each)\s*(?:gpu[- ]?)?(?:hours?|hrs?|h)\b/.exec(t);
  if (rate?.[1] !== undefined) edits.gpuHourlyUsd = Number(rate[1]);
  else if (edits.gpu !== undefined || GPU_CONTEXT.test(t)) {
    // "we pay 0.80 an hour for L4s", "at 90 cents an hour", "the H100 costs us 2.20 per hour":
    // a rate without a currency sign, where the message is about GPUs or paying for them.
    const bare = BARE_HOURLY_RATE.exec(t);
    if (bare?.[1] !== undefined) edits.gpuHourlyUsd = Number(bare[1]) / (bare[2] ? 100 : 1);
  }

  for (const { pattern, precision } of PRECISIONS) {
    if (pattern.test(t)) {
      edits.precision = precision;
      break;
    }
  }

  const util =
    /(\d+(?:\.\d+)?)\s*%\s*(?:gpu\s+)?(?:utili[sz]ation|utili[sz]ed|busy|load|duty cycle)/.exec(t) ??
    /(?:utili[sz]ation|utili[sz]ed|busy|load)\s*(?:of|at|:|=|is|around|about)?\s*(\d+(?:\.\d+)?)\s*%/.exec(t);
  if (util?.[1] !== undefined) {
    const u = Number(util[1]) / 100;
    if (u > 0 && u <= 1) edits.utilization = u;
  } else if (/\b(fully utili[sz]ed|full utili[sz]ation|always busy|24\/7 at full load)\b/.test(t)) {
    edits.utilization = 1;
  } else if (/\bhalf (utili[sz]ed|the time|busy)\b/.test(t)) {
    edits.utilization = 0.5;
  }

  const fte = parseFte(t);
  if (fte !== undefined) edits.opsStaffFte = fte;

  const salary = SALARY_AFTER_ROLE.exec(t) ?? SALARY_BEFORE_ROLE.exec(t);
  if (salary?.[1] !== undefined) {
    const amount = quantityValue(salary[1], salary[2]);
    edits.opsStaffMonthlyUsd = /^y/.test(salary[3] ?? "") ? Math.round(amount / 12) : amount;
  }

  const conc =
    /\bconcurren(?:cy|t (?:requests|users|sequences|streams))\s*(?:of|:|=|at|is)?\s*(\d+)\b/.exec(t) ??
    /\b(\d+)\s*(?:concurrent|parallel|simultaneous)\s*(?:requests|users|sequences|streams|sessions|calls|conversations)?\b/.exec(
      t,
    ) ??
    /\bbatch(?: size)?\s*(?:of|:|=)?\s*(\d+)\b/.exec(t);
  if (conc?.[1] !== undefined) {
    const c = Number(conc[1]);
    if (c >= 1 && c <= 100_000) edits.concurrency = c;
  }

  const context = parseContextTokens(t);
  if (context !== undefined) edits.contextTokens = context;
  const fleet = parseFleetEdits(t);
  // Owned GPUs are their own count (used first, amortised); the group said is not counted twice.
  if (fleet.ownedGpuCount !== undefined) delete edits.gpuCount;
  return { ...edits, ...fleet };
}

function parseFte(t: string): number | undefined {
  // "no ops staff" is a team without the capacity (fleet-text.ts), not a free operations budget;
  // only a stated zero budget ("0 FTE", "no ops cost") is zero. "no budget" or "no time" alone
  // says nothing about operations staff.
  if (
    /\b(no|zero|0)\s+(?:(?:ops|operations|devops|sre|mlops|ml ops|infra)\s*(?:fte|cost|costs|budget|time)|ftes?)\b/.test(
      t,
    )
  )
    return 0;
  const numeric =
    /(\d+(?:\.\d+)?)\s*(?:fte|full[- ]time (?:equivalents?|engineers?|people|staff)|(?:ops|sre|devops|mlops|infra) (?:engineers?|people|staff))\b/.exec(
      t,
    );
  if (numeric?.[1] !== undefined) return Number(numeric[1]);
  const worded =
    /\b(half|a quarter|quarter)\s+(?:of\s+)?an?\s+(?:fte|engineer|person|sre|ops engineer)\b/.exec(t) ??
    /\b(a half|half|a quarter|quarter|an?|one|two|three|four|five)\s+(?:fte|full[- ]time (?:engineer|person|equivalent)s?|(?:ops|sre|devops|mlops|infra) (?:engineers?|people|person))\b/.exec(
      t,
    );
  if (worded?.[1] !== undefined) return WORD_NUMBERS[worded[1]];
  return undefined;
}

// "8k context", "1M token contexts", "a 128k-token window".
const CONTEXT_BEFORE = new RegExp(
  String.raw`${QUANTITY}\s*(?:-|\s)?\s*(?:tokens?\s*(?:of\s+)?)?(?:contexts?|ctx|window|context window|context length)\b`,
);
// "an overnight window of 6 hours", "a batch window of 90 minutes": time, not a context of 6K tokens.
const TIME_UNIT = String.raw`(?!\d|[.,]\d)(?!\s*(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|nights?|weeks?|months?|years?|am|pm)\b)`;
const CONTEXT_AFTER = new RegExp(
  String.raw`\b(?:context|ctx|context window|context length|window)\s*(?:of|:|=|is|at|around|about|up to)?\s*${QUANTITY}${TIME_UNIT}\s*(?:tokens?)?`,
);
const TOKEN_AMOUNTS = new RegExp(String.raw`${QUANTITY}\s*(?:-|\s)?\s*tokens?\b`, "g");

/**
 * A context length to budget for: "8k context", "context of 32k tokens", "128k-token window",
 * "300k-token contracts". `perRequest`: also a size per request ("300k tokens per request"),
 * which is a context need only when no count of requests makes it part of a volume.
 */
/** Whether folded `t` says its context as context ("~3k tokens context", "context of 32k"), not only a document's length. */
export function contextNamedIn(t: string): boolean {
  return CONTEXT_BEFORE.test(t) || CONTEXT_AFTER.test(t);
}

export function parseContextTokens(text: string, perRequest = false): number | undefined {
  return contextTokensIn(foldCase(text), perRequest);
}

// All three patterns read an amount in digits (QUANTITY), or a few pages said in words.
const contextTokensIn = gated(
  "context tokens",
  (t) => hasDigit(t) || hasPagesInWords(t),
  readContextTokens,
  () => undefined,
);

function readContextTokens(folded: string, perRequest: boolean): number | undefined {
  // "contracts of 150 pages": a document's length in pages is its size in tokens too.
  const t = pagesAsTokens(folded, isRequestSize).text;
  const m = CONTEXT_BEFORE.exec(t) ?? CONTEXT_AFTER.exec(t);
  const size =
    m ?? [...t.matchAll(TOKEN_AMOUNTS)].find((x) => isRequestSize(t, x.index, x.index + x[0].length, !perRequest));
  if (size?.[1] === undefined) return undefined;
  let n = quantityValue(size[1], size[2]);
  if (size !== m && n < 1000) return undefined;
  // "a 128 context", "context of 32": a window said in thousands without the k; "300 tokens of
  // context" names its unit, so it is 300 tokens.
  if (size[2] === undefined && n < 1000 && !/\btok/.test(size[0])) n *= 1000;
  return n >= 256 && n <= 100_000_000 ? Math.round(n) : undefined;
}

export { WORD_NUMBERS };
