// What a refresh changes, in the terms a team cares about: models and offerings added or removed,
// prices old -> new with the percentage, licences changed, deprecations announced.
import type { Model } from "../../../src/catalog/schema.js";

type Offering = Model["offerings"][number];

export interface PriceMove {
  modelId: string;
  provider: string;
  source: string;
  field: "input" | "output";
  old: number;
  now: number;
}

export interface CatalogDiff {
  modelsAdded: string[];
  modelsRemoved: string[];
  offeringsAdded: string[];
  offeringsRemoved: string[];
  prices: PriceMove[];
  licences: { modelId: string; old: string; now: string }[];
  deprecations: { modelId: string; old: string; now: string }[];
}

const offeringKey = (o: Offering): string => `${o.provider}|${o.providerModelId}|${o.source}`;
const offeringLabel = (m: Model, o: Offering): string => `${m.id} @ ${o.provider} (${o.source}: ${o.providerModelId})`;

export function diffCatalog(before: readonly Model[], after: readonly Model[]): CatalogDiff {
  const old = new Map(before.map((m) => [m.id, m]));
  const now = new Map(after.map((m) => [m.id, m]));
  const diff: CatalogDiff = {
    modelsAdded: after.filter((m) => !old.has(m.id)).map((m) => m.id),
    modelsRemoved: before.filter((m) => !now.has(m.id)).map((m) => m.id),
    offeringsAdded: [],
    offeringsRemoved: [],
    prices: [],
    licences: [],
    deprecations: [],
  };
  for (const model of after) {
    const was = old.get(model.id);
    if (!was) continue;
    if (was.licenseId !== model.licenseId)
      diff.licences.push({ modelId: model.id, old: was.licenseId, now: model.licenseId });
    const retiring = (s: string) => s === "deprecated" || s === "retired";
    if (was.status !== model.status && retiring(model.status))
      diff.deprecations.push({ modelId: model.id, old: was.status, now: model.status });
    const wasOfferings = new Map(was.offerings.map((o) => [offeringKey(o), o]));
    const nowKeys = new Set(model.offerings.map(offeringKey));
    for (const o of model.offerings) {
      const prior = wasOfferings.get(offeringKey(o));
      if (!prior) {
        diff.offeringsAdded.push(offeringLabel(model, o));
        continue;
      }
      const base = { modelId: model.id, provider: o.provider, source: o.source };
      if (prior.inputPerMTok !== o.inputPerMTok)
        diff.prices.push({ ...base, field: "input", old: prior.inputPerMTok, now: o.inputPerMTok });
      if (prior.outputPerMTok !== o.outputPerMTok)
        diff.prices.push({ ...base, field: "output", old: prior.outputPerMTok, now: o.outputPerMTok });
    }
    for (const o of was.offerings) if (!nowKeys.has(offeringKey(o))) diff.offeringsRemoved.push(offeringLabel(was, o));
  }
  return diff;
}

export function percentChange(old: number, now: number): string {
  if (old === 0) return now === 0 ? "0%" : "new price";
  const pct = ((now - old) / old) * 100;
  return `${pct > 0 ? "+" : ""}${pct.toFixed(1)}%`;
}

export function formatDiff(diff: CatalogDiff): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push(`${title} (${items.length})${items.length ? ":" : ""}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    "Models added",
    diff.modelsAdded.map((id) => `+ ${id}`),
  );
  section(
    "Models removed",
    diff.modelsRemoved.map((id) => `- ${id}`),
  );
  section(
    "Offerings added",
    diff.offeringsAdded.map((l) => `+ ${l}`),
  );
  section(
    "Offerings removed",
    diff.offeringsRemoved.map((l) => `- ${l}`),
  );
  section(
    "Prices changed (USD per 1M tokens)",
    diff.prices.map(
      (p) =>
        `${p.modelId} @ ${p.provider} (${p.source}) ${p.field}: ${p.old} -> ${p.now} (${percentChange(p.old, p.now)})`,
    ),
  );
  section(
    "Licences changed",
    diff.licences.map((l) => `${l.modelId}: ${l.old} -> ${l.now}`),
  );
  section(
    "Deprecations announced",
    diff.deprecations.map((d) => `${d.modelId}: ${d.old} -> ${d.now}`),
  );
  return lines;
}

export function isEmptyDiff(diff: CatalogDiff): boolean {
  return Object.values(diff).every((list) => (list as unknown[]).length === 0);
}
