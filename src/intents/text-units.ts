// How text said in words or pages becomes tokens, for every reader that converts it (volume.ts for
// words, page-amounts.ts for pages): one rule, so a page and the words it holds cost the same.

/** About 4 tokens for every 3 English words, OpenAI's rule of thumb ("a token is about ¾ of a
 * word"). Other languages take more tokens a word, so this is a floor. */
export const TOKENS_PER_WORD = 4 / 3;

/** Words on a page of prose, single-spaced: an assumption, said as one wherever it is used. */
export const WORDS_PER_PAGE = 500;
