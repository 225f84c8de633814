// Monthly token volumes in the ways people state them:
//   "10M input and 2M output tokens a month"       -> given split
//   "2,000 requests a day, 1,500 tokens in and 300 out" -> requests x tokens x 30 days
//   "5 million tokens per month", "20M tokens"     -> total, default split (splitAssumed)
//   "500k tokens per day", "50% cached", "30M cached input tokens"
// A month is 30 days; every conversion is spelled out in the description shown back.
import { foldCase } from "../catalog/normalize.js";
import { perMessage, perMessageCopies } from "../per-message-memo.js";
import {
  DEFAULT_INPUT_SHARE,
  DEFAULT_SPLIT_WORDS,
  volumeAtDefaultSplit,
  type PerItem,
  type Volume,
} from "../costs/volume.js";
import { QUANTITY, formatCount, hasDigit, quantityValue, spellOutNumbers, cleanMessage } from "./numbers.js";
import { gated } from "./reader-gates.js";
import { outputAsLongAsInput, outputShapeIn } from "./output-shapes.js";
import { PEOPLE_WORDS, PLURAL_AS_WRITTEN, WHICH_PEOPLE } from "./people-words.js";
import { peopleNamedAfter, peopleReferredBack } from "./people-referred.js";
import { peoplePerPlaceTotalEach, placesOfPeople } from "./people-per-place.js";
import { peakRateAt, rateWordsSpelledOut } from "./request-rates.js";
import { sidesByVerb } from "./request-sides.js";
import {
  dayAsBefore,
  MONTH,
  ONCE_LABEL,
  PER_WORD,
  PERIOD_NOUNS,
  periodAt,
  periodLabelled,
  periodOpening,
  type Period,
} from "./periods.js";
import { countsCollection, partsOfEach, userSharesIn, withoutUserShares, type UserShare } from "./volume-chain.js";
import { sharesSpelledOut } from "./share-words.js";
import { rangesAtMiddle } from "./number-ranges.js";
import { pagesAsTokens, PAGES_NOTE } from "./page-amounts.js";
import { TOKENS_PER_WORD } from "./text-units.js";
import { SIZED_THINGS, withElidedCountNoun } from "./elided-count.js";
import { addedContextIn } from "./added-context.js";
import { moneyWordBefore } from "./money-words.js";
import { saysOneOff } from "./one-off-text.js";
import { nounForms } from "./noun-forms.js";
import { gpuMentionIn, withoutCardNumbers } from "./gpu-count-text.js";
import { atStatedSplit, impliedInputShare, statedInputShare, withoutShares } from "./volume-split.js";
import { jobsIn, thingsOf, type RatedCount } from "./volume-jobs.js";

const Q = QUANTITY;
// Hours of something recorded are things sent, each hour a request: "600 hours of programmes a
// month", "10,000 hours of transcribed audio". GPU hours and hours of work are not.
// "2,500 programme hours a month", "800 call hours": the same, with the kind said first.
const CONTENT_HOURS = String.raw`(?:programme|program|video|audio|recording|broadcast|footage|call|meeting|podcast|lecture|interview|content)\s+hours?`;
const HOURS_OF_CONTENT = String.raw`${CONTENT_HOURS}|hours? of (?:[a-z]+\s+){0,2}?(?:audio|video|speech|programmes?|programs?|recordings?|footage|calls?|meetings?|podcasts?|content|transcripts?|interviews?|lectures?|broadcasts?|tv|radio|subtitles|shows?|episodes?)`;
const UNIT = String.raw`(?:tokens?|toks?)`;
// Things counted per period, each sent through the model: "10k PRs a month", "50k PDFs a month",
// "5k msgs/day", "2,000 contracts a month". A count of them times tokens each is a volume.
const REQUESTS = String.raw`(?:requests?|reqs?|calls?|queries|query|messages?|msgs?|conversations?|convos?|prompts?|chats?|completions?|generations?|documents?|docs?|pdfs?|tickets?|emails?|questions?|sessions?|posts?|threads?|items?|records?|pages?|articles?|reviews?|listings?|transcripts?|reports?|files?|summaries|prs|pull requests?|diffs?|commits?|contracts?|manuals?|books?|policies|briefs?|leases?|invoices?|receipts?|claims?|forms?|orders?|comments?|notes?|memos?|papers?|chunks?|cases?|filings?|statements?|resumes?|cvs?|applications?|submissions?|essays?|lookups?|searches?|translations?|runs?|tasks?|jobs?|products?|recipes?|plans?|captions?|${HOURS_OF_CONTENT})`;
// People who each use a number of tokens ("1,000 engineers, ~1.5M tokens each monthly").
const PEOPLE = PEOPLE_WORDS;
// A counted noun (REQUESTS' group, "contracts", "pdfs") that is a document (elided-count.ts).
const DOCUMENT_NOUN = new RegExp(String.raw`^${SIZED_THINGS}$`);

/** Reads a monthly volume from free text, or null when the text states none. */
export function parseVolume(text: string): Volume | null {
  return volumeThisMessage(foldCase(cleanMessage(text)));
}

// The understanding of one message reads its volume several times (the question's features, the
// requirements, what-if edits) from the same folded text: it is read once.
const volumeThisMessage = perMessageCopies(volumeIn);

/** Folded text with its numbers, ranges, shares and rate words in digits and price units taken out. */
function amountsText(folded: string): {
  rates: ReturnType<typeof rateWordsSpelledOut>;
  t: string;
  pagesConverted: boolean;
} {
  const rates = rateWordsSpelledOut(sharesSpelledOut(rangesAtMiddle(spellOutNumbers(withoutCardNumbers(folded)))));
  const pages = pagesAsTokens(rates.text, isPageSized);
  const t = unitlessSizesAsTokens(pages.text)
    .replace(/(\d)\s*(?:-|\s)\s*(tokens?)\b/g, "$1 $2")
    .replace(/\bper cent\b|\bpercent\b/g, "%")
    // Price units are not volumes: "$5 per 1M tokens", "per million tokens", "per token".
    .replace(
      /(?:\b(?:per|a|every|each)\s+|\/\s*)(?:1\s*)?(?:m|mtok|million|k|thousand)?\s*(?:input\s+|output\s+)?tok(?:en)?s?\b/g,
      " ",
    )
    .replace(/\bout of\b/g, "of");
  return { rates, t: withElidedCountNoun(sizeAfterItsCount(t)), pagesConverted: pages.converted };
}

// A count with the size of each thing said before the noun: "3 200-page manuals" (pages are tokens
// by now: "3 133333 tokens manuals"), "50 20k-token reports". The size is moved after the noun as
// an aside, "3 manuals (133333 tokens each)", the form the count and size readers take.
const COUNT_THEN_SIZED_NOUN = new RegExp(
  String.raw`(?<![\d.,])((?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:k|m)?)\s+(\d+(?:\.\d+)?\s*(?:k|m)?)\s*-?\s*tokens?\s+((?:[a-z][a-z-]*\s+){0,2}?(?:${SIZED_THINGS}|${REQUESTS}))\b`,
  "g",
);

function sizeAfterItsCount(t: string): string {
  return /\d\s+\d[\d.,km\s-]*tokens?\s/.test(t) ? t.replace(COUNT_THEN_SIZED_NOUN, "$1 $3 ($2 tokens each)") : t;
}

// A size said with "each" and no unit, right after a count of things, is tokens each: "40 bundles a
// month (150K each)", "25 manuals a month of about 90K each", "300 files, ~2,000 each". Money has
// its sign ("(£150K each)") and is left alone, and a small bare number ("2 each") is a count.
const UNITLESS_EACH = new RegExp(
  String.raw`(\d[^.;!?$€£¥]{0,60}?[a-z]{3,}s\b[^.;!?$€£¥\d]{0,30}?(?:\(|\bof\b|,)\s*(?:(?:about|around|roughly|approx\.?|maybe|~)\s*)*)(\d+(?:\.\d+)?\s*(?:k|m)|\d{1,3}(?:,\d{3})+|\d{4,})\s+(each|apiece)\b`,
  "g",
);

function unitlessSizesAsTokens(t: string): string {
  return t.includes("each") || t.includes("apiece") ? t.replace(UNITLESS_EACH, "$1$2 tokens $3") : t;
}

/**
 * A rate of things said with no tokens each, priced at `size` (assumed-request-size.ts): read as
 * a rate with its tokens is, so the people it is per ("for 1,200 engineers, 10 questions a day
 * each") and their shares multiply it. Null unless the rate is said ("a day", "a month").
 */
export function countAtSize(text: string, size: StatedSize): Volume | null {
  const { t } = amountsText(foldCase(cleanMessage(text)));
  return fromRequests(withoutShares(t), false, size);
}

/** Tokens each taken as given, not read from the text, with the words that say where they came from. */
export interface StatedSize {
  input: number;
  output: number;
  words: string;
  /** The input is the team's own (the context it said each one sends); only the output is assumed. */
  inputStated?: boolean;
}

/** The volume of folded, cleaned text. */
function volumeIn(folded: string): Volume | null {
  const { rates, t, pagesConverted } = amountsText(folded);
  const { text: inTokens, converted, note: charactersNote } = wordsAsTokens(t);
  const bare = withoutShares(inTokens);
  let volume = amountsIn(bare, t);
  if (volume && pagesConverted)
    volume = { ...volume, description: `${volume.description}, ${PAGES_NOTE}`, unitNote: PAGES_NOTE };
  if (volume && converted) volume = { ...volume, description: `${volume.description}, ${WORDS_NOTE}` };
  if (volume && charactersNote) volume = { ...volume, description: `${volume.description}, ${charactersNote}` };
  if (volume && rates.notes.length > 0)
    volume = { ...volume, description: `${volume.description} (${rates.notes.join("; ")})` };
  // A total split at the default unless the text says its shares ("about 70% input").
  if (!volume?.splitAssumed || !SPLIT_BY_DEFAULT.test(volume.description)) return volume;
  const share = statedInputShare(t);
  if (share !== null) return atStatedSplit(volume, share);
  const implied = impliedInputShare(t);
  return implied ? atStatedSplit(volume, implied.share, implied.words) : volume;
}

// Each reader of amountsIn starts from an amount in digits (QUANTITY), and number words are digits
// by now: a text without a digit states no volume, and is not read four more times to find that.
const amountsIn = gated("volume", hasDigit, readAmounts, () => null);

/** The volume the amounts of `bare` (volumeIn's text with shares and words as tokens) state. */
function readAmounts(bare: string, t: string): Volume | null {
  // "20M tokens over the whole project", "2M documents once": a total with no rate is the job's.
  const once = saysOneOff(t);
  return (
    (once ? null : jobsVolume(bare)) ??
    fromRequests(bare, once) ??
    fromPeople(bare) ??
    fromTokens(bare, once) ??
    compactVolume(bare)
  );
}

// Text said in words ("articles avg 1,200 words", "a 900-word post") at TOKENS_PER_WORD (text-units.ts),
// a floor for languages other than English; the description says the conversion was made.
const WORDS_NOTE = "counting about 4 tokens for every 3 words (English; other languages take more)";
// A short count ("in 5 words") is a phrase, not a text to send; 50 words or more is a text.
const MIN_WORDS = 50;
const WORD_AMOUNT = new RegExp(
  String.raw`${Q}\s*(?:-\s*)?words?\b(?!\s*(?:a|an|per)\s*(?:minute|min|second|sec)\b)`,
  "g",
);

