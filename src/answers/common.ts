// Facts every answer shows the same way: model references, licence labels (with "unverified"),
// price tables with their sources, and where two price lists disagree.
import type { Catalog } from "../catalog/catalog.js";
import { weightsClauses } from "../licensing/code-licence.js";
import type { ModelFactSource, License, Model, Offering } from "../catalog/schema.js";
import type { SourceRef } from "../ports.js";
import { formatUsd } from "../render/format.js";

export interface ModelRef {
  id: string;
  name: string;
}

export const modelRef = (m: Model): ModelRef => ({ id: m.id, name: m.name });

/** Models for ids, skipping ids the catalogue does not know (the router only passes known ids). */
export function modelsFor(ids: readonly string[], catalog: Catalog): Model[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    const model = catalog.modelById.get(id);
    if (!model || seen.has(id)) return [];
    seen.add(id);
    return [model];
  });
}

export function licenseOf(model: Model, catalog: Catalog): License | undefined {
  return catalog.licenseById.get(model.licenseId);
}

/** "Apache 2.0" or "Some Licence (unverified)". */
export function licenseLabel(model: Model, catalog: Catalog): string {
  const license = licenseOf(model, catalog);
  if (!license) return `${model.licenseId} (unverified)`;
  return license.verified ? license.name : `${license.name} (unverified)`;
}

export function openWeightsLabel(model: Model): string {
  if (model.kind === "library") return "n/a (library)";
  if (model.kind === "unreleased") return "no (never released)";
  return model.openWeights ? "yes" : "no";
}

/** Where a licence's facts come from: its clause sources, or an unverified marker. */
export function licenseSources(license: License | undefined, catalog: Catalog, model?: Model): SourceRef[] {
  if (!license) return [];
  const bySource = new Map<string, SourceRef>();
  // The code repository's licence is not where the weights' licence facts come from, nor is a text
  // read for another checkpoint than the model shown.
  for (const clause of weightsClauses(license, model)) {
    const key = `${clause.source}|${clause.checkedAt}`;
    if (!bySource.has(key))
      bySource.set(key, {
        label: `${license.name}: ${sourceLabel(clause.source)}`,
        ...urlOf(clause.source),
        asOf: clause.checkedAt,
      });
  }
  const items = [...bySource.values()].slice(0, 3);
  if (items.length === 0)
    items.push({ label: `${license.name}: no primary text on file (unverified)`, asOf: catalog.asOf });
  else if (!license.verified) items.forEach((item) => (item.label += " (unverified)"));
  return items;
}

/**
 * "per Meta's Llama 4 model card, 2025-07-15" for a fact read in the lab's own text; what it is
 * otherwise: a snapshot date taken from the model id, a host's serving limit, or a secondary list.
 */
export function factNote(source: ModelFactSource | null | undefined): string {
  if (!source) return "";
  if (source.derived === "model-id") return "snapshot date in the model id, not the lab's announcement; unverified";
  if (source.derived === "host-cap") return `${source.label}, ${source.asOf}; model card not on file, unverified`;
  return source.sourceKind === "primary"
    ? `per ${source.label}, ${source.asOf}`
    : `per ${source.label}, ${source.asOf}; secondary, unverified`;
}

/** "2025-04-05 (per Meta's Llama 4 model card, 2025-07-15)"; for a release date left out because
 *  only the model id's snapshot date is known, the source's own words say so. */
export function withFactNote(value: string | null, source: ModelFactSource | null | undefined): string | null {
  if (value === null) return source?.derived === "model-id" ? source.label : null;
  const note = factNote(source);
  return note ? `${value} (${note})` : value;
}

/**
 * The model's status as answers state it, with its source: "legacy (per Anthropic's Claude Opus 4.5
 * page, 2026-12-05)". A deprecated or retired model without a status source leans on the lab's
 * retirement record when one is on file; any other status other than "current" with no source says
 * so. Null for "current" with no source (the default, not a claim).
 */
export function statusLabel(model: Model): string | null {
  const source = model.statusSource;
  if (source) return `${model.status} (${factNote(source)})`;
  if (model.status === "current") return null;
  const r = model.retirement;
  if (r && (model.status === "deprecated" || model.status === "retired"))
    return `${model.status} (per ${r.label}, ${r.asOf})`;
  return `${model.status} (no source on file; unverified)`;
}

/**
 * "671B total, 37B active" or "8B"; a count only secondary sources give says so, with where it was
 * read on the model card ("full") or as "(unverified)" in a table cell.
 */
export function parameterLabel(model: Model, style: "full" | "cell"): string | null {
  const p = model.parameters;
  if (!p) return null;
  const size = p.activeB && p.activeB !== p.totalB ? `${p.totalB}B total, ${p.activeB}B active` : `${p.totalB}B`;
  if (p.verified !== false) return style === "cell" ? `${p.totalB}B` : size;
  return style === "cell"
    ? `${p.totalB}B (unverified)`
    : `${size} (per ${sourceLabel(p.source)}, ${p.asOf}; secondary, unverified)`;
}

export function specSources(model: Model): SourceRef[] {
  const out: SourceRef[] = [
    {
      label: `${model.name} specs: ${sourceLabel(model.specSource.source)}`,
      ...urlOf(model.specSource.source),
      asOf: model.specSource.asOf,
    },
  ];
  for (const [what, fact] of [
    ["release date", model.releaseDateSource],
    ["context window", model.contextWindowSource],
  ] as const) {
    if (fact?.sourceKind === "primary")
      out.push({
        label: `${model.name} ${what}: ${fact.label}`,
        ...urlOf(fact.sourceUrl),
        asOf: fact.asOf,
      });
  }
  if (model.parameters)
    out.push({
      label: `${model.name} parameters: ${sourceLabel(model.parameters.source)}${model.parameters.verified === false ? " (unverified)" : ""}`,
      ...urlOf(model.parameters.source),
      asOf: model.parameters.asOf,
    });
  return out;
}

