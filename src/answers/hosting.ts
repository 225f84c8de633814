// "Is Claude on Azure?", "is Claude Sonnet 4.5 available in Frankfurt through Bedrock?", "can it
// do EU residency?", "does Azure OpenAI have a UK region?": where a model runs, host by host, from
// the catalogue's priced offerings and its sourced cloud records (regions, EU processing), each
// with its source and whether that source is the host's own documentation. What the sources do not
// name is said as not on record, with the page where the team can check; never guessed.
import type { Catalog } from "../catalog/catalog.js";
import { hostName } from "../catalog/hosts.js";
import { providerPolicy } from "../catalog/provider-policies.js";
import type { Place } from "../catalog/regions.js";
import { BEDROCK_REGIONAL_AVAILABILITY, type CloudAvailability } from "../catalog/clouds.js";
import type { Model } from "../catalog/schema.js";
import type { IntentHandler } from "../conversation/handler.js";
import type { Intent } from "../intents/types.js";
import type { SourceRef } from "../ports.js";
import { askChoices, heading, message, sources, table, text } from "../render/builders.js";
import { CLOUD_IDS, CLOUD_NAMES, cloudOf, cloudRecords } from "../scoring/catalog-facts.js";
import { cloudResidencyJoined, offeringResidency } from "../scoring/residency.js";
import type { CloudProvider, Exclusions } from "../scoring/requirements.js";
import { hostRuleNote } from "../scoring/host-rule.js";
import { CLOUD_POLICY_IDS, GOVERNMENT_CLOUD_NAMES } from "../scoring/hosting.js";
import { usGovernmentAvailability } from "../catalog/clouds.js";
import { modelRef, modelsFor } from "./common.js";

type Ask = Extract<Intent, { kind: "hosting" }>;

/** Each cloud's own table of which model runs in which region: where a region not on record is checked. */
const REGION_TABLES: Record<CloudProvider, string> = {
  aws: BEDROCK_REGIONAL_AVAILABILITY,
  azure: "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/models",
  gcp: "https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations",
};

const CLOUD_ORDER: CloudProvider[] = ["aws", "azure", "gcp"];

const kindWords = (r: { sourceKind: string }) =>
  r.sourceKind === "primary" ? "its own documentation" : "a third-party listing, unverified";

/** The record to cite: the host's own documentation first, then one that names regions. */
function bestRecord(records: readonly CloudAvailability[]): CloudAvailability | undefined {
  const rank = (r: CloudAvailability) => (r.sourceKind === "primary" ? 0 : 2) + (r.regions.length > 0 ? 0 : 1);
  return [...records].sort((a, b) => rank(a) - rank(b))[0];
}

function recordSource(model: Model, r: CloudAvailability, cloud: CloudProvider): SourceRef {
  return { label: `${model.name} on ${CLOUD_NAMES[cloud]} (${kindWords(r)})`, url: r.sourceUrl, asOf: r.asOf };
}

/** The clouds a model is sold in: a priced offering or a sourced availability record. */
function cloudsOf(model: Model): CloudProvider[] {
  const priced = new Set(model.offerings.map((o) => cloudOf(o)).filter((c): c is CloudProvider => c !== null));
  return CLOUD_ORDER.filter((c) => priced.has(c) || cloudRecords(model, c).length > 0);
}

/** Whether a place is on record at one host: short words for a table cell, and the record cited. */
interface PlaceFact {
  words: string;
  /** true when the sources show the model processed there (a named region, or an EU-wide scope for the EU). */
  there: boolean;
  /** The host's own record rules the place out (its residency terms list every place it keeps processing in). */
  ruledOut?: boolean;
  seen?: string;
  /** The page that settles it, when it is not the record already cited for the host. */
  source?: SourceRef;
}

const seenIn = (f: { sourceKind: string; asOf: string } | undefined) => (f ? `${kindWords(f)}, ${f.asOf}` : undefined);
const joinSet = (xs: readonly string[]) => [...new Set(xs)].join(", ");

