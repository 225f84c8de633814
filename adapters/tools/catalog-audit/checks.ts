// The catalogue audit: which facts rest on secondary sources only, which release dates merely
// repeat the date in a model id, which context windows are not the model card's, which prices are
// older than 90 days, and which models lack parameter counts, a context window or quality signals. Only one finding
// is a failure (CI): a fact marked verified whose source is secondary.
import type { ModelFactSource, License, Model, Offering } from "../../../src/catalog/schema.js";
import type { RetiredOffering } from "../../../src/catalog/offering-lifecycle.js";
import type { Lab, ProviderPolicy } from "../../../src/catalog/signals-schema.js";
import { MODEL_CARD_CONTEXT, sameContext } from "../curation/facts-primary.js";
import { ageDays, isStalePrice, STALE_PRICE_DAYS } from "../../../src/catalog/price-age.js";
import { clauseCheckpoint, clauseSpeaksFor } from "../../../src/licensing/checkpoint.js";
import { weightsClauses } from "../../../src/licensing/code-licence.js";
import { weakLicenceEvidence } from "./evidence-page.js";
import { isKnownSecondary } from "./source-kind.js";
import { CALENDAR_VERSION, lineOf } from "../../../src/catalog/model-line.js";
import type { NewerPriceLookup } from "./newer-prices.js";

export type FindingKind =
  | "verified-but-secondary"
  | "licence-secondary-only"
  | "licence-secondary-clause"
  | "licence-weak-evidence"
  | "clause-other-checkpoint"
  | "clause-for-other-checkpoint"
  | "release-date-secondary"
  | "release-date-from-id"
  | "release-date-left-out"
  | "context-differs-from-card"
  | "context-host-cap"
  | "context-secondary"
  | "parameters-secondary"
  | "quality-secondary"
  | "price-secondary"
  | "price-not-reverified"
  | "price-newer-source"
  | "no-parameters"
  | "kv-secondary"
  | "no-kv-config"
  | "no-context"
  | "no-quality"
  | "residency-secondary"
  | "host-retirement-secondary"
  | "lab-country-secondary"
  | "status-unsourced"
  | "status-secondary"
  | "status-contradicts-retirement";

export interface Finding {
  kind: FindingKind;
  /** "model llama-4-scout" or "licence gemma". */
  subject: string;
  detail: string;
}

export interface AuditResult {
  findings: Finding[];
  /** The findings that fail CI: facts marked verified whose source is secondary. */
  failures: Finding[];
  /** Findings of the error classes (see FINDING_SEVERITY); `--strict` fails on them. */
  errors: Finding[];
}

/** What each kind means, in the order the report prints them. */
export const FINDING_TITLES: Readonly<Record<FindingKind, string>> = {
  "verified-but-secondary": "FAIL: marked verified, but the source is secondary",
  "licence-secondary-only": "Licences whose only sources are secondary",
  "licence-secondary-clause": "Licence clauses quoted from a secondary source",
  "licence-weak-evidence":
    "Licence clauses quoted from a page that is not the licence, README, model card or a terms page (a tokenizer or config file, a pull-request ref, a discussion)",
  "clause-other-checkpoint":
    "Licence clauses read on another checkpoint's card, for none of the models on the licence (state the checkpoint or move the clause)",
  "clause-for-other-checkpoint":
    "Licence clauses kept for another checkpoint: never quoted for the models on the licence",
  "release-date-secondary": "Release dates from a secondary list (not the lab's announcement)",
  "release-date-from-id": "Release dates that repeat the snapshot date in the model id",
  "release-date-left-out": "Release dates left out: only the model id's snapshot date is known",
  "context-differs-from-card": "Context windows that differ from the model card",
  "context-host-cap": "Context windows that are one host's serving limit (model card not on file)",
  "context-secondary": "Context windows from a secondary list (model card not on file)",
  "parameters-secondary": "Parameter counts with only secondary sources",
  "quality-secondary": "Quality signals from a secondary source (not the benchmark owner or lab)",
  "price-secondary": "Prices read from aggregated price lists, not the lab's or host's page",
  "price-newer-source": "Prices older than 90 days that a newer price list on file gives (run catalog refresh)",
  "price-not-reverified":
    "Prices older than 90 days, the newest we hold (no newer list or lab page on file), shown as not re-verified",
  "no-parameters": "Open-weights models without parameter counts",
  "kv-secondary": "KV-cache configs not read in the lab's own config or code",
  "no-kv-config": "Open-weights models without a KV-cache config (self-hosting sizing estimates theirs)",
  "no-context": "Models without a context window (no model card or list on file gives one)",
  "no-quality": "Models without quality signals",
  "residency-secondary":
    "Where processing can be kept (per country) read in a secondary source, not the provider's or cloud's own page",
  "host-retirement-secondary":
    "Hosts' end-of-life dates for an offering read in a secondary source, not the host's own lifecycle page or model card",
  "lab-country-secondary":
    "Labs' countries read in a secondary source or a copy, not the lab's own page or filing (answers name that source)",
  "status-unsourced":
    "Statuses with no source on file: legacy, deprecated or retired, or current while the lab calls a later release of the line legacy (answers say so, unverified)",
  "status-secondary": "Statuses read in a secondary source, not the lab's own model page or deprecation table",
  "status-contradicts-retirement":
    "Statuses that contradict the lab's own retirement date on file (not retired after the lab's last day, or retired before it)",
};