export function offeringSource(o: Offering): SourceRef {
  return {
    label: `${o.providerName} prices: ${sourceLabel(o.source)}`,
    ...(o.sourceUrl ? { url: o.sourceUrl } : {}),
    asOf: o.asOf,
  };
}

/**
 * Price sources, one line per (list, date): "Deep Infra, Together AI prices: LiteLLM price list".
 * The link is kept when every grouped offering points at the same place.
 */
export function offeringSources(offerings: readonly Offering[], subject?: string): SourceRef[] {
  const groups = new Map<string, Offering[]>();
  for (const o of offerings) groups.set(`${o.source}|${o.asOf}`, [...(groups.get(`${o.source}|${o.asOf}`) ?? []), o]);
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const providers = [...new Set(group.map((o) => o.providerName))];
    const urls = new Set(group.map((o) => o.sourceUrl));
    const url = urls.size === 1 ? first.sourceUrl : null;
    const who =
      providers.length > 4
        ? `${providers.slice(0, 3).join(", ")} and ${providers.length - 3} more`
        : providers.join(", ");
    return {
      label: `${who} prices${subject ? ` for ${subject}` : ""}: ${sourceLabel(first.source)}`,
      ...(url ? { url } : {}),
      asOf: first.asOf,
    };
  });
}

/** A licence name short enough for a table cell ("OpenAI Services Agreement (API) and …" -> "OpenAI Services Agreement"). */
export function shortLicenseLabel(model: Model, catalog: Catalog): string {
  const license = licenseOf(model, catalog);
  if (!license) return `${model.licenseId} (unverified)`;
  const short = license.spdx ?? license.name.split(" (")[0]!.split(" and ")[0]!;
  return license.verified ? short : `${short} (unverified)`;
}

/** First-party offerings first, then hosts by total of input + output price. */
export function sortedOfferings(model: Model): Offering[] {
  return [...model.offerings].sort(
    (a, b) =>
      Number(b.firstParty) - Number(a.firstParty) ||
      a.inputPerMTok + a.outputPerMTok - (b.inputPerMTok + b.outputPerMTok) ||
      a.provider.localeCompare(b.provider),
  );
}

export function firstPartyOfferings(model: Model): Offering[] {
  return sortedOfferings(model).filter((o) => o.firstParty);
}

/** One offering per (provider, source): the pair the "disagree" note talks about. */
export interface PriceDisagreement {
  provider: string;
  providerName: string;
  offerings: Offering[];
}

/** Providers whose price differs between two source lists (e.g. models.dev vs LiteLLM). */
export function priceDisagreements(model: Model): PriceDisagreement[] {
  const byProvider = new Map<string, Offering[]>();
  for (const o of model.offerings) byProvider.set(o.provider, [...(byProvider.get(o.provider) ?? []), o]);
  const out: PriceDisagreement[] = [];
  for (const [provider, list] of byProvider) {
    const sources = new Set(list.map((o) => o.source));
    if (sources.size < 2) continue;
    const prices = new Set(list.map((o) => `${o.inputPerMTok}/${o.outputPerMTok}/${o.cachedInputPerMTok ?? "-"}`));
    if (prices.size < 2) continue;
    out.push({ provider, providerName: list[0]?.providerName ?? provider, offerings: list });
  }
  return out;
}

/**
 * "Sources disagree on X's price: …", then what the answer did with them: a price table shows
 * every row ("Both are shown."); a cost answer prices one, so it names that source and gives the
 * month (or the one-off job: `per`) at the other's price, and when the provider is not among the costs shown it says only one
 * reading or none was used. `used`: the source a cost answer priced this provider at, and the
 * monthly cost at each offering (by the caller, which knows the volume).
 */
export function disagreementNote(
  d: PriceDisagreement,
  used?: { source: string | null; monthlyUsd: (o: Offering) => number; per?: string },
): string {
  const parts = d.offerings.map(
    (o) =>
      `${sourceLabel(o.source)} (${o.asOf}) says ${formatUsd(o.inputPerMTok)} in / ${formatUsd(o.outputPerMTok)} out`,
  );
  const head = `Sources disagree on ${d.providerName}'s price: ${parts.join("; ")}.`;
  if (!used) return `${head} Both are shown.`;
  if (used.source === null) return `${head} ${d.providerName} is not the offering priced here.`;
  const others = d.offerings.filter((o) => o.source !== used.source);
  const at = others.map(
    (o) => `at ${sourceLabel(o.source)}'s it would be ${formatUsd(used.monthlyUsd(o))} ${used.per ?? "a month"}`,
  );
  return `${head} This cost uses ${sourceLabel(used.source)}'s price; ${at.join("; ")}.`;
}

/** Readable name for a source id ("models.dev", "litellm", or a URL). */
export function sourceLabel(source: string): string {
  if (source === "litellm") return "LiteLLM price list";
  if (source === "models.dev") return "models.dev";
  if (/^https?:\/\//.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, "");
    } catch {
      return source;
    }
  }
  return source;
}

function urlOf(source: string): { url?: string } {
  return /^https?:\/\//.test(source) ? { url: source } : {};
}