/** The place asked about, for the model in one cloud, from its availability records. */
function placeInCloud(catalog: Catalog, model: Model, cloud: CloudProvider, place: Place): PlaceFact {
  const records = cloudRecords(model, cloud);
  const ids = place.regions?.[cloud] ?? [];
  const named = records.filter((r) => r.regions.some((g) => ids.includes(g)));
  const euWide = records.filter((r) => r.euProcessing);
  const look = ids.length > 0 ? ` (look for ${ids.join(", ")})` : "";
  if (named.length > 0)
    return {
      words: `yes: ${joinSet(named.flatMap((r) => r.regions.filter((g) => ids.includes(g))))}`,
      there: true,
      seen: seenIn(bestRecord(named)),
    };
  if (place.id === "eu" && euWide.length > 0)
    return {
      words: `yes: ${joinSet(euWide.flatMap((r) => r.regions)) || "EU processing"}`,
      there: true,
      seen: seenIn(bestRecord(euWide)),
    };
  if (place.inEu && euWide.length > 0)
    return {
      words: `EU processing (${joinSet(euWide.flatMap((r) => r.regions))}); ${place.label} itself not named${look}`,
      there: false,
      seen: seenIn(bestRecord(euWide)),
    };
  if (place.regions && ids.length === 0)
    return { words: `no ${CLOUD_NAMES[cloud]} region in ${place.label}`, there: false };
  // The cloud's complete region tables rule the place out: the same evidence the ranking reads.
  const country = countryOfAsked(place);
  const e = country
    ? cloudResidencyJoined(catalog, model, cloud, { said: place.label, country }, CLOUD_NAMES[cloud])
    : undefined;
  const seen = e?.asOf && e.sourceKind ? { seen: seenIn({ sourceKind: e.sourceKind, asOf: e.asOf }) } : {};
  // A scope that keeps processing in the country without naming its regions ("US data zone").
  if (e?.state === "yes") return { words: `yes: ${e.detail}`, there: true, ...seen };
  if (e?.state === "no")
    return {
      words: `no: ${e.detail}`,
      there: false,
      ruledOut: true,
      ...seen,
      ...(e.sourceUrl && e.asOf
        ? {
            source: {
              label: `${model.name} on ${CLOUD_NAMES[cloud]} in ${place.label} (${kindWords({ sourceKind: e.sourceKind ?? "secondary" })})`,
              url: e.sourceUrl,
              asOf: e.asOf,
            },
          }
        : {}),
    };
  return { words: `not on record${look}`, there: false };
}

/** The place's country (ISO 3166-1 alpha-2): the ids are country codes, the UK's aside; none for the EU. */
const countryOfAsked = (place: Place): string | undefined =>
  place.id === "eu" ? undefined : place.id === "uk" ? "GB" : place.id.toUpperCase();

/**
 * A first-party or other API host's processing place, from its own terms: its residency record for
 * the place's country first (the record the ranking checks a residency rule against, read through
 * the same function, so the two never disagree), then its EU terms and processing regions.
 */
function placeAtHost(catalog: Catalog, model: Model, provider: string, place: Place): PlaceFact {
  const country = countryOfAsked(place);
  if (country) {
    const e = offeringResidency(
      catalog,
      model,
      { provider, providerName: hostName(provider, catalog) },
      {
        said: place.label,
        country,
      },
    );
    const seen = e.sourceKind && e.asOf ? seenIn({ sourceKind: e.sourceKind, asOf: e.asOf }) : undefined;
    if (e.state === "yes") return { words: `yes: ${e.detail}`, there: true, ...(seen ? { seen } : {}) };
    if (e.state === "no") return { words: `no: ${e.detail}`, there: false, ruledOut: true, ...(seen ? { seen } : {}) };
  }
  const policy = providerPolicy(catalog, provider);
  const eu = policy?.euDataResidency;
  const regions = policy?.processingRegions;
  if (place.inEu && eu && (eu.value === "yes" || eu.value === "on-request")) {
    const offered = eu.value === "yes" ? "EU processing offered" : "EU processing on request";
    return {
      words: place.id === "eu" ? `yes: ${offered}` : `${offered}; ${place.label} itself not named`,
      there: place.id === "eu",
      seen: seenIn(eu),
    };
  }
  if (regions) return { words: `processes in ${regions.value.join(", ")}`, there: false, seen: seenIn(regions) };
  if (eu?.value === "no") return { words: "no EU processing", there: false, seen: seenIn(eu) };
  return { words: "not in the catalogue", there: false };
}

const withSeen = (f: PlaceFact) => `${f.words}${f.seen ? ` (${f.seen})` : ""}`;

/**
 * "Is X on Bedrock in GovCloud?": yes or no first, from the cloud's own records of the model in its
 * US government regions (the records the ranking holds a government-bound team to), with their source.
 */
function governmentVerdict(model: Model, cloud: CloudProvider): { words: string; source?: SourceRef } {
  const government = GOVERNMENT_CLOUD_NAMES[cloud];
  const records = usGovernmentAvailability(model, CLOUD_IDS[cloud]);
  const record = bestRecord(records);
  if (!record)
    return {
      words: `**No: ${model.name} is not on record in ${government}.** ${CLOUD_NAMES[cloud]}'s pages we hold do not list it in its government regions (${REGION_TABLES[cloud]} is the table to check).`,
    };
  const regions = joinSet(records.flatMap((r) => r.regions));
  return {
    words: `**Yes: ${model.name} is offered on ${CLOUD_NAMES[cloud]} in ${government}** (${regions}; ${seenIn(record)}).`,
    source: {
      label: `${model.name} in ${government} (${kindWords(record)})`,
      url: record.sourceUrl,
      asOf: record.asOf,
    },
  };
}

