// "Is Gemma free for NGOs?", "is llama free to use?", "can we use qwen for free?": a licence question
// that asks about money as well. A licence that costs nothing is not a model that costs nothing to
// run, so the answer says what running it costs beside the verdict. A provider's free tier ("the
// gemini free tier") is an offer with its own data terms (provider-term-text.ts), not this.
const FREE_ASKED =
  /\b(?:is|are)\s+(?:it|they|this|that|\S+(?:\s+\S+){0,3}?)\s+(?:really\s+|actually\s+|completely\s+|totally\s+)?free\b(?!\s+tier)|\bfor\s+free\b|\bfree\s+(?:to\s+use|of\s+charge|for\s+(?:us|ngos?|non-?profits?|charit\w*|commercial|research|education\w*|schools?|a\s+\w+))\b|\bcosts?\s+nothing\b|\bwithout\s+paying\b/;

/** Whether a licence question also asks if the model costs nothing. */
export const asksIfFree = (lower: string): boolean => !/\bfree\s+tiers?\b/.test(lower) && FREE_ASKED.test(lower);
