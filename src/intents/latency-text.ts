// How soon an answer is needed: users waiting on it (interactive) or work that runs in the
// background (batch), and whether a provider's batch API is acceptable (batchOk).
import { VOICE_FIRST_TOKEN_S, type LatencyTarget } from "../scoring/latency-target.js";
import { OFFLINE_TIMING } from "./placement-text.js";

const blank = (m: string) => " ".repeat(m.length);

const BATCH =
  /\b(batch|batches|overnight|asynchronous|async|nightly|latency (doesn'?t|does not) matter|not latency[- ]sensitive)\b/;
const LATENCY_UNIMPORTANT =
  /\blatency (is )?((not|isn'?t|is not) (important|critical|a concern|an issue|a priority)|irrelevant|unimportant|no concern)|\b(no|don'?t care about|doesn'?t matter) latency\b/;
// Completion while someone types ("completion in the IDE", "inline completions", "autocomplete")
// is a developer waiting on every keystroke's suggestion.
const INTERACTIVE =
  /\b((?:code |inline |tab )?(?:auto-?)?completions? (?:in|inside|within) (?:the |our |their |an? )?(?:ides?|editors?|vs ?code|intellij)|(?:ide|editor|inline|tab) (?:auto-?)?completions?|autocomplet\w*|as (?:you|they|the user|users|developers|devs) types?|real-?time|interactive|low[- ]latency|fast responses?|snappy|latency[- ]sensitive|instant|live chat|streaming|under (a|one|\d+) (second|sec|s)|sub-?second|latency[- ](critical|matters|is (critical|key|important))|voice|phone (agents?|bots?))\b/;
// A response-time target is a user waiting: "p95 latency under 300ms", "ttft < 1s", "answers
// within 2 seconds". Milliseconds are always a response time; seconds need a latency word or a
// bound, and only up to a minute (a report "within 24 hours" is not someone waiting).
const RESPONSE_TIME_WORDS = String.raw`(?:latency|latencies|p50|p90|p95|p99|ttft|time to first token|first token|first words?|response times?|respon(?:d|ds|se|ses)|answers?|replies|reply|suggestions?|comes? back)`;
const BOUND = String.raw`(?:under|below|within|in|less than|no more than|at most|max(?:imum)?|<=?|≤|~|around|about)`;
const MILLISECONDS = /\b(\d[\d,.]*)\s*(?:ms|msec|millis(?:econds?)?)\b/;
const SECONDS_TARGET = new RegExp(
  String.raw`\b${RESPONSE_TIME_WORDS}\b[^.;!?\d]{0,25}?${BOUND}?\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|(?:${BOUND})\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(?:${RESPONSE_TIME_WORDS})\b`,
);
const PERCENTILE = /\b(p50|p90|p95|p99|ttft|time to first token)\b/;
// "the answer must start within 1 s" ("la respuesta tiene que empezar en menos de un segundo"): its first words.
const FIRST_TOKEN =
  /\b(ttft|time to first token|first token|first words?|start (?:streaming|speaking|talking)|(?:answers?|responses?|repl(?:y|ies)) (?:\w+ ){0,2}(?:starts?|begins?))\b/;
/** "under a second", "sub-second", "within one second", "within half a second": a target said in words. */
const SECOND_IN_WORDS = /\b(?:under|below|within|less than) (half a|a|one) (?:second|sec)\b|\bsub-?second\b/;
/** A real-time voice agent: someone waits on the line for the first words. */
const VOICE =
  /\b(?:voice (?:agents?|bots?|assistants?|calls?|apps?)|real-?time voice|voicebots?|phone (?:agents?|bots?)|speech-to-speech)\b/;
// "voice" that is no spoken channel: how a text is written ("character voice", "brand voice",
// "tone of voice", "passive voice"). Blanked before INTERACTIVE reads a bare "voice".
const WRITTEN_VOICE =
  /\b(?:(?:character|characters'?|brand|author'?s?|authorial|narrative|narrator'?s?|editorial|writing|house|distinct\w*|consistent) voices?|tone (?:of|and|&) voice|voice (?:and|&) tone|(?:passive|active) voice|voice of (?:the |our )?(?:customers?|brand|characters?))\b/g;
// Work done once a call has ended ("after every call we want a summary", "post-call notes")
// waits on no caller: there a bare "voice" ("our voice support desk") is the calls' channel.
const AFTER_THE_CALL =
  /\b(?:after (?:every|each|the|a) (?:call|conversation|chat)|post-?call|once (?:the|a|each) call (?:ends|is over)|call (?:recordings?|transcripts?)|recorded calls)\b/;
// Software that talks on the line keeps its wait even then ("a voice bot; after each call it logs a summary").
const BARE_VOICE = /\bvoice\b(?! (?:agents?|bots?|assistants?|apps?)\b)/g;

// "streaming" that names the team's business, not answers streamed to a user: "streaming
// service, 12M subscribers", "a video streaming company", "music streaming platform".
const STREAMING_BUSINESS =
  /\b(?:(?:video|music|audio|tv|film|movie|podcast|game|gaming|sports?|live) streaming|streaming (?:service|platform|company|companies|app|site|business|giant|provider|subscribers?|catalog(?:ue)?|rights|video|music|tv)s?)\b/g;

/** The text INTERACTIVE reads: a "voice" that is a way of writing, or the channel of calls already over, and a streaming business, blanked. */
function withoutVoiceThatWaitsOnNoOne(pos: string): string {
  const written = pos.replace(WRITTEN_VOICE, blank).replace(STREAMING_BUSINESS, blank);
  return AFTER_THE_CALL.test(written) ? written.replace(BARE_VOICE, blank) : written;
}

const BATCH_OK =
  /\b(batch (api|endpoint|mode|pricing|discount|jobs? (are|is) fine)|(can|could) (use|wait for) (a |the )?batch|batching is fine)\b/;

export interface Timing {
  latency?: "interactive" | "batch";
  batchOk?: true;
  latencyTarget?: LatencyTarget;
}

// OFFLINE_TIMING without its global flag (a global pattern's test would start where the last one
// stopped), made once for the module rather than on every message.
const OFFLINE_SAID = new RegExp(OFFLINE_TIMING.source);

/**
 * `place`: the text with negated phrases and an on-device "offline" blanked; `pos`: with negated
 * phrases blanked; `t`: the whole text (all folded and cleaned).
 */
export function timingIn(place: string, pos: string, t: string): Timing {
  const out: Timing = {};
  // "through the batch endpoint" is the batch API (batchOk), not by itself a latency need.
  const timing = place.replace(/\bbatch (api|endpoint|mode|pricing|discount)\b/g, blank);
  if (BATCH.test(timing) || OFFLINE_SAID.test(timing) || LATENCY_UNIMPORTANT.test(t)) out.latency = "batch";
  else if (INTERACTIVE.test(withoutVoiceThatWaitsOnNoOne(pos)) || respondsWithin(pos)) out.latency = "interactive";
  if (out.latency === "interactive") {
    const target = targetIn(pos);
    if (target) out.latencyTarget = target;
  }
  if (BATCH_OK.test(pos)) out.batchOk = true;
  return out;
}

function respondsWithin(pos: string): boolean {
  return PERCENTILE.test(pos) || secondsIn(pos) !== undefined;
}

/** The stated response time in seconds: milliseconds always, seconds only as a response time (≤ 60 s). */
function secondsIn(pos: string): number | undefined {
  const ms = MILLISECONDS.exec(pos);
  if (ms) {
    const value = Number(ms[1]!.replace(/,/g, ""));
    if (Number.isFinite(value) && value > 0) return value / 1000;
  }
  const m = SECONDS_TARGET.exec(pos);
  const seconds = Number(m?.[1] ?? m?.[2]);
  if (Number.isFinite(seconds) && seconds > 0 && seconds <= 60) return seconds;
  const words = SECOND_IN_WORDS.exec(pos);
  return words ? (words[1] === "half a" ? 0.5 : 1) : undefined;
}

/** A response-time target (scoring/latency-target.ts), or a voice agent's assumed one. */
function targetIn(pos: string): LatencyTarget | undefined {
  const seconds = secondsIn(pos);
  const percentile = /\b(p50|p90|p95|p99)\b/.exec(pos)?.[1];
  if (seconds !== undefined)
    return {
      seconds,
      measure: FIRST_TOKEN.test(pos) ? "first-token" : "answer",
      ...(percentile ? { percentile } : {}),
    };
  if (VOICE.test(pos)) return { seconds: VOICE_FIRST_TOKEN_S, measure: "first-token", assumed: true };
  return undefined;
}

// What a target times, named in the message: its first token, or the whole answer ("response
// time" alone is either).
const MEASURE_NAMED = new RegExp(
  String.raw`${FIRST_TOKEN.source}|\b(?:answers?|responses?(?![- ]times?\b)|repl(?:y|ies)|full|whole|complete|end[- ]to[- ]end)\b`,
);

/**
 * A new target said in a thread ("drop the latency target to 5 seconds") changes its number and
 * keeps what the thread's target timed (p95, first token or whole answer) unless the message
 * says its own: the team moved the bar, not what it measures.
 */
export function targetKeepingMeasure(said: LatencyTarget, before: LatencyTarget | undefined, t: string): LatencyTarget {
  if (!before || before.assumed || said.assumed) return said;
  const percentile = said.percentile ?? before.percentile;
  const measure = MEASURE_NAMED.test(t) ? said.measure : before.measure;
  return { seconds: said.seconds, measure, ...(percentile ? { percentile } : {}) };
}
