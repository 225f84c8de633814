// What changed for a watching thread: its watched facts compared with a (refreshed) catalogue.
// Each change has an id made of what changed and its old and new value, so "one alert per
// thread per change" is a claim on (thread, id), and applying the changes moves the watch's basis
// on, so the next refresh is compared with what the thread was last told.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import { weightsClauses } from "../licensing/code-licence.js";
import type { SourceRef } from "../ports.js";
import { formatPerMTok } from "../render/format.js";
import { watchedModel, type Watch, type WatchedModel, type WatchedPrice } from "./watch.js";

export type ChangeKind = "price" | "licence" | "output-use" | "user-limit" | "lifecycle";

export interface WatchChange {
  /** Stable for the same fact moving between the same two values. */
  id: string;
  kind: ChangeKind;
  modelId: string;
  modelName: string;
  /** What changed, in words: "input price at OpenAI (models.dev)". */
  what: string;
  old: string;
  now: string;
  /** Price changes: signed percentage. */
  pct?: number;
  source: SourceRef;
}

const RETIRING = new Set(["deprecated", "retired"]);
const usd = (n: number) => formatPerMTok(n);
const OUTPUT_USE: Record<string, string> = {
  yes: "allowed",
  conditional: "allowed with conditions",
  no: "not allowed",
  "not-addressed": "not addressed by the licence",
  "not-applicable": "not applicable",
  unknown: "unknown",
};
const users = (n: number | null) => (n === null ? "no limit" : `${n.toLocaleString("en-US")} monthly active users`);

