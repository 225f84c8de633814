// Model-name autocomplete for the slash command options. Ranked by the core's lookup ladder
// (exact, alias, normalized, typo-tolerant, fuzzy), then topped up with names that contain what
// was typed. Discord allows at most 25 choices with names and values of at most 100 characters.
import type { Catalog } from "../../src/catalog/catalog.js";
import { foldCase } from "../../src/catalog/normalize.js";
import { resolveModel } from "../../src/catalog/lookup.js";
import type { Model } from "../../src/catalog/schema.js";
import { newestReleaseFirst } from "../../src/catalog/release-order.js";

export const MAX_CHOICES = 25;

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export function modelChoices(query: string, catalog: Catalog): AutocompleteChoice[] {
  const text = query.trim().slice(0, 100);
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id) && catalog.modelById.has(id)) ids.push(id);
  };
  const usable = (m: Model) => m.kind === "model" && m.status !== "retired";

  if (text) {
    const resolution = resolveModel(text, catalog);
    if (resolution.status === "found") add(resolution.id);
    if (resolution.status === "ambiguous") resolution.candidates.forEach(add);
    if (resolution.status === "none") resolution.suggestions.forEach(add);
    const folded = foldCase(text);
    const contains = (m: Model) => [m.name, m.id, ...m.aliases].some((n) => foldCase(n).includes(folded));
    catalog.models.filter((m) => usable(m) && contains(m)).forEach((m) => add(m.id));
  } else {
    // Nothing typed yet: newest current models first, the ones people most likely want.
    [...catalog.models]
      .filter((m) => usable(m) && m.status === "current")
      .sort(newestReleaseFirst)
      .forEach((m) => add(m.id));
  }
  return ids.slice(0, MAX_CHOICES).map((id) => {
    const model = catalog.modelById.get(id) as Model;
    return { name: truncateName(`${model.name} (${model.lab})`), value: id.slice(0, 100) };
  });
}

function truncateName(name: string): string {
  return name.length <= 100 ? name : `${name.slice(0, 99)}…`;
}