/**
 * How each kind counts. "fail" breaks CI. "error" is one of the issue's error classes (a value that
 * is not what it claims to be: a snapshot date shown as a release date, one host's cap shown as the
 * model's context, a context that contradicts the card, a stale price that a newer list on file
 * already gives) or a required fact missing (open weights without parameter counts); `--strict`
 * exits 1 on these. "warning" is a fact we show honestly marked: unverified or secondary with its
 * source and date, or a dated price older than 90 days that is the newest we hold, which answers
 * print as "<date>, not re-verified" (src/catalog/price-age.ts), never as current. Warnings are
 * counted, never hidden.
 */
export type Severity = "fail" | "error" | "warning";
export const FINDING_SEVERITY: Readonly<Record<FindingKind, Severity>> = {
  "verified-but-secondary": "fail",
  "release-date-from-id": "error",
  "context-differs-from-card": "error",
  "context-host-cap": "error",
  "no-parameters": "error",
  "price-newer-source": "error",
  "clause-other-checkpoint": "error",
  "licence-weak-evidence": "error",
  "clause-for-other-checkpoint": "warning",
  "licence-secondary-only": "warning",
  "licence-secondary-clause": "warning",
  "release-date-secondary": "warning",
  "release-date-left-out": "warning",
  "context-secondary": "warning",
  "parameters-secondary": "warning",
  "kv-secondary": "warning",
  "no-kv-config": "warning",
  "quality-secondary": "warning",
  "price-secondary": "warning",
  "price-not-reverified": "warning",
  "no-context": "warning",
  "no-quality": "warning",
  "residency-secondary": "warning",
  "host-retirement-secondary": "warning",
  "lab-country-secondary": "warning",
  "status-unsourced": "warning",
  "status-secondary": "warning",
  "status-contradicts-retirement": "error",
};

export { ageDays } from "../../../src/catalog/price-age.js";

/**
 * `newerPrice` looks a stale offering up in the price lists on file (newer-prices.ts); without it
 * every stale price counts as the newest we hold.
 */
