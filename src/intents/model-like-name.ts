// Names that look like models but that the mention finder did not anchor, because no catalogue
// word is in them: a word joined to a size, version or model-ish suffix ("brainwave-40b",
// "superlm-3", "quasar-llm", "nebula-chat 2"), a CamelCase word ("OmegaCoder", "MegaBrain 3"), or
// a word and a size ("pelican 30b"). Questions about such a name answer "not a model we know"
// instead of answering about nothing or reading the name as a use case ("nebula-chat" is not chat).
import type { Catalog } from "../catalog/catalog.js";
import { COMMON_WORDS } from "../catalog/common-words.js";
import { providerNamedIn } from "../catalog/hosts.js";
import { lookupIndex } from "../catalog/lookup-index.js";
import { foldCase } from "../catalog/normalize.js";

/** What a made-up model name ends in after its hyphen: a version, a size, or a model-ish word. */
const SUFFIX = String.raw`(?:v?\d+(?:\.\d+)?[a-z]{0,2}|xl|x|ultra|pro|max|mini|turbo|llm|lm|gpt|chat|coder|instruct)`;
// The whole hyphenated token, never its tail: "ap-southeast-1", "eu-central-1" are region codes.
const HYPHENATED_NAME = new RegExp(
  String.raw`(?<![\w-])([a-z][a-z]{2,}(?:-[a-z]+)*-${SUFFIX}(?:[- ]v?\d+(?:\.\d+)?[a-z]?)?)(?![\w-])`,
  "gi",
);
const CAMEL_NAME = /\b([A-Z][a-z]+[A-Z][A-Za-z]*(?:[- ]v?\d+(?:\.\d+)?[a-zA-Z]?)?)\b/g;
// With a version it is surely a model ("MegaBrain 3"); alone it may be a product ("GitHub", "DevOps").
const CAMEL_VERSIONED = /\b([A-Z][a-z]+[A-Z][A-Za-z]*[- ]v?\d+(?:\.\d+)?[a-zA-Z]?)\b/g;
// "LLMs of 8B", "models under 14b": a size cap, not a name.
const SIZED_NAME =
  /\b([a-z][a-z]{3,}(?:[- ](?!(?:of|under|at|to|than|below|over|around|about|up|max|or|and|with)\b)[a-z]+)?[- ]v?\d+(?:\.\d+)?b)\b/gi;

/** Word beginnings that make ordinary hyphenated words ("self-hosted", "on-prem", "fine-tuned"). */
const PREFIX_WORDS = new Set(
  "self open non multi real long low high on in e co re pre post state top built fine end air well up sub".split(" "),
);

/** Words counted with a number ("Tier-2 supplier", "phase-3 trial", "level-4 support"): ranks, never models. */
const RANK_HEADS = new Set("tier level phase stage step grade class type round part wave series category".split(" "));

/** Licence names written like models ("apache-2.0", "gpl-3", "cc-by-4.0"): a licence, never a model. */
const LICENCE_HEADS = new Set("apache gpl agpl lgpl bsd cc mpl epl".split(" "));

/**
 * The first model-like name in `clean` that is no catalogue word, or null. `strict` keeps to the
 * shapes that are hardly ever anything else: hyphenated with a model-ish ending, CamelCase with a
 * version. The loose set adds any CamelCase word and "word and a size", for a question already
 * known to be about a model.
 */
export function modelLikeName(clean: string, catalog: Catalog, strict: boolean): string | null {
  const vocabulary = lookupIndex(catalog).vocabulary;
  // Every match, not the first: "gpt-4o mini and zephyrus-llm" has a known name before the unknown one.
  for (const pattern of strict ? STRICT : LOOSE) {
    for (const m of clean.matchAll(pattern)) {
      const name = m[1];
      if (!name) continue;
      const head = foldCase(name).split(/[- ]/)[0] ?? "";
      if (
        COMMON_WORDS.has(head) ||
        vocabulary.has(head) ||
        PREFIX_WORDS.has(head) ||
        LICENCE_HEADS.has(head) ||
        RANK_HEADS.has(head)
      )
        continue;
      return name;
    }
  }
  return null;
}

const STRICT = [HYPHENATED_NAME, CAMEL_VERSIONED];
const LOOSE = [HYPHENATED_NAME, CAMEL_NAME, SIZED_NAME];

/**
 * Where a question puts a model: "can we use X for …", "could we try X?", "is X (from LG) an
 * option / available / any good?". Up to three words, so "solar pro" and "sea-lion 7b" fit.
 */
const MODEL_PLACES = [
  /^(?:can|could|may|should|shall) (?:we|i) (?:use|try|run|deploy|adopt|go with|pick|choose) ([a-z][\w.-]*(?: [\w.-]+){0,2}?)(?: (?:for|in|with|on|as|instead|here|from|by)\b|\s*[?.!,]|$)/,
  /^(?:is|would|are) ([a-z][\w.-]*(?: [\w.-]+){0,2}?)(?: (?:from|by) [\w.-]+(?: [\w.-]+)?)? (?:be )?(?:an? (?:option|choice|alternative|candidate|contender)|available|supported|offered|any good|in (?:your|the) (?:catalog\w*|list))\b/,
];

/** Words that fill a model's place without naming one: things, tools, platforms, features. */
const NOT_A_MODEL = new Set(
  `it this that them these those something anything everything nothing whatever one ones
  another any some batch batching streaming caching cache vision images image audio voice json tools tool
  function functions gpu gpus cpu cpus h100 h100s a100 a100s l4 l40s cloud clouds aws azure gcp bedrock vertex
  openrouter ollama vllm tgi sglang lmstudio llamacpp llama.cpp huggingface hf langchain llamaindex kubernetes k8s
  docker serverless on-prem onprem self-hosting selfhosting fine-tuning finetuning lora qlora quantization
  int4 int8 fp8 fp16 eu us uk region regions europe embeddings embedding reranker rerankers search agent agents
  free trial tier plan plans credits sso saml api apis endpoint endpoints sdk sdks playground studio chatgpt
  copilot assistants gpt gpts private public local offline`.split(/\s+/),
);

/**
 * A word in a model's place that no catalogue name, host or ordinary word accounts for ("can we
 * use exaone for this?", "is solar pro from upstage an option", "is sea-lion available?"): a model
 * the catalogue does not hold, to be said so rather than answered about another or not at all.
 */
export function askedModelName(lower: string, catalog: Catalog): string | null {
  const vocabulary = lookupIndex(catalog).vocabulary;
  for (const place of MODEL_PLACES) {
    const name = place.exec(lower.trim())?.[1];
    if (!name) continue;
    const head = name.split(/[- ]/)[0] ?? "";
    if (
      head.length < 3 ||
      /\d/.test(head) ||
      COMMON_WORDS.has(head) ||
      NOT_A_MODEL.has(head) ||
      NOT_A_MODEL.has(name) ||
      vocabulary.has(head) ||
      PREFIX_WORDS.has(head) ||
      LICENCE_HEADS.has(head) ||
      providerNamedIn(name, catalog) !== null
    )
      continue;
    return name;
  }
  return null;
}
