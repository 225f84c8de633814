// Recognizing a reply to "which one did you mean?": a number ("2", "#2"), an ordinal ("the
// second one", "last"), or a name/id that matches exactly one candidate (botbuilder-style ladder:
// index -> ordinal -> name).
import type { Catalog } from "../catalog/catalog.js";
import { memberByWords, sharedTokens } from "../catalog/family-member.js";
import { nameTokens } from "../catalog/normalize.js";
import { ORDINAL_WORDS } from "../catalog/ordinal.js";

const FILLER = /\b(the|one|option|number|no\.?|please|pick|choose|i mean|i meant|that|it's|its|it is)\b/g;

/** Index (0-based) of the candidate the reply designates, or null when it is not such a reply. */
export function parseChoiceReply(text: string, candidates: readonly string[], catalog: Catalog): number | null {
  const raw = text.trim().toLowerCase();
  if (!raw || candidates.length === 0) return null;

  const number = /^#?\s*(\d{1,2})[.)]?$/.exec(raw);
  if (number) return inRange(Number(number[1]), candidates.length);

  const words = raw
    .replace(/[.!?,]/g, " ")
    .replace(FILLER, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words === "last") return candidates.length - 1;
  const ordinal = ORDINAL_WORDS[words];
  if (ordinal !== undefined) return inRange(ordinal, candidates.length);

  // A name: exact id, exact name, or the only candidate whose name/id contains the text.
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const target = norm(raw);
  const names = candidates.map((id) => [norm(id), norm(catalog.modelById.get(id)?.name ?? id)] as const);
  const exact = names.findIndex(([id, name]) => id === target || name === target);
  if (exact >= 0) return exact;
  if (target.length >= 2) {
    const partial = names.flatMap(([id, name], i) => (id.includes(target) || name.includes(target) ? [i] : []));
    if (partial.length === 1) return partial[0] ?? null;
  }
  // "the flash one" among Gemini 2.5 Pro, Flash and Flash-Lite: the word that sets one apart.
  const picked = memberByWords(nameTokens(words), candidates, catalog, sharedTokens(candidates, catalog));
  return picked === null ? null : candidates.indexOf(picked);
}

function inRange(oneBased: number, count: number): number | null {
  return oneBased >= 1 && oneBased <= count ? oneBased - 1 : null;
}