// Text said in characters ("about 1.5M japanese characters a month"): about 4 characters a token
// in English (OpenAI's rule of thumb, as for words), and about one token a character assumed for
// Japanese, Chinese and Korean, whose characters are mostly a token each or more. Only amounts a
// volume is made of: "one SMS, 160 characters" or "2 lines of 42 characters" are a length limit.
const CHARACTERS_PER_TOKEN = 4;
const MIN_CHARACTERS = 1_000;
const CJK_CHARACTERS = String.raw`(?:japanese|chinese|korean|kanji|hanzi|hanja|hangul|kana|cjk)`;
const CHARACTER_AMOUNT = new RegExp(
  String.raw`${Q}\s*(?:-\s*)?(?:(${CJK_CHARACTERS})\s+|(?:[a-z]+\s+)?)(?:characters?|chars?)\b(?!\s*(?:a|an|per)\s*(?:minute|min|second|sec)\b)`,
  "g",
);
const CHARACTERS_NOTE = "counting about one token a character for Japanese, Chinese and Korean text (assumed)";
const LATIN_CHARACTERS_NOTE = "counting about 4 characters a token (English; other languages take more)";

function wordsAsTokens(t: string): { text: string; converted: boolean; note?: string } {
  const hasWords = /\bwords?\b/.test(t);
  const hasCharacters = /\bchar(?:acter)?s?\b/.test(t);
  if (!hasWords && !hasCharacters) return { text: t, converted: false };
  let converted = false;
  let note: string | undefined;
  let text = !hasWords
    ? t
    : t.replace(WORD_AMOUNT, (whole, digits: string, magnitude: string | undefined) => {
        const words = quantityValue(digits, magnitude);
        if (!(words >= MIN_WORDS) || !Number.isFinite(words)) return whole;
        converted = true;
        return `${Math.round(words * TOKENS_PER_WORD)} tokens`;
      });
  if (hasCharacters)
    text = text.replace(
      CHARACTER_AMOUNT,
      (whole, digits: string, magnitude: string | undefined, cjk: string | undefined) => {
        const characters = quantityValue(digits, magnitude);
        if (!(characters >= MIN_CHARACTERS) || !Number.isFinite(characters)) return whole;
        note = cjk ? CHARACTERS_NOTE : LATIN_CHARACTERS_NOTE;
        return `${Math.round(cjk ? characters : characters / CHARACTERS_PER_TOKEN)} tokens`;
      },
    );
  return { text, converted, ...(note ? { note } : {}) };
}

// "10M/mo", "500k/day": a magnitude with a slashed period and no noun, in a message about models,
// counts tokens, the unit every volume here is in; the reading is said back as assumed. Money
// ("$10M/mo", "budget 5M/mo") and people ("10M/mo users") are not.
const COMPACT_RATE = new RegExp(
  String.raw`(?<![$€£¥\d.,])${Q}\s*\/\s*(?:mo|month|mth|day|week|wk)\b(?!\s*(?:[a-z]+\s+)?(?:${PEOPLE}|actives?|maus?|visits?|views?|revenue|usd|dollars|euros?)\b)`,
);
// "budget 5M/mo", "ARR of 10M/mo": one word at most between the money word and the rate.
const MONEY_BEFORE = moneyWordBefore(1);
const MIN_COMPACT_TOKENS = 1_000_000;

function compactVolume(t: string): Volume | null {
  const m = COMPACT_RATE.exec(t);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  if (MONEY_BEFORE.test(t.slice(Math.max(0, m.index - 25), m.index))) return null;
  const period = periodAt(t, m.index + m[0].replace(/\/.*$/, "").length);
  if (!period) return null;
  const total = quantityValue(m[1], m[2]) * period.perMonth;
  if (!(total >= MIN_COMPACT_TOKENS) || !Number.isFinite(total)) return null;
  return volumeAtDefaultSplit(
    total,
    `${formatCount(total)} tokens a month (${m[0].trim()} said without a unit: tokens assumed), split ${DEFAULT_SPLIT_WORDS}`,
  );
}

const SPLIT_BY_DEFAULT = /\bsplit\b[^,;]*\bby default\b/;

/**
 * Whether the text counts what each amount of tokens is for: requests ("2,000 requests a day",
 * "40k invoices/mo") or people ("1,000 engineers, ~1.5M tokens each"). Then a size per request
 * or per person is part of the volume, not a context need.
 */
export function countsItems(text: string): boolean {
  const t = rateWordsSpelledOut(spellOutNumbers(foldCase(cleanMessage(text)))).text;
  return (
    REQUEST_COUNT.test(t) ||
    RATED_COUNT.test(t) ||
    PEOPLE_TIMES_EACH.test(t) ||
    PEOPLE_EACH_THEN_TOKENS.test(t) ||
    (SIZED_COUNT.test(t) && saysOneOff(t))
  );
}

// The patterns below are built once, here: assembled from the pieces above, and compiling them
// for every message was a measurable share of reading one.
const PEOPLE_TIMES_EACH = new RegExp(
  String.raw`${Q}\s*(?:monthly\s+|active\s+|paying\s+|support\s+|daily\s+)*${WHICH_PEOPLE}${PEOPLE}\b(?:[^.;?!]|\.(?=\d)){0,60}?${Q}\s*${UNIT}\s*(?:each|apiece|per\s+(?:head|${PEOPLE}))\b`,
);
// "each" before the amount: "250 engineers, each burns ~2M tokens a month", "15k MAU, each user
// ~40k tokens/mo", "40k MAU each send ~25k tokens". No other number may sit in between.
const PEOPLE_EACH_THEN_TOKENS = new RegExp(
  String.raw`${Q}\s*(?:monthly\s+|active\s+|paying\s+|support\s+|daily\s+)*${WHICH_PEOPLE}${PEOPLE}\b[^.;?!\d]{0,40}?\b(?:each|every one|apiece|per (?:head|person))\b[^.;?!\d]{0,30}?${Q}\s*${UNIT}\b`,
);
// Up to two words may describe what is counted ("15 meal plans", "2M api calls", "40M old support tickets",
// "50k citizen questions"), but not a size or unit ("32k context chats" are chats of 32k tokens,
// not 32,000 chats), nor people counted in the plural ("60 analysts runs" is 60 people). "Use cases"
// are applications, not items: "two use cases … 200M tokens a month total" is 200M.
const PEOPLE_PLURAL = String.raw`(?:${PEOPLE})(?<=s|${PLURAL_AS_WRITTEN})`;
// Hardware counted is no modifier of things: "our 2 gpus run the model" counts GPUs, not runs.
// Nor is an adverb, after which "runs" is a verb: "our MLOps team of 3 already runs Triton".
const VERB_ADVERBS = String.raw`already|currently|also|still|now|just|often|usually|typically|regularly|actively|sometimes|never|ever|jointly|together`;
const COUNT_MODIFIER = String.raw`(?!(?:tok|context|ctx|window|token|dollar|usd|gb|per|a|an|the|of|in|each|every|use|models?|params?|parameters?|gpus?|cards?|${VERB_ADVERBS}|${PEOPLE_PLURAL})\b)[a-z]+`;
// A count of kinds of a thing is not a count of things: "classify into ~25 claim types … ~15k
// claims a month" sends 15k claims, sorted into 25 types.
const KINDS = String.raw`(?:types?|kinds?|categor(?:y|ies)|class(?:es)?|classif\w*|labels?|buckets?|topics?|fields?|formats?|templates?|languages?)`;
// A noun joined on by a hyphen, or a singular one before people, describes them: "400 job-centre
// caseworkers", "120 claims-handling staff", "20 case-file reviewers", "300 call agents" count
// people, not jobs, claims, files or calls ("200 questions users ask" still counts questions).
// Two lists of describing words may be joined: "1.2 million digitised Welsh-language and English
// newspaper pages" counts pages (a hyphenated word is one).
const COUNT_MODIFIERS = String.raw`(?:${COUNT_MODIFIER}(?:-[a-z]+)?[\s-]+){0,2}?(?:(?:and|or|&)\s+(?:${COUNT_MODIFIER}(?:-[a-z]+)?[\s-]+){1,2}?)?`;
const REQUEST_COUNT = new RegExp(
  String.raw`${Q}\s*(?:k\s*)?${COUNT_MODIFIERS}(${REQUESTS})\b(?!-|(?<!s)\s+${PEOPLE}\b|\s*(?:tok|${KINDS}\b))`,
);
const REQUEST_COUNT_EACH = new RegExp(REQUEST_COUNT.source, "g");
// Every count of requests in a text, first first: the kinds of work and the requests of a volume
// are read from the same text, which was scanned for them once for each (per-message-memo.ts).
const requestCountsIn = perMessage((t: string) =>
  Object.freeze([...t.matchAll(REQUEST_COUNT_EACH)].map((m) => Object.freeze(m))),
);
// Any other plural noun counted with a rate is a count of things too ("90k bookings a month",
// "12,000 flagged PIX transactions a day"), unless it is a unit of time, money, hardware or people.
// The rate is a whole word: "400 content categories and flag …" is no "an d(ay)". The person
// each count is for may sit before the rate: "~18 visits per clinician per day", "4 photos per
// user a week" (the people are counted elsewhere: people-referred.ts).
const RATED_COUNT = new RegExp(
  String.raw`${Q}\s*(?:${COUNT_MODIFIER}[\s-]+){0,2}?(?!(?:tok\w*|hours|days|weeks|months|years|minutes|seconds|shifts|dollars|euros|cents|pence|pounds|yen|rupees|credits|bucks|usd|eur|gbs|gpus|instances|replicas|cards|nodes|servers|models|${PEOPLE}|actives|maus)\b)([a-z]{3,}s)(?=\s*(?:each\s+)?(?:(?:per|each|every|a)\s+${PEOPLE}\s+)?(?:\/|(?:per|a|an|each|every)\b)\s*${PERIOD_NOUNS}\b)`,
);
const RATED_COUNT_EACH = new RegExp(RATED_COUNT.source, "g");
// People, then "each" (or "per user") before their count of requests, no other number between:
// "5000 users at launch, each generates ~20 listings/mo", "300 agents, per agent ~80 chats a day".
// A times sign right after the people multiplies the same way: "15 researchers × 60 questions a
// day", as a team writes its own arithmetic (it was read as 60 questions a day in all).
// Tried on the text just before the count, so the window bounds the work.
const PEOPLE_EACH_BEFORE_COUNT = new RegExp(
  String.raw`${Q}\s*(?:monthly\s+|active\s+|paying\s+|support\s+|daily\s+)*${WHICH_PEOPLE}(${PEOPLE})\b(?:[^.?!\d]{0,40}?\b(?:each|every one|apiece|per (?:head|person|${PEOPLE}))\b[^.;?!\d]{0,30}|\s*(?:×|\*|\bx\b|\btimes\b)\s*(?:(?:about|around|roughly|~)\s*)?)$`,
);
const PEOPLE_WINDOW = 120;
// Not people: units of time, money, hardware and the things sent themselves (RATED_COUNT's list).
const NOT_COUNTED_UNITS = String.raw`tok\w*|words|hours|days|weeks|months|years|minutes|seconds|shifts|dollars|euros|cents|pence|pounds|yen|rupees|credits|bucks|usd|eur|gbs|gpus|instances|replicas|cards|nodes|servers|models|actives|maus`;
// In a job run once, any plural noun counted with its size right after is what the job sends:
// "300,000 scanned court rulings (about 4,000 tokens each)", "80k case files, ~2k tokens each".
const SIZED_COUNT = new RegExp(
  String.raw`${Q}\s*${COUNT_MODIFIERS}(?!(?:${NOT_COUNTED_UNITS}|${PEOPLE})\b)([a-z]{3,}s)\b(?=\s*[(,]\s*(?:[a-z][^()\d]{0,30}?,\s*)?(?:about|around|roughly|approx\.?|~|\s)*${Q}\s*${UNIT}\s*(?:each|apiece)\b)`,
);
// Any plural noun counted, then ", each" and the count of requests: "~300 RMs, each maybe 25
// requests a day", "4,000 stores, each about 200 orders a day". Whatever the noun (a people word
// this reader does not know, or shops), the requests are per one of them, so they multiply. A few
// words may say what they do before the comma: "~180 notary offices pay us, each drafts 60 deeds".
const COUNTED_EACH_BEFORE_COUNT = new RegExp(
  String.raw`${Q}\s*((?:[a-z][a-z-]*\s+){0,2}?(?!(?:${NOT_COUNTED_UNITS}|${REQUESTS})\b)[a-z][a-z-]*s)(?:\s+[a-z][a-z']*(?:\s+[a-z][a-z']*){0,3}\s*(?=,))?\s*,?\s*(?:each|every one of them)\b[^.;?!\d]{0,30}$`,
);
// People counted just before the count, no number between; "each" then marks the count as per
// person when it follows the count ("5000 users, 20 listings each") or opens the people ("each of
// our 300 agents handles 80 chats a day").
const PEOPLE_JUST_BEFORE = new RegExp(
  String.raw`(\beach of (?:our|the|their|its|my|your)?\s*)?${Q}\s*(?:monthly\s+|active\s+|paying\s+|support\s+|daily\s+)*${WHICH_PEOPLE}(${PEOPLE})\b[^.?!\d]{0,40}$`,
);
const EACH_AFTER_COUNT = new RegExp(
  String.raw`^\s*(?:(?:\/|per|a|an|each|every)\s*${PERIOD_NOUNS}\b\s*)?(?:each|apiece|per (?:head|person|${PEOPLE}))\b`,
);
// Words between a noun and its amount: "the summary is maybe 400 tokens", "answers ~350 tokens".
const AMOUNT_FILLER = String.raw`(?:is\s+|are\s+|of\s+|about\s+|around\s+|roughly\s+|maybe\s+|perhaps\s+|probably\s+|typically\s+|usually\s+|approx(?:\.|imately)?\s*|like\s+|~\s*|:\s*|=\s*|\(\s*)*`;
const OUTPUT_NOUNS = String.raw`(?:summar(?:y|ies)|repl(?:y|ies)|answers?|responses?|drafts?|rewrites?|labels?|tags?|captions?|descriptions?)`;
// Words for what a request gives back, named after a token amount: "200 token summary", "~300
// tokens of json output" is read by OUT_BEFORE; these need the unit, so "2,000 summaries" stays a count.
const OUTPUT_NOUN_AMOUNT = new RegExp(
  String.raw`${Q}\s*${UNIT}\s*(?:of\s+)?(?:json\s+|short\s+|generated\s+)?${OUTPUT_NOUNS}\b`,
);
// Pages are a size where tokens would be one: a request's or document's ("30-page filings"), or
// what comes back ("one-page summaries").
const OUTPUT_NOUN_AFTER = new RegExp(String.raw`^\s*(?:[a-z]+\s+)?${OUTPUT_NOUNS}\b`);
const isPageSized = (t: string, start: number, end: number): boolean =>
  isRequestSize(t, start, end) || OUTPUT_NOUN_AFTER.test(t.slice(end));

