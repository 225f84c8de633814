// What foreign-words.ts needs to know of one language to put a message written in it in English
// words: the everyday words that mark it, the openings and endings of its follow-ups, and the
// phrases it glosses. A language's table lives in foreign-words.ts or in its own tongue-*.ts file.

export interface Tongue {
  /** The language's name in English (its gate's name, reader-gates.ts). */
  name: string;
  /** Everyday words of the language (folded, no accents); a message needs MIN_MARKS distinct ones. */
  marks: readonly string[];
  /**
   * Openings of a follow-up that mark the language on their own ("et si …", "e se …", "warum
   * nicht …"): a follow-up is too short to hold MIN_MARKS everyday words. Folded, regex allowed.
   */
  openers: readonly string[];
  /**
   * Endings of a follow-up that mark the language on their own: a why-not said after the model
   * ("e o gemini 2.5 flash, por que não?"). Folded, regex allowed.
   */
  closers: readonly string[];
  /**
   * [phrase, English]: the phrase in folded spelling (regex syntax allowed; accents and "ß" are
   * matched by the compiler), the English with $1… for its groups. Longer phrases first: they are
   * replaced in order.
   */
  glosses: readonly (readonly [string, string])[];
  /**
   * Written without spaces between words (Japanese): marks and glosses are found inside a run of
   * letters, as written (no accents to widen), and each English gloss is set off by spaces.
   */
  unspaced?: true;
  /**
   * Written without spaces, its words found by Intl.Segmenter for this locale (Chinese, "zh"):
   * a mark counts only as a whole word, and a gloss only where words begin and end, so a phrase
   * inside a longer word is left alone. Implies `unspaced`.
   */
  segmenter?: string;
  /**
   * How its numbers are written: thousands set off by dots and a decimal comma ("120.000",
   * "1,5"; the default), or kanji magnitudes after digits ("2万" is 20,000, "1.2亿" 120 million:
   * digit-groups.ts).
   */
  numbers?: "dots" | "kanji";
}
