// Resolves what a person typed to a catalogue model, by a ladder of ever looser matches:
// exact id -> alias or display name -> normalized name -> name tokens contained ("llama 3" in
// "Llama 3 70B") -> typo-corrected tokens -> fuse.js fuzzy -> ordinal of the last shown list.
// Version numbers are never fuzzed: "llama 3" matches Llama 3 models only, never Llama 3.1.
import type { Catalog } from "./catalog.js";
import { COMMON_WORDS, isCommonWord } from "./common-words.js";
import { ORG_WORDS, lookupIndex, roleTokens, type LookupIndex, type NameEntry } from "./lookup-index.js";
import {
  cleanText,
  editDistance,
  FILLER_WORDS,
  foldCase,
  isNumberToken,
  nameTokens,
  typoAllowance,
} from "./normalize.js";
import { parseOrdinal } from "./ordinal.js";

export type Resolution =
  | { status: "found"; id: string }
  | { status: "ambiguous"; candidates: string[] }
  | { status: "none"; suggestions: string[] };

export interface ResolveOptions {
  /**
   * "full" (default) ends with fuse.js fuzzy matching of the whole query; "strict" stops after
   * typo-corrected tokens, for scanning sentences where a loose match would invent models.
   */
  fuzzy?: "full" | "strict";
  /** Only these model ids may match (answering "which one did you mean?"). */
  among?: readonly string[];
}

// A family name can fit many models ("claude"): licence answers use them all (grouped by
// licence); a "which one?" question shows the first few (understand() trims those).
const MAX_CANDIDATES = 40;
const MAX_FUZZY_CANDIDATES = 8;
const MAX_SUGGESTIONS = 4;

export function resolveModel(
  query: string,
  catalog: Catalog,
  session?: { lastList?: readonly string[] },
  options: ResolveOptions = {},
): Resolution {
  const index = lookupIndex(catalog);
  const allowed = options.among ? new Set(options.among) : null;
  const ok = (id: string): boolean => allowed === null || allowed.has(id);
  const text = cleanText(query.slice(0, 200));
  if (text === "") return { status: "none", suggestions: [] };
  const folded = foldCase(text)
    .replace(/[?!.,;:]+$/, "")
    .trim();

  // 1. exact id, 2. exact display name or alias as written.
  const byId = index.byId.get(folded);
  if (byId !== undefined && ok(byId)) return { status: "found", id: byId };
  const aliasHits = (index.byAlias.get(folded) ?? []).filter(ok);
  const aliasResult = fromIds(aliasHits, index);
  if (aliasResult) return aliasResult;

  // Ordinal of the last list (or of the candidates being asked about).
  const list = options.among ?? session?.lastList ?? [];
  if (list.length > 0) {
    const position = parseOrdinal(text, list.length);
    if (position !== null) {
      const id = list[position];
      if (id !== undefined && catalog.modelById.has(id)) return { status: "found", id };
    }
  }

  const allTokens = nameTokens(text);
  const tokens = withoutLabPrefix(allTokens, index);
  if (tokens.length === 0) return { status: "none", suggestions: [] };

  // 3./4. normalized name, then tokens contained in a name; "meta llama 3" may be an alias as
  // written ("Meta-Llama-3-8B") or the maker's name before the model's.
  // The whole name as written wins when it is one model ("mistral large 2411" is not also Pixtral
  // Large 2411).
  const whole = tokens.length !== allTokens.length ? matchTokens(allTokens, index, ok) : null;
  if (whole?.status === "found") return whole;
  const direct = matchTokens(tokens, index, ok) ?? whole;
  if (direct) return direct;

  // 5. typo-corrected word tokens ("lama" -> "llama", "sonet" -> "sonnet"); a typo as near to two
  // words is settled by the rest of the name ("mitral nemo" is Mistral Nemo, not Mixtral).
  const fixed = matchCorrected(tokens, index, ok);
  if (fixed) return fixed;
  const corrected = correctTokens(tokens, index);

  if (options.fuzzy === "strict") return { status: "none", suggestions: suggest(corrected, index, ok) };

  // 6. fuse.js over all names, keeping only hits that carry every version number of the query.
  const fuzzy = fuzzyMatch(corrected, index, ok);
  if (fuzzy) return fuzzy;
  return { status: "none", suggestions: suggest(corrected, index, ok) };
}

/** The model ids a Resolution settles on, or candidates when it does not. */
export function resolutionIds(resolution: Resolution): string[] {
  if (resolution.status === "found") return [resolution.id];
  if (resolution.status === "ambiguous") return resolution.candidates;
  return [];
}

