// Mistral AI's own model cards, as the data files behind docs.mistral.ai's model pages
// (mistralai/platform-docs-public, src/schema/models/models/<slug>.ts, pinned commit). Each file
// states the release date, the context length ("128k"), and per set of weights the parameter count
// and the active count in billions, as Mistral rounds them ("47" total, "13" active for Mixtral
// 8x7B). One entry per catalogue model; facts-primary.ts and params-sourced.ts read them from here.
import type { Retirement } from "../../../src/catalog/schema.js";
import type { SourceKind } from "../../../src/catalog/schema-common.js";

const COMMIT = "222f4ba9114f84ce9f2d718b9a12fbac1e527f4b";
/** The pinned commit's date: when the cards were read as they stand. */
const AS_OF = "2026-08-21";
const CARDS = `https://github.com/mistralai/platform-docs-public/blob/${COMMIT}/src/schema/models/models`;

interface MistralCard {
  /** The card's file name (its slug). */
  slug: string;
  /** The card's name for the model, for the answer's "per …" label. */
  name: string;
  releaseDate: string;
  /** "128k" etc.; absent where the catalogue model spans cards with different contexts. */
  contextK?: number;
  /** Total and active parameters in billions, as the card gives them for the weights. */
  params?: { totalB: number; activeB: number };
  /** The card's deprecation and retirement dates on Mistral's API, and the replacement it names. */
  retirement?: { deprecatedOn: string; retiresOn: string; replacement: string };
  /** Mistral's own API price in USD per 1M tokens (input, output), as the card states it. */
  price?: { input: number; output: number };
}

