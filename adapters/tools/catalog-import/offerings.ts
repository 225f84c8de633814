// Offerings (per-provider prices) from models.dev rows and LiteLLM keys, with the disagreement
// rule: a LiteLLM price for a provider models.dev also prices is kept only when it differs, and
// then both are kept and the difference is reported.
import type { LongContextTier, Offering } from "../../../src/catalog/schema.js";
import type { LiteLlmFile, LiteLlmRow, ModelsDevFile, ModelsDevRow } from "./source-types.js";

/** LiteLLM provider names -> the provider ids models.dev uses, so the two lists line up. */
const LITELLM_PROVIDER_IDS: Readonly<Record<string, string>> = {
  gemini: "google",
  "vertex_ai-language-models": "google-vertex",
  vertex_ai: "google-vertex",
  "vertex_ai-anthropic_models": "google-vertex",
  bedrock: "amazon-bedrock",
  bedrock_converse: "amazon-bedrock",
  amazon_nova: "amazon-nova",
  together_ai: "togetherai",
  fireworks_ai: "fireworks-ai",
  cohere_chat: "cohere",
  azure_ai: "azure",
  dashscope: "alibaba",
  moonshot: "moonshotai",
  cloudflare: "cloudflare-workers-ai",
};

/** Display names for providers models.dev does not list. */
const EXTRA_PROVIDER_NAMES: Readonly<Record<string, string>> = {
  "amazon-nova": "Amazon Nova",
  ai21: "AI21 Labs",
  watsonx: "IBM watsonx",
  hyperbolic: "Hyperbolic",
  replicate: "Replicate",
  nscale: "Nscale",
};

/** Web domains of the labs' own price pages, to tell a lab's list price cited by LiteLLM. */
const LAB_PRICE_DOMAINS: Readonly<Record<string, string>> = {
  openai: "openai.com",
  anthropic: "anthropic.com",
  google: "google.com",
  "google-vertex": "google.com",
  mistral: "mistral.ai",
  deepseek: "deepseek.com",
  xai: "x.ai",
  cohere: "cohere.com",
  alibaba: "alibabacloud.com",
  moonshotai: "moonshot.ai",
  zai: "z.ai",
  minimax: "minimax.io",
};

/**
 * A first-party price must be the lab's current list price. models.dev keeps a directory of each
 * lab's own API with the models it currently lists; LiteLLM keeps rows for models a lab has since
 * dropped (DeepSeek R1 at its January 2025 price, Mistral Large 2407 at its 2024 price). So a
 * LiteLLM first-party row is stale when the lab's directory exists, does not list that model id,
 * and the row cites no page of the lab.
 */
