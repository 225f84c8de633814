// "Can we fine-tune Qwen3 32B on those 2 A6000s?": whether a full fine-tune, LoRA and QLoRA fit
// the cards said, with the memory each needs (weights at the method's precision + gradients and
// optimizer state of what is trained + activations) and every input of the estimate, so an
// engineer can check it and change what differs for them. Not a serving cost, not the licence.
import type { Model } from "../catalog/schema.js";
import type { Gpu, SelfHostData } from "../catalog/selfhost-schema.js";
import type { HandlerOutput, IntentHandler, TurnContext } from "../conversation/handler.js";
import { toAssumptionEdits, type AssumptionEdits } from "../costs/assumptions.js";
import {
  FINE_TUNE_DEFAULTS,
  FINE_TUNE_METHODS,
  FINE_TUNE_SOURCES,
  defaultFineTuneInputs,
  estimatedShape,
  fineTuneFit,
  fineTuneNeed,
  type FineTuneFit,
  type FineTuneMethod,
} from "../costs/fine-tune-memory.js";
import { modelParameters, resolveGpu } from "../costs/self-host.js";
import type { FineTuneAsk } from "../intents/fine-tune-text.js";
import type { OutboundMessage, SourceRef } from "../ports.js";
import { askChoices, fields, heading, message, sources, table, text } from "../render/builders.js";
import { formatNumber } from "../render/format.js";
import { modelRef, modelsFor } from "./common.js";
import { gib } from "./self-host-common.js";

/** GB without the unit, for a sum whose total carries it. */
const gb = (n: number): string => formatNumber(n, 1);

const METHOD_NAMES: Record<FineTuneMethod, string> = { full: "Full fine-tune", lora: "LoRA", qlora: "QLoRA" };
/** The same names inside a sentence. */
const METHOD_IN_TEXT: Record<FineTuneMethod, string> = { full: "a full fine-tune", lora: "LoRA", qlora: "QLoRA" };

/** The cards a fine-tune is asked about: the GPU named (or owned) and how many of it. */
function cardsAsked(ask: FineTuneAsk, edits: AssumptionEdits, data: SelfHostData): { gpu: Gpu; count: number } | null {
  const named = edits.gpu ?? edits.ownedGpuType;
  const gpu = named ? resolveGpu(data, named) : undefined;
  if (!gpu) return null;
  const owned = edits.ownedGpuCount !== undefined && edits.gpu === undefined ? edits.ownedGpuCount : undefined;
  return { gpu, count: owned ?? ask.gpus };
}

function fitWords(f: FineTuneFit, count: number, gpu: Gpu): string {
  if (f.fit === "one-card")
    return count > 1
      ? `fits on one card (each of the ${count} trains its own copy, data parallel)`
      : "fits on the card";
  if (f.fit === "sharded") return `fits only split across the ${count} cards (FSDP or DeepSpeed ZeRO-3)`;
  return f.cardsNeeded === null
    ? "does not fit: one micro-batch's activations alone fill a card"
    : `does not fit: about ${f.cardsNeeded} × ${gpu.name} split (FSDP / ZeRO-3)`;
}

