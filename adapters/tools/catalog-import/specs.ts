// Specs (context, output, modalities, capabilities, release date), strengths, quality signals
// and parameter counts of one model, each from a named row of the reference data.
import type { Model, QualitySignal } from "../../../src/catalog/schema.js";
import { STRENGTHS } from "../../../src/catalog/schema.js";
import type { ModelCuration, Strength } from "../curation/model-types.js";
import type { LiteLlmRow, ModelsDevBase, ModelsDevBenchmark, ModelsDevRow, SelfHostFile } from "./source-types.js";

export type Spec = Pick<
  Model,
  "releaseDate" | "contextWindow" | "maxOutput" | "inputModalities" | "outputModalities" | "capabilities" | "specSource"
>;

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

export function specFrom(
  base: ModelsDevBase | undefined,
  md: ModelsDevRow | undefined,
  ll: LiteLlmRow | undefined,
  dates: { modelsDevAsOf: string; litellmAsOf: string; modelsDevCommit: string },
  firstParty: readonly string[],
): Spec {
  const row = base ?? md;
  if (row) {
    const where = base
      ? `models.dev base model ${base.id} (models/${base.id}.toml)`
      : `models.dev providers/${md?.provider}/models/${md?.model_id}.toml`;
    return {
      // A host's row dates its own listing, not the model's release: only the base record or the
      // lab's own row give a release date.
      releaseDate:
        (base || firstParty.includes(md?.provider ?? "")) && row.release_date && DATE.test(row.release_date)
          ? row.release_date
          : null,
      contextWindow: positiveInt(row.context),
      maxOutput: positiveInt(row.output),
      inputModalities: row.input_modalities ?? [],
      outputModalities: row.output_modalities ?? [],
      capabilities: { reasoning: row.reasoning, toolCalling: row.tool_call, structuredOutput: row.structured_output },
      specSource: { source: `${where} @ sst/models.dev ${dates.modelsDevCommit}`, asOf: dates.modelsDevAsOf },
    };
  }
  if (ll) {
    const input = ["text"];
    if (ll.supports_vision) input.push("image");
    if (ll.supports_audio_input) input.push("audio");
    if (ll.supports_pdf_input) input.push("pdf");
    return {
      releaseDate: null,
      contextWindow: positiveInt(ll.max_input_tokens),
      maxOutput: positiveInt(ll.max_output_tokens),
      inputModalities: input,
      outputModalities: ["text"],
      capabilities: {
        reasoning: ll.supports_reasoning,
        toolCalling: ll.supports_function_calling,
        structuredOutput: ll.supports_response_schema,
      },
      specSource: { source: `LiteLLM model_prices_and_context_window.json, key ${ll.key}`, asOf: dates.litellmAsOf },
    };
  }
  return {
    releaseDate: null,
    contextWindow: null,
    maxOutput: null,
    inputModalities: [],
    outputModalities: [],
    capabilities: { reasoning: null, toolCalling: null, structuredOutput: null },
    specSource: {
      source: "no spec in models.dev or LiteLLM; curated entry (adapters/tools/curation)",
      asOf: dates.modelsDevAsOf,
    },
  };
}

function positiveInt(value: number | null): number | null {
  return value !== null && value > 0 ? Math.round(value) : null;
}

const CODE_NAME = /cod(e|er|estral)|devstral/i;
const NOT_CHAT: ReadonlySet<Strength> = new Set(["embedding-encoder", "extraction", "moderation"]);

/**
 * Strengths derived from data flags (see catalog/README.md): every generative model -> chat;
 * a code model by name -> coding; reasoning flag -> reasoning; image input -> vision; tool calling
 * -> agents; structured output -> extraction; a context of 128K tokens or more -> rag. Curated
 * strengths are added on top (encoders, multilingual BLOOM, ...).
 */
export function deriveStrengths(cur: ModelCuration, spec: Spec): Strength[] {
  if (cur.kind === "library" || cur.kind === "unreleased") return [];
  // A safety classifier answers with a label whatever its flags say (tool calling, long context):
  // it is good at moderation alone.
  if (cur.strengths?.includes("moderation")) return [...cur.strengths];
  const out = new Set<Strength>(cur.strengths ?? []);
  const curatedNonChat = (cur.strengths ?? []).some((s) => NOT_CHAT.has(s));
  if (!curatedNonChat) out.add("chat");
  if (CODE_NAME.test(cur.id) || CODE_NAME.test(cur.name)) out.add("coding");
  if (spec.capabilities.reasoning === true) out.add("reasoning");
  if (spec.inputModalities.includes("image")) out.add("vision");
  if (spec.capabilities.toolCalling === true) out.add("agents");
  if (spec.capabilities.structuredOutput === true) out.add("extraction");
  if (spec.contextWindow !== null && spec.contextWindow >= 128_000) out.add("rag");
  return STRENGTHS.filter((s) => out.has(s));
}

/** Benchmarks of the models.dev base model records, as reported by their cited source. */
export function qualityFrom(bases: readonly (ModelsDevBase | undefined)[], modelsDevAsOf: string): QualitySignal[] {
  const out: QualitySignal[] = [];
  for (const b of bases.flatMap((base) => base?.benchmarks ?? [])) {
    if (typeof b.score !== "number" || !Number.isFinite(b.score)) continue;
    const name = benchmarkName(b);
    // The first record named wins: one value per signal name, so comparisons stay like for like.
    if (out.some((q) => q.name === name)) continue;
    out.push({
      name,
      value: b.score,
      higherIsBetter: true,
      source: b.source,
      asOf: b.date && DATE.test(b.date) ? b.date : modelsDevAsOf,
    });
  }
  return out;
}

/** "SWE-Atlas Codebase QnA [harness Codex] (score)": the qualifiers tell apart rows that differ
 *  only by effort variant, harness, dataset or version. */
function benchmarkName(b: ModelsDevBenchmark): string {
  const qualifiers = [
    b.version != null ? `v${b.version}` : null,
    b.variant ? `${b.variant}` : null,
    b.harness ? `harness ${b.harness}` : null,
    b.dataset ? `dataset ${b.dataset}` : null,
  ].filter((q): q is string => q !== null);
  return `${b.name}${qualifiers.length ? ` [${qualifiers.join(", ")}]` : ""}${b.metric ? ` (${b.metric})` : ""}`;
}

export function parametersFrom(
  name: string | undefined,
  selfhost: SelfHostFile,
  warnings: string[],
  modelId: string,
): Model["parameters"] {
  if (!name) return null;
  const row = selfhost.parameters.find((p) => p.model === name);
  if (!row) {
    warnings.push(`${modelId}: no selfhost.json parameters row "${name}"`);
    return null;
  }
  const first = row.sources[0];
  // Row dates are free text ("2025-07-15 (repo commit date)", "not stated (read 2026-11-29)").
  const date = first?.date.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? selfhost.as_of;
  return {
    totalB: row.total_params_b,
    activeB: row.active_params_b,
    source: first?.source ?? "selfhost.json",
    asOf: date,
    verified: row.verified,
  };
}