function fromIds(ids: readonly string[], index: LookupIndex): Resolution | null {
  if (ids.length === 1 && ids[0] !== undefined) return { status: "found", id: ids[0] };
  if (ids.length > 1) return { status: "ambiguous", candidates: sortIds(ids, index).slice(0, MAX_CANDIDATES) };
  return null;
}

function sortIds(ids: Iterable<string>, index: LookupIndex): string[] {
  return [...new Set(ids)].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

function withoutLabPrefix(tokens: readonly string[], index: LookupIndex): readonly string[] {
  // "meta llama 3 70b", "openai gpt-4o": the lab adds nothing once a model word follows.
  const isOrg = (t: string): boolean => index.labTokens.has(t) || ORG_WORDS.has(t);
  let start = 0;
  // Not before a lone letter: "deepseek v9" is not some other model's "v 9".
  while (
    start < tokens.length - 1 &&
    isOrg(tokens[start] as string) &&
    !isNumberToken(tokens[start + 1] as string) &&
    (tokens[start + 1] as string).length > 1
  )
    start++;
  // Only maker words ("mistral ai"): nothing to strip them down to.
  if (start > 0 && isOrg(tokens[start] as string)) return tokens;
  return tokens.slice(start);
}

function matchTokens(tokens: readonly string[], index: LookupIndex, ok: (id: string) => boolean): Resolution | null {
  const key = tokens.join(" ");
  const exact = fromIds((index.byKey.get(key) ?? []).filter(ok), index);
  if (exact) return exact;
  // Every query token must appear in one name of the model; numbers only match whole numbers,
  // and first in the same role (version or size): "llama 3" is Llama 3, not Llama 3.2 3B.
  // An entry can only hold every token if it holds the rarest one, so only that word's entries are read.
  const roles = roleTokens(tokens);
  const byRole = modelsHoldingAll(roles, index, index.withRole, (e) => e.roles, ok);
  // "llama 70b" has no version: any Llama of that size fits.
  return fromIds(
    [
      ...(byRole.size > 0
        ? versionsInPlace(byRole, tokens, index)
        : modelsHoldingAll(tokens, index, index.withToken, (e) => e.tokens, ok)),
    ],
    index,
  );
}

/**
 * Of several models holding the query's words, those with each version right after the word it
 * follows in the query: "llama 3" is Llama 3 8B and 70B, not Llama Guard 3 8B (Meta's classifier
 * is named for its own third version). All of them when none has it so.
 */
function versionsInPlace(ids: Set<string>, tokens: readonly string[], index: LookupIndex): Set<string> {
  if (ids.size < 2) return ids;
  const pairs: [string, string][] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (isNumberToken(t) && prev !== undefined && !isNumberToken(prev)) pairs.push([prev, t]);
  });
  if (pairs.length === 0) return ids;
  const inPlace = new Set<string>();
  const whole = new Set<string>();
  for (const e of index.entries) {
    if (!ids.has(e.modelId)) continue;
    const places = pairs.map(([word, version]) =>
      e.tokens.findIndex((t, i) => t === version && e.tokens[i - 1] === word),
    );
    if (places.some((i) => i < 0)) continue;
    inPlace.add(e.modelId);
    // "gemma 3" is Gemma 3 1B…27B, not Gemma 3n: a letter glued to a version ("3n", "4o") makes
    // another line, split off as a one-letter word (normalize.ts), unless the query has it too.
    const letterAfter = (at: number, p: number) => {
      const next = e.tokens[at + 1] ?? "";
      return /^[a-z]$/.test(next) && tokens[tokens.indexOf(pairs[p]![1]) + 1] !== next;
    };
    if (!places.some(letterAfter)) whole.add(e.modelId);
  }
  if (whole.size > 0) return whole;
  return inPlace.size > 0 ? inPlace : ids;
}