function staleFirstPartyRow(row: LiteLlmRow, provider: string, labIds: ReadonlyMap<string, Set<string>>): boolean {
  const listed = labIds.get(provider);
  if (!listed || listed.size === 0) return false;
  if (listed.has(stripProviderPrefix(row))) return false;
  const domain = LAB_PRICE_DOMAINS[provider];
  const cited = row.source_url ? hostOf(row.source_url) : null;
  return !(domain && cited && (cited === domain || cited.endsWith(`.${domain}`)));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export interface PriceDisagreement {
  modelId: string;
  provider: string;
  modelsDev: { providerModelId: string; inputPerMTok: number; outputPerMTok: number };
  litellm: { providerModelId: string; inputPerMTok: number; outputPerMTok: number };
  /** false: the two lists use different ids at this provider (possibly different variants). */
  sameProviderModelId: boolean;
}

export interface SourceDates {
  modelsDevAsOf: string;
  litellmAsOf: string;
}

export function litellmProviderId(row: LiteLlmRow): string {
  return LITELLM_PROVIDER_IDS[row.litellm_provider] ?? row.litellm_provider;
}

export function buildOfferings(
  modelId: string,
  refs: { md: readonly ModelsDevRow[]; ll: readonly LiteLlmRow[] },
  firstParty: readonly string[],
  files: { modelsDev: ModelsDevFile; litellm: LiteLlmFile },
  dates: SourceDates,
  warnings: string[],
): { offerings: Offering[]; disagreements: PriceDisagreement[] } {
  const names = new Map(files.modelsDev.providers.map((p) => [p.id, p.name]));
  const labIds = new Map<string, Set<string>>();
  for (const r of files.modelsDev.models) {
    if (!firstParty.includes(r.provider)) continue;
    labIds.set(r.provider, (labIds.get(r.provider) ?? new Set()).add(r.model_id.toLowerCase()));
  }
  const fromMd: Offering[] = [];
  for (const row of refs.md) {
    const priced = price(row.cost_input_per_mtok, row.cost_output_per_mtok);
    if (!priced) {
      warnings.push(`${modelId}: models.dev ${row.provider}:${row.model_id} has no pay-per-token price; skipped`);
      continue;
    }
    fromMd.push({
      provider: row.provider,
      providerName: row.provider_name,
      providerModelId: row.model_id,
      firstParty: firstParty.includes(row.provider),
      inputPerMTok: priced.input,
      outputPerMTok: priced.output,
      cachedInputPerMTok: roundPrice(row.cost_cache_read_per_mtok),
      ...tiersField(modelsDevTiers(row)),
      source: "models.dev",
      sourceUrl: `https://github.com/sst/models.dev/blob/${files.modelsDev.commit}/providers/${row.provider}/models/${row.model_id}.toml`,
      asOf: dates.modelsDevAsOf,
    });
  }
  const offerings = [...fromMd];
  const disagreements: PriceDisagreement[] = [];
  for (const row of refs.ll) {
    const priced = price(row.input_per_mtok, row.output_per_mtok);
    if (!priced) {
      warnings.push(`${modelId}: LiteLLM ${row.key} has no pay-per-token price; skipped`);
      continue;
    }
    const provider = litellmProviderId(row);
    if (firstParty.includes(provider) && staleFirstPartyRow(row, provider, labIds)) {
      warnings.push(
        `${modelId}: LiteLLM ${row.key} (${row.input_per_mtok}/${row.output_per_mtok}) is not in ${provider}'s current line-up in models.dev and cites no ${provider} page; left out as an older list price`,
      );
      continue;
    }
    const offering: Offering = {
      provider,
      providerName: names.get(provider) ?? EXTRA_PROVIDER_NAMES[provider] ?? provider,
      providerModelId: row.key,
      firstParty: firstParty.includes(provider),
      inputPerMTok: priced.input,
      outputPerMTok: priced.output,
      cachedInputPerMTok: roundPrice(row.cache_read_per_mtok),
      ...tiersField(litellmTiers(row)),
      source: "litellm",
      sourceUrl: `https://github.com/${files.litellm.obtained_via.mirror_repo}/tree/${files.litellm.obtained_via.mirror_commit}`,
      asOf: dates.litellmAsOf,
    };
    const bareKey = stripProviderPrefix(row);
    const twin =
      fromMd.find((o) => o.provider === provider && o.providerModelId.toLowerCase() === bareKey) ??
      fromMd.find((o) => o.provider === provider);
    if (!twin) {
      offerings.push(offering);
    } else if (samePrice(twin, offering)) {
      // Only the same id at the same provider: another id may be another variant with its own rates.
      if (twin.providerModelId.toLowerCase() === bareKey) adoptTiers(twin, offering);
    } else {
      // Keep both: the user sees the two prices, each with its source and date.
      offerings.push(offering);
      disagreements.push({
        modelId,
        provider,
        modelsDev: {
          providerModelId: twin.providerModelId,
          inputPerMTok: twin.inputPerMTok,
          outputPerMTok: twin.outputPerMTok,
        },
        litellm: {
          providerModelId: offering.providerModelId,
          inputPerMTok: offering.inputPerMTok,
          outputPerMTok: offering.outputPerMTok,
        },
        sameProviderModelId: twin.providerModelId.toLowerCase() === bareKey,
      });
    }
  }
  return { offerings, disagreements };
}

function samePrice(a: Offering, b: Offering): boolean {
  return a.inputPerMTok === b.inputPerMTok && a.outputPerMTok === b.outputPerMTok;
}

/**
 * Where both lists give the same base price, the LiteLLM row is dropped as a duplicate; but when
 * only LiteLLM gives the long-context rate (Anthropic's Claude Sonnet 4.5 above 200K tokens), that
 * rate is kept on the models.dev offering, each tier naming the list it came from.
 */
function adoptTiers(twin: Offering, from: Offering): void {
  if (twin.longContextTiers || !from.longContextTiers) return;
  twin.longContextTiers = from.longContextTiers.map((t) => ({
    ...t,
    source: from.source,
    sourceUrl: from.sourceUrl,
    asOf: from.asOf,
  }));
}

/** models.dev's context tiers (prompt-size thresholds) that carry both an input and an output price. */
function modelsDevTiers(row: ModelsDevRow): LongContextTier[] {
  const tiers: LongContextTier[] = [];
  for (const tier of row.cost_tiers ?? []) {
    if (tier.tier_type !== "context") continue;
    const priced = price(tier.cost_input_per_mtok ?? null, tier.cost_output_per_mtok ?? null);
    if (!priced) continue;
    tiers.push({
      aboveInputTokens: tier.above_context_tokens,
      inputPerMTok: priced.input,
      outputPerMTok: priced.output,
      cachedInputPerMTok: roundPrice(tier.cost_cache_read_per_mtok ?? null),
    });
  }
  return tiers.sort((a, b) => a.aboveInputTokens - b.aboveInputTokens);
}

/** LiteLLM's one long-context rate: prompts over 200k tokens. */
function litellmTiers(row: LiteLlmRow): LongContextTier[] {
  const priced = price(row.input_above_200k_per_mtok ?? null, row.output_above_200k_per_mtok ?? null);
  return priced
    ? [
        {
          aboveInputTokens: 200_000,
          inputPerMTok: priced.input,
          outputPerMTok: priced.output,
          cachedInputPerMTok: null,
        },
      ]
    : [];
}

/** The optional field only when there are tiers, so single-rate offerings stay as they were. */
function tiersField(tiers: LongContextTier[]): { longContextTiers?: LongContextTier[] } {
  return tiers.length > 0 ? { longContextTiers: tiers } : {};
}

/** LiteLLM keys often start with the provider ("deepinfra/meta-llama/..."); models.dev ids do not. */
function stripProviderPrefix(row: LiteLlmRow): string {
  const key = row.key.toLowerCase();
  const prefix = `${row.litellm_provider.toLowerCase()}/`;
  return key.startsWith(prefix) ? key.slice(prefix.length) : key;
}

function price(input: number | null, output: number | null): { input: number; output: number } | null {
  // null is "not stated", and 0/0 is a free tier or a flat-fee plan: neither is a per-token price.
  if (input === null || output === null || (input === 0 && output === 0)) return null;
  return { input: roundPrice(input) ?? 0, output: roundPrice(output) ?? 0 };
}

/** Per-token prices ×1e6 carry float noise (0.049999999999999996); six decimals is exact enough. */
export function roundPrice(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}