export function auditCatalog(
  catalog: {
    models: readonly Model[];
    licenses: readonly License[];
    providerPolicyById?: ReadonlyMap<string, ProviderPolicy>;
    retiredOfferings?: ReadonlyMap<string, readonly RetiredOffering[]>;
    /** The labs table: a lab's country of origin is a fact teams filter on (US-only, no Chinese labs). */
    labByName?: ReadonlyMap<string, Lab>;
  },
  today: Date,
  newerPrice: NewerPriceLookup = () => null,
): AuditResult {
  const findings: Finding[] = [];
  const add = (kind: FindingKind, subject: string, detail: string) => findings.push({ kind, subject, detail });
  for (const license of catalog.licenses)
    auditLicence(
      license,
      catalog.models.filter((m) => m.licenseId === license.id),
      add,
    );
  for (const model of catalog.models) auditModel(model, today, newerPrice, add);
  for (const model of catalog.models) auditCloudResidency(model, add);
  auditCurrentBehindLater(catalog.models, add);
  // Every offering on file, those the loader took out as past their end of life included.
  for (const model of catalog.models)
    auditHostRetirements(
      model,
      [...model.offerings, ...(catalog.retiredOfferings?.get(model.id) ?? []).map((r) => r.offering)],
      add,
    );
  for (const lab of catalog.labByName?.values() ?? []) {
    if (lab.country !== null && lab.sourceKind !== "primary")
      add("lab-country-secondary", `lab ${lab.id}`, `${lab.country} per ${lab.sourceUrl ?? "no source"}`);
  }
  for (const policy of catalog.providerPolicyById?.values() ?? []) {
    const r = policy.residency;
    if (r?.sourceKind === "secondary")
      add("residency-secondary", `provider ${policy.provider}`, `${r.value.places.join(", ")} per ${r.sourceUrl}`);
  }
  return {
    findings,
    failures: findings.filter((f) => FINDING_SEVERITY[f.kind] === "fail"),
    errors: findings.filter((f) => FINDING_SEVERITY[f.kind] === "error"),
  };
}

type Add = (kind: FindingKind, subject: string, detail: string) => void;

/** Cloud records that place a model's processing in a country outside the EU on a secondary source. */
function auditCloudResidency(model: Model, add: Add): void {
  for (const c of model.clouds ?? []) {
    const places = (c.countries ?? []).filter((p) => p !== "EU");
    if (places.length > 0 && c.sourceKind === "secondary")
      add("residency-secondary", `model ${model.id}`, `${c.cloud} in ${places.join(", ")} per ${c.sourceUrl}`);
  }
}

/** A clause counts as primary only when the data says so and its URL is not a known secondary site. */
const clauseIsPrimary = (c: License["clauses"][number]) => c.primary && !isKnownSecondary(c.source);

function auditLicence(license: License, models: readonly Model[], add: Add): void {
  const subject = `licence ${license.id}`;
  // A quote read on one checkpoint's card that speaks for none of the models on this licence
  // (DeepSeek-V3's record quoting "license: mit" from DeepSeek-V3.2-Exp-Base's card).
  for (const c of weightsClauses(license)) {
    if (models.length === 0 || models.some((m) => clauseSpeaksFor(c, m))) continue;
    const detail = `${c.topic}: read for ${clauseCheckpoint(c)} (${c.source}); on this licence: ${models.map((m) => m.name).join(", ")}`;
    add(c.checkpoint === undefined ? "clause-other-checkpoint" : "clause-for-other-checkpoint", subject, detail);
  }
  const primary = license.clauses.filter(clauseIsPrimary);
  for (const c of license.clauses) {
    // A quote marked secondary is already listed as such; one marked primary must be from a page that states a licence.
    const weak = c.primary ? weakLicenceEvidence(c.source) : null;
    if (weak) add("licence-weak-evidence", subject, `${c.topic}: "${c.quote}" read on ${weak} (${c.source})`);
    if (c.primary && isKnownSecondary(c.source))
      add("verified-but-secondary", subject, `clause marked primary but quoted from ${c.source}`);
    else if (!c.primary) add("licence-secondary-clause", subject, `${c.topic}: ${c.source}`);
  }
  if (primary.length > 0) return;
  if (license.verified) add("verified-but-secondary", subject, "marked verified, but no clause has a primary source");
  else
    add(
      "licence-secondary-only",
      subject,
      license.clauses.length === 0
        ? "no clause on file at all (unverified)"
        : "every clause is from a secondary source",
    );
}

function auditKvCache(model: Model, subject: string, add: Add): void {
  const kv = model.kvCache;
  if (kv?.sourceKind === "primary" && isKnownSecondary(kv.sourceUrl))
    add("verified-but-secondary", subject, `KV-cache config marked primary but read at ${kv.sourceUrl}`);
  else if (kv?.sourceKind === "secondary") add("kv-secondary", subject, `${kv.layers} layers per ${kv.sourceUrl}`);
  // An encoder (BERT, RoBERTa) is never sized for generation: it keeps no KV cache to size.
  const generates = !model.strengths.includes("embedding-encoder");
  if (model.kind === "model" && model.openWeights && model.status !== "retired" && generates && !kv)
    add("no-kv-config", subject, "open weights, no layers / KV heads / head size on file");
}

