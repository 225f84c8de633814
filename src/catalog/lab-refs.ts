// References to a maker rather than to one model: "Anthropic's model", "Mistral's", "the DeepSeek
// API", "OpenAI's API", "the Claude API". The lab words are the catalogue's own lab names (with
// their parenthesised brand: "Alibaba (Qwen)" is also "Qwen"), so a new lab needs no word list.
import type { Catalog } from "./catalog.js";
import { nameTokens } from "./normalize.js";
import { newestReleaseFirst } from "./release-order.js";

interface LabIndex {
  /** Token key of a lab's name or short name ("mistral ai", "mistral", "qwen") -> model.lab. */
  phrases: Map<string, string>;
  /** The most tokens any phrase has. */
  longest: number;
  /** The first token of every phrase, to skip words no lab name starts with. */
  firstTokens: Set<string>;
  /** model.lab -> its current models, newest first. */
  current: Map<string, string[]>;
  currentIds: Set<string>;
  /** Current models with a first-party offering (what "the X API" serves). */
  firstParty: Set<string>;
  labOf: Map<string, string>;
}

// Words that name the kind of organisation, not which one ("Mistral AI", "AI21 Labs").
const GENERIC = new Set(["ai", "labs", "lab", "inc", "research"]);

const cache = new WeakMap<Catalog, LabIndex>();

/**
 * The name tokens a lab goes by, from its catalogue name alone: the whole name, the name without
 * generic words, and a parenthesised brand ("Mistral AI" -> mistral ai, mistral; "Alibaba (Qwen)"
 * -> alibaba, qwen). A short name must still be a word ("AI21" is, "01" alone is not).
 */
export function labNameKeys(lab: string): (readonly string[])[] {
  const brand = /\(([^)]+)\)/.exec(lab)?.[1];
  const tokens = nameTokens(lab.replace(/\([^)]*\)/g, " "));
  const short = tokens.filter((t) => !GENERIC.has(t));
  return [tokens, short, brand ? nameTokens(brand) : []].filter(
    (key) => key.length > 0 && key.some((t) => /[a-z]{2,}/.test(t)),
  );
}

function labIndex(catalog: Catalog): LabIndex {
  const existing = cache.get(catalog);
  if (existing) return existing;
  const phrases = new Map<string, string>();
  const current = new Map<string, string[]>();
  const firstParty = new Set<string>();
  const currentIds = new Set<string>();
  const labOf = new Map<string, string>();
  const newestFirst = [...catalog.models].sort(newestReleaseFirst);
  for (const model of newestFirst) {
    labOf.set(model.id, model.lab);
    if (model.status !== "current") continue;
    currentIds.add(model.id);
    current.set(model.lab, [...(current.get(model.lab) ?? []), model.id]);
    if (model.offerings.some((o) => o.firstParty)) firstParty.add(model.id);
  }
  let longest = 1;
  const firstTokens = new Set<string>();
  for (const lab of new Set(catalog.models.map((m) => m.lab))) {
    for (const key of labNameKeys(lab)) {
      phrases.set(key.join(" "), lab);
      firstTokens.add(key[0] as string);
      longest = Math.max(longest, key.length);
    }
  }
  const built = { phrases, longest, firstTokens, current, currentIds, firstParty, labOf };
  cache.set(catalog, built);
  return built;
}

/** Whether a lab name can start with this token ("mistral", "deepseek"); cheap, for scanning every word. */
export function labStarts(token: string | undefined, catalog: Catalog): boolean {
  return token !== undefined && labIndex(catalog).firstTokens.has(token);
}

/** The lab that the name tokens start with, and how many tokens its name takes. */
export function labAt(tokens: readonly string[], catalog: Catalog): { lab: string; length: number } | null {
  const index = labIndex(catalog);
  for (let n = Math.min(index.longest, tokens.length); n >= 1; n--) {
    const lab = index.phrases.get(tokens.slice(0, n).join(" "));
    if (lab !== undefined) return { lab, length: n };
  }
  return null;
}

export function labOfModel(id: string, catalog: Catalog): string | undefined {
  return labIndex(catalog).labOf.get(id);
}

/**
 * The models a reference to a lab means, newest first: through its own API, the current models
 * it serves itself (not a third-party host's); otherwise its current models. `within` narrows a
 * family ("the Claude API": Claude models only); when nothing current fits, the family stays.
 */
export function labCandidates(
  catalog: Catalog,
  ref: { lab?: string; within?: readonly string[]; api: boolean },
): string[] {
  const index = labIndex(catalog);
  const pool =
    ref.within !== undefined
      ? [...index.labOf.keys()].filter((id) => ref.within?.includes(id))
      : ref.lab !== undefined
        ? (index.current.get(ref.lab) ?? [])
        : [];
  const live = pool.filter((id) => index.currentIds.has(id));
  const served = ref.api ? live.filter((id) => index.firstParty.has(id)) : live;
  if (served.length > 0) return served;
  return live.length > 0 ? live : [...pool];
}