function licenceSource(catalog: Catalog, licenseId: string, fallbackAsOf: string): SourceRef {
  const license = catalog.licenseById.get(licenseId);
  const clause = license ? weightsClauses(license)[0] : undefined;
  if (!license || !clause) return { label: license?.name ?? licenseId, asOf: fallbackAsOf };
  return {
    label: `${license.name}: ${clause.source.replace(/^https?:\/\//, "")}`,
    ...(/^https?:\/\//.test(clause.source) ? { url: clause.source } : {}),
    asOf: clause.checkedAt,
  };
}

function priceChanges(was: WatchedModel, now: WatchedModel, thresholdPct: number, catalog: Catalog): WatchChange[] {
  const model = catalog.modelById.get(now.id);
  const changes: WatchChange[] = [];
  for (const p of was.prices) {
    const current = now.prices.find((q) => q.provider === p.provider && q.source === p.source);
    // Found among all offerings, not only the ones now chosen (a cheaper host may have appeared).
    const offering = model?.offerings.find((o) => o.provider === p.provider && o.source === p.source);
    const next: WatchedPrice | undefined =
      current ??
      (offering
        ? {
            provider: offering.provider,
            providerName: offering.providerName,
            source: offering.source,
            input: offering.inputPerMTok,
            output: offering.outputPerMTok,
            asOf: offering.asOf,
          }
        : undefined);
    if (!next) continue;
    for (const field of ["input", "output"] as const) {
      const before = p[field];
      const after = next[field];
      if (before === after) continue;
      const pct = before === 0 ? Infinity : ((after - before) / before) * 100;
      if (Math.abs(pct) <= thresholdPct) continue;
      changes.push({
        id: `${was.id}|price|${p.provider}|${p.source}|${field}|${before}|${after}`,
        kind: "price",
        modelId: was.id,
        modelName: was.name,
        what: `${field} price at ${p.providerName}`,
        old: usd(before),
        now: usd(after),
        ...(Number.isFinite(pct) ? { pct } : {}),
        source: {
          label: `${p.providerName} price for ${was.name}: ${next.source}`,
          ...(offering?.sourceUrl ? { url: offering.sourceUrl } : {}),
          asOf: next.asOf,
        },
      });
    }
  }
  return changes;
}

/** Every change to the watch's facts in `catalog` worth an alert. Models gone from the catalogue are skipped. */
export function detectChanges(watch: Watch, catalog: Catalog): WatchChange[] {
  const changes: WatchChange[] = [];
  for (const was of watch.models) {
    const model = catalog.modelById.get(was.id);
    if (!model) continue;
    const now = watchedModel(model, catalog);
    const base = { modelId: was.id, modelName: was.name };
    changes.push(...priceChanges(was, now, watch.thresholdPct, catalog));
    const licenceRef = licenceSource(catalog, now.licenseId, catalog.asOf);
    if (was.licenseId !== now.licenseId)
      changes.push({
        ...base,
        id: `${was.id}|licence|${was.licenseId}|${now.licenseId}`,
        kind: "licence",
        what: "licence",
        old: was.licenseName,
        now: now.licenseName,
        source: licenceRef,
      });
    else {
      if (was.outputUse !== now.outputUse)
        changes.push({
          ...base,
          id: `${was.id}|output-use|${now.licenseId}|${was.outputUse}|${now.outputUse}`,
          kind: "output-use",
          what: `training other models on its outputs (${now.licenseName})`,
          old: OUTPUT_USE[was.outputUse] ?? was.outputUse,
          now: OUTPUT_USE[now.outputUse] ?? now.outputUse,
          source: licenceRef,
        });
      if (was.maxMonthlyActiveUsers !== now.maxMonthlyActiveUsers)
        changes.push({
          ...base,
          id: `${was.id}|user-limit|${now.licenseId}|${was.maxMonthlyActiveUsers}|${now.maxMonthlyActiveUsers}`,
          kind: "user-limit",
          what: `monthly-user limit (${now.licenseName})`,
          old: users(was.maxMonthlyActiveUsers),
          now: users(now.maxMonthlyActiveUsers),
          source: licenceRef,
        });
    }
    if (was.status !== now.status && RETIRING.has(now.status))
      changes.push({
        ...base,
        id: `${was.id}|lifecycle|${was.status}|${now.status}`,
        kind: "lifecycle",
        what: "status",
        old: was.status,
        now: now.status,
        source: statusRef(model),
      });
    // A retirement date the lab announced (or moved): told once per date, with the lab's text as source.
    const retirement = model.retirement;
    if (retirement && retirement.retiresOn !== (was.retiresOn ?? null))
      changes.push({
        ...base,
        id: `${was.id}|retirement|${was.retiresOn ?? "none"}|${retirement.retiresOn}`,
        kind: "lifecycle",
        what: `last day on ${model.lab}'s API`,
        old: was.retiresOn ?? "none announced",
        now: retirement.replacement
          ? `${retirement.retiresOn} (replacement named: ${retirement.replacement})`
          : retirement.retiresOn,
        source: { label: retirement.label, url: retirement.sourceUrl, asOf: retirement.asOf },
      });
  }
  return changes;
}

/**
 * The watch after these changes were told: each changed fact takes its new value; facts that moved
 * less than the threshold keep their basis, so small moves still add up to an alert.
 */
export function applyChanges(watch: Watch, changes: readonly WatchChange[], catalog: Catalog): Watch {
  if (changes.length === 0) return watch;
  const models = watch.models.map((was) => {
    const mine = changes.filter((c) => c.modelId === was.id);
    const model = catalog.modelById.get(was.id);
    if (mine.length === 0 || !model) return was;
    const now = watchedModel(model, catalog);
    const next: WatchedModel = { ...was, prices: was.prices.map((p) => ({ ...p })) };
    for (const c of mine) {
      if (c.kind === "licence")
        Object.assign(next, {
          licenseId: now.licenseId,
          licenseName: now.licenseName,
          outputUse: now.outputUse,
          maxMonthlyActiveUsers: now.maxMonthlyActiveUsers,
        });
      if (c.kind === "output-use") next.outputUse = now.outputUse;
      if (c.kind === "user-limit") next.maxMonthlyActiveUsers = now.maxMonthlyActiveUsers;
      if (c.kind === "lifecycle" && c.id.includes("|retirement|")) next.retiresOn = now.retiresOn ?? null;
      else if (c.kind === "lifecycle") next.status = now.status;
      if (c.kind === "price") {
        const [, , provider, source, field] = c.id.split("|");
        const p = next.prices.find((q) => q.provider === provider && q.source === source);
        const o = model.offerings.find((q) => q.provider === provider && q.source === source);
        if (p && o) {
          if (field === "input") p.input = o.inputPerMTok;
          if (field === "output") p.output = o.outputPerMTok;
          p.asOf = o.asOf;
        }
      }
    }
    return next;
  });
  return { ...watch, models };
}

/** Where a status change is read: the model's status source, else its spec source (older catalogues). */
function statusRef(model: Model): SourceRef {
  const s = model.statusSource;
  if (s)
    return {
      label: `${s.label} (status${s.sourceKind === "primary" ? "" : "; secondary, unverified"})`,
      url: s.sourceUrl,
      asOf: s.asOf,
    };
  // The spec source names a snapshot commit after " @ "; the label keeps the readable part.
  return { label: `${model.specSource.source.split(" @ ")[0]} (status)`, asOf: model.specSource.asOf };
}
