// What one request gives back, said by its shape rather than in tokens: "output is a single
// label", "a 3-sentence summary of each", "relevance label + 2 sentence reason", "the output is
// roughly the same length". Each shape is priced at an assumed size, said back with the volume.
// Texts are folded, cleaned and spelled out, as volume.ts reads them.

// A label, class or yes/no answer is about one token. A sentence of some 20 English words is
// about 25 tokens (4 tokens for every 3 words, as volume.ts counts words).
const TOKENS_PER_LABEL = 1;
const TOKENS_PER_SENTENCE = 25;

const LABEL_WORDS = String.raw`(?:label|tag|category|class|yes\/no|yes or no|score|verdict)`;
// "output is a single label", "returns one category", "the answer is just yes/no".
const LABEL_OUTPUT = new RegExp(
  String.raw`\b(?:outputs?|returns?|answers?|responses?|repl(?:y|ies)|result)\s*(?:is|are|:|=|will be|would be|just|only|of)?\s*(?:just\s+|only\s+)?(?:a\s+|an\s+|one\s+)?(?:single\s+)?(?:[a-z]+\s+)?${LABEL_WORDS}\b`,
);
// "a 3-sentence summary", "2 sentence reason", "3 sentences of summary".
const SENTENCES =
  /\b(\d{1,2})[\s-]*sentences?\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?(?:summar(?:y|ies)|reasons?|explanations?|answers?|rationales?|descriptions?|repl(?:y|ies)|justifications?|notes?|abstracts?|blurbs?)\b/;
// "relevance label + 2 sentence reason": a label before the sentences adds its token.
const LABEL_AND = new RegExp(String.raw`\b${LABEL_WORDS}\s*(?:\+|and|plus|with|,)\s*(?:a\s+)?$`);
// "the output is roughly the same length", "output about as long as the input", and after the
// input's amount: "9,000 tokens in and about the same out", "… and the same again back".
const SAME_LENGTH =
  /\b(?:outputs?|translations?|results?|rewrites?)\s*(?:is|are|will be|would be)?\s*(?:roughly|about|approximately|around|more or less|~)?\s*(?:the same (?:length|size)|as long as (?:the )?(?:input|original|source))\b|\b(?:in|input)\s*(?:and|,|\+)\s*(?:roughly|about|approximately|around|more or less|~)?\s*the same(?: amount| again)?\s+(?:out|back|as output)\b/;

export interface OutputShape {
  tokens: number;
  /** How the output was said, for the working ("a single label ≈ 1 token"). */
  words: string;
}

/** The output of one request said by its shape, or null. */
export function outputShapeIn(t: string): OutputShape | null {
  const sentences = SENTENCES.exec(t);
  if (sentences?.[1] !== undefined) {
    const n = Number(sentences[1]);
    const label = LABEL_AND.test(t.slice(Math.max(0, sentences.index - 30), sentences.index)) ? TOKENS_PER_LABEL : 0;
    const tokens = n * TOKENS_PER_SENTENCE + label;
    return {
      tokens,
      words: `output ${label ? "a label and " : ""}${n} sentence${n === 1 ? "" : "s"} ≈ ${tokens} tokens (assumed ${TOKENS_PER_SENTENCE} a sentence)`,
    };
  }
  if (LABEL_OUTPUT.test(t))
    return { tokens: TOKENS_PER_LABEL, words: `output a single label ≈ ${TOKENS_PER_LABEL} token (assumed)` };
  return null;
}

/** Whether the output is said to be as long as the input. */
export function outputAsLongAsInput(t: string): boolean {
  return SAME_LENGTH.test(t);
}
