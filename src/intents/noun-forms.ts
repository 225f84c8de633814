// A counted noun in its singular and plural forms ("reports" → report|reports, "entries" →
// entry|entries), to find the thread's things named again in a later message.

/**
 * Patterns made so far, by noun: a thread's noun ("requests") is looked for in every later
 * message, by several readers each, and making the pattern anew each time was most of the RegExp
 * objects understanding built. The patterns have no global flag, so a shared one keeps no state
 * between uses. At most KEPT nouns (a thread names a few; the bound is for a long-running bot).
 */
const KEPT = 256;
const made = new Map<string, RegExp>();

/** The forms of a counted noun, as one pattern on folded text. */
export function nounForms(noun: string): RegExp {
  let forms = made.get(noun);
  if (!forms) {
    if (made.size >= KEPT) made.clear();
    const stem = noun.replace(/ies$/, "y").replace(/s$/, "");
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    forms = new RegExp(String.raw`\b${escaped}(?:s|es)?\b|\b${escaped.replace(/y$/, "ies")}\b`);
    made.set(noun, forms);
  }
  return forms;
}