export const MISTRAL_CARDS: Readonly<Record<string, MistralCard>> = {
  // The 7B card (v0.1) gives the 2023 release; the API id open-mistral-7b is v0.3 (32k), so the
  // catalogue's one "Mistral 7B" takes no context from either.
  "mistral-7b": {
    slug: "mistral-7b-0-1",
    name: "Mistral 7B",
    releaseDate: "2023-09-27",
    retirement: { deprecatedOn: "2024-11-30", retiresOn: "2025-03-30", replacement: "Ministral 3 8B" },
    params: { totalB: 7, activeB: 7 },
  },
  "mixtral-8x7b": {
    slug: "mixtral-8x7b-0-1",
    name: "Mixtral 8x7B",
    releaseDate: "2023-12-11",
    retirement: { deprecatedOn: "2024-11-30", retiresOn: "2025-03-30", replacement: "Mistral Small 4" },
    contextK: 32,
    params: { totalB: 47, activeB: 13 },
  },
  "mixtral-8x22b": {
    slug: "mixtral-8x22b-0-1-0-3",
    name: "Mixtral 8x22B",
    releaseDate: "2024-04-17",
    retirement: { deprecatedOn: "2024-11-30", retiresOn: "2025-03-30", replacement: "Mistral Small 4" },
    contextK: 64,
    params: { totalB: 141, activeB: 39 },
  },
  "mistral-large-2": {
    slug: "mistral-large-2-0-24-07",
    name: "Mistral Large 2.0",
    releaseDate: "2024-07-24",
    retirement: { deprecatedOn: "2024-11-30", retiresOn: "2025-03-30", replacement: "Mistral Large 3" },
    contextK: 128,
    params: { totalB: 123, activeB: 123 },
  },
  "mistral-large-2411": {
    slug: "mistral-large-2-1-24-11",
    price: { input: 2, output: 6 },
    name: "Mistral Large 2.1",
    releaseDate: "2024-11-18",
    retirement: { deprecatedOn: "2026-02-27", retiresOn: "2026-05-31", replacement: "Mistral Medium 3.5" },
    contextK: 128,
    params: { totalB: 123, activeB: 123 },
  },
  "mistral-large-3": {
    slug: "mistral-large-3-25-12",
    price: { input: 0.5, output: 1.5 },
    name: "Mistral Large 3",
    releaseDate: "2025-12-02",
    contextK: 256,
    params: { totalB: 675, activeB: 41 },
  },
  "mistral-small-2409": {
    slug: "mistral-small-2-0-24-09",
    name: "Mistral Small 2.0",
    releaseDate: "2024-09-17",
    retirement: { deprecatedOn: "2025-11-06", retiresOn: "2025-11-30", replacement: "Mistral Small 4" },
    contextK: 32,
    params: { totalB: 22, activeB: 22 },
  },
  "mistral-small-3": {
    slug: "mistral-small-3-0-25-01",
    name: "Mistral Small 3.0",
    releaseDate: "2025-01-30",
    retirement: { deprecatedOn: "2025-11-06", retiresOn: "2025-11-30", replacement: "Mistral Small 4" },
    contextK: 32,
  },
  "mistral-small-3.1": {
    slug: "mistral-small-3-1-25-03",
    price: { input: 0.1, output: 0.3 },
    name: "Mistral Small 3.1",
    releaseDate: "2025-03-17",
    retirement: { deprecatedOn: "2025-11-06", retiresOn: "2025-11-30", replacement: "Mistral Small 4" },
    contextK: 128,
    params: { totalB: 24, activeB: 24 },
  },
  "mistral-small-3.2": {
    slug: "mistral-small-3-2-25-06",
    price: { input: 0.1, output: 0.3 },
    name: "Mistral Small 3.2",
    releaseDate: "2025-06-20",
    retirement: { deprecatedOn: "2026-04-30", retiresOn: "2026-07-31", replacement: "Mistral Small 4" },
    contextK: 128,
    params: { totalB: 24, activeB: 24 },
  },
  "mistral-small-4": {
    slug: "mistral-small-4-0-26-03",
    price: { input: 0.15, output: 0.6 },
    name: "Mistral Small 4",
    releaseDate: "2026-03-16",
    contextK: 256,
    params: { totalB: 119, activeB: 6.5 },
  },
  "mistral-medium-3": {
    slug: "mistral-medium-3-25-05",
    price: { input: 0.4, output: 2 },
    name: "Mistral Medium 3",
    releaseDate: "2025-05-07",
    retirement: { deprecatedOn: "2026-05-22", retiresOn: "2026-08-31", replacement: "Mistral Medium 3.5" },
    contextK: 128,
  },
  // Medium 3.5 (April 2026) is the open-weights successor the retired models above name; its card
  // gives one dense set of weights and the API names mistral-medium-3 and -latest now point to it.
  "mistral-medium-3.5": {
    slug: "mistral-medium-3-5-26-04",
    price: { input: 1.5, output: 7.5 },
    name: "Mistral Medium 3.5",
    releaseDate: "2026-04-28",
    contextK: 256,
    params: { totalB: 128, activeB: 128 },
  },
  // The Ministral 3 family (December 2025): small dense models with image input for devices and
  // edge servers, the replacement Mistral names for Mistral 7B and Nemo.
  "ministral-3-3b": {
    slug: "ministral-3-3b-25-12",
    price: { input: 0.1, output: 0.1 },
    name: "Ministral 3 3B",
    releaseDate: "2025-12-02",
    contextK: 256,
    params: { totalB: 3, activeB: 3 },
  },
  "ministral-3-8b": {
    slug: "ministral-3-8b-25-12",
    price: { input: 0.15, output: 0.15 },
    name: "Ministral 3 8B",
    releaseDate: "2025-12-02",
    contextK: 256,
    params: { totalB: 8, activeB: 8 },
  },
  "ministral-3-14b": {
    slug: "ministral-3-14b-25-12",
    price: { input: 0.2, output: 0.2 },
    name: "Ministral 3 14B",
    releaseDate: "2025-12-02",
    contextK: 256,
    params: { totalB: 14, activeB: 14 },
  },
  // Codestral 25.08 is API-only ("Premier"), unlike the 2024 open-weights Codestral 22B.
  codestral: {
    slug: "codestral-25-08",
    price: { input: 0.3, output: 0.9 },
    name: "Codestral",
    releaseDate: "2025-07-30",
    contextK: 128,
  },
  "mistral-nemo": {
    slug: "mistral-nemo-12b-24-07",
    price: { input: 0.15, output: 0.15 },
    name: "Mistral Nemo 12B",
    releaseDate: "2024-07-18",
    retirement: { deprecatedOn: "2026-05-22", retiresOn: "2026-07-31", replacement: "Ministral 3 8B" },
    contextK: 128,
  },
  "codestral-22b": {
    slug: "codestral-24-05",
    name: "Codestral",
    releaseDate: "2024-05-29",
    retirement: { deprecatedOn: "2024-12-02", retiresOn: "2025-06-16", replacement: "Codestral" },
    contextK: 32,
    params: { totalB: 22, activeB: 22 },
  },
  "codestral-mamba": {
    slug: "codestral-mamba-7b-0-1",
    name: "Codestral Mamba 7B",
    releaseDate: "2024-07-16",
    retirement: { deprecatedOn: "2025-06-06", retiresOn: "2025-06-06", replacement: "Codestral" },
    contextK: 256,
    params: { totalB: 7, activeB: 7 },
  },
  "pixtral-large": {
    slug: "pixtral-large-24-11",
    price: { input: 2, output: 6 },
    name: "Pixtral Large",
    releaseDate: "2024-11-18",
    retirement: { deprecatedOn: "2026-02-27", retiresOn: "2026-05-31", replacement: "Mistral Medium 3.5" },
    contextK: 128,
  },
  // Devstral 2 (123B, dense) and Devstral Small 2 (24B) came out together; the cards give each
  // set of weights its own licence (Modified MIT for the 123B, Apache 2.0 for the 24B).
  "devstral-2": {
    slug: "devstral-2-25-12",
    price: { input: 0.4, output: 2 },
    name: "Devstral 2",
    releaseDate: "2025-12-09",
    retirement: { deprecatedOn: "2026-05-22", retiresOn: "2026-07-31", replacement: "Mistral Medium 3.5" },
    contextK: 256,
    params: { totalB: 123, activeB: 123 },
  },
  "devstral-small-2": {
    slug: "devstral-small-2-25-12",
    price: { input: 0.1, output: 0.3 },
    name: "Devstral Small 2",
    releaseDate: "2025-12-09",
    retirement: { deprecatedOn: "2026-02-27", retiresOn: "2026-03-31", replacement: "Mistral Medium 3.5" },
    contextK: 256,
    params: { totalB: 24, activeB: 24 },
  },
};