// A bracket may say more of the output before its size: "a short bilingual summary (Welsh and
// English, about 200 tokens)".
const OUTPUT_ASIDE = String.raw`(?:\(\s*[a-z][^()\d.;]{0,40}?[,;:]\s*)?`;
// An amount that names a document after it is that document's size: "summaries of 20k-token
// court filings" reads filings of 20k tokens, not summaries that long.
const OUTPUT_NOUN_BEFORE_AMOUNT = new RegExp(
  String.raw`\b${OUTPUT_NOUNS}\s*${OUTPUT_ASIDE}${AMOUNT_FILLER}${Q}\s*${UNIT}\b(?!\s+(?:[a-z]+\s+)?${SIZED_THINGS}\b)`,
);
// What the input is turned "into" is what comes back, whatever it is called: "summarises a case
// file (~8,000 tokens) into a one-page overview of ~600 tokens", "condense each thread into ~300
// tokens". A few words may name it; no other number sits between.
const OUTPUT_INTO_AMOUNT = new RegExp(
  String.raw`\binto\s+(?:(?:an?|the|one|its|their)\s+)?(?:[a-z][a-z-]*\s+){0,3}?${AMOUNT_FILLER}${Q}\s*${UNIT}\b`,
);
// What a request writes that can also be what it reads ("clinical notes ~2k tokens each" are
// input): an output only after the amount that goes in, "transcript ~6k tokens, note ~800 tokens".
const WRITTEN_NOUNS = String.raw`(?:notes?|memos?|emails?|letters?|minutes|json|write-?ups?)`;
const WRITTEN_AMOUNTS = [
  new RegExp(String.raw`${Q}\s*${UNIT}\s*(?:of\s+)?(?:json\s+|short\s+|generated\s+)?${WRITTEN_NOUNS}\b`, "g"),
  new RegExp(String.raw`\b${WRITTEN_NOUNS}\s*${AMOUNT_FILLER}${Q}\s*${UNIT}\b`, "g"),
];
const USERS_EACH_SENDING = new RegExp(
  String.raw`${Q}\s*(?:active\s+)?(?:users?|people|employees|agents|customers|seats)\s+(?:who\s+)?(?:each|every one|all)?\s*(?:send|sending|make|making|run|running|do|doing|with|averag\w*)\b`,
);
// Context said per request ("~10k tokens of context per question", "6k tokens of context each"):
// with a count of requests and their output, it is each request's input. Alone it stays a context
// need, and a count without an output is sized by assumed-request-size.ts.
const CONTEXT_PER_REQUEST = new RegExp(
  String.raw`${Q}\s*${UNIT}\s*(?:of\s+)?context\s*(?:each|apiece|(?:per|for each|with each|in each|in every|for every|a)\s+${REQUESTS})\b`,
);
// Nor an amount said with its own period: "about 2M tokens a month", "500M tokens monthly" is the
// month's total beside "40k queries a month", never the size of each query. Not "per hour", which
// is as often a size ("~9k tokens per hour of speech") as a rate.
const TOKENS_NOT_CONTEXT = new RegExp(
  String.raw`${Q}\s*${UNIT}\b(?!\s*(?:of\s+)?context)(?!\s*(?:${PER_WORD}(?!hour|hr)(?:${PERIOD_NOUNS}|year|yr)\b|(?:monthly|daily|weekly|yearly|annually)\b))`,
);
// "in" and "out" are ordinary words too: after an amount they mean input/output only when a
// joining or period word follows, if any ("1,500 tokens in and 300 out", "500k out per month", not
// "50M tokens a month in our cloud"), and before one only as a label ("in: 2k"), never in
// "tickets in 5 languages".
const AMOUNT_FOLLOWERS = String.raw`(?:and|per|each|every|monthly|daily|weekly|hourly)\b`;
// "200,000 prompts a month" counts prompts, not tokens: only "prompt" in the singular names an amount's side.
const IN_BEFORE = String.raw`(?:input|in(?!\s+(?!${AMOUNT_FOLLOWERS})[a-z])|prompt\b(?!s)|prompt tokens|context tokens)`;
const IN_AFTER = String.raw`(?:inputs?|in(?=\s*[:=])|prompts?|prompt tokens|context tokens)`;
// An amount right before "out" may also be followed by the model or place it is for ("300 out on
// claude haiku 4.5", "300 out for gpt-4o"): "out of" is already gone, so little else reads so.
const OUT_FOLLOWERS = String.raw`(?:${AMOUNT_FOLLOWERS}|(?:on|for|with|using|via|at|from)\b)`;
const OUT_BEFORE = String.raw`(?:output|out(?!\s+(?!${OUT_FOLLOWERS})[a-z])|completions?|completion tokens|responses?|answers?|generated|generation)`;
const OUT_AFTER = String.raw`(?:outputs?|out(?=\s*[:=])|completions?|completion tokens|responses?|answers?|generated|generation)`;
const amountBefore = (words: string) =>
  new RegExp(
    String.raw`${Q}\s*(?:${UNIT}\s*)?(?:(?:\/|per|a)\s*(?:day|month|week|hour|mo)\s*)?(?:of\s+)?${words}\b(?!\s*(?:per|a|each)?\s*context)`,
  );
// Units an amount of text is said in, before words become tokens (wordsAsTokens).
const SIZE_WORDS = String.raw`(?:tok\w*|words|chars|characters|lines|pages|sentences|paragraphs)`;
// "output: 300", "output is about 200 tokens": up to two filler words between. An amount that counts
// things is no size: "we answer ~3,000 (support) emails a day" answers emails, it writes no 3,000
// tokens; nor is the start of a longer number ("~3" of "~3,000").
const amountAfter = (words: string) =>
  new RegExp(
    String.raw`\b${words}\s*(?:${UNIT}\s*)?(?:(?:of|:|=|is|are|about|around|~)\s*){0,2}${Q}(?![,.]?\d)(?!\s*(?:[a-z]+\s+){0,2}(?!${SIZE_WORDS}\b)[a-z]{3,}s\b)`,
  );
// Both sides of one request said together need no unit: "1,500 in and 300 out on gpt-4o".
const IN_AND_OUT = new RegExp(String.raw`${Q}\s*in\s*(?:and|&|\+|,|\/)\s*${Q}\s*out\b`);
const INPUT_AMOUNT = { before: amountBefore(IN_BEFORE), after: amountAfter(IN_AFTER) };
const OUTPUT_AMOUNT = { before: amountBefore(OUT_BEFORE), after: amountAfter(OUT_AFTER) };
const CACHED_AMOUNT = new RegExp(String.raw`${Q}\s*(?:${UNIT}\s*)?(?:of\s+)?cached\b`);
const CACHED_MASK = new RegExp(
  String.raw`${Q}\s*(?:${UNIT}\s*)?(?:of\s+)?cached(?:\s+(?:input|prompt))?(?:\s+${UNIT})?`,
  "g",
);
const TOTAL_TOKENS = new RegExp(
  String.raw`${Q}\s*(?:llm\s+|api\s+|total\s+)?${UNIT}\b(?!\s*(?:of\s+)?(?:context|window|limit|max))`,
);

/** "1,000 engineers, ~1.5M tokens each monthly", "200 MAU × 150k tokens each": people × tokens each. */
function fromPeople(t: string): Volume | null {
  const m = PEOPLE_TIMES_EACH.exec(t) ?? PEOPLE_EACH_THEN_TOKENS.exec(t);
  if (!m || m[1] === undefined || m[3] === undefined) return null;
  const people = quantityValue(m[1], m[2]);
  const each = quantityValue(m[3], m[4]);
  if (!(people >= 1 && each > 0)) return null;
  const { period, stated } = periodAfter(t, m.index + m[0].length, 30);
  const total = people * each * period.perMonth;
  let description = `${formatCount(people)} people × ${formatCount(each)} tokens each ${stated ? period.label : "a month (per month assumed)"}`;
  if (period.conversion) description += ` ${period.conversion}`;
  description += ` = ${formatCount(total)} tokens a month, split ${DEFAULT_SPLIT_WORDS}`;
  return volumeAtDefaultSplit(total, description);
}

