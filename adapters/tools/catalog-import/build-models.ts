// Builds catalog/models.json from the hand-kept model list and the reference data. Every
// reference in the curation must resolve: a typo in an id is an error, not a silent gap.
import type { Model, Offering, Provenance } from "../../../src/catalog/schema.js";
import type { Lab } from "../../../src/catalog/signals-schema.js";
import { BEDROCK_DOCS } from "../curation/clouds-bedrock.js";
import { CLOUD_DOCS } from "../curation/clouds-docs.js";
import { AZURE_GOVERNMENT_DOCS } from "../curation/clouds-government.js";
import {
  MODEL_CARD_CONTEXT,
  PRIMARY_RELEASE_DATES,
  PRIMARY_RETIREMENTS,
  PRIMARY_STATUSES,
  REPORTED_CONTEXT,
  CONTEXT_NOT_ON_FILE,
  REPORTED_RELEASE_DATES,
} from "../curation/facts-primary.js";
import { LAB_CURATION } from "../curation/labs.js";
import { LMARENA_SNAPSHOTS } from "../curation/lmarena-snapshot.js";
import { FIRST_PARTY_PROVIDERS } from "../curation/models.js";
import { BREADTH_PARAMS } from "../curation/models-breadth.js";
import { MID_2026_PARAMS } from "../curation/models-breadth-mid2026.js";
import { SOURCED_PARAMS } from "../curation/params-sourced.js";
import type { ModelCuration } from "../curation/model-types.js";
import { buildOfferings, litellmProviderId } from "./offerings.js";
import { applyLabPrice } from "./lab-prices.js";
import { mistralPrices } from "../curation/mistral-cards.js";
import { ANTHROPIC_PAGE_PRICES } from "../curation/lab-page-models.js";
import { OFFERING_RETIREMENTS } from "../curation/offering-retirements.js";
import { HOST_OWNER_CURATION } from "../curation/host-owners.js";

/** Labs' own API prices read in their texts (Mistral's model cards, Anthropic's model pages). */
const LAB_PRICES = { ...mistralPrices(), ...ANTHROPIC_PAGE_PRICES };
import type { PriceDisagreement } from "./offerings.js";
import type {
  LiteLlmFile,
  LiteLlmRow,
  ModelsDevBase,
  ModelsDevFile,
  ModelsDevRow,
  SelfHostFile,
} from "./source-types.js";
import { contextWindowFact, differsFromCard, releaseDateFact } from "./provenance.js";
import type { SpecOrigin } from "./provenance.js";
import { cloudsFromOfferings, regionKeyIndex, withoutSuperseded } from "./clouds.js";
import { kvCacheFor } from "./kv-cache.js";
import { parametersFromSources } from "./parameters.js";
import { sourcedQuality, tagModelsDevSignal } from "./quality-sources.js";
import { deriveStrengths, qualityFrom, specFrom, type Spec } from "./specs.js";
import { LAB_PAGE_MODELS, type LabPageModel } from "../curation/lab-page-models.js";

export type { PriceDisagreement } from "./offerings.js";

export interface SourceData {
  modelsDev: ModelsDevFile;
  litellm: LiteLlmFile;
  selfhost: SelfHostFile;
}

export interface BuiltModels {
  models: Model[];
  labs: Lab[];
  asOf: string;
  generatedFrom: string;
  sources: Provenance[];
  priceDisagreements: PriceDisagreement[];
  warnings: string[];
}