/** One line per model: what the question asks (a cloud, a place, both), answered from the records. */
function verdict(catalog: Catalog, model: Model, ask: Ask): string {
  const clouds = cloudsOf(model);
  if (ask.cloud) {
    const cloud = ask.cloud;
    if (!clouds.includes(cloud)) {
      const elsewhere = [...new Set(model.offerings.map((o) => o.providerName))];
      return `**${model.name}** is not offered on ${CLOUD_NAMES[cloud]} in our sources${elsewhere.length > 0 ? ` (it is sold by ${elsewhere.slice(0, 5).join(", ")})` : ""}.`;
    }
    if (ask.usGovernment) return governmentVerdict(model, cloud).words;
    const record = bestRecord(cloudRecords(model, cloud));
    const on = `**${model.name}** is offered on ${CLOUD_NAMES[cloud]} (${seenIn(record) ?? "a priced offering"})`;
    return ask.place
      ? `${on}; in ${ask.place.label}: ${withSeen(placeInCloud(catalog, model, cloud, ask.place))}.`
      : `${on}.`;
  }
  if (ask.provider) {
    const sold = model.offerings.some((o) => o.provider === ask.provider);
    const name = hostName(ask.provider, catalog);
    return sold
      ? `**${model.name}** is offered on ${name}.`
      : `**${model.name}** is not offered on ${name} in our sources.`;
  }
  if (ask.unlistedHost) {
    const hosts = hostFacts(catalog, model, undefined).map((r) => r.host);
    const onRecord =
      hosts.length > 0 ? `the hosts on record for it are ${hosts.join(", ")}` : "no host is on record for it";
    return `**${model.name}** is not offered on ${ask.unlistedHost} in our sources: ${ask.unlistedHost} is not among the hosts in the catalogue; ${onRecord}.`;
  }
  const place = ask.place!;
  const rows = hostFacts(catalog, model, place);
  const there = rows.filter((r) => r.fact.there).map((r) => `${r.host} (${withSeen(r.fact).replace(/^yes: /, "")})`);
  const out = rows.filter((r) => r.fact.ruledOut).map((r) => `${r.host} (${withSeen(r.fact).replace(/^no: /, "")})`);
  const not = rows.filter((r) => !r.fact.there && !r.fact.ruledOut).map((r) => r.host);
  return `**${model.name}** in ${place.label}: ${there.length > 0 ? `yes, on ${there.join("; ")}` : "no host has it on record"}.${out.length > 0 ? ` Known not to: ${out.join("; ")}.` : ""}${not.length > 0 ? ` Not on record: ${not.join(", ")}.` : ""}`;
}

interface HostFact {
  host: string;
  regions: string;
  fact: PlaceFact;
}

/** Every host of the model, the regions our sources name for it there, and the asked place (or the EU). */
function hostFacts(catalog: Catalog, model: Model, place: Place | undefined): HostFact[] {
  const asked: Place = place ?? { id: "eu", label: "the EU", inEu: true };
  const rows: HostFact[] = [];
  for (const provider of new Set(model.offerings.filter((o) => cloudOf(o) === null).map((o) => o.provider))) {
    const regions = providerPolicy(catalog, provider)?.processingRegions?.value;
    rows.push({
      host: hostName(provider, catalog),
      regions: regions?.join(", ") ?? "not stated",
      fact: placeAtHost(catalog, model, provider, asked),
    });
  }
  for (const cloud of cloudsOf(model)) {
    const regions = joinSet(cloudRecords(model, cloud).flatMap((r) => r.regions));
    rows.push({
      host: CLOUD_NAMES[cloud],
      regions: regions || "not stated",
      fact: placeInCloud(catalog, model, cloud, asked),
    });
  }
  return rows;
}

/** "Does Azure have a UK region?": the cloud's regions our records name, across every model. */
function cloudRegions(catalog: Catalog, cloud: CloudProvider, place: Place): string {
  const ids = place.regions?.[cloud] ?? [];
  const named = new Map<string, number>();
  for (const m of catalog.models)
    for (const r of cloudRecords(m, cloud)) for (const g of r.regions) named.set(g, (named.get(g) ?? 0) + 1);
  const hits = ids.filter((g) => named.has(g));
  const listed = [...named.keys()].join(", ");
  if (hits.length > 0)
    return `Yes: ${hits.join(", ")} in ${place.label} is named for ${Math.max(...hits.map((g) => named.get(g)!))} models in our sources.`;
  if (place.regions && ids.length === 0) return `${CLOUD_NAMES[cloud]} has no region in ${place.label}.`;
  return `None of our ${CLOUD_NAMES[cloud]} records names a region in ${place.label}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}: it is not on record here, which is not the same as not offered. Our records name ${listed || "no region at all"}.`;
}

