// Data residency outside the EU ("RBI data localisation: processed in India", "data must stay in
// Australia"), or in any of several places ("Switzerland or the EU", the EEA): whether a host of a
// model is known to process in that country (or one of them), known not to, or not checked. A cloud (Azure, Bedrock, Vertex) answers per model, from the sourced records of
// that model in its regions; any other host answers from its own residency terms. A host without
// a record for the country is "not checked", never taken as a no: a rule on a place we hold little
// about must not silently rule out every closed model.
import type { Catalog } from "../catalog/catalog.js";
import { countriesOfRule, countryName } from "../catalog/places-elsewhere.js";
import { countryOfRegion, memberStateOfRegion } from "../catalog/region-countries.js";
import { namedProcessor, providerPolicy } from "../catalog/provider-policies.js";
import { labIdOf } from "../catalog/labs.js";
import type { CloudAvailability } from "../catalog/clouds.js";
import type { Model, Offering } from "../catalog/schema.js";
import { cloudOf, cloudRecords, type Tri } from "./catalog-facts.js";
import type { CloudProvider, Requirements } from "./requirements.js";
import { mustSelfHost, type HostingBasis } from "./monthly-cost.js";

/** One place the data may stay in: as said back, and the country checked (ISO 3166-1 alpha-2, or "EU"). */
export interface ResidencyPlace {
  said: string;
  country: string;
}

/** Where a team's rule lets the data stay: as said back, and the places any one of which will do. */
export interface ResidencyRule {
  said: string;
  places: ResidencyPlace[];
}

/** The rule a team's residency words make, when every place of it is known; null otherwise (not ranked on). */
export function residencyRule(req: Pick<Requirements, "residencyElsewhere">): ResidencyRule | null {
  const said = req.residencyElsewhere;
  const countries = said === undefined ? undefined : countriesOfRule(said);
  if (said === undefined || countries === undefined) return null;
  // One place is said as the team said it ("Bengaluru"); each of several by its own name.
  const places = countries.map((country) => ({ said: countries.length === 1 ? said : countryName(country), country }));
  return { said, places };
}

/**
 * Whether this offering of the model can keep processing where the rule allows: the evidence of
 * the first place it is known to process in; else, when it is known not to process in any, why
 * not in each; else the first place not checked.
 */
export function ruleResidency(
  catalog: Catalog,
  model: Model,
  o: Pick<Offering, "provider" | "providerName">,
  rule: ResidencyRule,
): ResidencyEvidence {
  const each = rule.places.map((place) => offeringResidency(catalog, model, o, place));
  const yes = each.findIndex((e) => e.state === "yes");
  // Of several places, the one it is processed in is said ("processed in the EU").
  if (yes >= 0) return { ...each[yes]!, place: rule.places.length > 1 ? rule.places[yes]?.said : undefined };
  const unchecked = each.find((e) => e.state === "unknown");
  if (unchecked) return unchecked;
  const [first] = each;
  if (!first || each.length === 1) return first ?? { state: "unknown", detail: `no place to check` };
  return { ...first, detail: each.map((e) => e.detail).join("; ") };
}

/** What we hold on one host keeping processing in the country, with where it was read. */
export interface ResidencyEvidence {
  state: Tri;
  /** "Azure lists it in australiaeast (Standard, regional)", "Anthropic's API offers US or global processing only". */
  detail: string;
  /** Of a rule of several places, the one it is known to process in ("the EU" of "Switzerland or the EU"). */
  place?: string | undefined;
  sourceUrl?: string;
  sourceKind?: "primary" | "secondary";
  asOf?: string;
}

