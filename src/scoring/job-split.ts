// The input/output split assumed for a total the team gave without one, by the job it runs. Output
// tokens cost 4-8× input tokens, so a summariser priced at the chat mix (3:1) was billed for
// output it never writes: at Claude Sonnet 4.5's $3 in / $15 out, 500M tokens a month cost
// $3,000 at 3:1 and $2,100 at 9:1. A split the team states always wins (volume-split.ts); this is
// only the assumption, said as one ("split assumed for summarisation: 90% in / 10% out").
//
// Every reader of a volume gets it through atJobSplit (the requirements parse, the thread's
// merge, a ranking, a one-shot cost question): the shortlist, the cost answer, break-even and
// self-hosting sizing then price one and the same split.
import { DEFAULT_INPUT_SHARE, withoutDefaultSplitWords, type PerItem, type Volume } from "../costs/volume.js";
import { formatCount } from "../render/format.js";
import { USE_CASE_LABELS, type UseCase } from "./requirements.js";

interface JobSplit {
  /** Share of the tokens that is input (0..1). */
  inputShare: number;
  /** Why a job of this kind reads about this much per token it writes. */
  why: string;
  /** For a job that reads each document whole and writes something short about it: the tokens it
   * writes per document, assumed when the team said the documents' size but not the output's. */
  outputPerDocument?: { tokens: number; what: string };
}

/** The input share assumed for each job. Rough shapes of the work, not measurements. */
export const JOB_SPLITS: Record<UseCase, JobSplit> = {
  summarization: {
    inputShare: 0.9,
    why: "a long text in, a short summary out (about 10:1)",
    // About a page and a half of summary (~750 words), whatever the document's length.
    outputPerDocument: { tokens: 1_000, what: "summary" },
  },
  rag: { inputShare: 0.9, why: "the question plus retrieved passages in, a short answer out (about 10:1)" },
  extraction: {
    inputShare: 0.9,
    why: "the document or message in, a label, a verdict or a few fields out (about 10:1; moderation too)",
    // A few fields, a verdict or a list of changes (~375 words).
    outputPerDocument: { tokens: 500, what: "set of fields" },
  },
  coding: {
    inputShare: 0.85,
    why: "the open file and repository context in, a few lines or a patch out (about 6:1)",
  },
  agents: {
    inputShare: 0.85,
    why: "each step resends the conversation and tool results; the calls it writes are short (about 6:1)",
  },
  chat: { inputShare: DEFAULT_INPUT_SHARE, why: "the history and instructions in, a reply out (about 3:1)" },
  translation: { inputShare: 0.5, why: "the text in, the same text in another language out (about 1:1)" },
  creative: { inputShare: 0.3, why: "a short brief in, long copy or prose out (about 1:2)" },
};

/** A volume's assumed job (Volume.splitJob) with its row and words, when it is one we know. */
export function splitRow(job: string | undefined): (JobSplit & { label: string }) | undefined {
  const row = job === undefined ? undefined : (JOB_SPLITS as Partial<Record<string, JobSplit>>)[job];
  return row ? { ...row, label: USE_CASE_LABELS[job as UseCase] } : undefined;
}

/** The input share assumed for a job (the default 3:1 when the job is not known). */
export function assumedInputShare(useCase: UseCase | undefined): number {
  // A use case from storage this release does not know reads as no job.
  return splitRow(useCase)?.inputShare ?? DEFAULT_INPUT_SHARE;
}

const pct = (share: number) => Math.round(share * 100);

/** "split assumed for summarisation: 90% in / 10% out; tell me yours" (or the default's words). */
export function assumedSplitWords(
  volume: Pick<Volume, "splitJob" | "inputTokensPerMonth" | "outputTokensPerMonth" | "statedSide" | "perItem">,
) {
  const total = volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  const share = total > 0 ? volume.inputTokensPerMonth / total : DEFAULT_INPUT_SHARE;
  const row = splitRow(volume.splitJob);
  // Documents read whole (documentsWhole): their size is the input, only the output is assumed.
  const item = volume.perItem;
  if (row?.outputPerDocument && item?.documentSize && volume.statedSide === "input")
    return `each ${item.noun.replace(/s$/, "")} read whole as input; output assumed for ${row.label}: about ${formatCount(item.outputTokens)} tokens a ${item.noun.replace(/s$/, "")}`;
  const job = row ? ` for ${row.label}` : "";
  return `split assumed${job}: ${pct(share)}% in / ${pct(1 - share)}% out`;
}

/**
 * The volume at the split its job suggests, when its split was assumed: a total is re-split at
 * the job's share; a volume with one side stated keeps that side and assumes the other at the
 * job's ratio. A split the team stated (splitAssumed false) is returned as it is. Idempotent, and
 * read from the total each time, so a job changed later ("what if it's chat?") re-splits it, and
 * no job at all puts it back at the default.
 */
