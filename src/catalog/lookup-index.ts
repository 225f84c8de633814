// The model-name index behind lookup and mention finding, built once per catalogue object
// (cached in a WeakMap, so a reloaded catalogue gets a fresh index and the old one can go).
import Fuse from "fuse.js";
import type { Catalog } from "./catalog.js";
import { FILLER_WORDS, foldCase, isNumberToken, nameTokens } from "./normalize.js";

export interface NameEntry {
  modelId: string;
  /** Tokens of one name of the model (its id, display name or an alias). */
  tokens: readonly string[];
  /** Tokens with numbers tagged by role: "v:3" a version (after a word), "s:70" a size (after a number). */
  roles: string[];
  key: string;
}

/** Tags each number token as a version ("v:") or a size ("s:"), so "llama 3" never matches the 3B size of Llama 3.2. */
export function roleTokens(tokens: readonly string[]): string[] {
  return tokens.map((t, i) => {
    if (!isNumberToken(t)) return t;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    return prev !== undefined && isNumberToken(prev) ? `s:${t}` : `v:${t}`;
  });
}

export interface LookupIndex {
  /** lower-case id -> id */
  byId: Map<string, string>;
  /** lower-case display name or alias, as written -> model ids */
  byAlias: Map<string, string[]>;
  /** normalized key -> model ids */
  byKey: Map<string, string[]>;
  entries: NameEntry[];
  /** Every word token used in any model name. */
  vocabulary: Set<string>;
  /** The words a typo may be corrected to, by length: name words of 3+ letters and the filler words ("instruct"). */
  typoWords: Map<number, string[]>;
  /** Word tokens that mark the start of a model name in a sentence ("llama", "claude"). */
  anchors: Set<string>;
  /** Lab names as tokens ("meta", "openai"), dropped from a query that names a lab and a model. */
  labTokens: Set<string>;
  /** Whole raw words that are a model's id or alias ("gpt4o", "o1", "t5"). */
  rawWords: Set<string>;
  /** First two tokens of every name ("command r", "nova pro"), to spot names that start with an ordinary word. */
  bigrams: Set<string>;
  /** Every leading run of two or more tokens of every name ("command a", "gpt 4 o"): a span that is one may grow. */
  prefixes: Set<string>;
  /** Anchors that are a maker's name before the model's own name ("amazon", "cohere"). */
  prefixOnly: Set<string>;
  /**
   * Fuzzy search over the distinct name keys (a key shared by several names is scored once). Built
   * at its first use: only an unknown or badly misspelt name needs it, and start-up does not.
   */
  readonly fuse: Fuse<KeyGroup>;
  /**
   * The entries whose tokens include a token, and those whose roles include a role, in entry
   * order: a name search reads only the entries of its rarest word instead of every entry.
   * Built at first use, like `fuse`.
   */
  readonly withToken: ReadonlyMap<string, readonly NameEntry[]>;
  readonly withRole: ReadonlyMap<string, readonly NameEntry[]>;
  order: Map<string, number>;
}

/** The names that share one comparison key, in index order. */
export interface KeyGroup {
  key: string;
  entries: NameEntry[];
}

// Words that appear inside model names but are ordinary English (or too generic) to mark a
// model mention on their own: "command" in "Cohere Command", "large" in "Mistral Large".
const NOT_ANCHORS = new Set([
  "command",
  "large",
  "small",
  "medium",
  "mini",
  "nano",
  "micro",
  "tiny",
  "pro",
  "flash",
  "turbo",
  "vision",
  "chat",
  "base",
  "plus",
  "max",
  "lite",
  "light",
  "code",
  "coder",
  "preview",
  "latest",
  "reasoning",
  "reasoner",
  "open",
  "next",
  "new",
  "the",
  "and",
  "of",
  "with",
  "for",
  "face",
  "x",
  "v",
  "r",
  "o",
  "it",
  "a",
  "instruct",
  "ultra",
  "edge",
  "air",
  "think",
  "thinking",
  "online",
  "embed",
  "experimental",
  "exp",
  "lm",
  "ai",
  "text",
  "multimodal",
  "omni",
  "scout",
  "maverick",
  "transformers",
  "instant",
  "haiku",
  "opus",
  "sonnet",
  "nova",
  "nemo",
]);
// Model-name words that read as ordinary words but are still strong enough to anchor when
// they are followed by a version or size ("sonnet 4.5" yes, "write a haiku" no).
const ANCHOR_WITH_NUMBER = new Set(["nova", "sonnet", "opus", "haiku", "nemo"]);

/** Organisations that prefix model names in aliases and in speech ("Meta's Llama 3"). */
export const ORG_WORDS = new Set([
  "meta",
  "facebook",
  "google",
  "deepmind",
  "openai",
  "anthropic",
  "microsoft",
  "amazon",
  "aws",
  "nvidia",
  "ibm",
  "alibaba",
  "hf",
  "huggingface",
  "hugging",
  "bigscience",
  "eleutherai",
  "lmsys",
  "databricks",
  "cohere",
  "xai",
  "tii",
  "mistralai",
  "c4ai",
  "ai2",
  "allenai",
  "snowflake",
  "zhipu",
  "01ai",
  "ai21",
]);

const cache = new WeakMap<Catalog, LookupIndex>();

export function lookupIndex(catalog: Catalog): LookupIndex {
  const existing = cache.get(catalog);
  if (existing) return existing;
  const built = buildIndex(catalog);
  cache.set(catalog, built);
  return built;
}