export function buildModels(
  data: SourceData,
  curation: readonly ModelCuration[],
  licenseIds: ReadonlySet<string>,
): BuiltModels {
  const modelsDevAsOf = data.modelsDev.commit_date.slice(0, 10);
  const litellmAsOf = data.litellm.obtained_via.upstream_fetched_at.slice(0, 10);
  const dates = { modelsDevAsOf, litellmAsOf, modelsDevCommit: data.modelsDev.commit };
  const mdRows = new Map(data.modelsDev.models.map((r) => [`${r.provider}:${r.model_id}`, r]));
  const llRows = new Map(data.litellm.models.map((r) => [r.key, r]));
  const bases = new Map(data.modelsDev.base_models.map((b) => [b.id, b]));
  const errors: string[] = [];
  const warnings: string[] = [];
  const disagreements: PriceDisagreement[] = [];
  const regionKeys = regionKeyIndex(data.litellm, litellmAsOf);

  const models = curation.map((cur): Model => {
    const need = <T>(map: ReadonlyMap<string, T>, key: string, what: string): T | undefined => {
      const found = map.get(key);
      if (!found) errors.push(`${cur.id}: no ${what} "${key}"`);
      return found;
    };
    const md = (cur.md ?? [])
      .map((k) => need(mdRows, k, "models.dev offering"))
      .filter((r): r is ModelsDevRow => r !== undefined);
    const ll = (cur.ll ?? [])
      .map((k) => need(llRows, k, "LiteLLM key"))
      .filter((r): r is LiteLlmRow => r !== undefined);
    const base = cur.base ? need(bases, cur.base, "models.dev base model") : undefined;
    const extraBases = (cur.benchmarksFrom ?? []).map((k) => need(bases, k, "models.dev base model"));
    for (const id of [cur.licenseId, cur.apiLicenseId]) {
      if (id !== undefined && !licenseIds.has(id)) errors.push(`${cur.id}: unknown licence "${id}"`);
    }
    const firstParty = FIRST_PARTY_PROVIDERS[cur.lab] ?? [];
    // A model no list holds yet takes its spec, release date, context and the lab's own price from
    // the lab's page (curation/lab-page-models.ts).
    const page = LAB_PAGE_MODELS[cur.id];
    if (page && (md.length > 0 || ll.length > 0 || base))
      errors.push(`${cur.id}: a lab-page model takes no list rows; drop its page entry once a list holds it`);
    const spec = page ? specFromLabPage(page) : specFrom(base, md[0], ll[0], dates, firstParty);
    const origin = specOrigin(base, md[0], ll[0], firstParty, data, dates);
    const ids = [...md.map((r) => r.model_id), ...ll.map((r) => r.key), ...(base ? [base.id] : [])];
    const release = releaseDateFact(
      PRIMARY_RELEASE_DATES[cur.id] ?? (page?.released ? { value: page.released, ...pageSource(page) } : undefined),
      spec.releaseDate,
      origin,
      ids,
      REPORTED_RELEASE_DATES[cur.id],
    );
    const card = MODEL_CARD_CONTEXT[cur.id] ?? (page ? { value: page.contextWindow, ...pageSource(page) } : undefined);
    if (differsFromCard(spec.contextWindow, card))
      warnings.push(
        `${cur.id}: ${origin.label} gives a ${spec.contextWindow}-token context, the model card ${card?.value}; the card's is used`,
      );
    const context = CONTEXT_NOT_ON_FILE.has(cur.id)
      ? { tokens: null, source: null }
      : contextWindowFact(card, spec.contextWindow, origin, REPORTED_CONTEXT[cur.id]);
    // Retired models keep no offerings even where a price list still has a row: nobody can buy them.
    const priced =
      cur.status === "retired" || cur.kind === "library" || cur.kind === "unreleased"
        ? { offerings: [], disagreements: [] }
        : page
          ? { offerings: [labPageOffering(page)], disagreements: [] }
          : buildOfferings(cur.id, { md, ll }, firstParty, data, { modelsDevAsOf, litellmAsOf }, warnings);
    const lab = LAB_PRICES[cur.id];
    const offerings = withHostRetirements(cur.id, applyLabPrice(cur.id, priced.offerings, lab, warnings));
    // A disagreement at the lab's own API is settled once no list price is left beside the lab's.
    const settled = (d: PriceDisagreement) =>
      lab?.provider === d.provider && !offerings.some((o) => o.provider === d.provider && o.source !== lab.source);
    disagreements.push(...priced.disagreements.filter((d) => !settled(d)));
    return {
      id: cur.id,
      name: cur.name,
      lab: cur.lab,
      family: cur.family,
      aliases: cur.aliases,
      kind: cur.kind ?? "model",
      releaseDate: release.date,
      releaseDateSource: release.source,
      ...statusWithSource(cur, md[0], ll[0], dates),
      ...(PRIMARY_RETIREMENTS[cur.id] ? { retirement: PRIMARY_RETIREMENTS[cur.id] } : {}),
      openWeights: cur.openWeights,
      licenseId: cur.licenseId,
      ...(cur.apiLicenseId ? { apiLicenseId: cur.apiLicenseId } : {}),
      parameters: parametersFromSources(
        cur,
        SOURCED_PARAMS[cur.id] ?? BREADTH_PARAMS[cur.id] ?? MID_2026_PARAMS[cur.id],
        data.selfhost,
        warnings,
      ),
      ...(cur.tunedFrom ? { tunedFrom: cur.tunedFrom } : {}),
      ...(cur.openWeights && (cur.kind ?? "model") === "model" ? { kvCache: kvCacheFor(cur, data.selfhost) } : {}),
      contextWindow: context.tokens,
      contextWindowSource: context.source,
      maxOutput: spec.maxOutput,
      inputModalities: spec.inputModalities,
      outputModalities: spec.outputModalities,
      capabilities: spec.capabilities,
      strengths: deriveStrengths(cur, spec),
      quality: [
        ...qualityFrom([base, ...extraBases], modelsDevAsOf).map(tagModelsDevSignal),
        ...sourcedQuality(cur.id, errors),
      ],
      offerings,
      ...cloudsField(
        withoutSuperseded([
          ...cloudsFromOfferings(offerings, regionKeys),
          ...(CLOUD_DOCS[cur.id] ?? []),
          ...(BEDROCK_DOCS[cur.id] ?? []),
          ...(AZURE_GOVERNMENT_DOCS[cur.id] ?? []),
        ]),
      ),
      specSource: spec.specSource,
      description: cur.description,
      seedCorrection: cur.seedCorrection ?? null,
      seed2024: cur.seed2024 ?? null,
    };
  });
  errors.push(...duplicateNames(curation), ...unknownRetirementHosts());
  const ids = new Set(curation.map((c) => c.id));
  for (const cur of curation)
    if (cur.tunedFrom && !ids.has(cur.tunedFrom.id))
      errors.push(`${cur.id}: tunedFrom "${cur.tunedFrom.id}" is not a catalogue model`);
  const labNames = new Set(LAB_CURATION.map((l) => l.name));
  for (const cur of curation)
    if (!labNames.has(cur.lab)) errors.push(`${cur.id}: lab "${cur.lab}" is not in curation/labs.ts`);
  if (errors.length > 0) throw new Error(`model curation problems:\n- ${errors.join("\n- ")}`);
  return {
    models,
    labs: LAB_CURATION.filter((l) => curation.some((c) => c.lab === l.name)),
    asOf: litellmAsOf > modelsDevAsOf ? litellmAsOf : modelsDevAsOf,
    generatedFrom:
      `models.dev (sst/models.dev @ ${data.modelsDev.commit}, ${modelsDevAsOf}), ` +
      `LiteLLM model_prices_and_context_window.json (via ${data.litellm.obtained_via.mirror_repo} @ ${data.litellm.obtained_via.mirror_commit}, fetched ${litellmAsOf}), ` +
      `selfhost.json parameters (as of ${data.selfhost.as_of}) + adapters/tools/curation/models*.ts, by npm run catalog:import`,
    sources: [
      {
        label: "models.dev",
        url: `https://github.com/sst/models.dev/tree/${data.modelsDev.commit}`,
        commit: data.modelsDev.commit,
        asOf: modelsDevAsOf,
        licence: "MIT, (c) 2025 models.dev",
      },
      {
        label: "LiteLLM model_prices_and_context_window.json",
        url: `https://github.com/${data.litellm.obtained_via.mirror_repo}/tree/${data.litellm.obtained_via.mirror_commit}`,
        commit: data.litellm.obtained_via.mirror_commit,
        asOf: litellmAsOf,
        licence: "MIT, (c) 2023 Berri AI",
        note: `BerriAI/litellm main, read from the mirror ${data.litellm.obtained_via.mirror_repo}; the upstream commit is not recorded`,
      },
      { label: "Parameter counts (../shared/data/selfhost.json)", asOf: data.selfhost.as_of },
      {
        label: "LMArena leaderboard, text (style control)",
        url: LMARENA_SNAPSHOTS.text.url,
        asOf: LMARENA_SNAPSHOTS.text.asOf,
        note: "LMArena's own data file (lmarena/arena-catalog); ratings per category",
      },
      {
        label: "LMArena leaderboard, vision (style control)",
        url: LMARENA_SNAPSHOTS.vision.url,
        asOf: LMARENA_SNAPSHOTS.vision.asOf,
      },
    ],
    priceDisagreements: disagreements,
    warnings,
  };
}

