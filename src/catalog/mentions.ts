// Finds the models named inside a sentence ("compare gpt4o, claude sonet 4.5 and llama 3.1 70b
// at 10M tokens a month"). A mention must start at a word that marks a model name (a family
// word such as "llama", or a whole id such as "gpt4o"); ordinary words and quantities ("10M
// tokens", "800M users", "what", "can we") never start one.
import type { Catalog } from "./catalog.js";
import { isCommonWord } from "./common-words.js";
import { ORG_WORDS, anchorNeedsNumber, lookupIndex, type LookupIndex } from "./lookup-index.js";
import { correctWord, resolveModel, wordCorrections } from "./lookup.js";
import { cleanText, editDistance, foldCase, isNumberToken, nameTokens } from "./normalize.js";
import { splitWords, type ModelMention, type Word } from "./sentence-words.js";
import { labAt, labCandidates, labOfModel } from "./lab-refs.js";
import { inContext } from "./mention-context.js";
import { compactSpelling, hasAskedSize, isOtherSize, nameStem, sizesNamed } from "./named-sizes.js";
import { perMessage } from "../per-message-memo.js";

export type { ModelMention } from "./sentence-words.js";

const MAX_SPAN_WORDS = 6;
// Words that end a model name even when a model uses them ("and", "or", "vs").
const SPAN_STOPS = new Set([
  "and",
  "or",
  "vs",
  "versus",
  "with",
  "at",
  "for",
  "to",
  "on",
  "in",
  "of",
  "is",
  "are",
  "than",
  "from",
  "by",
  "per",
  "a",
  "an",
  "the",
  "it",
  "its",
  "as",
  "but",
  "nor",
  "then",
  "via",
]);

// Reading one message scans the same text for names several times (its references, then again
// without family names when it states a need, the router, the recommendation flow), so the scan
// is kept per message and catalogue; the mentions are frozen, as every caller only reads them.
const scansByCatalog = new WeakMap<Catalog, (text: string) => readonly ModelMention[]>();

/** Every model mentioned in `text`, in order, each with how it resolved (found / ambiguous / none). */
export function findModelMentions(text: string, catalog: Catalog): readonly ModelMention[] {
  let scan = scansByCatalog.get(catalog);
  if (!scan) {
    scan = perMessage((t) => Object.freeze(scanMentions(t, catalog).map(frozen)), 64);
    scansByCatalog.set(catalog, scan);
  }
  return scan(text);
}

function frozen(mention: ModelMention): ModelMention {
  const r = mention.resolution;
  Object.freeze(r.status === "found" ? r : r.status === "ambiguous" ? r.candidates : r.suggestions);
  Object.freeze(r);
  return Object.freeze(mention);
}

// "call it llama-something", "name it gemma-whatever": a family word joined to a word that stands
// for any name is the name a team would give its own model, not a model to look up (it was "I don't
// know a model called 'llama-something'"). The hyphen becomes a space (same length, offsets kept), so
// the family word reads as it does in "call it llama something".
const PLACEHOLDER_TAIL = /(?<=[a-z0-9])-(?=(?:something|anything|whatever|whatnot|xyz|xxx|foo)\b)/gi;

function withoutPlaceholderTails(clean: string): string {
  return clean.includes("-") ? clean.replace(PLACEHOLDER_TAIL, " ") : clean;
}

