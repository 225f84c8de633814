// One API provider's data terms ("does Mistral train on our API data?", "is Claude Sonnet 4.5 on
// Bedrock covered by the BAA?", "does OpenAI keep our prompts?"): fact by fact, each with its
// source, whether that source is the provider's own text and its date; a fact the catalogue lacks
// is said to be unknown. The term the question asks about comes first, answered in words.
import type { Catalog } from "../catalog/catalog.js";
import { hostName } from "../catalog/hosts.js";
import { dataProcessor } from "../catalog/data-processor.js";
import { providerPolicy, type ProcessorRecord, type ProviderPolicy } from "../catalog/provider-policies.js";
import type { Model } from "../catalog/schema.js";
import type { ProviderTerm } from "../intents/types.js";
import type { SourceRef } from "../ports.js";
import { TRI, type TopicAnswer } from "./topic-answer.js";

type Sourced = NonNullable<ProviderPolicy["trainsOnCustomerData"]>;

const TRAINS: Record<string, string> = {
  no: "no, not by default",
  yes: "yes",
  "opt-out": "yes, by default, unless you opt out",
  unknown: "unknown",
};

/** Each term: its label, the policy record's field, and what its source is about. */
const TERMS: Record<
  ProviderTerm,
  { label: string; field: keyof Omit<ProviderPolicy, "provider" | "name">; topic: string }
> = {
  training: { label: "Trains on your API data", field: "trainsOnCustomerData", topic: "training on API data" },
  "free-tier": {
    label: "Free tier trains on what you send",
    field: "freeTierTraining",
    topic: "the free tier",
  },
  retention: { label: "Keeps your data", field: "retentionDays", topic: "retention" },
  zdr: { label: "Zero data retention", field: "zeroDataRetention", topic: "zero data retention" },
  baa: { label: "Signs a HIPAA BAA", field: "baa", topic: "HIPAA BAAs" },
  dpa: { label: "Signs a data processing agreement (DPA)", field: "dpa", topic: "data processing agreements" },
  eu: { label: "Keeps processing in the EU", field: "euDataResidency", topic: "EU data residency" },
};
const termOf = (p: ProviderPolicy, term: ProviderTerm) => p[TERMS[term].field] as Sourced | undefined;
const ORDER: ProviderTerm[] = ["training", "retention", "zdr", "baa", "dpa", "eu"];
/** The terms shown for a provider: a free tier's only where its record holds one (most APIs have none). */
const termsOf = (p: ProviderPolicy): ProviderTerm[] =>
  p.freeTierTraining ? ["training", "free-tier", ...ORDER.slice(1)] : ORDER;

function valueWords(term: ProviderTerm, f: Sourced): string {
  if (term === "training" || term === "free-tier") return TRAINS[f.value as string] ?? String(f.value);
  if (term === "retention") {
    const days = f.value as unknown as number | null;
    return days === null
      ? "for a time its terms do not state"
      : days === 0
        ? "not at all by default"
        : `up to ${days} days by default`;
  }
  return TRI[f.value as string] ?? String(f.value);
}

const seen = (f: Pick<Sourced, "sourceKind" | "asOf" | "note">) =>
  `${f.note ? ` ${f.note}` : ""} (${f.sourceKind === "primary" ? "its own terms" : "a third-party summary, unverified"}, ${f.asOf})`;

/**
 * Whether the named models are sold on this host, from the catalogue's offerings, and whether its
 * terms are the ones that apply to them there: a closed model of another lab whose processor no
 * source names is said to be not on record.
 */
function modelLines(catalog: Catalog, models: readonly Model[], provider: string, name: string): string[] {
  return models.map((m) => {
    if (!m.offerings.some((o) => o.provider === provider))
      return `**${m.name}** is not offered on ${name} in the catalogue; these are ${name}'s terms for the models it does sell.`;
    const processor = dataProcessor(catalog, m, provider);
    if (processor.provider === null)
      return `**${m.name}** is offered on ${name}, but who processes its data there (${name} itself, or ${m.lab}) is not on record: the terms below are ${name}'s own, and may not be the ones that apply to it. Ask ${name} which company is the data processor for it before you rely on them.`;
    return `**${m.name}** is offered on ${name}, so these terms are the ones that apply to it there.${processor.record ? ` Who processes it there:${seen(processor.record)}` : ""}`;
  });
}

/**
 * The models asked about are sold on a host whose own source names another company as their data
 * processor (Claude on Microsoft Foundry: Anthropic): that company, with the record, else null.
 */
function resoldBy(catalog: Catalog, models: readonly Model[], provider: string) {
  const on = models.filter((m) => m.offerings.some((o) => o.provider === provider));
  const named = on.map((m) => dataProcessor(catalog, m, provider));
  const first = named[0];
  if (!first?.provider || !first.record || first.provider === provider) return null;
  return named.every((n) => n.provider === first.provider) ? { provider: first.provider, record: first.record } : null;
}

/**
 * A model asked about as a whole ("is GPT-4o GDPR compliant?", "is DeepSeek R1 safe for a bank?",
 * no single term named): that is not settled by its licence but by where the data goes and what
 * the provider does with it, which the terms below say; open weights can keep the data in-house.
 */
function wholeModelLines(models: readonly Model[], name: string): string[] {
  const lines = [
    `Whether this is compliant for you (GDPR, a bank's or a hospital's rules) is not settled by the model's licence: it turns on where your prompts are processed, how long ${name} keeps them, whether it trains on them, and on your own agreements with it (a data processing agreement, a lawful basis for the data you send). What its terms say on each:`,
  ];
  for (const m of models)
    if (m.openWeights)
      lines.push(
        `**${m.name}** has open weights: run on your own servers or cloud account, no prompt reaches ${name} and none of the terms below apply; you answer for the data yourself.`,
      );
  return lines;
}