export function anchorNeedsNumber(token: string): boolean {
  return ANCHOR_WITH_NUMBER.has(token);
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function buildIndex(catalog: Catalog): LookupIndex {
  const byId = new Map<string, string>();
  const byAlias = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  const entries: NameEntry[] = [];
  const vocabulary = new Set<string>();
  const anchors = new Set<string>();
  const labTokens = new Set<string>();
  const rawWords = new Set<string>();
  const bigrams = new Set<string>();
  const prefixes = new Set<string>();
  const aliasAnchors = new Set<string>();
  const firstTokenFollowers = new Map<string, boolean>();
  const order = new Map<string, number>();

  // Alias words that only split one of the model's own words ("distil" of "distil bert" for
  // DistilBERT): on their own they are ordinary words ("distil it into a small model").
  const splitWords = new Set<string>();
  catalog.models.forEach((model, position) => {
    order.set(model.id, position);
    byId.set(model.id.toLowerCase(), model.id);
    const names = [model.id, model.name, ...model.aliases];
    const ownWords = new Set([...nameTokens(model.id), ...nameTokens(model.name)]);
    for (const alias of model.aliases) {
      const head = nameTokens(alias)[0];
      if (
        head !== undefined &&
        !ownWords.has(head) &&
        [...ownWords].some((w) => w.length > head.length && w.startsWith(head))
      )
        splitWords.add(head);
    }
    names.forEach((name, nameIndex) => {
      const fromAlias = nameIndex >= 2;
      push(byAlias, foldCase(name).trim(), model.id);
      const tokens = nameTokens(name);
      if (tokens.length === 0) return;
      const key = tokens.join(" ");
      push(byKey, key, model.id);
      entries.push({ modelId: model.id, tokens, roles: roleTokens(tokens), key });
      if (tokens.length >= 2) bigrams.add(`${tokens[0]} ${tokens[1]}`);
      for (let n = 2; n <= tokens.length; n++) prefixes.add(tokens.slice(0, n).join(" "));
      for (const token of tokens) if (!isNumberToken(token)) vocabulary.add(token);
      const compact = foldCase(name).replace(/[^a-z0-9.+]/g, "");
      // A name written as one word is a mention wherever it stands: with a digit ("gpt4o"), or
      // joined by hyphens ("nova-pro", "command-r"), which ordinary words rarely are.
      if (/[a-z]/.test(compact) && (/\d/.test(compact) || /^[a-z0-9.+]+(?:[-_][a-z0-9.+]+)+$/.test(foldCase(name))))
        rawWords.add(compact);
      // The first word of a name anchors it in a sentence; so do the distinctive later words
      // ("sonnet" in "Claude Sonnet 4.5") when they are not ordinary English.
      // Whether this name's first word is followed by a number ("mistral 7b") or only by words
      // ("amazon nova pro"): a first word never followed by a number is a maker's prefix.
      const head = tokens[0] as string;
      const numberNext = tokens[1] !== undefined && isNumberToken(tokens[1]);
      firstTokenFollowers.set(head, (firstTokenFollowers.get(head) ?? false) || numberNext || tokens.length === 1);
      tokens.forEach((token, i) => {
        if (isNumberToken(token) || token.length < 2) return;
        const target = fromAlias ? aliasAnchors : anchors;
        if (i === 0 && !NOT_ANCHORS.has(token)) target.add(token);
        if (ANCHOR_WITH_NUMBER.has(token)) target.add(token);
      });
    });
    for (const token of nameTokens(model.lab)) labTokens.add(token);
  });
  // Aliases often start with an organisation ("meta-llama-3-8b-instruct", "facebook roberta"):
  // those words name a maker, not a model, so only other alias words anchor.
  for (const token of aliasAnchors)
    if (!labTokens.has(token) && !ORG_WORDS.has(token) && !splitWords.has(token)) anchors.add(token);
  // "amazon" in "Amazon Nova Pro" is the maker: alone in a sentence ("we host on Amazon") it
  // names no model, so it anchors only when another name word follows.
  const prefixOnly = new Set<string>();
  for (const [head, numbered] of firstTokenFollowers) if (!numbered && labTokens.has(head)) prefixOnly.add(head);
  // A lab word that is also a model's first word ("mistral") stays an anchor.
  // Fuzzy matching scores a key, so each distinct key is searched once: about half the entries
  // share a key with another name of the same model, and the search is the slow step for an
  // unknown name.
  const groups = new Map<string, KeyGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.key);
    if (group) group.entries.push(entry);
    else groups.set(entry.key, { key: entry.key, entries: [entry] });
  }
  let fuse: Fuse<KeyGroup> | undefined;
  let withToken: Map<string, NameEntry[]> | undefined;
  let withRole: Map<string, NameEntry[]> | undefined;
  const typoWords = new Map<number, string[]>();
  for (const w of new Set([...vocabulary, ...FILLER_WORDS]))
    if (w.length >= 3) typoWords.set(w.length, [...(typoWords.get(w.length) ?? []), w]);
  return {
    byId,
    byAlias,
    byKey,
    entries,
    vocabulary,
    typoWords,
    anchors,
    labTokens,
    rawWords,
    bigrams,
    prefixes,
    prefixOnly,
    get fuse() {
      fuse ??= new Fuse([...groups.values()], {
        keys: ["key"],
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.4,
      });
      return fuse;
    },
    get withToken() {
      return (withToken ??= postings(entries, (e) => e.tokens));
    },
    get withRole() {
      return (withRole ??= postings(entries, (e) => e.roles));
    },
    order,
  };
}

/** Each word's entries, in entry order, an entry once however often the word appears in it. */
function postings(entries: readonly NameEntry[], words: (e: NameEntry) => readonly string[]): Map<string, NameEntry[]> {
  const lists = new Map<string, NameEntry[]>();
  for (const entry of entries)
    for (const word of new Set(words(entry))) {
      const list = lists.get(word);
      if (list) list.push(entry);
      else lists.set(word, [entry]);
    }
  return lists;
}
