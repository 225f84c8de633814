// A counted noun in its singular and plural forms ("reports" → report|reports, "entries" →
// entry|entries), to find the thread's things named again in a later message.

/** The forms of a counted noun, as one pattern on folded text. */
export function nounForms(noun: string): RegExp {
  const stem = noun.replace(/ies$/, "y").replace(/s$/, "");
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`\b${escaped}(?:s|es)?\b|\b${escaped.replace(/y$/, "ies")}\b`);
}