// A rate that opens the clause of a count: "every day we ingest ~40k articles", "each month we
// get 2k claims", "daily, about 5k tickets come in". No other number may sit between.
// "Every working day we get ~1,000 documents" is a working day's; "on a normal day maybe 20,000
// conversations" an ordinary day's (a busy day is a peak, not a rate). The person each count is
// for may be said with the rate, before or after it: "per developer per day: 300 completions",
// "per day per developer:", "each agent, every week, answers 40 questions".
const RATE_WORD = String.raw`(?:(?:every|each|per|a)\s+((?:working |business |work )?day|workday|weekday|night|week|month|quarter|year)|on (?:a|an) (?:normal|typical|average|regular|usual|ordinary) (day|week|month)|(daily|nightly|weekly|monthly|quarterly|yearly)(?=\s*,))\b`;
const PER_PERSON = String.raw`(?:per|each|every|for each|for every)\s+(?:${PEOPLE})\b\s*,?\s*`;
const PERIOD_OPENS_CLAUSE = new RegExp(String.raw`(?:^|[.;!?:]\s*|,\s*)(?:${PER_PERSON})?${RATE_WORD}[^.;!?\d]{0,50}$`);
// A rate said as the heading of a sentence, a colon after it, covers every count the sentence
// lists: "Per developer per day: 300 completions of 1,500 tokens in and 60 out, plus 20 chats of
// 4,000 tokens in and 600 out." (the chats are a day's too, for each developer). Decimal points
// ("1.5k") do not end the sentence.
const RATE_HEADS_SENTENCE = new RegExp(
  String.raw`(?:^|[.;!?]\s+)(?:${PER_PERSON})?${RATE_WORD}(?:\s*,?\s*${PER_PERSON})?\s*:(?:[^.!?]|\.(?=\d))*$`,
);
const HEADING_REACH = 300;

function periodBefore(t: string, index: number): { period: Period; stated: boolean } | null {
  const before = t.slice(Math.max(0, index - 70), index);
  const m =
    PERIOD_OPENS_CLAUSE.exec(before) ?? RATE_HEADS_SENTENCE.exec(t.slice(Math.max(0, index - HEADING_REACH), index));
  const word = m?.[1] ?? m?.[2] ?? m?.[3];
  if (word === undefined) return null;
  const found = periodOpening(
    `every ${word
      .replace(/ly$/, "")
      .replace(/^dai$/, "day")
      .replace(/^nigh$/, "night")}`,
    t,
  );
  return found ? { period: found, stated: true } : null;
}

// The size of each thing said in brackets right after its count ("3 manuals (133333 tokens each)
// summarised each day") stands between the count and its rate: it is stepped over.
const SIZE_ASIDE = /^\s*\([^()]{0,40}?\b(?:each|apiece)\)/;