/** Which row the specs were read from, for the provenance of the release date and context. */
const pageSource = (page: LabPageModel) => ({ label: page.label, url: page.url, asOf: page.asOf });

/** The spec as the lab's page states it. */
function specFromLabPage(page: LabPageModel): Spec {
  return {
    releaseDate: page.released,
    contextWindow: page.contextWindow,
    maxOutput: page.maxOutput,
    inputModalities: [...page.inputModalities],
    outputModalities: [...page.outputModalities],
    // Tool calling and structured output are not stated on the page: not known, not false.
    capabilities: { reasoning: page.reasoning, toolCalling: null, structuredOutput: null },
    specSource: { source: page.label, asOf: page.asOf },
  };
}

/** The lab's own API offering at the page's list price. */
function labPageOffering(page: LabPageModel): Offering {
  return {
    ...page.offering,
    firstParty: true,
    inputPerMTok: page.price.input,
    outputPerMTok: page.price.output,
    cachedInputPerMTok: page.price.cachedInput,
    ...(page.price.longPrompt && {
      longContextTiers: [
        {
          aboveInputTokens: page.price.longPrompt.aboveInputTokens,
          inputPerMTok: page.price.longPrompt.input,
          outputPerMTok: page.price.longPrompt.output,
          cachedInputPerMTok: page.price.longPrompt.cachedInput,
        },
      ],
    }),
    source: page.priceSource?.label ?? page.label,
    sourceUrl: page.priceSource?.url ?? page.url,
    asOf: page.asOf,
  };
}