/** Where a card is and what the answer calls it. */
export function mistralCardSource(modelId: string): { label: string; url: string; asOf: string } {
  const card = MISTRAL_CARDS[modelId]!;
  return {
    label: `Mistral AI's model card for ${card.name} (mistralai/platform-docs-public)`,
    url: `${CARDS}/${card.slug}.ts`,
    asOf: AS_OF,
  };
}

/** Cards' "k" is 1,024 tokens, as for the other labs' cards (facts-primary.ts). */
const tokens = (k: number) => k * 1_024;

export function mistralCardFacts<T>(pick: (card: MistralCard) => T | undefined) {
  const out: Record<string, { value: T; label: string; url: string; asOf: string }> = {};
  for (const id of Object.keys(MISTRAL_CARDS)) {
    const value = pick(MISTRAL_CARDS[id]!);
    if (value !== undefined) out[id] = { value, ...mistralCardSource(id) };
  }
  return out;
}

export const mistralReleaseDates = () => mistralCardFacts((c) => c.releaseDate);
export const mistralContexts = () =>
  mistralCardFacts((c) => (c.contextK === undefined ? undefined : tokens(c.contextK)));

export function mistralParams(): Record<
  string,
  { totalB: number; activeB: number; sourceUrl: string; sourceKind: SourceKind; asOf: string; note: string }
> {
  const out: ReturnType<typeof mistralParams> = {};
  for (const [id, card] of Object.entries(MISTRAL_CARDS)) {
    if (!card.params) continue;
    const { url, asOf } = mistralCardSource(id);
    const moe = card.params.activeB !== card.params.totalB;
    out[id] = {
      ...card.params,
      sourceUrl: url,
      sourceKind: "primary",
      asOf,
      note: moe
        ? `Mixture of experts: ${card.params.totalB}B total, ${card.params.activeB}B active, as Mistral's model card rounds them.`
        : `${card.params.totalB}B parameters, as Mistral's model card rounds them.`,
    };
  }
  return out;
}

/** Mistral's own API prices, per catalogue model, with the card as their source and date. */
export function mistralPrices(): Record<string, LabPrice> {
  const out: Record<string, LabPrice> = {};
  for (const [id, card] of Object.entries(MISTRAL_CARDS)) {
    if (!card.price) continue;
    const { url, asOf } = mistralCardSource(id);
    out[id] = { provider: "mistral", ...card.price, source: "Mistral AI's model card", sourceUrl: url, asOf };
  }
  return out;
}

/** A lab's own list price for its own API, read in the lab's text. */
export interface LabPrice {
  /** The provider id of the lab's own API, as offerings name it. */
  provider: string;
  input: number;
  output: number;
  /** How answers name the source ("Mistral AI's model card"). */
  source: string;
  sourceUrl: string;
  asOf: string;
}

/** Mistral's announced retirements from its API, as the catalogue's `retirement` fact. */
export function mistralRetirements(): Record<string, Retirement> {
  const out: Record<string, Retirement> = {};
  for (const [id, card] of Object.entries(MISTRAL_CARDS)) {
    if (!card.retirement) continue;
    const { label, url, asOf } = mistralCardSource(id);
    out[id] = { ...card.retirement, label, sourceUrl: url, sourceKind: "primary", asOf };
  }
  return out;
}
