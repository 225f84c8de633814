// "the mini one", "the flash one": a model picked by the word that sets it apart from the models
// the listener already has in mind (the one just discussed, or the choices just offered). The
// word alone names no model ("mini" fits a dozen); beside those models it names one.
import type { Catalog } from "./catalog.js";
import { nameTokens } from "./normalize.js";

/**
 * The one model among `candidates` whose name holds every word of `words` and adds the fewest
 * name tokens beyond them and `known` (tokens already in mind: "gpt" and "5" after GPT-5). null
 * when no candidate holds the words, or two fit equally well (the question stays open).
 */
export function memberByWords(
  words: readonly string[],
  candidates: readonly string[],
  catalog: Catalog,
  known: ReadonlySet<string>,
): string | null {
  if (words.length === 0) return null;
  let best: string | null = null;
  let bestExtra = Infinity;
  let tie = false;
  for (const id of candidates) {
    const model = catalog.modelById.get(id);
    if (!model) continue;
    const tokens = new Set(nameTokens(model.name));
    if (!words.every((w) => tokens.has(w))) continue;
    const extra = [...tokens].filter((t) => !words.includes(t) && !known.has(t)).length;
    if (extra < bestExtra) [best, bestExtra, tie] = [id, extra, false];
    else if (extra === bestExtra) tie = true;
  }
  return tie ? null : best;
}

/** Tokens every one of these models' names shares ("gemini", "2.5" for Gemini 2.5 Pro/Flash/Flash-Lite). */
export function sharedTokens(ids: readonly string[], catalog: Catalog): Set<string> {
  const sets = ids.flatMap((id) => {
    const model = catalog.modelById.get(id);
    return model ? [new Set(nameTokens(model.name))] : [];
  });
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((t) => rest.every((s) => s.has(t))));
}

/**
 * A sibling of the models in focus ("the mini one" after GPT-5 is GPT-5 mini): a model of the
 * same family, not in focus, picked by `words` with the focus models' name tokens in mind.
 */
export function familyMember(words: readonly string[], focus: readonly string[], catalog: Catalog): string | null {
  const inFocus = focus.flatMap((id) => {
    const model = catalog.modelById.get(id);
    return model ? [model] : [];
  });
  const families = new Set(inFocus.map((m) => m.family));
  const siblings = catalog.models.filter((m) => families.has(m.family) && !focus.includes(m.id)).map((m) => m.id);
  const known = new Set(inFocus.flatMap((m) => nameTokens(m.name)));
  return memberByWords(words, siblings, catalog, known);
}