function periodAfter(t: string, at: number, window = 40): { period: Period; stated: boolean } {
  const from = at + (SIZE_ASIDE.exec(t.slice(at, at + 45))?.[0].length ?? 0);
  const rest = t
    .slice(from, from + window)
    // "in" before "a"/"one" opens a period ("in one day"), not the input side.
    .replace(
      /^[\s,]*(?:of\s+)?(?:(?:input|output|cached|total|in(?!\s+(?:a|one)\b)|out|llm|api)\s+)*(?:tokens?\s*)?/,
      "",
    );
  for (let i = 0; i < Math.min(rest.length, window); i++) {
    // Stop at the end of the clause: a period belongs to the phrase it follows. A full stop ends
    // it even right after a word ("5 tokens out. budget $15k/mo": the rate is the budget's).
    // A full stop right after the count ends it too: "some are 200 pages. 6,000 questions a day".
    if (rest[i] === ";" || (rest[i] === "." && !/\d/.test(rest[i + 1] ?? ""))) break;
    if (i > 0 && !/[\s,(]/.test(rest[i - 1] ?? "") && rest[i] !== "/") continue;
    const slice = rest.slice(i);
    const period = periodOpening(slice, t);
    if (period) return { period, stated: true };
    if (/^(?:and|but)\b/.test(slice) && i > 0) break;
  }
  return { period: MONTH, stated: false };
}

/** The rate the people themselves are counted at ("4,000 students a day", "30k daily actives"), if any. */
function peopleRate(t: string, people: CountingPeople): { period: Period; stated: true } | null {
  const daily = /\b(daily|nightly|weekly|monthly)\b/.exec(people.phrase);
  const opened = daily?.[1]
    ? periodOpening(
        `every ${daily[1]
          .replace(/ly$/, "")
          .replace(/^dai$/, "day")
          .replace(/^nigh$/, "night")}`,
        t,
      )
    : null;
  if (opened) return { period: opened, stated: true };
  // "4,000 active students a day, ~": a rate said inside the people's own phrase, after the count.
  for (const m of people.phrase.matchAll(/(?:^|\s)((?:a|an|per|each|every)\s+\w+|\/\s*\w+)/g)) {
    const period = periodOpening(people.phrase.slice(m.index + m[0].length - (m[1]?.length ?? 0)), t);
    if (period) return { period, stated: true };
  }
  return null;
}

// A count said under a label of the things it counts: "Calls: about 45,000 a day".
const LABELLED_COUNT = new RegExp(
  String.raw`(?:^|[.;!?]\s*)(${REQUESTS})\s*:\s*(?:(?:about|around|roughly|maybe|approx\.?)\s*|~\s*)?${Q}(?=\s*${PER_WORD}${PERIOD_NOUNS}\b)`,
  "g",
);

// A count said after its things, a comma between: "moderate customer reviews, about 8 million a
// month, 150 tokens each". A few words may follow the noun ("reviews from our customers, ~").
const COUNT_AFTER_ITS_THINGS = new RegExp(
  String.raw`\b(${REQUESTS})\b(?:\s+[a-z][a-z']*){0,3}\s*,\s*(?:(?:about|around|roughly|some|maybe|approx\.?)\s*|~\s*)?${Q}(?=\s*${PER_WORD}${PERIOD_NOUNS}\b)`,
  "g",
);

// Each of the two needs its own mark, a colon or a comma: a text without it is not scanned for the
// long list of things at every letter.
const labelledCounts = gated(
  "labelled count",
  (t) => t.includes(":"),
  (t: string) => [...t.matchAll(LABELLED_COUNT)],
  () => [],
);
const countsAfterTheirThings = gated(
  "count after its things",
  (t) => t.includes(","),
  (t: string) => [...t.matchAll(COUNT_AFTER_ITS_THINGS)],
  () => [],
);

/** Every count of things said with a rate, in order: the kinds of work a message may hold. */
function ratedCounts(t: string): RatedCount[] {
  const found: RatedCount[] = [];
  for (const m of requestCountsIn(t)) {
    const end = m.index + m[0].length;
    if (countsCollection(t, m.index) && !ratedAt(t, end)) continue;
    if (!periodAfter(t, end, 25).stated && !periodBefore(t, m.index)) continue;
    // "Black Friday peak is about 300 requests per second": the busiest moment of a kind, no kind.
    if (peakRateAt(t, m.index, end)) continue;
    found.push({ start: m.index, end, things: thingsOf(m[0]) });
  }
  for (const m of [...labelledCounts(t), ...countsAfterTheirThings(t)]) {
    if (m[1] === undefined || m[2] === undefined) continue;
    const start = m.index + m[0].indexOf(m[1]);
    found.push({ start, end: m.index + m[0].length, things: thingsOf(m[1]), said: `${m[2]}${m[3] ?? ""} ${m[1]}` });
  }
  // Any other noun counted with a rate is a kind as well: "40 bundles a month".
  const overlaps = (start: number) => found.some((f) => f.start <= start && start < f.end);
  for (const m of t.matchAll(RATED_COUNT_EACH))
    if (!overlaps(m.index) && !peakRateAt(t, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, things: thingsOf(m[0]) });
  // Counts joined to a rated one in its sentence share its rate: "250 NDAs and 40 MSAs a month",
  // "40 bundles a month (150K each) and 300 letters".
  // Not a collection searched: "search across 20k documents, 30k questions a month".
  for (const joined of countsJoinedTo(t, [...found]))
    if (!overlaps(joined.start) && !countsCollection(t, joined.start)) found.push(joined);
  return found.sort((a, b) => a.start - b.start);
}

// A count of things said with no rate of its own, joined to a rated count by "and", "plus" or a
// comma: before it ("250 NDAs and 40 MSAs a month") or after it, in the same sentence ("40 bundles
// a month (150K each) and 300 letters"). Not units, people or kinds of a thing ("and 5 languages"),
// nor a count that is itself a size ("and 100 pages each").
const JOINED_THINGS = String.raw`${Q}\s*${COUNT_MODIFIERS}(?!(?:${NOT_COUNTED_UNITS}|${PEOPLE}|${KINDS})\b)[a-z]{3,}s\b(?!\s*(?:each|apiece|per|tok|\/|on average|(?:on )?avg|average|long|in length))`;
const FILLER_BEFORE_COUNT = String.raw`(?:also\s+)?(?:(?:about|around|roughly|maybe|some|another|~)\s*)*`;
const JOINER = String.raw`(?:,\s*(?:and|plus)?|and|plus|&|as well as)\s+${FILLER_BEFORE_COUNT}`;
// After a rated count only a word joins another kind: "5,000 PDFs a month, 40 pages on average"
// says how long each PDF is.
const WORD_JOINER = String.raw`(?:,\s*)?(?:and|plus|&|as well as)\s+${FILLER_BEFORE_COUNT}`;
const JOINED_BEFORE = new RegExp(String.raw`(?:^|[^\d,.])(${JOINED_THINGS})\s*${JOINER}$`);
const JOINED_AFTER = new RegExp(String.raw`^[^.;!?]*?(?:\b|(?<=,))${WORD_JOINER}(${JOINED_THINGS})`);

function countsJoinedTo(t: string, rated: readonly RatedCount[]): RatedCount[] {
  const joined: RatedCount[] = [];
  for (const r of rated) {
    const before = JOINED_BEFORE.exec(t.slice(Math.max(0, r.start - 80), r.start));
    if (before?.[1] !== undefined) {
      const start = r.start - (before[0].length - before[0].indexOf(before[1]));
      joined.push({ start, end: start + before[1].length, things: thingsOf(before[1]) });
    }
    const after = JOINED_AFTER.exec(t.slice(r.end));
    if (after?.[1] !== undefined && !periodAt(t, r.end + after[0].length)) {
      const start = r.end + after[0].length - after[1].length;
      joined.push({ start, end: start + after[1].length, things: thingsOf(after[1]) });
    }
  }
  return joined;
}

/**
 * The volume of two or more kinds of work, each read on its own and added up (volume-jobs.ts), or
 * null when the message holds one kind, or when one kind with a size of its own is not read.
 */
function jobsVolume(t: string): Volume | null {
  const jobs = jobsIn(t, ratedCounts(t));
  if (jobs.length === 0) return null;
  const read = jobs.map((job) => ({ job, volume: job.sized ? fromRequests(job.text) : null }));
  if (read.some((r) => r.job.sized && (!r.volume || r.volume.oneOff))) return null;
  const priced = read.flatMap((r) => (r.volume ? [r.volume] : []));
  const unsized = read.filter((r) => !r.job.sized).map((r) => r.job.counted);
  if (priced.length === 0 || (priced.length === 1 && unsized.length === 0)) return null;
  const sum = (f: (v: Volume) => number) => priced.reduce((n, v) => n + f(v), 0);
  const input = sum((v) => v.inputTokensPerMonth);
  const output = sum((v) => v.outputTokensPerMonth);
  let description = priced.map((v) => v.description).join("; plus ");
  if (priced.length > 1)
    description += `; ${formatCount(input + output)} tokens a month for the ${priced.length} kinds together`;
  if (unsized.length > 0) description += ` (${unsized.join(", ")}: no size said, not counted)`;
  const notCounted = unsized.length > 0 ? { unsized } : {};
  if (priced.length === 1) return { ...priced[0]!, description, ...notCounted };
  // Each kind said back with its own count and sizes (slot-labels.ts), as a thread's added kind is.
  const kinds = priced.flatMap((v) =>
    v.perItem
      ? [
          {
            item: v.perItem,
            inputTokensPerMonth: v.inputTokensPerMonth,
            outputTokensPerMonth: v.outputTokensPerMonth,
            cachedInputTokensPerMonth: v.cachedInputTokensPerMonth,
          },
        ]
      : [],
  );
  const summed = volumeOf(
    input,
    output,
    sum((v) => v.cachedInputTokensPerMonth),
    priced.some((v) => v.splitAssumed),
    description,
  );
  return kinds.length === priced.length ? { ...summed, kinds, ...notCounted } : { ...summed, ...notCounted };
}

/**
 * The first count of things sent to the model: not a collection it searches ("RAG over 5k pages").
 * `once`: a job run once, whose count needs no rate. Otherwise a count said with no rate gives way
 * to a later one said with a rate: "reports of 300-800 pages … about 200 drafting sessions a month"
 * counts the sessions, the pages being how long a report is.
 */
function requestCount(t: string, once = false): RegExpExecArray | null {
  let unrated: RegExpExecArray | null = null;
  for (const m of requestCountsIn(t)) {
    const end = m.index + m[0].length;
    if (countsCollection(t, m.index) && !ratedAt(t, end)) continue;
    if (once || periodAfter(t, end, 25).stated || periodBefore(t, m.index)) return m as RegExpExecArray;
    unrated ??= m as RegExpExecArray;
  }
  // Any other noun counted with a rate ("12,000 flagged PIX transactions a day") has one.
  return RATED_COUNT.exec(t) ?? unrated ?? (once ? SIZED_COUNT.exec(t) : null);
}

function fromRequests(t: string, once = false, size?: StatedSize): Volume | null {
  const requestMatch = requestCount(t, once);
  if (!requestMatch || requestMatch[1] === undefined) return null;
  let requests = quantityValue(requestMatch[1], requestMatch[2]);
  const noun = requestNoun(requestMatch[3] ?? "requests", requests);
  const countEnd = requestMatch.index + requestMatch[0].length;
  // "1,000 users each sending 20 messages a day", "5000 users at launch, each generates ~20
  // listings/mo": requests per user times users; "180k students, maybe 60% use it" counts the 60%.
  const shares = userSharesIn(t.slice(0, requestMatch.index));
  const before = withoutUserShares(t.slice(0, requestMatch.index), shares);
  // "300 field technicians … 20 questions per technician per working day": the people named
  // after the count, counted anywhere before it; the rate follows them.
  const named = peopleNamedAfter(before, t.slice(countEnd));
  const perUser: CountingPeople | null =
    peopleBeforeCount(before, t.slice(countEnd)) ?? named ?? peopleOfShare(shares, t, requestMatch.index);
  let countWords = `${formatCount(requests)} ${noun}`;
  let people: PerItem["people"];
  let said = periodAfter(t, countEnd, 25);
  if (!said.stated && named) said = periodAfter(t, countEnd + named.length, 25);
  // "Every day we ingest ~40k news articles": the rate said before the count, in its clause.
  if (!said.stated) said = periodBefore(t, requestMatch.index) ?? said;
  if (perUser) {
    const share = shares.find((s) => s.start >= perUser.start);
    // "a quarter use it weekly, 2 questions each": how often they use it is the count's rate.
    if (!said.stated && share?.period) said = { period: share.period, stated: true };
    // "6,000 active students a day, ~10 messages each", "30k daily active learners, 5 questions
    // each": people counted per day send their count each day.
    if (!said.stated && !perUser.perSession) said = peopleRate(t, perUser) ?? said;
    // "40 bulk carriers … 25 crew per ship": the people count once per place.
    const places = placesOfPeople(t.slice(0, perUser.start), perUser.phrase);
    const users = perUser.people * (share?.share ?? 1) * (places?.count ?? 1);
    if (users >= 1) {
      const peopleWord = peopleNoun(perUser.phrase, users);
      const who = share
        ? `${formatCount(users)} ${peopleWord} (${Math.round(share.share * 1000) / 10}% of ${formatCount(perUser.people)})`
        : places
          ? `${formatCount(users)} ${peopleWord} (${places.words} × ${formatCount(perUser.people)} each)`
          : `${formatCount(users)} ${peopleWord}`;
      countWords = `${who} × ${formatCount(requests)} ${noun}`;
      people = { count: users, noun: peopleWord };
      if (perUser.perSession) {
        // "4M customers message us per month, avg 6 messages per conversation": the people a
        // month, each once.
        countWords += ` per ${perUser.perSession} (one ${perUser.perSession} each ${perUser.period?.label ?? "a month"} assumed)`;
        people = undefined;
        if (!said.stated && perUser.period) said = { period: perUser.period, stated: true };
      }
      requests *= users;
    }
  }
  const { period } = said;
  // "3 rps at peak": a month is not all peak (request-rates.ts).
  const peak = peakRateAt(t, requestMatch.index, countEnd);
  // "2M calls a month, each call ~10 turns, ~150 tokens per turn": the tokens are per turn.
  const parts = partsOfEach(t, requestMatch[3] ?? "requests", requestMatch.index, countEnd);
  // Parts of both sides multiply the thing ("× 10 turns each"); of one side, that side alone.
  const partsOfBoth = parts?.input === true && parts.output;
  // Sizes said per neither the part nor the thing are read per part, and said so.
  const partsAssumed = parts?.assumed ? `, tokens read as per ${parts.noun.replace(/s$/, "")}` : "";
  const partsWords = parts && partsOfBoth ? ` × ${formatCount(parts.count)} ${parts.noun} each${partsAssumed}` : "";
  const requestsEach = parts && partsOfBoth ? { requestsEach: { count: parts.count, noun: parts.noun } } : {};
  if (size && !said.stated) return null;
  if (!size && !/\btok|\b(?:input|output|prompt|completion)s?\b/.test(t) && !IN_AND_OUT.test(t)) return null;
  // Questions are not the documents they are asked over: "some manuals are 200k tokens … 4,000
  // questions a day" sizes the manuals, not each question (a document's length is a context need).
  const sized = QUESTIONS_ASKED.test(requestMatch[3] ?? "") ? t.replace(DOCUMENT_LENGTH, blankOut) : t;
  const perRequest: PerRequest | null = size
    ? { input: size.input, output: size.output, total: null }
    : tokensPerRequest(
        sized.slice(0, requestMatch.index) +
          " ".repeat(requestMatch[0].length) +
          sized.slice(requestMatch.index + requestMatch[0].length),
      );
  if (!perRequest || requests <= 0) return null;
  const monthlyRequests = (requests * period.perMonth) / (peak?.divisor ?? 1);
  let input: number;
  let output: number;
  let splitAssumed = false;
  let perRequestWords: string;
  if (perRequest.input !== null && perRequest.output !== null) {
    input = perRequest.input;
    output = perRequest.output;
    const inputParts = perRequest.inputWords ? ` (${perRequest.inputWords})` : "";
    const sidePart = (side: "input" | "output") =>
      parts && !partsOfBoth && parts[side] ? `${formatCount(parts.count)} ${parts.noun} × ` : "";
    perRequestWords = `(${sidePart("input")}${formatCount(input)} input${inputParts} + ${sidePart("output")}${formatCount(output)} output tokens${perRequest.outputWords ? `: ${perRequest.outputWords}` : ""}${size ? ` each, ${size.words}` : ""})`;
  } else {
    const total = perRequest.total ?? (perRequest.input ?? 0) + (perRequest.output ?? 0);
    if (perRequest.input !== null) {
      input = perRequest.input;
      output = (input * (1 - DEFAULT_INPUT_SHARE)) / DEFAULT_INPUT_SHARE;
    } else if (perRequest.output !== null) {
      output = perRequest.output;
      input = (output * DEFAULT_INPUT_SHARE) / (1 - DEFAULT_INPUT_SHARE);
    } else {
      input = total * DEFAULT_INPUT_SHARE;
      output = total - input;
    }
    splitAssumed = true;
    perRequestWords = `${formatCount(input + output)} tokens`;
  }
  // "3,000 contracts a month, ~100K tokens each": a size with no side, of documents, is each
  // document's; a job that reads them whole takes it all in (scoring/job-split.ts).
  const documentSize =
    splitAssumed &&
    perRequest.input === null &&
    perRequest.output === null &&
    DOCUMENT_NOUN.test(requestMatch[3] ?? "");
  // One side said, the other assumed: the said side is kept when a job's split is assumed.
  const statedSide = !splitAssumed
    ? {}
    : perRequest.input !== null
      ? { statedSide: "input" as const }
      : perRequest.output !== null
        ? { statedSide: "output" as const }
        : {};
  if (parts?.input) input *= parts.count;
  if (parts?.output) output *= parts.count;
  const inputMonthly = Math.round(input * monthlyRequests);
  const outputMonthly = Math.round(output * monthlyRequests);
  const cached = cachedTokens(t, inputMonthly, period);
  const conversion = period.conversion ? ` ${period.conversion}` : "";
  if (once && !said.stated) {
    let job = `${countWords}${partsWords} × ${perRequestWords} = ${formatCount(inputMonthly)} input + ${formatCount(outputMonthly)} output tokens once (${formatCount(inputMonthly + outputMonthly)} in all: a one-off job, priced once)`;
    if (splitAssumed) job += `, split ${DEFAULT_SPLIT_WORDS}`;
    // Counted per item like a monthly count, so a what-if can rescale the job ("what if we label
    // 5 million posts instead?") or add to it ("also 1M more posts") at the same tokens each.
    const item: PerItem = {
      noun: requestNoun(requestMatch[3] ?? "requests", 2),
      inputTokens: input,
      outputTokens: output,
      splitAssumed,
      countWords: `${countWords}${partsWords}`,
      periodLabel: ONCE_LABEL,
      ...(perRequest.inputWords ? { inputParts: perRequest.inputWords } : {}),
      ...requestsEach,
      ...(documentSize ? { documentSize: true as const } : {}),
    };
    return {
      ...volumeOf(inputMonthly, outputMonthly, cached, splitAssumed, job),
      ...statedSide,
      oneOff: true,
      perItem: item,
    };
  }
  let description = `${countWords} ${period.label}${partsWords} × ${perRequestWords}${conversion}${peak?.working ?? ""} = ${formatCount(inputMonthly)} input + ${formatCount(outputMonthly)} output tokens a month`;
  if (inputMonthly > 0 && outputMonthly > 0)
    description += ` (${formatCount(inputMonthly + outputMonthly)} tokens a month in all)`;
  if (splitAssumed) description += `, split ${DEFAULT_SPLIT_WORDS}`;
  if (cached > 0) description += `, of which ${formatCount(cached)} cached input`;
  return {
    inputTokensPerMonth: inputMonthly,
    outputTokensPerMonth: outputMonthly,
    cachedInputTokensPerMonth: cached,
    splitAssumed,
    ...statedSide,
    description,
    perItem: {
      noun: requestNoun(requestMatch[3] ?? "requests", 2),
      inputTokens: input,
      outputTokens: output,
      splitAssumed,
      countWords: `${countWords} ${period.label}${conversion}${peak?.working ?? ""}${parts ? ` (${formatCount(parts.count)} ${parts.noun} each${partsAssumed})` : ""}`,
      periodLabel: period.label,
      ...(perRequest.inputWords ? { inputParts: perRequest.inputWords } : {}),
      ...requestsEach,
      ...(people && !peak ? { people } : {}),
      ...(size ? { sizeAssumed: true as const } : {}),
      ...(size?.inputStated ? { sideStated: "input" as const } : {}),
      ...(documentSize ? { documentSize: true as const } : {}),
    },
  };
}

/** One request's input and output said without a rate ("300 in / 100 out per message"), or null. */
export function requestSize(text: string): { input: number; output: number } | null {
  const t = withoutShares(spellOutNumbers(foldCase(cleanMessage(text))));
  if (!/\btok|\b(?:input|output)\b/.test(t) && !IN_AND_OUT.test(t)) return null;
  const { input, output } = inOut(t);
  if (input === null || output === null || !(input.value > 0 && output.value > 0)) return null;
  return periodAfter(t, Math.min(input.index, output.index), 60).stated
    ? null
    : { input: input.value, output: output.value };
}

/** How a new count is read against a size it did not say: whose size, and whether a period must be said. */
export interface CountReading {
  /** The size said back ("as before", or an assumption and why). */
  sizeWords: string;
  /** Only a rate is read ("1M queries a month"): with no size of the thread's own, a bare count is no volume. */
  periodRequired?: boolean;
  /** The tokens the text names were read as its context ("RAG, ~3k tokens context"), not as a
   * volume of its own, so they do not stop the count being read. */
  tokensAreContext?: boolean;
}
const AS_BEFORE: CountReading = { sizeWords: "as before" };

/**
 * A new count of the same things at the tokens each the thread already has: "what if we only do
 * 5M calls" after "20M calls a month, 1,500 tokens transcript, 200 token summary". Null when the
 * text gives tokens of its own (then it is a whole volume) or counts nothing.
 */
export function rescaledCount(text: string, perItem: PerItem, how: CountReading = AS_BEFORE): Volume | null {
  const t = spellOutNumbers(foldCase(cleanMessage(text)));
  if (/\btok/.test(t) && !how.tokensAreContext) return null;
  // "some procedures are 200 pages … 300 engineers would ask 20 questions a day each": where the
  // count must come with a rate, a count with none said first (a document's pages) is no rival.
  const m = (how.periodRequired ? ratedCountSaid(t) : null) ?? countSaid(t, perItem.noun);
  if (!m) return null;
  const count = quantityValue(m.amount, m.magnitude);
  if (!(count > 0) || !Number.isFinite(count)) return null;
  const said = periodAfter(t, m.end, 25);
  if (how.periodRequired && !said.stated) return null;
  // "what if we label 5 million posts instead?" after a job run once: the job at the new count.
  if (perItem.periodLabel === ONCE_LABEL && !said.stated) return oneOffAtCount(count, m.noun, perItem, how);
  // "20 chats a day" in a thread whose days are working days: a working day.
  const period = said.stated
    ? dayAsBefore(said.period, perItem.periodLabel)
    : (periodLabelled(perItem.periodLabel) ?? MONTH);
  const monthly = count * period.perMonth;
  const input = Math.round(perItem.inputTokens * monthly);
  const output = Math.round(perItem.outputTokens * monthly);
  const noun = requestNoun(m.noun ?? perItem.noun, count);
  const countWords = `${formatCount(count)} ${noun} ${period.label}${period.conversion ? ` ${period.conversion}` : ""}`;
  let description = countWords + (said.stated ? "" : " (per period as before)");
  description += ` × (${formatCount(perItem.inputTokens)} input + ${formatCount(perItem.outputTokens)} output tokens each, ${how.sizeWords}) = ${formatCount(input + output)} tokens a month (${formatCount(input)} input + ${formatCount(output)} output)`;
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: 0,
    splitAssumed: perItem.splitAssumed,
    description,
    // A fresh count of its own: whose it is, the thread decides (thread-volume.ts).
    perItem: {
      ...withoutPeople(perItem),
      noun: requestNoun(m.noun ?? perItem.noun, 2),
      countWords,
      periodLabel: period.label,
    },
  };
}