/** A host's end of life takes the offering out of every ranking: one not read on the host's own
 *  page is shown as unverified, and listed here until it is. */
function auditHostRetirements(model: Model, offerings: readonly Offering[], add: Add): void {
  for (const o of offerings)
    if (o.retirement && (o.retirement.sourceKind !== "primary" || isKnownSecondary(o.retirement.sourceUrl)))
      add(
        "host-retirement-secondary",
        `model ${model.id}`,
        `${o.providerName} end of life ${o.retirement.retiresOn} per ${o.retirement.label} (${o.retirement.sourceUrl})`,
      );
}

/**
 * A status other than "current" is a claim answers state ("Status: deprecated"): it needs the lab's
 * own page. A deprecated or retired model whose lab retirement record is on file is sourced by it.
 */
export function statusIsSourced(model: Model): boolean {
  if (model.statusSource) return true;
  return (model.status === "deprecated" || model.status === "retired") && Boolean(model.retirement);
}

/**
 * The status answers print ("Status: current") against the lab's own last day for the model on its
 * API: past that day it is retired there; before it, announced but not yet retired. Returns the
 * contradiction in words, or null.
 */
export function statusAgainstRetirement(model: Model, today: Date): string | null {
  const r = model.retirement;
  if (!r) return null;
  const day = today.toISOString().slice(0, 10);
  if (r.retiresOn <= day && model.status !== "retired")
    return `${model.status}, while ${r.label} gives ${r.retiresOn} as its last day on the lab's API`;
  if (r.retiresOn > day && model.status === "retired")
    return `retired, while ${r.label} gives ${r.retiresOn}, still to come, as its last day on the lab's API`;
  return null;
}

function auditStatus(model: Model, subject: string, add: Add): void {
  if (model.kind !== "model") return;
  const source = model.statusSource;
  if (source && (source.sourceKind !== "primary" || isKnownSecondary(source.sourceUrl)))
    add("status-secondary", subject, `${model.status} per ${source.label} (${source.sourceUrl})`);
  else if (model.status !== "current" && !statusIsSourced(model))
    add("status-unsourced", subject, `${model.status}: no source on file`);
}

/**
 * "current" with no source is the catalogue's default, so it is listed only when the lab's own page
 * says a later release of the same line (Claude Opus 4.8 after 4.7) is no longer current: the
 * earlier one is then very likely not current either, and answers should not say it is.
 */
function auditCurrentBehindLater(models: readonly Model[], add: Add): void {
  const byLine = new Map<string, { model: Model; version: number }[]>();
  for (const model of models) {
    const line = model.kind === "model" ? lineOf(model) : null;
    if (!line || line.version >= CALENDAR_VERSION) continue;
    byLine.set(line.key, [...(byLine.get(line.key) ?? []), { model, version: line.version }]);
  }
  for (const releases of byLine.values())
    for (const { model, version } of releases) {
      if (model.status !== "current" || model.statusSource) continue;
      const later = releases.find(
        (r) => r.version > version && r.model.status !== "current" && r.model.statusSource?.sourceKind === "primary",
      );
      if (later)
        add(
          "status-unsourced",
          `model ${model.id}`,
          `current: no source on file, while ${later.model.name} is ${later.model.status} per ${later.model.statusSource!.label}`,
        );
    }
}