function scanMentions(text: string, catalog: Catalog): ModelMention[] {
  const index = lookupIndex(catalog);
  const clean = withoutPlaceholderTails(cleanText(text.slice(0, 4000)));
  const words = splitWords(clean);
  const mentions: ModelMention[] = [];
  const seen = new Set<string>();
  let i = 0;
  // The family and version of the last name found, for a size given alone after it
  // ("llama 3.1 8b or 70b": the 70b is Llama 3.1 70B).
  let stem: string | null = null;
  while (i < words.length) {
    if (!isAnchor(words, i, index)) {
      const word = words[i] as Word;
      const joined = i > 0 ? (words[i - 1] as Word).raw + clean.slice((words[i - 1] as Word).end, word.start) : "";
      if (
        stem !== null &&
        /^\d+(\.\d+)?b$/i.test(word.raw) &&
        /(^|[\s,])(or|and|vs|versus)$|,\s*$/i.test(joined.replace(/\s+$/, ""))
      ) {
        const resolution = resolveModel(`${stem} ${word.raw}`, catalog, undefined, { fuzzy: "strict" });
        if (resolution.status === "found" && !seen.has(resolution.id)) {
          seen.add(resolution.id);
          mentions.push({ text: word.raw, start: word.start, end: word.end, resolution });
        }
      }
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < words.length && last + 1 - i < MAX_SPAN_WORDS && continuesName(words, i, last + 1, index)) last++;
    // "Mistral AI", "Hugging Face": a maker's full name is not a model.
    const spanTokens = nameTokens(clean.slice((words[i] as Word).start, (words[last] as Word).end));
    if (last > i && spanTokens.every((t) => index.labTokens.has(t) || ORG_WORDS.has(t))) {
      i = last + 1;
      continue;
    }
    // A bare family word followed by a version ("llama 5") is the shortest name worth reporting.
    const first = words[i] as Word;
    const next = words[i + 1];
    const minLast = !/\d/.test(first.raw) && next !== undefined && last > i && isVersionWord(next.raw) ? i + 1 : i;
    let mention: ModelMention | null = null;
    for (let end = last; end >= minLast; end--) {
      const span = clean.slice(first.start, (words[end] as Word).end);
      // "mistral's medium 3" is looked up as "mistral medium 3".
      const spanWords = words.slice(i, end + 1);
      const query = spanWords.some((w) => w.possessive) ? spanWords.map((w) => w.raw).join(" ") : span;
      const resolution = resolveModel(query, catalog, undefined, { fuzzy: "strict" });
      if (resolution.status !== "none" || end === minLast) {
        mention = { text: span, start: first.start, end: (words[end] as Word).end, resolution };
        i = end + 1;
        // "bloomz 7b1" is not the 176B BLOOMZ on file: a size dropped from the name that is not the
        // found model's leaves the whole name unknown, with that model as the suggestion.
        const dropped = clean.slice((words[end] as Word).end, (words[last] as Word).end);
        const model = resolution.status === "found" ? catalog.modelById.get(resolution.id) : undefined;
        if (model && sizesNamed(dropped).some((size) => isOtherSize(model, size))) {
          mention = {
            text: clean.slice(first.start, (words[last] as Word).end),
            start: first.start,
            end: (words[last] as Word).end,
            resolution: { status: "none", suggestions: [model.id] },
          };
          i = last + 1;
        }
        if (resolution.status === "none") mention = withSizeKept(mention, words, end, last, clean, catalog);
        mention = labChecked(
          sizeChecked(mention, clean.slice(first.start, (words[last] as Word).end), catalog),
          catalog,
        );
        if (mention.end > (words[end] as Word).end) i = last + 1;
        break;
      }
    }
    if (!mention) {
      i++;
      continue;
    }

    const spanWords = mention.text.split(/\s+/);
    stem =
      mention.resolution.status !== "none" &&
      spanWords.length > 1 &&
      /^\d+(\.\d+)?b$/i.test(spanWords[spanWords.length - 1] ?? "")
        ? spanWords.slice(0, -1).join(" ")
        : mention.resolution.status === "ambiguous"
          ? mention.text
          : null;
    const key = mention.resolution.status === "found" ? mention.resolution.id : foldCase(mention.text);
    if (!seen.has(key)) {
      seen.add(key);
      mentions.push(mention);
    }
  }
  // "Mistral's Mistral 7B": a vague name whose candidates include a model named precisely in
  // the same message refers to that model, or to its maker; either way there is nothing to ask.
  // Likewise "self-host DeepSeek-R1 or pay the DeepSeek API": a maker named beside one of its
  // models means that model.
  const inSentence = inContext(mentions, words, clean, catalog);
  const named = new Set(inSentence.flatMap((m) => (m.resolution.status === "found" ? [m.resolution.id] : [])));
  const namedLabs = new Set([...named].map((id) => labOfModel(id, catalog)));
  return inSentence.filter(
    (m) =>
      m.resolution.status !== "ambiguous" ||
      (!m.resolution.candidates.some((id) => named.has(id)) && !(m.lab !== undefined && namedLabs.has(m.lab))),
  );
}

/**
 * "gemma 3 1b", "mistral 4b", "falcon 3 3b": a size named that the found model, or every model
 * asked between, does not have is a model we do not know, never another size of the family
 * picked instead; a size only some of them have narrows the choice to those.
 */