function modelsHoldingAll(
  words: readonly string[],
  index: LookupIndex,
  postings: ReadonlyMap<string, readonly NameEntry[]>,
  wordsOf: (e: NameEntry) => readonly string[],
  ok: (id: string) => boolean,
): Set<string> {
  const found = new Set<string>();
  // No words: every entry holds them all.
  let rarest: readonly NameEntry[] | undefined = words.length === 0 ? index.entries : undefined;
  for (const w of words) {
    const list = postings.get(w);
    if (!list) return found;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  for (const entry of rarest ?? []) {
    if (found.has(entry.modelId) || !ok(entry.modelId)) continue;
    const own = wordsOf(entry);
    if (words.every((w) => own.includes(w))) found.add(entry.modelId);
  }
  return found;
}

/** Replaces each unknown word with the one catalogue word within its typo allowance, if unique. */
export function correctTokens(tokens: readonly string[], index: LookupIndex): string[] {
  return tokens
    .map((token, i) => {
      const options = wordCorrections(token, index, extraAllowance(tokens, i));
      return options.length === 1 ? (options[0] as string) : token;
    })
    .filter((t) => !FILLER_WORDS.has(t));
}

// A word right before a version ("lamma 3.3") is surely meant as a model name: one more typo allowed.
function extraAllowance(tokens: readonly string[], i: number): number {
  const token = tokens[i] as string;
  return token.length >= 5 && isNumberToken(tokens[i + 1] ?? "") ? 1 : 0;
}

export function correctWord(token: string, index: LookupIndex, extraAllowance = 0): string | null {
  const options = wordCorrections(token, index, extraAllowance);
  return options.length === 1 ? (options[0] as string) : null;
}

const MAX_WORD_CORRECTIONS = 4;

interface Candidate {
  word: string;
  /** Twice the edit distance, plus one when the first letter differs (a tie-breaker only). */
  rank: number;
}

// Words come back in every message ("pdfs", "copilot", "invoices"), and checking one against
// every name word of a similar length is the costliest step of reading a message; the answer
// depends only on the word, its allowance and the index, so it is kept (a bounded number).
const TYPO_CACHE_SIZE = 5000;
const typoCache = new WeakMap<LookupIndex, Map<string, Candidate[]>>();

/** Every catalogue word within the unknown word's typo allowance, nearest first (do not mutate). */
function typoCandidates(token: string, index: LookupIndex, extraAllowance: number): readonly Candidate[] {
  if (isNumberToken(token) || index.vocabulary.has(token) || isCommonWord(token)) return [];
  let cache = typoCache.get(index);
  if (!cache) typoCache.set(index, (cache = new Map()));
  const key = `${extraAllowance} ${token}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = computeTypoCandidates(token, index, extraAllowance);
  if (cache.size >= TYPO_CACHE_SIZE) cache.clear();
  cache.set(key, found);
  return found;
}

function computeTypoCandidates(token: string, index: LookupIndex, extraAllowance: number): Candidate[] {
  const allowance = typoAllowance(token) + (typoAllowance(token) > 0 ? extraAllowance : 0);
  if (allowance === 0) return [];
  const out: Candidate[] = [];
  for (let length = token.length - allowance; length <= token.length + allowance; length++)
    for (const word of index.typoWords.get(length) ?? []) {
      const d = editDistance(token, word, allowance);
      // "lamma" is "llama" before "gemma"; "urbo" is still "turbo".
      if (d <= allowance) out.push({ word, rank: d * 2 + (word[0] === token[0] ? 0 : 1) });
    }
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * The catalogue words nearest to an unknown word within its typo allowance: one when the typo is
 * clear, several when they tie ("mitral" is one letter from "mistral" and from "mixtral"; the rest
 * of the name decides), none when the word is known, ordinary or too far from every name word.
 * `all` returns every word within the allowance, nearest first, for when the rest of the name is
 * there to choose ("oemini 3.5" is nearer "omini" but only "gemini 3.5" is a name).
 */
export function wordCorrections(token: string, index: LookupIndex, extraAllowance = 0, all = false): string[] {
  const candidates = typoCandidates(token, index, extraAllowance);
  const best = all ? candidates : candidates.filter((c) => c.rank === candidates[0]?.rank);
  return best.length <= MAX_WORD_CORRECTIONS ? best.map((c) => c.word) : all ? best.slice(0, 8).map((c) => c.word) : [];
}

/** Readings of the tokens with unknown words corrected, nearest first, each with its total rank. */
function correctedReadings(tokens: readonly string[], index: LookupIndex): { tokens: string[]; rank: number }[] {
  let readings: { tokens: string[]; rank: number }[] = [{ tokens: [], rank: 0 }];
  tokens.forEach((token, i) => {
    const options = typoCandidates(token, index, extraAllowance(tokens, i)).slice(0, MAX_WORD_CORRECTIONS);
    const choices = options.length > 0 ? options : [{ word: token, rank: 0 }];
    // A misspelt filler word ("nstruct") is dropped like the filler itself.
    readings = readings
      .flatMap((r) =>
        choices.map((c) => ({
          tokens: FILLER_WORDS.has(c.word) ? r.tokens : [...r.tokens, c.word],
          rank: r.rank + c.rank,
        })),
      )
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 16);
  });
  return readings;
}

/** The names the nearest matching readings give: one reading's answer, or the union of equally near ones. */
function matchCorrected(tokens: readonly string[], index: LookupIndex, ok: (id: string) => boolean): Resolution | null {
  const results: Resolution[] = [];
  let matchedRank = Infinity;
  for (const reading of correctedReadings(tokens, index)) {
    if (reading.rank > matchedRank) break;
    if (reading.rank === 0) continue;
    const r = matchTokens(reading.tokens, index, ok);
    if (r) {
      results.push(r);
      matchedRank = reading.rank;
    }
  }
  if (results.length <= 1) return results[0] ?? null;
  return fromIds(results.flatMap(resolutionIds), index);
}

function fuzzyMatch(tokens: string[], index: LookupIndex, ok: (id: string) => boolean): Resolution | null {
  const words = tokens.filter((t) => !isNumberToken(t));
  // Ordinary words ("what", "price") are not misspelt model names, however close they look.
  if (words.length === 0 || words.every((w) => COMMON_WORDS.has(w) || w.length < 2)) return null;
  const numbers = tokens.filter(isNumberToken);
  // A hit must carry each number and, for each other word, a word it resembles (below); when no
  // name in the catalogue has one of them, no hit can pass, and the fuse pass (the costliest step
  // for an unknown name) is skipped with the same answer.
  const { numbers: nameNumbers } = nameWords(index);
  if (!numbers.every((n) => nameNumbers.has(n))) return null;
  if (!words.every((w) => COMMON_WORDS.has(w) || resemblesAnyNameWord(w, index))) return null;
  const results = fuzzyHits(tokens.join(" "), index).filter(
    (r) =>
      ok(r.item.modelId) &&
      numbers.every((n) => r.item.tokens.includes(n)) &&
      words.every((w) => COMMON_WORDS.has(w) || r.item.tokens.some((t) => resembles(w, t))),
  );
  const best = results[0];
  if (!best || best.score === undefined) return null;
  const bestScore = best.score;
  // Several names within a small margin of the best are equally plausible: ask.
  const close = results.filter((r) => (r.score ?? 1) <= bestScore + 0.05).map((r) => r.item.modelId);
  const ids = sortIds(close, index);
  if (ids.length === 1 && ids[0] !== undefined) return { status: "found", id: ids[0] };
  // "gtp-4o" is as close to "GPT-4o" as to "GPT-4o mini"; the name of the same length wins.
  const sameLength = [
    ...new Set(
      results
        .filter((r) => close.includes(r.item.modelId) && r.item.tokens.length === tokens.length)
        .map((r) => r.item.modelId),
    ),
  ];
  if (sameLength.length === 1 && sameLength[0] !== undefined) return { status: "found", id: sameLength[0] };
  return { status: "ambiguous", candidates: ids.slice(0, MAX_FUZZY_CANDIDATES) };
}

/**
 * Whether a word of the query can be a way of writing a word of a name: the same word, joined to
 * its version ("gemma3", "phi4"), cut short ("mistr"), or a typo of it ("sonet", "deepsek").
 * Fuse scores whole strings, so without this "exaone" found DeepSeek-R1 and "solar pro" Nova Pro:
 * a name the catalogue does not hold must stay unknown, not become the nearest string.
 */
function resembles(word: string, nameWord: string): boolean {
  if (word === nameWord) return true;
  if (nameWord.length >= 3 && word.startsWith(nameWord) && /^[\d.]+$/.test(word.slice(nameWord.length))) return true;
  if (word.length >= 4 && nameWord.startsWith(word)) return true;
  // Two letters swapped in a short word ("gtp" for "gpt").
  const sorted = (w: string) => [...w].sort().join("");
  if (word.length === nameWord.length && sorted(word) === sorted(nameWord)) return true;
  const allowance = typoAllowance(word);
  return allowance > 0 && editDistance(word, nameWord, allowance) <= allowance;
}

/** Fuse hits as one per name entry (a key's names in index order), the first `limit` of them. */
function fuzzySearch(query: string, index: LookupIndex, limit: number): FuzzyHit[] {
  const out: FuzzyHit[] = [];
  for (const hit of index.fuse.search(query, { limit })) {
    for (const item of hit.item.entries) {
      if (out.length >= limit) return out;
      out.push(hit.score === undefined ? { item } : { item, score: hit.score });
    }
  }
  return out;
}

interface FuzzyHit {
  item: NameEntry;
  score?: number;
}

// The fuse pass costs about a millisecond for each unknown name, and the same unknown name comes
// back in a thread ("MegaTron-Ultra-13B?", then "and MegaTron-Ultra-13B at 10M tokens?") and in
// every parser that looks for names: its hits are kept per index, a bounded number of them. The
// fuzzy rung reads the first FUZZY_HITS and the suggestions the first SUGGESTION_HITS of one
// search (fuse sorts before it cuts, so the shorter list is the longer one's start).
const FUZZY_HITS = 30;
const SUGGESTION_HITS = 10;
const FUZZY_CACHE_SIZE = 500;
const fuzzyCache = new WeakMap<LookupIndex, Map<string, readonly FuzzyHit[]>>();

function fuzzyHits(query: string, index: LookupIndex): readonly FuzzyHit[] {
  let cache = fuzzyCache.get(index);
  if (!cache) fuzzyCache.set(index, (cache = new Map()));
  const hit = cache.get(query);
  if (hit) return hit;
  const hits = fuzzySearch(query, index, FUZZY_HITS);
  if (cache.size >= FUZZY_CACHE_SIZE) cache.clear();
  cache.set(query, hits);
  return hits;
}

function fuzzyNeighbours(query: string, index: LookupIndex): string[] {
  return fuzzyHits(query, index)
    .slice(0, SUGGESTION_HITS)
    .map((r) => r.item.modelId);
}

interface NameWords {
  /** Every number token of any name. */
  numbers: Set<string>;
  /** Every token of any name, numbers too (as the filter reads them). */
  words: readonly string[];
  /** Whether a query word resembles one of `words`, kept per word (a bounded number). */
  resemblance: Map<string, boolean>;
}

const RESEMBLANCE_CACHE_SIZE = 5000;
const nameWordsCache = new WeakMap<LookupIndex, NameWords>();

function nameWords(index: LookupIndex): NameWords {
  const existing = nameWordsCache.get(index);
  if (existing) return existing;
  const all = new Set(index.entries.flatMap((e) => e.tokens));
  const built: NameWords = {
    numbers: new Set([...all].filter(isNumberToken)),
    words: [...all],
    resemblance: new Map(),
  };
  nameWordsCache.set(index, built);
  return built;
}

/** Whether the word resembles some word of some name (the fuzzy rung's filter, over the whole catalogue). */
function resemblesAnyNameWord(word: string, index: LookupIndex): boolean {
  const { words, resemblance } = nameWords(index);
  const kept = resemblance.get(word);
  if (kept !== undefined) return kept;
  const found = words.some((nameWord) => resembles(word, nameWord));
  if (resemblance.size >= RESEMBLANCE_CACHE_SIZE) resemblance.clear();
  resemblance.set(word, found);
  return found;
}

function suggest(tokens: string[], index: LookupIndex, ok: (id: string) => boolean): string[] {
  const out: string[] = [];
  const add = (id: string): void => {
    if (ok(id) && !out.includes(id) && out.length < MAX_SUGGESTIONS) out.push(id);
  };
  // Models sharing the query's leading word first, newest first ("llama 9" -> recent Llamas),
  // then fuzzy neighbours (the fuse pass is the slow part, so only when still short).
  const head = tokens.find((t) => !isNumberToken(t));
  if (head !== undefined) {
    const sameFamily = index.entries.filter((e) => e.tokens[0] === head).map((e) => e.modelId);
    for (const id of sortIds(sameFamily, index).reverse()) add(id);
  }
  if (out.length < MAX_SUGGESTIONS) for (const id of fuzzyNeighbours(tokens.join(" "), index)) add(id);
  if (out.length === 0) {
    // A looser pass, for names too garbled for the threshold. Many names share their first word,
    // so each distinct one is measured once.
    const near = new Map<string, boolean>();
    const isNear = (first: string, head: string): boolean => {
      let kept = near.get(first);
      if (kept === undefined)
        near.set(first, (kept = editDistance(first, head, 2) <= Math.max(1, Math.floor(head.length / 3))));
      return kept;
    };
    for (const entry of index.entries) {
      const first = entry.tokens[0];
      if (first !== undefined && head !== undefined && head.length >= 4 && isNear(first, head)) add(entry.modelId);
    }
  }
  return out;
}

export { foldCase };