/** A job run once at `count` things of the size `perItem` holds, said as a one-off (see rescaledCount). */
function oneOffAtCount(count: number, said: string | undefined, perItem: PerItem, how: CountReading): Volume {
  const input = Math.round(perItem.inputTokens * count);
  const output = Math.round(perItem.outputTokens * count);
  const countWords = `${formatCount(count)} ${requestNoun(said ?? perItem.noun, count)}`;
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: 0,
    splitAssumed: perItem.splitAssumed,
    description: `${countWords} × (${formatCount(perItem.inputTokens)} input + ${formatCount(perItem.outputTokens)} output tokens each, ${how.sizeWords}) = ${formatCount(input)} input + ${formatCount(output)} output tokens once (${formatCount(input + output)} in all: a one-off job, priced once)`,
    oneOff: true,
    perItem: { ...withoutPeople(perItem), noun: requestNoun(said ?? perItem.noun, 2), countWords },
  };
}

/** A count said of things: its amount and magnitude as written, the noun when said, where it ends. */
interface SaidCount {
  amount: string;
  magnitude: string | undefined;
  noun: string | undefined;
  end: number;
}

const QUESTIONS_ASKED = /^(?:questions?|queries|query|searches|lookups?)$/;
// A length said of the documents asked over (not of a context sent: "retrieved context ~1,200 tokens").
const DOCUMENT_LENGTH = new RegExp(
  String.raw`\b(?:documents?|docs?|contracts?|pdfs?|files?|reports?|books?|filings?|papers?|manuals?|polic(?:y|ies)|leases?|specs?|procedures?|specifications?|regulations?|standards?|guidelines?|handbooks?|sops?)\s+(?:(?:are|is|can be|may be|runs? to|reach|go up to|up to|often|typically|usually|sometimes|about|around|roughly|over|~)\s*)+${Q}\s*tokens?\b(?:\s+long)?`,
  "g",
);
const blankOut = (m: string): string => " ".repeat(m.length);

/** The first count of things said with its rate ("20 questions a day"), whatever is counted before it. */
function ratedCountSaid(t: string): SaidCount | null {
  for (const m of requestCountsIn(t)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined && periodAfter(t, end, 25).stated) return { amount: m[1], magnitude: m[2], noun: m[3], end };
  }
  return null;
}

// REQUEST_COUNT, countAfterNoun and countOfHead each read the count in digits (Q).
const countSaid = gated("said count", hasDigit, readCountSaid, () => null);

function readCountSaid(t: string, threadNoun: string): SaidCount | null {
  const m = REQUEST_COUNT.exec(t);
  if (m?.[1] !== undefined) return { amount: m[1], magnitude: m[2], noun: m[3], end: m.index + m[0].length };
  return countBeforeNoun(t, threadNoun) ?? countAfterNoun(t, threadNoun) ?? countOfHead(t, threadNoun);
}

/**
 * A count right before the thread's own noun, whatever the noun, even one REQUEST_COUNT does not
 * know: "et si on passe à 3 000 dépêches par jour ?" in a thread of dispatches. A period or the
 * clause's end must follow, so "what if 500 use it?" in a thread of uses counts people, not uses.
 */
function countBeforeNoun(t: string, threadNoun: string): SaidCount | null {
  const m = threadNounPatterns(threadNoun).countBefore.exec(t);
  if (m?.[1] === undefined) return null;
  const end = m.index + m[0].length;
  if (periodAt(t, end) === null && !COUNT_ENDS.test(t.slice(end))) return null;
  return { amount: m[1], magnitude: m[2], noun: m[3], end };
}

/** The patterns a thread's noun is found by, built once per noun. */
interface ThreadNounPatterns {
  /** The noun in its forms ("dispatch", "dispatches"). */
  forms: RegExp;
  /** The count right before the noun ("3,000 dispatches"), for countBeforeNoun. */
  countBefore: RegExp;
  /** A count of the noun's head word ("1,000 hours" for "hours of programmes"), for countOfHead. */
  head: RegExp | undefined;
}

const threadNounCache = new Map<string, ThreadNounPatterns>();
// A thread holds a handful of nouns; the cache is cleared past this so it cannot grow unbounded.
const THREAD_NOUN_CACHE_MAX = 256;

// "600 more hours", "20 fewer dispatches": a change of the thread's count, read as a count here;
// whether it adds or takes off, the thread decides (thread-volume.ts).
const MORE_OF_THEM = String.raw`(?:(?:more|additional|extra|fewer)\s+)?`;

function threadNounPatterns(noun: string): ThreadNounPatterns {
  const cached = threadNounCache.get(noun);
  if (cached) return cached;
  const forms = nounForms(noun);
  const head = headOf(noun);
  const made: ThreadNounPatterns = {
    forms,
    countBefore: new RegExp(String.raw`${Q}\s*${MORE_OF_THEM}(${forms.source})(?!-)`),
    head: head === undefined ? undefined : new RegExp(String.raw`${Q}\s*${MORE_OF_THEM}(?:${nounForms(head).source})`),
  };
  if (threadNounCache.size >= THREAD_NOUN_CACHE_MAX) threadNounCache.clear();
  threadNounCache.set(noun, made);
  return made;
}

/**
 * Whether two counted nouns name the same things: the same noun ("pdfs", "PDF"), or nouns with
 * the same head ("hours of archive programmes" and "programme hours", "listings" and "product listings").
 */
export function sameCountedThing(a: string, b: string): boolean {
  const stem = (noun: string) => noun.replace(/ies$/, "y").replace(/s$/, "");
  // By their heads too, when either has one: "listings" are the thread's "product listings".
  const key = (noun: string) => stem(headOf(noun) ?? noun);
  return stem(a) === stem(b) || key(a) === key(b);
}

/**
 * The head word of a thread's noun of several words: "hours" of "hours of programmes" and of
 * "programme hours". Undefined for a noun of one word (REQUEST_COUNT reads those).
 */
function headOf(noun: string): string | undefined {
  const words = noun.split(/\s+/);
  if (words.length < 2) return undefined;
  const of = words.indexOf("of");
  return of > 0 ? words[of - 1] : words.at(-1);
}

// "rent 4 H100s for 1,000 hours a month": hours of machines, not of the thread's things.
const MACHINE_TIME = /\b(?:gpus?|cards?|instances?|servers?|nodes?|machines?|vms?|cluster|compute)\b/;

/**
 * A new count of the thread's things by their head word alone: "what if 1,000 hours a month?" in
 * a thread of hours of programmes. Hours are time anywhere else (REQUESTS reads them only with
 * what they are of), so only the thread's own noun makes them things, never in a message about
 * machines; a period or the clause's end must follow. Said back with the thread's whole noun.
 */
function countOfHead(t: string, threadNoun: string): SaidCount | null {
  const head = threadNounPatterns(threadNoun).head;
  if (head === undefined || gpuMentionIn(t) !== undefined || MACHINE_TIME.test(t)) return null;
  const m = head.exec(t);
  if (m?.[1] === undefined) return null;
  const end = m.index + m[0].length;
  if (periodAt(t, end) === null && !COUNT_ENDS.test(t.slice(end))) return null;
  return { amount: m[1], magnitude: m[2], noun: undefined, end };
}

// Words between the thread's things and their new count: "alerts double to 100k a week", "what
// if tickets go up to 12k a day". No digits or money between, so "tickets cost $2 each" is none.
const NOUN_TO_COUNT = String.raw`[^.;?!\d$€£]{0,30}?\b(?:to|at|of|is|are|be|like|hits?|reach(?:es)?|about|around)\s*~?\s*`;
const COUNT_AFTER_THE_NOUN = new RegExp(String.raw`^${NOUN_TO_COUNT}${Q}`);
// After the count: a period ("a week"), or the end of the clause; never a unit or another noun.
// A word on the change ("5 million posts instead") or where the things come from ("2,000
// hearings from the justice courts") may come first: neither is a verb's object ("500 use it").
const CHANGE_WORD = String.raw`\s+(?:instead|then|too|as well|later|in total|in all|altogether)\b`;
const WHERE_FROM = String.raw`\s+(?:from|at|in|of|across|for|by)\s+(?:the|our|their|its|other|all|every|each|some|those|these)\b[^.;?!\d$€£]{0,40}?`;
const COUNT_ENDS = new RegExp(String.raw`^(?:${CHANGE_WORD})?(?:${WHERE_FROM})?(?:${CHANGE_WORD})?\s*(?:$|[,.;?!)])`);

