// The words people use for a lab, for exclusions ("nothing from Meta") and the lists that carry a
// negation on ("no Meta, Google or Mistral"). A lab's own names come from the catalogue (the
// tokens catalog/lab-refs.ts reads a lab name as: "Mistral AI" -> "mistral ai", "mistral"), so a new
// lab needs no word here. LAB_ALIASES holds only what a catalogue name cannot give: nicknames and
// the model families only that lab makes.
import type { Catalog } from "../catalog/catalog.js";
import { labNameKeys } from "../catalog/lab-refs.js";
import { labIdOf } from "../catalog/labs.js";

/**
 * Spoken names beyond the catalogue's, keyed by the catalogue's lab id (catalog/models.json
 * "labs"; a test checks every key is one). Family words are the catalogue's family names.
 */
export const LAB_ALIASES: Readonly<Record<string, readonly string[]>> = {
  openai: ["open ai", "gpt", "chatgpt"],
  google: ["deepmind", "gemini", "gemma", "palm"],
  anthropic: ["claude"],
  meta: ["facebook", "llama", "llamas"],
  "alibaba-qwen": ["tongyi"],
  "mistral-ai": ["mixtral", "codestral", "pixtral"],
  microsoft: ["phi"],
  xai: ["x.ai", "grok"],
  deepseek: ["deep seek"],
  tii: ["technology innovation institute", "falcon"],
  amazon: ["nova"],
  "ai21-labs": ["ai21", "jamba", "jurassic"],
  ai2: ["allen ai", "allenai", "allen institute", "olmo"],
  ibm: ["granite"],
  nvidia: ["nemotron"],
  "zhipu-ai": ["z.ai", "glm", "chatglm"],
  eleutherai: ["eleuther"],
  bigscience: ["bloom"],
  "moonshot-ai": ["kimi"],
  lmsys: ["vicuna"],
  databricks: ["dbrx"],
  "01-ai": ["yi"],
  snowflake: ["arctic"],
};

export interface LabWords {
  /** The catalogue's lab id. */
  id: string;
  /** Regular-expression sources, one per way of saying the lab ("mistral[\s.-]?ai", "mixtral"). */
  words: string[];
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Name tokens may be written apart, together or with a point: "01.ai", "01 ai", "01ai".
const phrase = (tokens: readonly string[]): string => tokens.map(escape).join(String.raw`[\s.-]?`);

const cache = new WeakMap<Catalog, readonly LabWords[]>();
const aliasesOnly: readonly LabWords[] = Object.entries(LAB_ALIASES).map(([id, words]) => ({
  id,
  words: words.map(escape),
}));

/**
 * Every lab's words: its catalogue names and its aliases. Without a catalogue (hand-made test
 * inputs) only the aliases, under their ids.
 */
export function labWords(catalog?: Catalog): readonly LabWords[] {
  if (!catalog) return aliasesOnly;
  const hit = cache.get(catalog);
  if (hit) return hit;
  const byId = new Map<string, string[]>();
  for (const name of new Set(catalog.models.map((m) => m.lab))) {
    const id = labIdOf(name, catalog);
    const words = byId.get(id) ?? [];
    for (const key of labNameKeys(name)) words.push(phrase(key));
    byId.set(id, words);
  }
  for (const { id, words } of aliasesOnly) byId.set(id, [...(byId.get(id) ?? []), ...words]);
  const built = [...byId].map(([id, words]) => ({ id, words: [...new Set(words)] }));
  cache.set(catalog, built);
  return built;
}

/** Country words -> ISO 3166-1 alpha-2 ("chinese", "china", "prc" -> CN). */
export const COUNTRY_WORDS: Record<string, string> = {
  chinese: "CN",
  china: "CN",
  prc: "CN",
  russian: "RU",
  russia: "RU",
  american: "US",
  "u.s.": "US",
  us: "US",
  usa: "US",
  "united states": "US",
  french: "FR",
  france: "FR",
  canadian: "CA",
  canada: "CA",
  israeli: "IL",
  israel: "IL",
  emirati: "AE",
  uae: "AE",
  "abu dhabi": "AE",
};