function sizeChecked(mention: ModelMention, whole: string, catalog: Catalog): ModelMention {
  const sizes = sizesNamed(whole.slice(nameStem(whole).length));
  const r = mention.resolution;
  if (sizes.length === 0 || r.status === "none") return mention;
  const ids = r.status === "found" ? [r.id] : r.candidates;
  const fits = ids.filter((id) => sizes.some((size) => hasAskedSize(catalog.modelById.get(id), size)));
  // A count not on file (nor a size in the name) cannot contradict the size: the found model stands.
  const found = r.status === "found" ? catalog.modelById.get(r.id) : undefined;
  if (found && found.parameters == null && sizesNamed(found.name).length === 0) return mention;
  // "qwen3 3b" found as Qwen2.5 3B: the size fits, but the line asked (Qwen3, which the catalogue
  // holds) is not the one found. A size a held line lacks is a model we do not know, with that
  // line's nearest sizes offered, never the size of another line.
  const line = lineSpelt(nameStem(whole), catalog);
  if (fits.length > 0 && line.size > 0 && !fits.some((id) => line.has(id))) {
    const ofLine = lineOf(nameStem(whole), catalog);
    return {
      ...mention,
      text: whole,
      end: mention.start + whole.length,
      resolution: {
        status: "none",
        suggestions: nearestSizes(ofLine.length > 0 ? ofLine : [...line], sizes, catalog).slice(0, 4),
      },
    };
  }
  if (fits.length === ids.length) return mention;
  if (fits.length === 0) {
    // A near name of another line ("gemma 3 2b" found as Gemma 3n E2B) is offered beside the sizes
    // the asked line has on file, so they are not crowded out.
    const offered = [...new Set([...ids, ...lineOf(nameStem(whole), catalog)])];
    return {
      ...mention,
      text: whole,
      end: mention.start + whole.length,
      resolution: { status: "none", suggestions: sameLineFirst(offered, nameStem(whole), catalog).slice(0, 4) },
    };
  }
  return {
    ...mention,
    resolution:
      fits.length === 1 ? { status: "found", id: fits[0] as string } : { status: "ambiguous", candidates: fits },
  };
}

/**
 * "mistral ultra", "mistral large": a name that starts with a maker's name means that maker's
 * models, never another maker's that shares a word ("mistral ultra" is no Nemotron Ultra, "mistral
 * large" no Jamba Large), and within the maker its own line when one carries its name ("mistral
 * large" is Mistral Large 2, 24.11 and 3, not Pixtral Large). When none of the maker's models fits,
 * it is a model we do not know, with the maker's current models as suggestions.
 */
function labChecked(mention: ModelMention, catalog: Catalog): ModelMention {
  const r = mention.resolution;
  if (r.status === "none") return mention;
  const at = labAt(nameTokens(mention.text), catalog);
  if (!at) return mention;
  const ids = r.status === "found" ? [r.id] : r.candidates;
  const ofLab = ids.filter((id) => labOfModel(id, catalog) === at.lab);
  // The maker's own line first: "mistral small" is the Mistral Smalls, not Devstral Small 2.
  const maker = nameTokens(mention.text).slice(0, at.length).join(" ");
  const line = ofLab.filter((id) =>
    nameTokens(catalog.modelById.get(id)?.name ?? "")
      .join(" ")
      .startsWith(`${maker} `),
  );
  const fits = line.length > 0 ? line : ofLab;
  if (fits.length === ids.length) return mention;
  if (fits.length === 0)
    return {
      ...mention,
      resolution: { status: "none", suggestions: labCandidates(catalog, { lab: at.lab, api: false }).slice(0, 4) },
    };
  return {
    ...mention,
    resolution:
      fits.length === 1 ? { status: "found", id: fits[0] as string } : { status: "ambiguous", candidates: fits },
  };
}

/** The candidates whose name starts with the stem asked ("qwen3 …": the Qwen3 models before Qwen2.5-Coder 3B). */
const SIZE_WORD = /^\d+(?:\.\d+)?[bm]$/i;

/**
 * "qwen 2 7b", "qwen2 7b": a name nothing resolves is reported with the size written after it, as
 * "qwen2-7b" is, never cut to "qwen 2" (which reads as another model). The family's models nearest
 * that size come first among the suggestions (Qwen2.5 7B, not the newest Qwen3-VL 8B); only for a
 * name nothing matched, so a message naming known models does no extra work.
 */
