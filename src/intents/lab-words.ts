// The words people use for labs and for model families only one lab makes, keyed by the
// catalogue's lab name (model.lab). Lab ids and countries come from the catalogue's labs table
// (src/catalog/labs.ts); `id` here is only the fallback for hand-made catalogues without one.
import type { Catalog } from "../catalog/catalog.js";

export interface LabWords {
  /** Exactly as models.json spells model.lab. */
  catalogName: string;
  /** The catalogue's lab id (catalog/models.json "labs"). */
  id: string;
  words: string[];
}

export const LAB_WORDS: readonly LabWords[] = [
  { catalogName: "OpenAI", id: "openai", words: ["openai", "open ai", "gpt", "chatgpt"] },
  { catalogName: "Google", id: "google", words: ["google", "deepmind", "google deepmind", "gemini", "gemma", "palm"] },
  { catalogName: "Anthropic", id: "anthropic", words: ["anthropic", "claude"] },
  { catalogName: "Meta", id: "meta", words: ["meta", "facebook", "llama", "llamas"] },
  { catalogName: "Alibaba (Qwen)", id: "alibaba-qwen", words: ["alibaba", "qwen", "tongyi"] },
  { catalogName: "Mistral AI", id: "mistral-ai", words: ["mistral", "mistral ai", "mixtral", "codestral", "pixtral"] },
  { catalogName: "Microsoft", id: "microsoft", words: ["microsoft", "phi"] },
  { catalogName: "xAI", id: "xai", words: ["xai", "x.ai", "grok"] },
  { catalogName: "DeepSeek", id: "deepseek", words: ["deepseek", "deep seek"] },
  { catalogName: "TII", id: "tii", words: ["tii", "technology innovation institute", "falcon"] },
  { catalogName: "Amazon", id: "amazon", words: ["amazon", "nova"] },
  { catalogName: "Cohere", id: "cohere", words: ["cohere"] },
  { catalogName: "AI21 Labs", id: "ai21-labs", words: ["ai21", "ai21 labs", "jamba", "jurassic"] },
  { catalogName: "Ai2", id: "ai2", words: ["ai2", "allen ai", "allenai", "allen institute", "olmo"] },
  { catalogName: "IBM", id: "ibm", words: ["ibm", "granite"] },
  { catalogName: "NVIDIA", id: "nvidia", words: ["nvidia", "nemotron"] },
  { catalogName: "Zhipu AI", id: "zhipu-ai", words: ["zhipu", "z.ai", "glm", "chatglm"] },
  { catalogName: "Hugging Face", id: "hugging-face", words: ["hugging face", "huggingface"] },
  { catalogName: "EleutherAI", id: "eleutherai", words: ["eleutherai", "eleuther"] },
  { catalogName: "BigScience", id: "bigscience", words: ["bigscience", "bloom"] },
  { catalogName: "Moonshot AI", id: "moonshot-ai", words: ["moonshot", "moonshot ai", "kimi"] },
  { catalogName: "LMSYS", id: "lmsys", words: ["lmsys", "vicuna"] },
  { catalogName: "Databricks", id: "databricks", words: ["databricks", "dbrx"] },
  { catalogName: "01.AI", id: "01-ai", words: ["01.ai", "01 ai", "01ai", "yi"] },
  { catalogName: "Snowflake", id: "snowflake", words: ["snowflake", "arctic"] },
  { catalogName: "MiniMax", id: "minimax", words: ["minimax"] },
];

const fallback = new Map(LAB_WORDS.map((l) => [l.catalogName, l.id]));

/** The lab id of a catalogue lab name: the catalogue's own when it has a labs table. */
export function labIdOf(catalogLab: string, catalog?: Catalog): string {
  return (
    catalog?.labByName?.get(catalogLab)?.id ??
    fallback.get(catalogLab) ??
    catalogLab.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  );
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
