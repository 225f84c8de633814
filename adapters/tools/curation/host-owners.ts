// Who owns each API host of the catalogue's offerings, for rules like "no US-owned cloud providers"
// (Schrems II) or "pas d'hébergeur américain". A lab's own API and a cloud run by a lab's company
// point at that lab: its country lives in labs.ts and is not copied here. An independent host is
// recorded only from its own legal pages (terms, privacy policy, imprint), with the country they
// state; a page that names the company but no country keeps the country null. A host missing here
// has no owner on record: a rule on owners then says "not checked" for it, never a guess.
import type { HostOwnerRecord } from "../../../src/catalog/signals-schema.js";

const READ = "2026-12-06";

export const HOST_OWNER_CURATION: readonly HostOwnerRecord[] = [
  // The labs' own APIs.
  { provider: "openai", lab: "openai" },
  { provider: "anthropic", lab: "anthropic" },
  { provider: "google", lab: "google" },
  { provider: "mistral", lab: "mistral-ai" },
  { provider: "deepseek", lab: "deepseek" },
  { provider: "zai", lab: "zhipu-ai" },
  { provider: "xai", lab: "xai" },
  { provider: "moonshotai", lab: "moonshot-ai" },
  { provider: "minimax", lab: "minimax" },
  { provider: "xiaomi", lab: "xiaomi" },
  { provider: "cohere", lab: "cohere" },
  { provider: "ai21", lab: "ai21-labs" },
  { provider: "alibaba", lab: "alibaba-qwen" },
  { provider: "nvidia", lab: "nvidia" },
  { provider: "amazon-nova", lab: "amazon" },
  // Clouds run by a lab's company: Vertex AI is Google's, Bedrock Amazon's, Azure Microsoft's,
  // watsonx IBM's.
  { provider: "google-vertex", lab: "google" },
  { provider: "amazon-bedrock", lab: "amazon" },
  { provider: "azure", lab: "microsoft" },
  { provider: "watsonx", lab: "ibm" },
  // Independent hosts, from their own legal pages.
  {
    provider: "deepinfra",
    value: { company: "Deep Infra, Inc.", country: "US" },
    sourceUrl: "https://deepinfra.com/terms",
    sourceKind: "primary",
    asOf: READ,
    note: "Deep Infra's terms of service: the services are provided by DEEP INFRA, INC., a Delaware corporation.",
  },
  {
    provider: "nebius",
    value: { company: "Nebius B.V.", country: "NL" },
    sourceUrl: "https://docs.studio.nebius.com/legal/terms-of-service",
    sourceKind: "primary",
    asOf: READ,
    note: "The AI Studio (Token Factory) terms are entered into with Nebius B.V., a Dutch limited liability company registered at Schiphol, the Netherlands.",
  },
  {
    provider: "cloudflare-workers-ai",
    value: { company: "Cloudflare, Inc.", country: "US" },
    sourceUrl: "https://cloudflare.com/th-th/enterpriseterms",
    sourceKind: "primary",
    asOf: READ,
    note: "Cloudflare's Enterprise Subscription Agreement (effective 10 May 2023): entered into with Cloudflare, Inc., a Delaware company with its principal office in San Francisco. Workers AI is one of Cloudflare's services under its agreements.",
  },
  {
    provider: "scaleway",
    value: { company: "Scaleway SAS", country: "FR" },
    sourceUrl: "https://www.scaleway.com/de/terms/",
    sourceKind: "primary",
    asOf: READ,
    note: "Scaleway's terms (German edition): the services are offered by SCALEWAY SAS, a host within the meaning of the French law no. 2004-575 of 21 June 2004.",
  },
  {
    provider: "openrouter",
    value: { company: "OpenRouter, Inc.", country: "US" },
    sourceUrl: "https://conductatlas.com/platform/openrouter/openrouter-terms-of-service/",
    sourceKind: "secondary",
    asOf: READ,
    note: "A terms-tracking site's reading of OpenRouter's terms: a contract with OpenRouter, Inc. under U.S. law, governed by California law. OpenRouter's own page was not read (openrouter.dev, a different company's site, is not it).",
  },
  // Their own pages name the company but no country: not checked under a rule on owners.
  {
    provider: "togetherai",
    value: { company: "Together Computer, Inc.", country: null },
    sourceUrl: "https://together.ai/privacy",
    sourceKind: "primary",
    asOf: READ,
    note: "Together's privacy policy names Together Computer, Inc. and no country of incorporation or address.",
  },
  {
    provider: "fireworks-ai",
    value: { company: "Fireworks.ai, Inc.", country: null },
    sourceUrl: "https://fireworks.ai/privacy-policy",
    sourceKind: "primary",
    asOf: READ,
    note: "Fireworks' privacy notice names Fireworks.ai, Inc. and no country of incorporation or address.",
  },
  {
    provider: "groq",
    value: { company: "Groq, Inc.", country: null },
    sourceUrl: "https://console.groq.com/docs/terms-of-sale",
    sourceKind: "primary",
    asOf: READ,
    note: "GroqCloud's terms of sale are an agreement with Groq, Inc.; the part read names no country.",
  },
  {
    provider: "cerebras",
    value: { company: "Cerebras Systems Inc.", country: null },
    sourceUrl: "https://cerebras.ai/terms-of-service",
    sourceKind: "primary",
    asOf: READ,
    note: "Cerebras' terms of use: Cerebras Systems Inc. and its affiliates own and run the service; the part read names no country.",
  },
];