function withSizeKept(
  mention: ModelMention,
  words: readonly Word[],
  end: number,
  last: number,
  clean: string,
  catalog: Catalog,
): ModelMention {
  let through = end;
  while (through < last && SIZE_WORD.test((words[through + 1] as Word).raw)) through++;
  const stop = (words[through] as Word).end;
  const sizes = sizesNamed(clean.slice(mention.start, stop));
  if (sizes.length === 0 || mention.resolution.status !== "none") return mention;
  const head = nameTokens(mention.text)[0];
  // Newest first, as the lookup suggests (catalogue order is release order), then by size.
  const family = [
    ...new Set(lookupIndex(catalog).entries.flatMap((e) => (e.tokens[0] === head ? [e.modelId] : []))),
  ].reverse();
  const suggestions = [...new Set([...nearestSizes(family, sizes, catalog), ...mention.resolution.suggestions])];
  return {
    ...mention,
    text: clean.slice(mention.start, stop),
    end: stop,
    resolution: { status: "none", suggestions: suggestions.slice(0, mention.resolution.suggestions.length || 4) },
  };
}

function sameLineFirst(ids: readonly string[], stem: string, catalog: Catalog): string[] {
  const key = compactSpelling(stem);
  const ofLine = (id: string) => key !== "" && compactSpelling(catalog.modelById.get(id)?.name ?? "").startsWith(key);
  return [...ids.filter(ofLine), ...ids.filter((id) => !ofLine(id))];
}

/** The models of the line a name stem spells, word by word: "gemma 3" is Gemma 3 1B to 27B, not Gemma 3n. */
function lineOf(stem: string, catalog: Catalog): string[] {
  const words = (text: string) =>
    foldCase(text)
      .split(/[^a-z0-9.]+/)
      .filter(Boolean);
  const asked = words(stem);
  if (asked.length === 0) return [];
  return catalog.models.filter((m) => asked.every((w, i) => words(m.name)[i] === w)).map((m) => m.id);
}

/**
 * The models whose name or an alias starts with the stem asked, spaces and hyphens aside ("qwen3"
 * and "qwen 3" are the Qwen3 models); empty when the stem spells no line the catalogue holds.
 */
function lineSpelt(stem: string, catalog: Catalog): Set<string> {
  const key = compactSpelling(stem);
  // A stem with no version ("llama", "mistral") names a maker's whole range, which the lookup
  // already narrows: only a versioned line ("qwen3", "gemma 3") is checked here.
  if (!/[a-z]/.test(key) || !/\d/.test(key)) return new Set();
  return new Set(
    compactSpellingsOf(catalog)
      .filter(({ spellings }) => spellings.some((spelling) => spelling.startsWith(key)))
      .map(({ id }) => id),
  );
}

const compactSpellings = new WeakMap<Catalog, { id: string; spellings: string[] }[]>();

/**
 * Every model's name and aliases, compacted, once per catalogue: the line check runs on every
 * message that names a model with a size, and compacting ~1,000 spellings each time was a third
 * of a licence question's CPU.
 */
function compactSpellingsOf(catalog: Catalog): { id: string; spellings: string[] }[] {
  let list = compactSpellings.get(catalog);
  if (!list) {
    list = catalog.models.map((m) => ({ id: m.id, spellings: [m.name, ...m.aliases].map(compactSpelling) }));
    compactSpellings.set(catalog, list);
  }
  return list;
}

/** The line's models, nearest the sizes asked first (by ratio: 4B is nearer 3B than 1.7B is). */
function nearestSizes(ids: readonly string[], sizes: readonly number[], catalog: Catalog): string[] {
  const sizeOf = (id: string) => {
    const m = catalog.modelById.get(id);
    return m?.parameters?.totalB ?? (m ? sizesNamed(m.name)[0] : undefined);
  };
  const distance = (id: string) => {
    const size = sizeOf(id);
    return size === undefined || size <= 0 ? Infinity : Math.min(...sizes.map((s) => Math.abs(Math.log(size / s))));
  };
  return [...ids].sort((a, b) => distance(a) - distance(b));
}

