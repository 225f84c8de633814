// A rate of questions said with no tokens each, where nothing in the thread gives a size ("what if
// we reach 1M queries a month?" after a first message with no volume): each one is priced at an
// assumed size, said back as assumed, so the rate gives costs the team can correct ("1M queries a
// month, 2k in and 400 out each"), instead of "I couldn't tell which requirement to change".
// Only questions and messages are sized so: a document, a report or an hour of audio can be any
// size, so for those the answer asks for the size instead.
import type { PerItem, Volume } from "../costs/volume.js";
import { countAtSize, rescaledCount } from "./volume.js";

// One question with its instructions, when the thread said no context it sends with each.
const ASSUMED_INPUT_TOKENS = 1_000;
// A short answer of a paragraph or two.
const ASSUMED_OUTPUT_TOKENS = 300;
// Things of about one question's size each: a chat turn, a query, a prompt.
const QUESTION_NOUNS =
  /^(?:requests?|reqs?|queries|query|questions?|messages?|msgs?|prompts?|chats?|completions?|lookups?|searches?)$/;

/** A rate said in a thread with no size: its volume at an assumed size, or only its noun when no size can be assumed. */
export interface AssumedCount {
  /** The things counted, as said ("queries", "documents"). */
  noun: string;
  /** The rate as said ("2,000 documents a day"). */
  rate: string;
  /** The monthly volume at the assumed size; undefined for things of any size (documents, hours of audio). */
  volume?: Volume;
}

/**
 * A rate of things said in `text` (null when none), priced at an assumed size when they are
 * questions: the thread's context need in (the context is what each one sends), else a question's,
 * and a short answer out. `firstMessage`: the rate and the context are said in the same message
 * ("~3k tokens context … ~200,000 queries a month"), whose tokens are that context.
 */
export function countAtAssumedSize(
  text: string,
  contextTokens: number | undefined,
  firstMessage = false,
  /** The message's tokens are a context or a document's length read apart (never a volume), sent or not. */
  tokensSized = contextTokens !== undefined,
): AssumedCount | null {
  const input = contextTokens ?? ASSUMED_INPUT_TOKENS;
  const contextWhy = firstMessage ? "the context you said in" : "the thread's context in";
  const inputWhy = contextTokens !== undefined ? contextWhy : "a question in";
  const item: PerItem = {
    noun: "requests",
    inputTokens: input,
    outputTokens: ASSUMED_OUTPUT_TOKENS,
    // The split is the assumed size's, said with it.
    splitAssumed: false,
    sizeAssumed: true,
    // The context the team said is its own input: only the answer's size is assumed.
    ...(contextTokens !== undefined ? { sideStated: "input" as const } : {}),
    countWords: "",
    periodLabel: "a month",
  };
  const sizeWords = `assumed: ${inputWhy}, a short answer out; say the real sizes to change it`;
  const volume = rescaledCount(text, item, {
    sizeWords,
    periodRequired: true,
    tokensAreContext: firstMessage && tokensSized,
  });
  const each = volume?.perItem;
  if (!volume || !each) return null;
  const said = { noun: each.noun, rate: each.countWords.split(" × ")[0] ?? each.countWords };
  if (!QUESTION_NOUNS.test(each.noun)) return said;
  // "for 1,200 engineers, 10 questions a day each": read as a rate with its sizes is, the people
  // (and their shares) multiply the count as they would with tokens said.
  const sized = countAtSize(text, {
    input,
    output: ASSUMED_OUTPUT_TOKENS,
    words: sizeWords,
    inputStated: contextTokens !== undefined,
  });
  const sizedEach = sized?.perItem;
  return { ...said, volume: sized && sizedEach && QUESTION_NOUNS.test(sizedEach.noun) ? sized : volume };
}
