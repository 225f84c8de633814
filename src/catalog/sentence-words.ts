// A sentence split into words for finding model names in it, with what punctuation and
// suffixes say about each word: a comma breaks a name, "'s" marks an owner, "-powered" a description.

import type { Resolution } from "./lookup.js";

/** A model name found in a sentence (see mentions.ts). */
export interface ModelMention {
  /** The words as written. */
  text: string;
  /** Character offsets in the cleaned text. */
  start: number;
  end: number;
  resolution: Resolution;
  /** Set when the words name a maker ("Anthropic's model", "the DeepSeek API"), not one model. */
  lab?: string;
}

export interface Word {
  raw: string;
  start: number;
  end: number;
  /** Punctuation (comma, slash, question mark...) right before this word breaks a name. */
  breakBefore: boolean;
  /** Written with "'s" ("Mistral's"), which is left out of `raw`. */
  possessive: boolean;
  /** Written as a description ("Gemini-powered", "Claude-based"), the suffix left out of `raw`. */
  descriptor: boolean;
}

// "Gemini-powered", "Claude-based": the name describes something else; it is not the subject.
const DESCRIPTOR_SUFFIX = /-(?:powered|based|backed|driven|built|native|first|only)$/i;

const POSSESSIVE = /'s?(?![\p{L}\p{N}])/uy;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}](?:[\p{L}\p{N}+_]|[.-](?=[\p{L}\p{N}]))*\+?/gu;
  let lastEnd = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start < lastEnd) continue;
    const between = text.slice(lastEnd, start);
    let raw = match[0];
    let end = start + raw.length;
    // "Mistral's", "Anthropic's": the owner, without the "'s" (which would read as a word "s").
    POSSESSIVE.lastIndex = end;
    const possessive = POSSESSIVE.exec(text);
    if (possessive) lastEnd = end + possessive[0].length;
    else lastEnd = end;
    const descriptor = DESCRIPTOR_SUFFIX.exec(raw);
    if (descriptor && descriptor.index > 0) {
      raw = raw.slice(0, descriptor.index);
      end = start + raw.length;
    }
    words.push({
      raw,
      start,
      end,
      // "~" and "≈" mark an amount ("context ~1,200 tokens"), never a model's version; so does a
      // currency sign ("R$ 1,200,000" is no "R1").
      breakBefore: /[,;:!?()[\]{}"|&/~≈$€£¥₹₱]|\.\s/.test(between),
      possessive: possessive !== null,
      descriptor: descriptor !== null && descriptor.index > 0,
    });
  }
  return words;
}