function specOrigin(
  base: ModelsDevBase | undefined,
  md: ModelsDevRow | undefined,
  ll: LiteLlmRow | undefined,
  firstParty: readonly string[],
  data: SourceData,
  dates: { modelsDevAsOf: string; litellmAsOf: string; modelsDevCommit: string },
): SpecOrigin {
  const tree = `https://github.com/sst/models.dev/blob/${dates.modelsDevCommit}`;
  if (base)
    return {
      kind: "base",
      label: `models.dev's record for ${base.id}`,
      url: `${tree}/models/${base.id}.toml`,
      asOf: dates.modelsDevAsOf,
    };
  if (md)
    return {
      kind: firstParty.includes(md.provider) ? "lab" : "host",
      label: `models.dev's ${md.provider_name} row ${md.model_id}`,
      url: `${tree}/providers/${md.provider}/models/${md.model_id}.toml`,
      asOf: dates.modelsDevAsOf,
    };
  if (ll)
    return {
      kind: firstParty.includes(litellmProviderId(ll)) ? "lab" : "host",
      label: `LiteLLM's price map key ${ll.key}`,
      url: `https://github.com/${data.litellm.obtained_via.mirror_repo}/tree/${data.litellm.obtained_via.mirror_commit}`,
      asOf: dates.litellmAsOf,
    };
  return { kind: "none", label: "no spec row", url: "adapters/tools/curation", asOf: dates.modelsDevAsOf };
}