function isAnchor(words: readonly Word[], i: number, index: LookupIndex): boolean {
  const word = words[i] as Word;
  const compact = foldCase(word.raw).replace(/[^a-z0-9.+]/g, "");
  if (index.rawWords.has(compact)) return true;
  const tokens = nameTokens(word.raw);
  const head = tokens[0];
  if (head === undefined || isNumberToken(head) || SPAN_STOPS.has(head)) return false;
  const next = words[i + 1];
  const numberFollows =
    tokens.slice(1).some(isNumberToken) || (next !== undefined && !next.breakBefore && isVersionWord(next.raw));
  const nextHead = next !== undefined && !next.breakBefore ? nameTokens(next.raw)[0] : undefined;
  const nextIsName = nextHead !== undefined && (index.vocabulary.has(nextHead) || isNumberToken(nextHead));
  if (index.prefixOnly.has(head)) {
    if (tokens.length > 1) return true;
    if (nextHead === undefined) return false;
    // "Cohere Command", a typo in the model word allowed ("cohere comand").
    const nextWords = nextIsName ? [nextHead] : wordCorrections(nextHead, index);
    return nextWords.some((w) => index.bigrams.has(`${head} ${w}`));
  }
  // A name that starts with an ordinary word ("Command R+", "Nova Pro") is found by its first two
  // words, a typo in the first corrected ("comand r plus").
  if (tokens.length === 1 && nextHead !== undefined && !isCommonWord(head)) {
    if (index.bigrams.has(`${head} ${nextHead}`)) return true;
    if (wordCorrections(head, index).some((w) => index.bigrams.has(`${w} ${nextHead}`))) return true;
  }
  if (index.anchors.has(head)) return !anchorNeedsNumber(head) || numberFollows;
  if (isCommonWord(head)) return false;
  // A corrected word only counts when a version follows ("lama 3.1") or the next name word
  // confirms it ("uring-nlg"); then any near word may be meant ("oemini 3.5" is "gemini").
  const extra = numberFollows && head.length >= 5 ? 1 : 0;
  const after = tokens[1] ?? nextHead;
  const near = wordCorrections(head, index, extra, true);
  if (after !== undefined && near.some((w) => index.bigrams.has(`${w} ${after}`))) return true;
  if (numberFollows) return near.some((w) => index.anchors.has(w));
  // Alone, a long word one typo from exactly one name word ("mistrall", "deepsek"). Two typos
  // with nothing to confirm them are more often an ordinary word ("burning" is not Turing): across
  // the corpus and the lookup tests every lone two-typo match was an English word.
  const corrected = wordCorrections(head, index, extra).filter(
    (w) => index.anchors.has(w) && editDistance(head, w, 1) <= 1,
  );
  return corrected.length > 0 && head.length >= 6 && !corrected.every(anchorNeedsNumber);
}

/** Whether word `j` continues the name that starts at word `i`. */
function continuesName(words: readonly Word[], i: number, j: number, index: LookupIndex): boolean {
  const word = words[j] as Word;
  if (word.breakBefore) return false;
  // "Command A", "Command R+": a word that would end a name elsewhere ("a", "for") continues one
  // when the words so far and it start a catalogue name, typos corrected ("comand a").
  if (!isModelish(word.raw, index)) return startsName(words, i, j, index);
  // A second complete name ("gpt-4o gpt-4") or the same family again starts a new mention.
  if (isAnchor(words, j, index)) {
    // "gpt-4o gpt-4": a second full name. "deepsek r1": the version of the first.
    const sofar = words.slice(i, j).some((w) => /\d/.test(w.raw));
    if (/\d/.test(word.raw) && sofar) return false;
    if (nameTokens(word.raw)[0] === nameTokens((words[i] as Word).raw)[0]) return false;
  }
  return true;
}

/** Whether words i..j, typos corrected and a maker's name first allowed ("cohere comand a"), start a catalogue name. */
function startsName(words: readonly Word[], i: number, j: number, index: LookupIndex): boolean {
  const tokens: string[] = [];
  for (let k = i; k <= j; k++)
    for (const t of nameTokens((words[k] as Word).raw)) tokens.push(correctWord(t, index) ?? t);
  for (let k = 0; k < tokens.length - 1; k++) {
    if (index.prefixes.has(tokens.slice(k).join(" "))) return true;
    const t = tokens[k] as string;
    if (!index.labTokens.has(t) && !ORG_WORDS.has(t)) return false;
  }
  return false;
}

function isModelish(raw: string, index: LookupIndex): boolean {
  const lower = foldCase(raw);
  if (SPAN_STOPS.has(lower)) return false;
  // Quantities are not model names: "10M", "500k", "2,000" (split at the comma), "50%".
  if (/^\d+(\.\d+)?(k|m|mm|bn|t|%|x)$/.test(lower) || /^\d{4,}$/.test(lower)) return false;
  const tokens = nameTokens(raw);
  if (tokens.length === 0) return false;
  return tokens.every(
    (t) => isNumberToken(t) || index.vocabulary.has(t) || (!isCommonWord(t) && wordCorrections(t, index).length > 0),
  );
}

function isVersionWord(raw: string): boolean {
  const lower = foldCase(raw);
  return (
    /^v?\d+(\.\d+)*$/.test(lower) ||
    /^\d+(\.\d+)?b$/.test(lower) ||
    /^\d+x\d+b?$/.test(lower) ||
    /^[a-z]\d+(\.\d+)?$/.test(lower)
  );
}
