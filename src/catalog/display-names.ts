// How ids are said to users: requirements keep lab and model ids (canonical, small in a session),
// answers say the catalogue's names ("Meta", "DeepSeek", "Claude Sonnet 4.5"). Without a catalogue
// (hand-made test inputs) the id is said as it is. GPUs are kept by gpu_key ("H200-SXM-141GB") and
// said by the name catalog/selfhost.json gives them ("NVIDIA H200 SXM"), as the self-hosting working does.
import type { Catalog } from "./catalog.js";
import { labIdOf } from "./labs.js";

export interface DisplayNames {
  lab: (id: string) => string;
  model: (id: string) => string;
  gpu: (key: string) => string;
  /** The catalogue the names come from, for answers that say more than a name (licence kinds). */
  catalog?: Catalog;
}

/** A gpu_key said without the catalogue: its words, not its hyphens ("A100 80GB"). */
const keyWords = (key: string) => key.replace(/-/g, " ");

export const IDS_AS_NAMES: DisplayNames = {
  lab: (id) => id,
  model: (id) => id,
  gpu: keyWords,
};

const cache = new WeakMap<Catalog, DisplayNames>();

export function displayNames(catalog?: Catalog): DisplayNames {
  if (!catalog) return IDS_AS_NAMES;
  const hit = cache.get(catalog);
  if (hit) return hit;
  const labs = new Map<string, string>();
  for (const lab of catalog.labByName?.values() ?? []) labs.set(lab.id, lab.name);
  for (const model of catalog.models) {
    const id = labIdOf(model.lab, catalog);
    if (!labs.has(id)) labs.set(id, model.lab);
  }
  const names: DisplayNames = {
    lab: (id) => labs.get(id) ?? id,
    model: (id) => catalog.modelById.get(id)?.name ?? id,
    gpu: (key) => catalog.selfhost.gpus.find((g) => g.key === key)?.name ?? keyWords(key),
    catalog,
  };
  cache.set(catalog, names);
  return names;
}