/** Omit the field when nothing is known, so models without cloud evidence stay as before. */
function cloudsField(clouds: Model["clouds"]): Pick<Model, "clouds"> {
  return clouds && clouds.length > 0 ? { clouds } : {};
}

/**
 * The status and where it comes from: the lab's own page (PRIMARY_STATUSES), else our curation
 * (no source: the audit lists it unless it is "current"), else a price list's deprecation mark
 * (secondary, unverified), else "current".
 */
function statusWithSource(
  cur: ModelCuration,
  md: ModelsDevRow | undefined,
  ll: LiteLlmRow | undefined,
  dates: { modelsDevAsOf: string; litellmAsOf: string; modelsDevCommit: string },
): Pick<Model, "status" | "statusSource"> {
  const page = PRIMARY_STATUSES[cur.id];
  if (page)
    return {
      status: page.value,
      statusSource: { label: page.label, sourceUrl: page.url, sourceKind: "primary", asOf: page.asOf, verified: true },
    };
  if (cur.status) return { status: cur.status };
  const listed = (label: string, sourceUrl: string, asOf: string): Pick<Model, "status" | "statusSource"> => ({
    status: "deprecated",
    statusSource: { label, sourceUrl, sourceKind: "secondary", asOf, verified: false },
  });
  if (md?.status === "deprecated")
    return listed(
      `models.dev's ${md.provider_name} row ${md.model_id}`,
      `https://github.com/sst/models.dev/blob/${dates.modelsDevCommit}/providers/${md.provider}/models/${md.model_id}.toml`,
      dates.modelsDevAsOf,
    );
  if (ll?.deprecation_date && ll.deprecation_date <= dates.litellmAsOf)
    return listed(
      `LiteLLM's price map, ${ll.key} (deprecation date ${ll.deprecation_date})`,
      "https://github.com/RoCry/llm-api-price/tree/8442b939a6ead479f7995b5d74d8dce488bd0966",
      dates.litellmAsOf,
    );
  return { status: "current" };
}

/** Ids and aliases must not collide across models, or lookups would silently pick one. */
function duplicateNames(curation: readonly ModelCuration[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const cur of curation) {
    for (const name of new Set([cur.id, ...cur.aliases].map((n) => n.toLowerCase()))) {
      const other = owner.get(name);
      if (other !== undefined && other !== cur.id) problems.push(`"${name}" names both ${other} and ${cur.id}`);
      owner.set(name, cur.id);
    }
  }
  return problems;
}

/**
 * Attaches each host's end-of-life date to its offering. A date for a host whose offering the lists
 * no longer hold attaches to nothing: hosts drop an offering from their lists once it is retired, and
 * a refresh must not be refused for that. A misspelt host is caught after the build
 * (`unknownRetirementHosts`).
 */
function withHostRetirements(id: string, offerings: Model["offerings"]): Model["offerings"] {
  const byHost = OFFERING_RETIREMENTS[id] ?? {};
  return offerings.map((o) => (byHost[o.provider] ? { ...o, retirement: byHost[o.provider] } : o));
}

/**
 * Curated end-of-life dates naming a host with no owner record (curation/host-owners.ts lists every
 * host we hold facts about): a misspelt host id, which would otherwise attach to nothing unseen.
 */
function unknownRetirementHosts(): string[] {
  const hosts = new Set(HOST_OWNER_CURATION.map((h) => h.provider));
  return Object.entries(OFFERING_RETIREMENTS).flatMap(([id, byHost]) =>
    Object.keys(byHost)
      .filter((provider) => !hosts.has(provider))
      .map(
        (provider) =>
          `${id}: a host retirement is curated for "${provider}", a host curation/host-owners.ts does not know`,
      ),
  );
}