/** One term of one provider in words ("yes (its own terms, 2026-12-04)"), or null when not on file. */
export function termInWords(
  catalog: Catalog,
  provider: string,
  term: ProviderTerm,
): { label: string; value: string; words: string; source: SourceRef } | null {
  const policy = providerPolicy(catalog, provider);
  const f = policy ? termOf(policy, term) : undefined;
  if (!policy || !f) return null;
  return {
    label: TERMS[term].label,
    value: String(f.value),
    words: `${valueWords(term, f)}.${seen(f)}`,
    source: termSource(policy.name, f, TERMS[term].topic),
  };
}

// A third party's page is not the provider's terms: the label says whose reading it is.
const termSource = (name: string, f: Pick<Sourced, "sourceKind" | "sourceUrl" | "asOf">, topic: string): SourceRef => ({
  label: `${f.sourceKind === "primary" ? `${name} terms` : `a third-party reading of ${name}'s terms`} on ${topic}`,
  ...(f.sourceUrl ? { url: f.sourceUrl } : {}),
  asOf: f.asOf,
});

/** The words for a term ("Signs a HIPAA BAA"), for answers that ask it of several hosts. */
export const termLabel = (term: ProviderTerm): string => TERMS[term].label;

export interface ProviderTermsQuestion {
  provider: string;
  /** The term asked about, answered first. */
  asks?: ProviderTerm;
  models?: readonly Model[];
}

export function providerTerms(catalog: Catalog, q: ProviderTermsQuestion): TopicAnswer {
  const resold = resoldBy(catalog, q.models ?? [], q.provider);
  if (resold) return resoldTerms(catalog, q, resold.provider, resold.record);
  const { provider } = q;
  const policy = providerPolicy(catalog, provider);
  const name = policy?.name ?? hostName(provider, catalog);
  const criterion = `What ${name} does with the prompts and outputs you send its API, as its terms say: training on them, how long it keeps them, zero data retention, a HIPAA BAA, a data processing agreement and EU processing.`;
  const models = q.models ?? [];
  const title = `${name}: what happens to your API data`;
  const framing = q.asks || models.length === 0 ? [] : wholeModelLines(models, name);
  if (!policy)
    return {
      title,
      criterion,
      facts: [
        ...framing,
        ...modelLines(catalog, models, provider, name),
        `The catalogue holds no data terms for ${name}: whether it trains on or keeps your data, or signs a BAA, is unknown here. Read its terms before sending it anything you must protect, or self-host an open-weights model.`,
      ],
      sources: [],
      models: [...models],
      evidence: { provider, policy: null },
    };
  const shown = termsOf(policy);
  const order = q.asks ? [q.asks, ...shown.filter((t) => t !== q.asks)] : shown;
  const facts = order.map((term) => {
    const { label } = TERMS[term];
    const f = termOf(policy, term);
    return f
      ? `**${label}:** ${valueWords(term, f)}.${seen(f)}`
      : `**${label}:** ${term === "retention" ? "for how long is " : ""}not in the catalogue (unknown).`;
  });
  // Where requests are processed (a country or region list), when the terms say: the first fact a
  // team weighing "can we trust them with this?" needs beside EU processing.
  const where = policy.processingRegions;
  if (where) facts.push(`**Processes requests in:** ${where.value.join(", ")}.${seen(where)}`);
  const sources: SourceRef[] = order.flatMap((term) => {
    const f = termOf(policy, term);
    return f ? [termSource(name, f, TERMS[term].topic)] : [];
  });
  if (where) sources.push(termSource(name, where, "where requests are processed"));
  const evidence = Object.fromEntries(
    shown.map((term) => [TERMS[term].field, termOf(policy, term)?.value ?? "unknown"] as const),
  );
  return {
    title,
    criterion,
    facts: [...framing, ...modelLines(catalog, models, provider, name), ...facts],
    sources: [...new Map(sources.map((x) => [`${x.url ?? ""}|${x.asOf}`, x])).values()],
    models: [...models],
    evidence: { provider, asks: q.asks ?? null, ...evidence },
  };
}

/**
 * "Is Claude on Azure covered by a BAA?": Azure sells it, Anthropic processes it (Microsoft's own
 * page), so the processor's terms answer, led by whose they are and why, with that page cited.
 */
function resoldTerms(
  catalog: Catalog,
  q: ProviderTermsQuestion,
  processor: string,
  record: ProcessorRecord,
): TopicAnswer {
  const host = providerPolicy(catalog, q.provider)?.name ?? hostName(q.provider, catalog);
  const answer = providerTerms(catalog, { ...q, provider: processor, models: [] });
  const name = providerPolicy(catalog, processor)?.name ?? hostName(processor, catalog);
  const names = (q.models ?? []).map((m) => `**${m.name}**`).join(", ");
  const lead = `${names} on ${host}: ${name.replace(/ API$/, "")} is the data processor there, so ${name}'s terms below apply to it, not ${host}'s own.${seen(record)}`;
  const source: SourceRef = {
    label: `${host}: who processes ${(q.models ?? []).map((m) => m.name).join(", ")}${record.sourceKind === "primary" ? "" : " (a third-party reading)"}`,
    url: record.sourceUrl,
    asOf: record.asOf,
  };
  return {
    ...answer,
    title: `${(q.models ?? []).map((m) => m.name).join(", ")} on ${host}: ${name}'s terms apply`,
    facts: [lead, ...answer.facts],
    sources: [source, ...answer.sources],
    models: [...(q.models ?? [])],
    evidence: { ...answer.evidence, soldOn: q.provider },
  };
}
