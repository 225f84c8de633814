// What the words around a name say about it: "the Claude API" and "DeepSeek's API" mean what the
// lab serves itself; "Anthropic's model" and "Mistral's" mean the lab's models; "our
// Gemini-powered app" and "built on Claude" describe something else, so a family word there is
// neither a question ("which Gemini?") nor an unknown model.
import type { Catalog } from "./catalog.js";
import { labAt, labCandidates, labOfModel, labStarts } from "./lab-refs.js";
import type { Resolution } from "./lookup.js";
import { foldCase, nameTokens } from "./normalize.js";
import type { ModelMention, Word } from "./sentence-words.js";

const API_WORDS = new Set(["api", "apis", "endpoint", "endpoints", "platform"]);
// "Anthropic's model", "Mistral's models": the lab's models, not its terms or its pricing page.
const LAB_THINGS = new Set(["model", "models", "llm", "llms", "flagship", "lineup", "offering", "offerings"]);
const MAX_LAB_WORDS = 3;

/** The mentions with lab references added and descriptions dropped; `lab` marks a maker reference. */
export function inContext(
  mentions: readonly ModelMention[],
  words: readonly Word[],
  clean: string,
  catalog: Catalog,
): ModelMention[] {
  const out: ModelMention[] = [];
  const covered = new Set<number>();
  for (const mention of mentions) {
    const first = words.findIndex((w) => w.start === mention.start);
    let last = first;
    while (last + 1 < words.length && (words[last + 1] as Word).start < mention.end) last++;
    for (let k = first; k <= last; k++) covered.add(k);
    const r = mention.resolution;
    if (first < 0 || r.status === "found") {
      out.push(mention);
      continue;
    }
    // "our Gemini-powered app": a description, not a model to ask about.
    if (describes(words, first, last)) continue;
    const context = after(words, last);
    if (r.status === "ambiguous" && context !== null) {
      // A lab's own name ("Mistral's models") means all of its models; a family word ("the
      // Claude API") that family's.
      const tokens = nameTokens(mention.text);
      const lab = labAt(tokens, catalog);
      const candidates =
        lab !== null && lab.length === tokens.length
          ? labCandidates(catalog, { lab: lab.lab, api: context.api })
          : labCandidates(catalog, { within: r.candidates, api: context.api });
      const ref = labMention(mention.start, context.end, clean, candidates, catalog);
      if (ref) out.push(ref);
      continue;
    }
    out.push(mention);
  }

  // Lab names no mention covers: "the DeepSeek API", "Anthropic's model", "OpenAI-powered".
  // Each word's name tokens are computed once here: a span of up to MAX_LAB_WORDS is tried at
  // every word, and tokenising the same word again for each span was most of this scan's cost.
  const wordTokens = words.map((w) => nameTokens(w.raw));
  for (let k = 0; k < words.length; k++) {
    if (covered.has(k)) continue;
    const span = labSpan(words, wordTokens, k, catalog);
    if (span === null) continue;
    const last = k + span.words - 1;
    k = last;
    if (describes(words, k - span.words + 1, last)) continue;
    const context = after(words, last);
    if (context === null) continue;
    const candidates = labCandidates(catalog, { lab: span.lab, api: context.api });
    const ref = labMention((words[last - span.words + 1] as Word).start, context.end, clean, candidates, catalog);
    if (ref) out.push(ref);
  }
  return out.sort((a, b) => a.start - b.start);
}

// "show 'Built with Llama'", "the built with llama badge": the words a licence asks a product to
// display, which name the model family whose licence asks it (Llama's attribution), not a product.
const DISPLAY_VERBS = new Set(["show", "display", "add", "include", "put", "print", "say", "write", "mention", "use"]);
const CREDIT_NOUNS = new Set([
  "badge",
  "line",
  "label",
  "notice",
  "credit",
  "attribution",
  "logo",
  "text",
  "requirement",
  "clause",
  "rule",
  "duty",
  "sticker",
  "footer",
]);

/** Whether a name at words first..last describes something else ("Gemini-powered", "built on Claude"). */
function describes(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((words[k] as Word).descriptor) return true;
  const before = (n: number) => foldCase(words[first - n]?.raw ?? "");
  const credit =
    before(1) === "with" &&
    before(2) === "built" &&
    (DISPLAY_VERBS.has(before(3)) ||
      DISPLAY_VERBS.has(before(4)) ||
      CREDIT_NOUNS.has(foldCase(words[last + 1]?.raw ?? "")));
  return (
    (before(1) === "by" && before(2) === "powered") ||
    (!credit && (before(1) === "on" || before(1) === "with") && (before(2) === "built" || before(2) === "based"))
  );
}

/** What follows a name that makes it a maker reference: its API, or "'s model(s)" / "'s" alone. */
function after(words: readonly Word[], last: number): { api: boolean; end: number } | null {
  const word = words[last] as Word;
  const next = words[last + 1];
  const nextWord = next !== undefined && !next.breakBefore ? foldCase(next.raw) : null;
  if (nextWord !== null && API_WORDS.has(nextWord)) return { api: true, end: (next as Word).end };
  if (!word.possessive) return null;
  if (nextWord === null) return { api: false, end: word.end };
  if (LAB_THINGS.has(nextWord)) return { api: false, end: (next as Word).end };
  return null;
}

function labSpan(
  words: readonly Word[],
  wordTokens: readonly (readonly string[])[],
  k: number,
  catalog: Catalog,
): { lab: string; words: number } | null {
  // A lab name starts with a word of its own: most words are not, and need no span at all.
  if (!labStarts(wordTokens[k]?.[0], catalog)) return null;
  for (let n = Math.min(MAX_LAB_WORDS, words.length - k); n >= 1; n--) {
    const span = words.slice(k, k + n);
    if (span.slice(1).some((w) => w.breakBefore)) continue;
    const perWord = wordTokens.slice(k, k + n);
    // Every word must be part of the name ("Anthropic's model": "model" is not).
    if (perWord.some((t) => t.length === 0)) continue;
    const tokens = perWord.flat();
    const hit = labAt(tokens, catalog);
    if (hit !== null && hit.length === tokens.length) return { lab: hit.lab, words: n };
  }
  return null;
}

function labMention(
  start: number,
  end: number,
  clean: string,
  candidates: string[],
  catalog: Catalog,
): ModelMention | null {
  if (candidates.length === 0) return null;
  const resolution: Resolution =
    candidates.length === 1 ? { status: "found", id: candidates[0] as string } : { status: "ambiguous", candidates };
  const lab = labOfModel(candidates[0] as string, catalog);
  return { text: clean.slice(start, end), start, end, resolution, ...(lab !== undefined ? { lab } : {}) };
}