/** Whether this offering of the model can keep processing in the country. */
export function offeringResidency(
  catalog: Catalog,
  model: Model,
  o: Pick<Offering, "provider" | "providerName">,
  place: ResidencyPlace,
): ResidencyEvidence {
  const cloud = o.provider.endsWith("-marketplace")
    ? (o.provider.replace(/-marketplace$/, "") as CloudProvider)
    : cloudOf(o);
  if (cloud) {
    const own = cloudResidency(model, cloud, place, o.providerName);
    return own.state === "yes" ? own : (processorResidency(catalog, model, o, place) ?? own);
  }
  return termsResidency(catalog, model, o, place);
}

/**
 * A closed model a cloud resells with its lab as the data processor (Claude on Azure Foundry:
 * Anthropic processes the data, Microsoft's own page): where the data is processed is the
 * processor's to say, so its own residency terms answer when the cloud's region tables do not say
 * yes. Null when no other processor is on record, or its terms hold nothing for the place.
 */
function processorResidency(
  catalog: Catalog,
  model: Model,
  o: Pick<Offering, "provider" | "providerName">,
  place: ResidencyPlace,
): ResidencyEvidence | null {
  const processor = namedProcessor(catalog, o.provider, labIdOf(model.lab, catalog));
  if (!processor || processor.processor === o.provider) return null;
  const name = providerPolicy(catalog, processor.processor)?.name ?? processor.processor;
  const theirs = termsResidency(catalog, model, { provider: processor.processor, providerName: name }, place);
  if (theirs.state === "unknown") return null;
  const page = processor.sourceKind === "primary" ? `${o.providerName}'s own page` : "a third-party summary";
  return {
    ...theirs,
    detail: `on ${o.providerName}, ${name} is the data processor (${page}, ${processor.asOf}), and ${theirs.detail}`,
  };
}

/** Whether a host keeps processing of the model in the country, per its own residency terms. */
function termsResidency(
  catalog: Catalog,
  model: Model,
  o: Pick<Offering, "provider" | "providerName">,
  place: ResidencyPlace,
): ResidencyEvidence {
  const terms = providerPolicy(catalog, o.provider)?.residency;
  if (!terms) return { state: "unknown", detail: `no region record for ${o.providerName}` };
  const source = { sourceUrl: terms.sourceUrl, sourceKind: terms.sourceKind, asOf: terms.asOf };
  const { byModel, allListed } = terms.value;
  // A provider that pins only listed models to a place: this model's own places, none if unlisted.
  const modelPlaces = byModel ? (byModel[model.id] ?? []) : terms.value.places;
  const places = modelPlaces.map(countryName).join(", ");
  if (modelPlaces.includes(place.country))
    return { state: "yes", detail: `${o.providerName} can keep processing in ${places}`, ...source };
  if (allListed && modelPlaces.length === 0)
    return {
      state: "no",
      detail: `${o.providerName} keeps processing in a chosen place only for the models on its list, and ${model.name} is not on it`,
      ...source,
    };
  if (allListed) return { state: "no", detail: `${o.providerName} keeps processing only in ${places}`, ...source };
  return {
    state: "unknown",
    detail:
      modelPlaces.length === 0
        ? `${o.providerName} lists no residency region for ${model.name}`
        : `${o.providerName}'s residency regions on record (${places}) do not include ${place.said}`,
  };
}

/**
 * Whether a cloud keeps processing of the model in the country: its own region records, else the
 * residency terms of the processor it names for the model (processorResidency). What the hosting
 * answer says of a cloud and what the ranking checks, from one place.
 */
export function cloudResidencyJoined(
  catalog: Catalog,
  model: Model,
  cloud: CloudProvider,
  place: ResidencyPlace,
  cloudName: string,
): ResidencyEvidence {
  const own = cloudResidency(model, cloud, place, cloudName);
  if (own.state === "yes") return own;
  const offering = model.offerings.find((o) => cloudOf(o) === cloud);
  return (offering && processorResidency(catalog, model, offering, place)) ?? own;
}

