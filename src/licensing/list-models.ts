// "Which open models can we fine-tune and use with 1B monthly users?": every open-weights model
// in the catalogue with its verdict for the stated facts, grouped allowed / conditional / blocked.
// Sizes of one family that share a licence and a verdict collapse into one line, so the list
// stays readable while per-size differences (Qwen2.5 3B and 72B) stay visible as their own lines.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { TeamFacts } from "./facts.js";
import type { LicenseVerdict, VerdictLevel } from "./verdict.js";
import { isMultimodal } from "./finding.js";
import { licenseVerdict } from "./verdict.js";

export interface ModelListEntry {
  /** "Qwen2.5 0.5B, 1.5B, 7B" for a collapsed group, else the model's name. */
  label: string;
  modelIds: string[];
  licenseId: string;
  licenseName: string;
  verdict: LicenseVerdict;
}

export type ModelList = Record<VerdictLevel, ModelListEntry[]> & {
  /** Models left out, with why (no licence record, not a model). */
  skipped: { modelId: string; why: string }[];
};

export interface ListOptions {
  /** Only open-weights models (default true: the question is about models a team can run). */
  openOnly?: boolean;
  /** A size cap the question states ("open models under 14B"), in billions of total parameters. */
  maxParamsB?: number;
}

export function listModelsForFacts(catalog: Catalog, facts: TeamFacts, options: ListOptions = {}): ModelList {
  const openOnly = options.openOnly ?? true;
  const result: ModelList = { allowed: [], conditional: [], blocked: [], skipped: [] };
  const groups = new Map<string, { models: Model[]; level: VerdictLevel }>();
  for (const model of catalog.models) {
    if (model.kind !== "model" || (openOnly && !model.openWeights)) continue;
    // Over the cap, or of a size the catalogue does not hold (it cannot be shown to fit): not listed.
    const cap = options.maxParamsB;
    if (cap !== undefined && !(model.parameters && model.parameters.totalB <= cap)) {
      result.skipped.push({ modelId: model.id, why: model.parameters ? `over ${cap}B parameters` : "size unknown" });
      continue;
    }
    const license = catalog.licenseById.get(model.licenseId);
    if (!license) {
      result.skipped.push({ modelId: model.id, why: `no licence record "${model.licenseId}"` });
      continue;
    }
    const level = licenseVerdict(model, license, facts).verdict;
    // Same family, same licence, same outcome and same modality: one line.
    const key = [model.family, model.licenseId, level, isMultimodal(model) ? "multimodal" : "text"].join("|");
    const group = groups.get(key);
    if (group) group.models.push(model);
    else groups.set(key, { models: [model], level });
  }
  for (const { models, level } of groups.values()) {
    const sorted = [...models].sort(bySizeThenName);
    const first = sorted[0];
    if (!first) continue;
    const license = catalog.licenseById.get(first.licenseId);
    if (!license) continue;
    const label = groupLabel(sorted);
    // Reasons read with the group's label, so a collapsed line does not name only one size.
    const verdict = licenseVerdict({ ...first, name: label }, license, facts);
    result[level].push({
      label,
      modelIds: sorted.map((m) => m.id),
      licenseId: license.id,
      licenseName: license.name,
      verdict,
    });
  }
  for (const level of ["allowed", "conditional", "blocked"] as const) result[level].sort(byTrustThenRecency(catalog));
  return result;
}

/** For ordering only: the catalogue's parameter count, else the size in the name ("7B"). */
function sizeOf(model: Model): number {
  if (model.parameters) return model.parameters.totalB;
  const m = /(\d+(?:\.\d+)?)\s?B\b/i.exec(model.name);
  return m?.[1] ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

function bySizeThenName(a: Model, b: Model): number {
  return sizeOf(a) - sizeOf(b) || a.name.localeCompare(b.name);
}

/** Verified licences first, then the newest releases, then by name. */
function byTrustThenRecency(catalog: Catalog) {
  const newest = (e: ModelListEntry): string =>
    e.modelIds.map((id) => catalog.modelById.get(id)?.releaseDate ?? "").reduce((a, b) => (a > b ? a : b), "");
  return (a: ModelListEntry, b: ModelListEntry): number =>
    Number(a.verdict.unverified) - Number(b.verdict.unverified) ||
    newest(b).localeCompare(newest(a)) ||
    a.label.localeCompare(b.label);
}

/** "Qwen2.5 0.5B, 1.5B, 7B" when the names share a prefix, else the names joined. */
export function groupLabel(models: readonly Model[]): string {
  const names = models.map((m) => m.name);
  if (names.length <= 1) return names[0] ?? "";
  const prefix = commonWordPrefix(names);
  if (!prefix) return names.join(", ");
  return `${prefix} ${names.map((n) => n.slice(prefix.length).trim()).join(", ")}`;
}

function commonWordPrefix(names: readonly string[]): string {
  const split = names.map((n) => n.split(" "));
  const first = split[0] ?? [];
  const words: string[] = [];
  for (let i = 0; i < first.length - 1; i++) {
    const w = first[i];
    if (w === undefined || !split.every((s) => s[i] === w && s.length > i + 1)) break;
    words.push(w);
  }
  return words.join(" ");
}
