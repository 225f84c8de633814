// The parts of the reference files (../shared/data) the importer reads. Only the fields used are
// typed; the files carry more.

export interface ModelsDevRow {
  provider: string;
  provider_name: string;
  model_id: string;
  status: string | null;
  release_date: string | null;
  context: number | null;
  output: number | null;
  input_modalities: string[] | null;
  output_modalities: string[] | null;
  reasoning: boolean | null;
  tool_call: boolean | null;
  structured_output: boolean | null;
  cost_input_per_mtok: number | null;
  cost_output_per_mtok: number | null;
  cost_cache_read_per_mtok: number | null;
  /** Long-context price tiers: these prices apply when the prompt is over `above_context_tokens`. */
  cost_tiers?: ModelsDevCostTier[] | null;
}

export interface ModelsDevCostTier {
  above_context_tokens: number;
  tier_type: string;
  cost_input_per_mtok?: number | null;
  cost_output_per_mtok?: number | null;
  cost_cache_read_per_mtok?: number | null;
}

export interface ModelsDevBenchmark {
  name: string;
  score: number;
  metric?: string | null;
  variant?: string | null;
  harness?: string | null;
  dataset?: string | null;
  version?: string | number | null;
  source: string;
  date?: string | null;
}

export interface ModelsDevBase {
  id: string;
  release_date: string | null;
  context: number | null;
  output: number | null;
  input_modalities: string[] | null;
  output_modalities: string[] | null;
  reasoning: boolean | null;
  tool_call: boolean | null;
  structured_output: boolean | null;
  benchmarks?: ModelsDevBenchmark[] | null;
}

export interface ModelsDevFile {
  commit: string;
  commit_date: string;
  providers: { id: string; name: string }[];
  base_models: ModelsDevBase[];
  models: ModelsDevRow[];
}

export interface LiteLlmRow {
  key: string;
  litellm_provider: string;
  max_input_tokens: number | null;
  max_output_tokens: number | null;
  input_per_mtok: number | null;
  output_per_mtok: number | null;
  cache_read_per_mtok: number | null;
  /** Prices when the prompt is over 200k tokens (Gemini Pro, Claude's 1M-token beta). */
  input_above_200k_per_mtok?: number | null;
  output_above_200k_per_mtok?: number | null;
  supports_function_calling: boolean | null;
  supports_response_schema: boolean | null;
  supports_vision: boolean | null;
  supports_pdf_input: boolean | null;
  supports_audio_input: boolean | null;
  supports_reasoning: boolean | null;
  deprecation_date: string | null;
  /** The page LiteLLM cites for the price, when given. */
  source_url?: string | null;
}

export interface LiteLlmFile {
  obtained_via: { mirror_repo: string; mirror_commit: string; upstream_fetched_at: string };
  models: LiteLlmRow[];
}

export interface SelfHostParameterRow {
  model: string;
  total_params_b: number;
  active_params_b: number | null;
  verified: boolean;
  sources: { source: string; date: string }[];
}

/** One model's KV-cache shape as selfhost.json gives it (kv_heads null: latent attention). */
export interface SelfHostKvRow {
  model: string;
  layers: number;
  kv_heads: number | null;
  head_dim: number | null;
  attention: string;
  kv_bytes_per_token_bf16: number;
  verified: boolean;
  sources: { source: string; date: string }[];
}

export interface SelfHostFile {
  as_of: string;
  parameters: SelfHostParameterRow[];
  kv_cache?: SelfHostKvRow[];
}
