// Assistant products built on models, and services teams weigh against one ("why not copilot?",
// "why not deepl?"), which they name where a model goes:
// a product is not a model, so the catalogue (models only) never weighs it, and its name is no
// use case to re-rank for. Each entry says whose product it is, from the vendor's own page.

export interface AssistantProduct {
  name: string;
  /** The product's names on folded text, whole (its vendor's and plan words included). */
  names: RegExp;
  /** What it is, in the vendor's words as far as they go. */
  what: string;
  vendor: string;
  source: { label: string; url: string; asOf: string };
}

export const ASSISTANT_PRODUCTS: readonly AssistantProduct[] = [
  {
    name: "Copilot",
    names:
      /^(?:(?:microsoft|ms|m365|microsoft 365|office 365|office|github|gh)\s+)?copilot(?:\s+(?:chat|studio|pro|business|enterprise|for microsoft 365))?$/,
    what: "the name of Microsoft's AI assistants (Microsoft 365 Copilot, Copilot Chat, GitHub Copilot, Copilot Studio and others), products that use large language models",
    vendor: "Microsoft",
    source: {
      label: "Microsoft Learn: Which Copilot is right for me or my organization? (Microsoft's own docs)",
      url: "https://github.com/MicrosoftDocs/microsoft-365-docs/blob/public/copilot/which-copilot-for-your-organization.md",
      asOf: "2026-03-24",
    },
  },
  {
    name: "DeepL",
    names: /^deepl(?:\s+(?:pro|api|translator|write))?$|^(?:the\s+)?deepl(?:'s)?\s+(?:api|translator)$/,
    what: "DeepL's machine-translation service; its API gives programs access to DeepL's own translation technology, not to a general-purpose language model",
    vendor: "DeepL",
    source: {
      label: "DeepL API documentation: Introduction (DeepL's own docs)",
      url: "https://developers.deepl.com/docs",
      asOf: "2026-12-06",
    },
  },
];

// "just use copilot", "going with the copilot": the words before a name in a model's place.
const LEAD = /^(?:just\s+)?(?:(?:use|using|try|trying|go with|going with|buy|buying|get|getting)\s+)?(?:the\s+)?/;

/** The assistant product these words name, whole ("github copilot", "just use copilot"), if any. */
export function assistantProductNamed(words: string): AssistantProduct | undefined {
  const w = words.trim().toLowerCase().replace(/\s+/g, " ").replace(LEAD, "");
  return ASSISTANT_PRODUCTS.find((p) => p.names.test(w));
}