/**
 * The thread's own things named first, then their new count ("alerts double to 100k a week").
 * Only the thread's noun is read, so "the budget goes to 12k" or "users grow to 20k" count no things.
 */
function countAfterNoun(t: string, noun: string): SaidCount | null {
  const patterns = threadNounPatterns(noun);
  const named = patterns.forms.exec(t);
  if (!named) return null;
  const from = named.index + named[0].length;
  const m = COUNT_AFTER_THE_NOUN.exec(t.slice(from));
  if (m?.[1] === undefined) return null;
  const end = from + m[0].length;
  if (periodAt(t, end) === null && !COUNT_ENDS.test(t.slice(end))) return null;
  return { amount: m[1], magnitude: m[2], noun: named[0], end };
}

function withoutPeople(item: PerItem): PerItem {
  const { people: _people, ...rest } = item;
  return rest;
}

interface PerRequest {
  input: number | null;
  output: number | null;
  total: number | null;
  /** An output said by its shape ("a single label"), as said back. */
  outputWords?: string;
  /** An input made of parts ("300 + 3,000 retrieved context"), as said back. */
  inputWords?: string;
}

interface CountingPeople {
  people: number;
  phrase: string;
  /** Where the people's count starts in the text before the count of things. */
  start: number;
  /** "per conversation" after the count: the things are per session, one session each. */
  perSession?: string;
  /** The rate said with the people ("4M customers message us per month"). */
  period?: Period;
}

// A count of things per session ("6 messages per conversation") after people counted with a rate.
const PER_SESSION_AFTER =
  /^\s*(?:(?:on\s+)?average\s+)?(?:per|each|a|in each|in a)\s+(conversation|session|chat|call|visit|contact)\b/;

/** The people whose count of requests this is each, if the text says so. */
function peopleBeforeCount(before: string, after: string): CountingPeople | null {
  const found = (m: RegExpExecArray | null, at: number, offset: number) =>
    m?.[at] !== undefined ? { people: quantityValue(m[at], m[at + 1]), phrase: m[0], start: offset + m.index } : null;
  const nearStart = Math.max(0, before.length - PEOPLE_WINDOW);
  const near = before.slice(nearStart);
  const sending =
    found(USERS_EACH_SENDING.exec(before), 1, 0) ?? found(PEOPLE_EACH_BEFORE_COUNT.exec(near), 1, nearStart);
  if (sending) return sending;
  // "10 students per class, about 600 in all, each asks 20 questions": the total, each.
  const total = peoplePerPlaceTotalEach(near);
  if (total) return { people: total.people, phrase: `${total.people} ${total.noun}`, start: nearStart + total.index };
  const each = COUNTED_EACH_BEFORE_COUNT.exec(near);
  if (each?.[1] !== undefined && each[3] !== undefined) {
    // The count and its noun as said ("300 rms"), so the working names them and not "users".
    const phrase = `${each[1]}${each[2] ?? ""} ${each[3]}`;
    return { people: quantityValue(each[1], each[2]), phrase, start: nearStart + each.index };
  }
  const just = PEOPLE_JUST_BEFORE.exec(near);
  if (!just) return peopleReferredBack(before, after);
  const counted = {
    people: quantityValue(just[2] ?? "0", just[3]),
    phrase: just[0].replace(/^each of \w*\s*/, ""),
    start: nearStart + just.index,
  };
  if (just[1] !== undefined || EACH_AFTER_COUNT.test(after.slice(0, 40))) return counted;
  const session = PER_SESSION_AFTER.exec(after.slice(0, 40));
  const rated = session ? ratedWithin(just[0]) : null;
  if (session?.[1] !== undefined && rated) return { ...counted, perSession: session[1], period: rated };
  return peopleReferredBack(before, after);
}

/**
 * The people a share was said of ("200k farmers on the platform, maybe 25% ask something each
 * month, usually 2.5 questions"), when no other number sits between the share and the count at
 * `countStart`: the count is per person who uses it.
 */
function peopleOfShare(shares: readonly UserShare[], t: string, countStart: number): CountingPeople | null {
  const last = shares.at(-1);
  if (!last?.people || /\d/.test(t.slice(last.end, countStart))) return null;
  return { people: last.people.count, phrase: last.people.phrase, start: last.people.start };
}

/** The rate said inside a phrase ("message us per month"), if any. */
function ratedWithin(phrase: string): Period | null {
  for (let i = 0; i < phrase.length; i++) {
    if (i > 0 && !/[\s,(]/.test(phrase[i - 1] ?? "") && phrase[i] !== "/") continue;
    const rest = phrase.slice(i);
    const period = periodOpening(rest, phrase);
    if (period) return period;
  }
  return null;
}

/** "listings", "calls": the counted noun as written, singular for one. */
function requestNoun(word: string, count: number): string {
  // "uses it ~10 times a working day": each time is one use.
  if (word === "times") return count === 1 ? "use" : "uses";
  const plural = /s$/.test(word) ? word : word.replace(/y$/, "ie") + "s";
  return count === 1 ? word : plural;
}

/** The people noun of a "N users … each" match, as written ("users", "agents"). */
function peopleNoun(match: string, count: number): string {
  const named = match.replace(/^[\d.,\s]*(?:k|m|thousand|million)?\s*/, "");
  // People named by any noun where a share of them uses it ("200k farmers, a quarter use it").
  const word = PEOPLE_NOUN.exec(named)?.[0] ?? /([a-z]+s)\s*$/.exec(named)?.[1] ?? "users";
  return count === 1 || /s$/.test(word) || ENDS_PLURAL_AS_WRITTEN.test(word) ? word : `${word}s`;
}
// Built once (not per call): neither is global, so exec and test keep no state between calls.
const PEOPLE_NOUN = new RegExp(PEOPLE);
const ENDS_PLURAL_AS_WRITTEN = new RegExp(`(?:${PLURAL_AS_WRITTEN})$`);

function tokensPerRequest(text: string): PerRequest | null {
  const added = addedContextIn(text);
  if (!added) return ownTokensPerRequest(text);
  // "~300 tokens with the retrieved context ~3k": the request's own amounts read without the
  // context, which is then added to what goes in.
  const own = ownTokensPerRequest(
    text.slice(0, added.start) + " ".repeat(added.end - added.start) + text.slice(added.end),
  );
  if (!own) return null;
  // "with about 4,000 tokens of retrieved context per question and ~400 tokens answers": the
  // context is all that goes in.
  if (own.input === null && own.output !== null && own.total === null)
    return { ...own, input: added.tokens, inputWords: `${formatCount(added.tokens)} ${added.words}` };
  if (own.input === null) return own;
  return {
    ...own,
    input: own.input + added.tokens,
    inputWords: `${formatCount(own.input)} + ${formatCount(added.tokens)} ${added.words}`,
  };
}

function ownTokensPerRequest(t: string): PerRequest | null {
  const byVerb = sidesByVerb(t);
  if (byVerb) return { ...byVerb, total: null };
  const found = inOut(t);
  const input = found.input;
  const output = found.output ?? nounOutput(t, input);
  // One part named, the other a bare amount per item: "~2k tokens each, ~300 out" or "1,500
  // tokens transcript, 200 token summary" -> the bare amount is what goes in.
  if (output !== null && input === null) {
    const rest = otherAmount(t, output);
    if (rest !== null) return { input: rest, output: output.value, total: null };
    // "~10k tokens of context per question and ~500 tokens out": the context is what each sends.
    const context = CONTEXT_PER_REQUEST.exec(t);
    if (context?.[1] !== undefined)
      return {
        input: quantityValue(context[1], context[2]),
        output: output.value,
        total: null,
        inputWords: "the context each one sends",
      };
  }
  if (input !== null && output === null) {
    const shaped = shapedOutput(t, input.value);
    if (shaped) return shaped;
  }
  if (input !== null || output !== null)
    return { input: input?.value ?? null, output: output?.value ?? null, total: null };
  const total = TOKENS_NOT_CONTEXT.exec(t);
  if (total?.[1] === undefined) return null;
  const value = quantityValue(total[1], total[2]);
  return shapedOutput(t, value) ?? { input: null, output: null, total: value };
}

/** The input with an output said by its shape ("output is a single label", "the same length"), or null. */
function shapedOutput(t: string, input: number): PerRequest | null {
  const shape = outputShapeIn(t);
  if (shape) return { input, output: shape.tokens, total: null, outputWords: shape.words };
  if (outputAsLongAsInput(t)) return { input, output: input, total: null, outputWords: "output as long as the input" };
  return null;
}

interface Found {
  value: number;
  index: number;
  end: number;
}

/** "200 token summary", "the reply ~150 tokens": an output amount named by what comes back. */
function nounOutput(t: string, input: Found | null): Found | null {
  const m =
    OUTPUT_NOUN_AMOUNT.exec(t) ??
    OUTPUT_NOUN_BEFORE_AMOUNT.exec(t) ??
    OUTPUT_INTO_AMOUNT.exec(t) ??
    writtenAfterInput(t);
  if (m?.[1] === undefined) return null;
  if (input !== null && m.index < input.end && input.index < m.index + m[0].length) return null;
  return { value: quantityValue(m[1], m[2]), index: m.index, end: m.index + m[0].length };
}

const TOKENS_NOT_CONTEXT_EACH = new RegExp(TOKENS_NOT_CONTEXT.source, "g");

/** "note ~800 tokens" after another amount ("transcript ~6k tokens"): the note is what comes back. */
function writtenAfterInput(t: string): RegExpExecArray | null {
  for (const pattern of WRITTEN_AMOUNTS)
    for (const m of t.matchAll(pattern)) {
      if (TOKENS_NOT_CONTEXT.test(t.slice(0, m.index))) return m as RegExpExecArray;
    }
  return null;
}

/** The first "N tokens" of a request that is not `taken`, not a context need. */
function otherAmount(t: string, taken: Found): number | null {
  for (const m of t.matchAll(TOKENS_NOT_CONTEXT_EACH)) {
    if (m[1] === undefined) continue;
    if (m.index < taken.end && taken.index < m.index + m[0].length) continue;
    return quantityValue(m[1], m[2]);
  }
  return null;
}

/** Input and output amounts: "10M input", "1,500 tokens in", "input: 10M", "300 out". */
function inOut(t: string): { input: Found | null; output: Found | null } {
  const find = (words: { before: RegExp; after: RegExp }): Found | null => {
    const before = words.before.exec(t);
    if (before?.[1] !== undefined)
      return { value: quantityValue(before[1], before[2]), index: before.index, end: before.index + before[0].length };
    const after = words.after.exec(t);
    if (after?.[1] !== undefined)
      return { value: quantityValue(after[1], after[2]), index: after.index, end: after.index + after[0].length };
    return null;
  };
  return { input: find(INPUT_AMOUNT), output: find(OUTPUT_AMOUNT) };
}

/** The share of the input said to be cached ("70% of input is cached", "cache hit rate 50%"), 0–1. */
export function cachedShareIn(t: string): number | undefined {
  const share =
    /(\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:the\s+)?(?:input|prompt)s?\s+)?(?:is\s+|are\s+|gets?\s+)?(?:cached|cache hits?|from (?:the )?cache|prompt cach)/.exec(
      t,
    ) ?? /cache(?:d)?\s*(?:hit\s*)?(?:rate|ratio|share)?\s*(?:of|:|=|at|is)?\s*(\d+(?:\.\d+)?)\s*%/.exec(t);
  return share?.[1] !== undefined ? Math.min(1, Number(share[1]) / 100) : undefined;
}