function auditModel(model: Model, today: Date, newerPrice: NewerPriceLookup, add: Add): void {
  const subject = `model ${model.id}`;
  const checkFact = (what: string, fact: ModelFactSource | null | undefined) => {
    if (fact?.verified && fact.sourceKind === "secondary")
      add("verified-but-secondary", subject, `${what} marked verified but sourced from ${fact.label}`);
    if (fact?.verified && isKnownSecondary(fact.sourceUrl))
      add("verified-but-secondary", subject, `${what} marked verified but read at ${fact.sourceUrl}`);
  };
  checkFact("release date", model.releaseDateSource);
  checkFact("context window", model.contextWindowSource);
  checkFact("status", model.statusSource);
  auditStatus(model, subject, add);
  const contradiction = model.kind === "model" ? statusAgainstRetirement(model, today) : null;
  if (contradiction) add("status-contradicts-retirement", subject, contradiction);
  // A retirement date is only ever the lab's own announcement: answers and alerts state it as fact.
  const retirement = model.retirement;
  if (retirement && (retirement.sourceKind !== "primary" || isKnownSecondary(retirement.sourceUrl)))
    add(
      "verified-but-secondary",
      subject,
      `retirement date ${retirement.retiresOn} not read in the lab's own text (${retirement.sourceUrl})`,
    );

  const release = model.releaseDateSource;
  if (model.releaseDate !== null && release?.derived === "model-id")
    add("release-date-from-id", subject, `${model.releaseDate} (${release.label})`);
  else if (model.releaseDate === null && release?.derived === "model-id")
    add("release-date-left-out", subject, release.label);
  else if (model.releaseDate !== null && release?.sourceKind !== "primary")
    add("release-date-secondary", subject, `${model.releaseDate} per ${release?.label ?? "an unnamed source"}`);

  const context = model.contextWindowSource;
  if (model.contextWindow !== null) {
    const card = MODEL_CARD_CONTEXT[model.id];
    if (card !== undefined && !sameContext(card.value, model.contextWindow))
      add("context-differs-from-card", subject, `${model.contextWindow} shown, ${card.label} says ${card.value}`);
    else if (context?.derived === "host-cap")
      add("context-host-cap", subject, `${model.contextWindow}: ${context.label}`);
    else if (context?.sourceKind !== "primary")
      add("context-secondary", subject, `${model.contextWindow} per ${context?.label ?? "an unnamed source"}`);
  } else if (model.kind === "model") add("no-context", subject, "no context window on file; answers show none");

  const params = model.parameters;
  const paramsSecondary = params?.sourceKind === "secondary" || (params ? isKnownSecondary(params.source) : false);
  if (params?.verified && paramsSecondary)
    add("verified-but-secondary", subject, `parameter count marked verified but read at ${params.source}`);
  else if (params && (params.verified === false || paramsSecondary))
    add("parameters-secondary", subject, `${params.totalB}B per ${params.source}`);
  const secondarySignals = model.quality.filter((q) => q.sourceKind === "secondary");
  if (secondarySignals.length > 0)
    add(
      "quality-secondary",
      subject,
      `${secondarySignals.length} of ${model.quality.length} signal(s), e.g. ${secondarySignals[0]!.name} per ${secondarySignals[0]!.sourceUrl ?? secondarySignals[0]!.source}`,
    );
  if (model.kind === "model" && model.openWeights && params === null)
    add("no-parameters", subject, "open weights, no total/active parameter count on file");
  if (model.kind === "model" && model.quality.length === 0) add("no-quality", subject, "no quality signal on file");
  auditKvCache(model, subject, add);

  const fromLists = model.offerings.filter((o) => o.source === "models.dev" || o.source === "litellm");
  if (fromLists.length > 0)
    add(
      "price-secondary",
      subject,
      `${fromLists.length} price(s) from ${[...new Set(fromLists.map((o) => o.source))].join(" and ")}`,
    );
  const staleAll = model.offerings.filter((o) => isStalePrice(o, today));
  const stale: typeof staleAll = [];
  for (const o of staleAll) {
    const newer = newerPrice(o);
    if (!newer) {
      stale.push(o);
      continue;
    }
    const same = newer.inputPerMTok === o.inputPerMTok && newer.outputPerMTok === o.outputPerMTok;
    add(
      "price-newer-source",
      subject,
      `${o.provider} ${o.providerModelId}: ${o.asOf} on file; ${newer.list} as of ${newer.asOf} gives ${newer.inputPerMTok ?? "?"}/${newer.outputPerMTok ?? "?"}${same ? " (same price)" : ` (was ${o.inputPerMTok}/${o.outputPerMTok})`}`,
    );
  }
  if (stale.length > 0) {
    const oldest = stale.map((o) => o.asOf).sort()[0]!;
    add(
      "price-not-reverified",
      subject,
      `${stale.length} of ${model.offerings.length} price(s) older than ${STALE_PRICE_DAYS} days (oldest ${oldest}, ${ageDays(oldest, today)} days), shown as not re-verified`,
    );
  }
}