export function atJobSplit<V extends Volume | undefined>(volume: V, useCase: UseCase | undefined): V {
  if (!volume || !volume.splitAssumed || volume.kinds) return volume;
  const share = assumedInputShare(useCase);
  // A job whose split is the default's is said as the default, not as the job's.
  const job = useCase !== undefined && share !== DEFAULT_INPUT_SHARE ? useCase : undefined;
  const total = volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  if (job === volume.splitJob && total > 0 && Math.abs(volume.inputTokensPerMonth / total - share) < 0.005)
    return volume;
  const whole = documentsWhole(volume, job);
  if (whole) return whole as V;
  let input: number;
  let output: number;
  if (volume.statedSide === "input") {
    input = volume.inputTokensPerMonth;
    output = Math.round((input * (1 - share)) / share);
  } else if (volume.statedSide === "output") {
    output = volume.outputTokensPerMonth;
    input = Math.round((output * share) / (1 - share));
  } else {
    input = Math.round(total * share);
    output = total - input;
  }
  const { splitJob: _job, ...rest } = volume;
  const item = volume.perItem;
  const shares = `${pct(share)}% input / ${pct(1 - share)}% output`;
  const amounts = `${pct(share)}% input (${formatCount(input)}) / ${pct(1 - share)}% output (${formatCount(output)})`;
  const other =
    volume.statedSide === "input"
      ? `output assumed at ${formatCount(output)}`
      : `input assumed at ${formatCount(input)}`;
  const splitWords = volume.statedSide
    ? `${other} (${job ? `split assumed for ${USE_CASE_LABELS[job]}: ${shares}` : `${shares} by default`})`
    : job
      ? `split assumed for ${USE_CASE_LABELS[job]}: ${amounts}`
      : `split ${amounts} by default`;
  return {
    ...rest,
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    // A cached part of an assumed input was read as its share ("85% of input cached"): it keeps
    // that share of the input as re-split.
    cachedInputTokensPerMonth:
      volume.inputTokensPerMonth > 0
        ? Math.min(input, Math.round((volume.cachedInputTokensPerMonth * input) / volume.inputTokensPerMonth))
        : 0,
    description: `${atAmounts(withoutDefaultSplitWords(volume.description), input, output)}, ${splitWords}`,
    ...(job ? { splitJob: job } : {}),
    ...(item && item.splitAssumed ? { perItem: itemAt(item, share, volume.statedSide) } : {}),
  } as V;
}

/**
 * Documents of a stated size read whole by a job that writes something short about each: the
 * documents are the input (count × size), and the output is the job's per document ("3,000
 * contracts a month of ~100K tokens", summarised: 300M in, 3M out), never a share of the size.
 * Null unless the volume's items are documents whose size was said and the job has an output per
 * document. Idempotent: a volume already read so comes back as it is.
 */
function documentsWhole(volume: Volume, job: UseCase | undefined): Volume | null {
  const item = volume.perItem;
  const row = splitRow(job);
  const perDocument = row?.outputPerDocument;
  if (!item?.documentSize || !row || !perDocument || job === undefined || volume.statedSide === "output") return null;
  // A volume already read whole and then counted again ("what if we get 30,000 documents a
  // month?") keeps its sides: their sum is no document's size.
  const readWhole = volume.statedSide === "input" || item.readWhole === true;
  const size = readWhole ? item.inputTokens : item.inputTokens + item.outputTokens;
  const input = readWhole ? volume.inputTokensPerMonth : volume.inputTokensPerMonth + volume.outputTokensPerMonth;
  if (!(size > 0) || !(input > 0)) return null;
  // A short document is summarised shorter: never more than the job's share of it.
  const outputEach = Math.min(perDocument.tokens, Math.round((size * (1 - row.inputShare)) / row.inputShare));
  const output = Math.round((input / size) * outputEach);
  if (readWhole && volume.splitJob === job && volume.outputTokensPerMonth === output) return volume;
  const noun = item.noun.replace(/s$/, "");
  const { splitJob: _job, ...rest } = volume;
  return {
    ...rest,
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    statedSide: "input",
    description: `${atAmounts(withoutDefaultSplitWords(volume.description), input, output)}, each ${noun} read whole as input; output assumed for ${row.label}: about ${formatCount(outputEach)} tokens (one ${perDocument.what}) a ${noun}`,
    splitJob: job,
    perItem: { ...item, inputTokens: size, outputTokens: outputEach, readWhole: true },
  };
}

const AMOUNT = String.raw`[\d,.]+\s*[KMBT]?`;
const IN_PLUS_OUT = new RegExp(String.raw`= ${AMOUNT} input \+ ${AMOUNT} output tokens`);
const IN_ALL = new RegExp(String.raw`\(${AMOUNT} tokens a month in all\)`);

/** A count's working ("… = 135M input + 45M output tokens a month") said at the new amounts. */
function atAmounts(description: string, input: number, output: number): string {
  return description
    .replace(IN_PLUS_OUT, `= ${formatCount(input)} input + ${formatCount(output)} output tokens`)
    .replace(IN_ALL, `(${formatCount(input + output)} tokens a month in all)`);
}

/** One item's sizes at `share`, its stated side kept. */
function itemAt(item: PerItem, share: number, stated: Volume["statedSide"]): PerItem {
  if (stated === "input") return { ...item, outputTokens: (item.inputTokens * (1 - share)) / share };
  if (stated === "output") return { ...item, inputTokens: (item.outputTokens * share) / (1 - share) };
  const each = item.inputTokens + item.outputTokens;
  return { ...item, inputTokens: each * share, outputTokens: each * (1 - share) };
}

/** Requirements with their volumes at their job's split (see atJobSplit). */
export function withJobSplit<R extends { useCase?: UseCase; volume?: Volume; oneOffVolume?: Volume }>(req: R): R {
  const volume = atJobSplit(req.volume, req.useCase);
  const oneOff = atJobSplit(req.oneOffVolume, req.useCase);
  if (volume === req.volume && oneOff === req.oneOffVolume) return req;
  return {
    ...req,
    ...(volume ? { volume } : {}),
    ...(oneOff ? { oneOffVolume: oneOff } : {}),
  };
}