function cachedTokens(t: string, inputMonthly: number, period: Period): number {
  const share = cachedShareIn(t);
  if (share !== undefined) return Math.round(share * inputMonthly);
  const amount = CACHED_AMOUNT.exec(t);
  if (amount?.[1] !== undefined) {
    const { period: own, stated } = periodAfter(t, amount.index + amount[0].length);
    const perMonth = stated ? own.perMonth : period.perMonth;
    return Math.round(Math.min(inputMonthly, quantityValue(amount[1], amount[2]) * perMonth));
  }
  return 0;
}

function fromTokens(t: string, once = false): Volume | null {
  // Mask cached amounts so "30M cached input" is not read as the input total.
  const masked = t.replace(CACHED_MASK, (m) => " ".repeat(m.length));
  const { input, output } = inOut(masked);
  const total = monthlyTotal(masked, [input, output]);
  let inputPer: number;
  let outputPer: number;
  let splitAssumed = false;
  let anchorEnd: number;
  let stated: string;
  // "200k tokens/day input": the period may sit inside the amount, so look from its start.
  const firstAmount = Math.min(input?.index ?? Infinity, output?.index ?? Infinity);
  // Their own rate, if any, comes before the next amount ("600 in / 200 out, 1bn tokens monthly").
  const window = total && total.index > firstAmount ? Math.min(60, total.index - firstAmount) : 60;
  const inOutRated = input !== null || output !== null ? periodAfter(masked, firstAmount, window).stated : false;
  if ((input !== null || output !== null) && !(total && !inOutRated)) {
    // "in"/"out" alone need the word tokens nearby, so "2 out of 3" is not a volume.
    const bothWithMagnitude = input !== null && output !== null && input.value >= 10_000 && output.value >= 10_000;
    if (!/\btok/.test(masked) && !/\b(?:input|output)\b/.test(masked) && !bothWithMagnitude && !IN_AND_OUT.test(masked))
      return null;
    if (input !== null && output !== null) {
      inputPer = input.value;
      outputPer = output.value;
      stated = `${formatCount(inputPer)} input + ${formatCount(outputPer)} output tokens`;
    } else if (input !== null) {
      inputPer = input.value;
      outputPer = (inputPer * (1 - DEFAULT_INPUT_SHARE)) / DEFAULT_INPUT_SHARE;
      splitAssumed = true;
      stated = `${formatCount(inputPer)} input tokens`;
    } else {
      outputPer = (output as Found).value;
      inputPer = (outputPer * DEFAULT_INPUT_SHARE) / (1 - DEFAULT_INPUT_SHARE);
      splitAssumed = true;
      stated = `${formatCount(outputPer)} output tokens`;
    }
    anchorEnd = inOutRated ? firstAmount : Math.max(input?.end ?? 0, output?.end ?? 0);
  } else {
    if (!total || total[1] === undefined) return null;
    const value = quantityValue(total[1], total[2]);
    anchorEnd = total.index + total[0].length;
    if (input !== null && output !== null && input.value + output.value > 0) {
      // "3B tokens a month, short prompts: 800 tokens in and 150 out per line": the monthly total
      // is the volume, and the in/out of one request (no rate of their own) gives its split.
      const share = input.value / (input.value + output.value);
      inputPer = value * share;
      outputPer = value - inputPer;
      stated = `${formatCount(value)} tokens`;
      const { period, stated: periodStated } = periodAfter(masked, anchorEnd);
      const inputMonthly = Math.round(inputPer * period.perMonth);
      const outputMonthly = Math.round(outputPer * period.perMonth);
      if (inputMonthly + outputMonthly < MIN_MONTHLY_TOKENS) return null;
      let description = `${stated} ${periodStated ? period.label : "a month (per month assumed)"}`;
      if (period.conversion) description += ` ${period.conversion}`;
      description += `, split ${Math.round(share * 100)}% input (${formatCount(inputMonthly)}) / ${Math.round((1 - share) * 100)}% output (${formatCount(outputMonthly)}) as in one request of ${formatCount(input.value)} in + ${formatCount(output.value)} out`;
      const cached = cachedTokens(t, inputMonthly, period);
      if (cached > 0) description += `, of which ${formatCount(cached)} cached input`;
      return {
        inputTokensPerMonth: inputMonthly,
        outputTokensPerMonth: outputMonthly,
        cachedInputTokensPerMonth: cached,
        splitAssumed: false,
        description,
      };
    }
    inputPer = value * DEFAULT_INPUT_SHARE;
    outputPer = value - inputPer;
    splitAssumed = true;
    stated = `${formatCount(value)} tokens`;
  }
  const { period, stated: periodStated } = periodAfter(masked, anchorEnd);
  // "cost per request of gpt-5 for a 4k-token prompt and 1k output": the size of one request,
  // with no rate to make it a monthly volume. So is a small in/out pair with no rate ("a case
  // summary for each alert (~5k tokens in, ~300 out)"), as a small total is (monthlyTotal).
  if (!periodStated && ONE_REQUEST.test(masked)) return null;
  if (!periodStated && (input !== null || output !== null) && inputPer + outputPer < MIN_UNRATED_TOTAL) return null;
  const inputMonthly = Math.round(inputPer * period.perMonth);
  const outputMonthly = Math.round(outputPer * period.perMonth);
  // Nobody plans for fewer tokens a month than one long prompt: "sonnet 4.6 input and output
  // pricing" names a version and a price, not 4.6 input tokens.
  if (inputMonthly + outputMonthly < MIN_MONTHLY_TOKENS) return null;
  const cached = cachedTokens(t, inputMonthly, period);
  let description = `${stated} ${periodStated ? period.label : once ? "in all, once (a one-off job, priced once)" : "a month"}`;
  if (!periodStated && !once) description += " (per month assumed)";
  if (period.conversion)
    description += ` ${period.conversion} = ${formatCount(inputMonthly + outputMonthly)} tokens a month`;
  if (splitAssumed && input !== null) {
    description += `, output assumed at ${formatCount(outputMonthly)} (${DEFAULT_SPLIT_WORDS})`;
  } else if (splitAssumed && output !== null) {
    description += `, input assumed at ${formatCount(inputMonthly)} (${DEFAULT_SPLIT_WORDS})`;
  } else if (splitAssumed) {
    description += `, split ${Math.round(DEFAULT_INPUT_SHARE * 100)}% input (${formatCount(inputMonthly)}) / ${Math.round((1 - DEFAULT_INPUT_SHARE) * 100)}% output (${formatCount(outputMonthly)}) by default`;
  } else if (period.conversion) {
    description += ` (${formatCount(inputMonthly)} input + ${formatCount(outputMonthly)} output)`;
  }
  if (cached > 0) description += `, of which ${formatCount(cached)} cached input`;
  if (inputMonthly + outputMonthly <= 0) return null;
  const said = !splitAssumed
    ? {}
    : input !== null
      ? { statedSide: "input" as const }
      : output !== null
        ? { statedSide: "output" as const }
        : {};
  const volume = { ...volumeOf(inputMonthly, outputMonthly, cached, splitAssumed, description), ...said };
  return once && !periodStated ? { ...volume, oneOff: true } : volume;
}

function volumeOf(input: number, output: number, cached: number, splitAssumed: boolean, description: string): Volume {
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: cached,
    splitAssumed,
    description,
  };
}

const TOTAL_TOKENS_EACH = new RegExp(TOTAL_TOKENS.source, "g");
const RATE_AFTER = /\b(?:a|per|each|every)\s+(?:month|day|week|hour|year)|monthly|daily/;

/**
 * The first "N tokens" of a message that is a monthly volume: not one of the in/out amounts, not
 * the size of one request or document ("contracts up to 60k tokens each, about 40M tokens a
 * month" -> the 40M), and with a rate or at least 100k tokens ("8k tokens" is a prompt).
 */
function monthlyTotal(masked: string, taken: readonly (Found | null)[]): RegExpExecArray | null {
  for (const m of masked.matchAll(TOTAL_TOKENS_EACH)) {
    if (m[1] === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((f) => f !== null && start < f.end && f.index < end)) continue;
    // "documents up to 200k tokens long", "20k tokens per request": the size of one request
    // (a context need), not a monthly volume; the unit phrase decides the slot.
    if (isRequestSize(masked, start, end)) continue;
    if (quantityValue(m[1], m[2]) < MIN_UNRATED_TOTAL && !RATE_AFTER.test(masked.slice(start, end + 20))) continue;
    return m as RegExpExecArray;
  }
  return null;
}

const ONE_REQUEST = /\b(?:per|each|a single|one|for one|for a single) (?:request|call|query|prompt|completion)\b/;
const MIN_MONTHLY_TOKENS = 1000;
// Tokens said with no rate are a month's only from this many: below it they are one prompt.
const MIN_UNRATED_TOTAL = 100_000;

// "40 pages on average" is each one's size; "on average a month" would be a rate's.
const SIZE_AFTER =
  /^\s*(?:long|each|apiece|in length|(?:on )?average\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b)|per (?:doc|docs|document|request|call|prompt|file|message|query|conversation|ticket|email|page|contract|report|transcript|input|chat|turn|session)|of context|context)\b/;
// One document's size said in a sentence of its own: "A deposition transcript is up to about
// 150,000 tokens", "a deposition transcript up to about 150,000 tokens", "each contract can be up
// to 80k tokens", "a single report runs to ~60k tokens".
// (A bare "transcript ~6k tokens" beside a count is that request's input, part of the volume.)
const ONE_DOCUMENT_IS = String.raw`\b(?:a|an|one|each|every|the|a single) (?:[\w-]+ )?(?:${SIZED_THINGS}|depositions?)\s+(?:(?:is|are|can be|may be|runs? to|gets|reaches|comes? to)\s+(?:(?:up to|around|about|roughly|maybe|typically|usually|often|~)\s*)*|up to\s+(?:(?:about|around|roughly|~)\s*)*)$`;
const SIZE_BEFORE = new RegExp(
  String.raw`\b(?:documents?|docs|files|contracts|prompts|inputs|pdfs|reports|transcripts|books|manuals|policies|leases|filings|papers|codebases?|monorepos?|repos?|repositor(?:y|ies)|threads|conversations|each|single|one) \(?(?:(?:are|is|of|up to|around|about|maybe|roughly|typically|usually|often|with|that are|reaching|hitting|over|as long as|as big as|get|gets|getting|grow to|can be|can reach|runs? to|run|go up to|~)\s*)*$|\bup to\s*$|\bin (?:the )?context(?: window)?[,:]?\s*(?:of\s*|up to\s*|around\s*|about\s*|~\s*)?$|${ONE_DOCUMENT_IS}`,
);

const ratedAt = (t: string, end: number): boolean => periodAt(t, end) !== null;

// "300k-token contracts", "a 1M token context", "50k-token PDFs": the amount names the size of
// each thing it precedes.
// One describing word may come between ("30-page court filings"), but not a preposition: "500k
// tokens across reports" is a total.
const DOCUMENT_AFTER = new RegExp(
  String.raw`^\s*(?:long|in length|of context|context|(?:(?!(?:of|in|across|over|for|from|per|and|or|to|on|at|a|the)\b)[a-z]+\s+)?${SIZED_THINGS})\b`,
);

/**
 * Whether the token amount at [start, end) is the size of one request or document. `documents`:
 * only a document length ("200k tokens long", "docs of 50k tokens"), which is a context need,
 * unlike "1,500 tokens per request", which is part of a volume.
 */
export function isRequestSize(t: string, start: number, end: number, documents = false): boolean {
  // An amount with a rate ("each around 20k tokens a month") is a volume, whatever precedes it.
  if (ratedAt(t, end)) return false;
  const before = SIZE_BEFORE.test(t.slice(Math.max(0, start - 40), start));
  const after = t.slice(end, end + 30);
  if (documents) return before || DOCUMENT_AFTER.test(after);
  return before || SIZE_AFTER.test(after) || DOCUMENT_AFTER.test(after);
}