/** Whether a cloud keeps processing of the model in the country, from its sourced records of it. */
export function cloudResidency(
  model: Model,
  cloud: CloudProvider,
  place: ResidencyPlace,
  cloudName: string,
): ResidencyEvidence {
  // The cloud's own pages first, so a third-party list is cited only where they say nothing.
  const records = [...cloudRecords(model, cloud)].sort(
    (a, b) => Number(a.sourceKind !== "primary") - Number(b.sourceKind !== "primary"),
  );
  // An EU member state ("Germany") is read from the regions themselves: the countries say "EU".
  const inPlace = records.find(
    (r) => r.countries?.includes(place.country) || r.regions.some((g) => memberStateOfRegion(g) === place.country),
  );
  if (inPlace)
    return {
      state: "yes",
      detail: `${inPlace.service} lists it in ${regionsIn(inPlace.regions, place.country).join(", ")}`,
      sourceUrl: inPlace.sourceUrl,
      sourceKind: inPlace.sourceKind,
      asOf: inPlace.asOf,
    };
  const unread = records.find((r) => r.unreadCountries?.includes(place.country));
  if (unread)
    return {
      state: "unknown",
      detail: `${unread.service.replace(/ \(.*\)$/, "")} can keep processing in ${place.said} for some models; whether for this one was not read in its table`,
    };
  // The table whose columns are the place's regions says why; any complete table rules it out.
  const inTable = (r: CloudAvailability) =>
    r.tableRegions?.some((g) => countryOfRegion(g) === place.country || memberStateOfRegion(g) === place.country);
  const covering = records.find((r) => r.allRegionsListed && inTable(r));
  const complete = covering ?? records.find((r) => r.allRegionsListed);
  if (complete)
    return {
      state: "no",
      detail: covering
        ? noRowIn(covering, place)
        : `the region tables of ${complete.service.replace(/ \(.*\)$/, "")} list no per-token deployment of it that keeps processing in ${place.said}`,
      sourceUrl: complete.sourceUrl,
      sourceKind: complete.sourceKind,
      asOf: complete.asOf,
    };
  return { state: "unknown", detail: `no record of ${cloudName} running it in ${place.said}` };
}

/** Why a table covering the place rules it out: no row for the model at all (its note), or rows elsewhere. */
function noRowIn(r: CloudAvailability, place: ResidencyPlace): string {
  if (r.regions.length > 0) return `${r.service} lists it in ${r.regions.join(", ")}, none of them in ${place.said}`;
  return r.note ?? `${r.service} lists it in none of ${r.tableRegions?.join(", ")}`;
}

/**
 * Whether the API hosts a model is left with for this team (hosting.ts applyHosting keeps those on
 * record in the place when any is, else the ones with no record) are not on record as processing
 * in the team's residency place, or it has none: false without such a place, or when the team runs
 * every model itself (on its premises, devices or own servers), which keeps the data where it is.
 */
export function apiHostsUnchecked(catalog: Catalog, usable: Model, req: Requirements): boolean {
  const rule = residencyRule(req);
  if (!rule || req.onDevice === true || mustSelfHost(req)) return false;
  const host = usable.offerings[0];
  return !host || ruleResidency(catalog, usable, host, rule).state !== "yes";
}

/**
 * A pick whose host is not checked for the team's place (rank-groups.ts): its estimate uses an API
 * host (or, without a volume or a price, none at all) that is not on record there. Self-hosted in
 * the team's own region, it keeps the data there.
 */
export function pickUnchecked(apiUnchecked: boolean, basis: HostingBasis | null): boolean {
  return apiUnchecked && basis !== "self-host";
}

/** The regions of a record that lie in the country: region ids by their country, scope labels
 *  ("Australia cross-region inference profile", "US data zone") by the country's name. */
function regionsIn(regions: readonly string[], country: string): string[] {
  const name = countryName(country).replace(/^the /, "");
  return regions.filter((r) => {
    const of = countryOfRegion(r);
    return of === undefined ? r.includes(name) : of === country || memberStateOfRegion(r) === country;
  });
}