function fineTuneFitReply(model: Model, ask: FineTuneAsk, edits: AssumptionEdits, ctx: TurnContext): OutboundMessage {
  const data = ctx.catalog.selfhost;
  const cards = cardsAsked(ask, edits, data);
  const data_ = { intent: "cost", models: [modelRef(model)], fineTune: null };
  if (!model.openWeights)
    return message(
      [
        text(
          `${model.name}'s weights are not published, so it cannot be fine-tuned on your own GPUs; only its lab's fine-tuning service (where offered) can tune it.`,
        ),
      ],
      data_,
    );
  const params = modelParameters(model, data);
  if (!params)
    return message(
      [text(`We have no sourced parameter count for ${model.name}, so we cannot size a fine-tune of it.`)],
      data_,
    );
  if (!cards)
    return message(
      [text(`Which GPUs? Name them with a count, e.g. "fine-tune ${model.name} on 2× A100 80GB".`)],
      data_,
    );
  const { gpu, count } = cards;
  const inputs = defaultFineTuneInputs(params.totalB, params.activeB);
  const fits = FINE_TUNE_METHODS.map((m) => fineTuneFit(fineTuneNeed(m, inputs), count, gpu.memoryGb));
  const order = ask.method ? [ask.method, ...FINE_TUNE_METHODS.filter((m) => m !== ask.method)] : FINE_TUNE_METHODS;
  const byMethod = new Map(fits.map((f) => [f.method, f]));
  const shown = order.map((m) => byMethod.get(m)!);
  const hardware =
    count === 1 ? `one ${gpu.name} (${gpu.memoryGb} GB)` : `${count} × ${gpu.name} (${gpu.memoryGb} GB each)`;
  const fitting = shown.filter((f) => f.fit !== "no").map((f) => METHOD_IN_TEXT[f.method]);
  const failing = shown.filter((f) => f.fit === "no").map((f) => METHOD_IN_TEXT[f.method]);
  const lead =
    ask.method !== null
      ? `**${METHOD_NAMES[ask.method]} of ${model.name} on ${hardware}:** ${fitWords(byMethod.get(ask.method)!, count, gpu)}.`
      : fitting.length === 0
        ? `**No: a fine-tune of ${model.name} does not fit ${hardware}**, not even QLoRA.`
        : `**On ${hardware}, ${fitting.join(" and ")} of ${model.name} ${fitting.length === 1 ? "fits" : "fit"}**` +
          (failing.length > 0 ? `; ${failing.join(" and ")} ${failing.length === 1 ? "does" : "do"} not.` : ".");
  const shape = estimatedShape(params.activeB);
  const blocks = [
    heading(`Fine-tuning ${model.name} on ${hardware}: memory fit`),
    text(lead),
    table(
      ["Method", "Weights + trained state + activations", "Per card", "Fit"],
      shown.map((f) => [
        METHOD_NAMES[f.method],
        `${gb(f.weightsGb)} (${formatNumber(f.weightBytesPerParam, 3)} B/param) + ${gb(f.trainedStateGb)} (${f.method === "full" ? "all weights trained" : `${formatNumber(f.trainedParams / 1e6, 0)}M adapter params`}) + ${gib(f.activationsGb)}`,
        count > 1 ? `${gib(f.oneCardGb)} one copy; ${gib(f.shardedGb)} split` : gib(f.oneCardGb),
        fitWords(f, count, gpu),
      ]),
    ),
    text(
      `Usable per card: ${gib(fits[0]!.usableGbPerCard)} of ${gpu.memoryGb} GB (${Math.round(FINE_TUNE_DEFAULTS.reservedShare * 100)}% kept free). These are estimates: a longer sequence, a bigger micro-batch or a higher LoRA rank needs more; 8-bit Adam or CPU offload needs less for a full fine-tune.`,
    ),
    heading("Inputs"),
    fields([
      [
        "Parameters",
        params.moe
          ? `${params.totalB}B total (all held in memory), ${params.activeB}B active`
          : `${params.totalB}B${params.verified ? "" : " (unverified)"}`,
      ],
      [
        "Full fine-tune",
        `${FINE_TUNE_DEFAULTS.trainedBytesPerParam} bytes per parameter: 16- and 32-bit weights 6, gradients 4, AdamW's two moments 8 (Hugging Face, GPU memory anatomy)`,
      ],
      [
        "LoRA",
        `frozen weights in 16-bit (2 bytes per parameter); adapters of rank ${FINE_TUNE_DEFAULTS.loraRank} on every linear layer, trained at 18 bytes each (rank: OUR assumption)`,
      ],
      [
        "QLoRA",
        `frozen weights in 4-bit NF4 with double quantisation, about 4.127 bits per parameter (QLoRA paper); the same adapters`,
      ],
      [
        "Activations",
        `${formatNumber(FINE_TUNE_DEFAULTS.microBatch, 0)} × ${formatNumber(FINE_TUNE_DEFAULTS.sequenceTokens, 0)}-token sequence with gradient checkpointing: each layer keeps its input (2 bytes × width) and one layer is recomputed at a time (34 bytes × width) per token (Korthikanti et al.); sequence and batch: OUR assumptions`,
      ],
      [
        "Model shape",
        `about ${Math.round(shape.layers)} layers × ${formatNumber(Math.round(shape.width), 0)} wide, estimated from ${params.activeB}B parameters (12 × layers × width², width ≈ 128 × layers: OUR estimate, not the model's config)`,
      ],
      ["GPU", `${gpu.name}, ${gpu.memoryGb} GB${gpu.verified ? "" : " (unverified spec)"}`],
    ]),
    askChoices("Also ask:", [`can we fine-tune ${model.name} commercially?`, `self-host ${model.name} on ${gpu.name}`]),
    sources(fineTuneSources(model, gpu)),
  ];
  return message(blocks, {
    intent: "cost",
    models: [modelRef(model)],
    fineTune: {
      gpu: gpu.key,
      gpus: count,
      fits: shown.map((f) => ({ method: f.method, fit: f.fit, oneCardGb: f.oneCardGb, shardedGb: f.shardedGb })),
    },
  });
}

function fineTuneSources(model: Model, gpu: Gpu): SourceRef[] {
  const out: SourceRef[] = [
    {
      label: "Training memory per parameter (Hugging Face Transformers)",
      url: FINE_TUNE_SOURCES.trainedBytes,
      asOf: "2026-12-05",
    },
    {
      label: "QLoRA: 4-bit NF4 and double quantisation (Dettmers et al., 2023)",
      url: FINE_TUNE_SOURCES.nf4,
      asOf: "2023-05-23",
    },
    {
      label: "Activation memory with recomputation (Korthikanti et al., 2022)",
      url: FINE_TUNE_SOURCES.activations,
      asOf: "2022-05-10",
    },
  ];
  if (model.parameters && /^https?:/.test(model.parameters.source))
    out.push({ label: `${model.name} parameters`, url: model.parameters.source, asOf: model.parameters.asOf });
  const spec = gpu.sources[0];
  if (spec && /^https?:/.test(spec.source))
    out.push({ label: `${gpu.name} specifications`, url: spec.source, asOf: spec.date });
  return out;
}

/** The fine-tune answer as a handler's output: the session keeps the model in focus. */
function fineTuneFitOutput(model: Model, ask: FineTuneAsk, edits: AssumptionEdits, ctx: TurnContext): HandlerOutput {
  return { session: { ...ctx.session, focus: [model.id] }, replies: [fineTuneFitReply(model, ask, edits, ctx)] };
}

/** A cost question about a fine-tuning run: the memory fit of its first named model. */
export const fineTuneFitHandler: IntentHandler<"cost"> = (intent, ctx) => {
  const model = modelsFor(intent.modelIds, ctx.catalog)[0];
  if (!model || !intent.fineTune)
    return {
      session: ctx.session,
      replies: [
        message(
          [text('Which model should I size a fine-tune for? For example: "fine-tune Qwen3 8B on 2× RTX 4090".')],
          { intent: "cost", models: [] },
        ),
      ],
    };
  return fineTuneFitOutput(model, intent.fineTune, toAssumptionEdits(intent.assumptionEdits), ctx);
};