/** Every host of the model (priced offerings and clouds with a sourced record) judged against the team's rule on hosts. */
function ruleOnHosts(catalog: Catalog, model: Model, exclude: Exclusions | undefined) {
  const providers = [
    ...model.offerings.filter((o) => cloudOf(o) === null).map((o) => o.provider),
    ...cloudsOf(model).map((c) => CLOUD_POLICY_IDS[c]),
  ];
  return hostRuleNote(catalog, model, providers, exclude);
}

export const hostingHandler: IntentHandler<"hosting"> = (intent, ctx) => {
  const { catalog } = ctx;
  const all = modelsFor(intent.modelIds, catalog);
  // A family asked as a whole ("is claude on azure?"): the models teams can still start with.
  const current = all.filter((m) => m.status === "current");
  const models = current.length > 0 ? current : all;
  const cloud = intent.cloud;
  const asked = [
    cloud ? CLOUD_NAMES[cloud] : intent.provider ? hostName(intent.provider, catalog) : (intent.unlistedHost ?? null),
    intent.place?.label,
  ]
    .filter(Boolean)
    .join(", in ");
  const blocks = [
    heading(models.length === 1 ? `Where ${models[0]!.name} runs` : `Where models run${asked ? `: ${asked}` : ""}`),
  ];
  const srcs: SourceRef[] = [];
  // A team that ruled hosts out ("no US-owned cloud providers") hears first whether this host may serve it.
  const rule = models.length === 1 ? ruleOnHosts(catalog, models[0]!, ctx.session.requirements.exclude) : null;
  if (rule) {
    blocks.push(text(rule.text));
    srcs.push(...rule.sources);
  }
  if (models.length === 0 && cloud && intent.place) blocks.push(text(cloudRegions(catalog, cloud, intent.place)));
  else blocks.push(text(models.map((m) => `- ${verdict(catalog, m, intent)}`).join("\n")));
  if (models.length === 1) {
    const model = models[0]!;
    const place = intent.place;
    const rows = hostFacts(catalog, model, place).map((r) => [r.host, r.regions, r.fact.words, r.fact.seen ?? ""]);
    blocks.push(
      table(["Host", "Regions in our sources", place ? `In ${place.label}` : "EU processing", "Source"], rows),
    );
  }
  // Open weights run wherever the team runs them: the hosts above are not the only way.
  const open = models.filter((m) => m.openWeights).map((m) => m.name);
  if (open.length > 0)
    blocks.push(
      text(
        `${open.join(", ")} ${open.length === 1 ? "has" : "have"} open weights: self-hosted in your own account, ${open.length === 1 ? "it runs" : "they run"} in whichever region you choose.`,
      ),
    );
  if (models.length === 1 && intent.place)
    for (const r of hostFacts(catalog, models[0]!, intent.place)) if (r.fact.source) srcs.push(r.fact.source);
  // The government records the yes stands on come first among the sources.
  if (cloud && intent.usGovernment)
    for (const m of models) {
      const cited = governmentVerdict(m, cloud).source;
      if (cited) srcs.unshift(cited);
    }
  for (const m of models)
    for (const c of cloudsOf(m)) {
      const r = bestRecord(cloudRecords(m, c));
      if (r && (!cloud || c === cloud)) srcs.push(recordSource(m, r, c));
    }
  const check = (cloud ? [cloud] : [...new Set(models.flatMap(cloudsOf))]).map(
    (c) => `${CLOUD_NAMES[c]}: ${REGION_TABLES[c]}`,
  );
  if (check.length > 0)
    blocks.push(
      text(
        `Regions change often; the clouds' own tables say which region serves which model today:\n${check.map((c) => `- ${c}`).join("\n")}`,
      ),
    );
  blocks.push(
    askChoices(
      "Ask next:",
      models
        .slice(0, 1)
        .map((m) => `price of ${m.name}`)
        .concat(["help me choose a model"]),
    ),
  );
  blocks.push(
    sources([
      ...srcs.slice(0, 8),
      { label: `modelwise catalogue (${catalog.models.length} models)`, asOf: catalog.asOf },
    ]),
  );
  return {
    replies: [
      message(blocks, {
        intent: "hosting",
        models: models.map(modelRef),
        ...(cloud ? { cloud } : {}),
        ...(intent.provider ? { provider: intent.provider } : {}),
        ...(intent.place ? { place: intent.place.id } : {}),
        ...(intent.usGovernment ? { usGovernment: true } : {}),
        hosts: Object.fromEntries(models.map((m) => [m.id, cloudsOf(m)])),
      }),
    ],
  };
};
