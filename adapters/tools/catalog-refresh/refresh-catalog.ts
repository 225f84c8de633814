// `modelwise catalog refresh`: rebuilds the catalogue from fresh models.dev / LiteLLM / OpenRouter
// files through the importer (so curated facts stay where they are primary), checks the result
// against the schema and the sanity limits, reports what changed and where sources disagree, and
// only then swaps the result in (refreshed.json, all three files in one rename; see
// read-catalog.ts). Any refusal leaves the catalogue in service untouched.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogError, parseCatalog } from "../../../src/catalog/load.js";
import type { Model } from "../../../src/catalog/schema.js";
import { buildCatalogFiles, toJsonText } from "../catalog-import/build-catalog.js";
import type { ImportInputs } from "../catalog-import/build-catalog.js";
import { MODEL_CURATION } from "../curation/models.js";
import { diffCatalog, formatDiff, isEmptyDiff } from "./catalog-diff.js";
import type { CatalogDiff } from "./catalog-diff.js";
import { openRouterDisagreements } from "./openrouter-check.js";
import { curationListedBy } from "./listed-curation.js";
import { loadSources, RefreshRefused } from "./read-sources.js";
import { SANITY_LIMITS } from "./sanity-limits.js";
import { writeFileAtomically } from "./swap-files.js";
import {
  readCommittedFiles,
  readRefreshed,
  REFRESHED_FILE,
  REFRESHED_VALIDATED_FILE,
  refreshedDigest,
  type RefreshedDocument,
} from "../../shared/read-catalog.js";

export interface RefreshOptions {
  from: readonly string[];
  catalogDir: string;
  /** Holds the curation inputs (selfhost.json, licenses.json) and the default source snapshots. */
  referenceDir: string;
  dryRun: boolean;
  timeoutMs?: number;
  now?: () => Date;
}

export interface RefreshOutcome {
  lines: string[];
  diff: CatalogDiff;
  swapped: boolean;
  /** The version now in service when swapped. */
  version?: string;
}

export async function refreshCatalog(options: RefreshOptions): Promise<RefreshOutcome> {
  const sources = await loadSources(options.from, options.timeoutMs ?? SANITY_LIMITS.fetchTimeoutMs);
  const reference = (name: string): unknown => readJson(join(options.referenceDir, name), name);
  const { current, base } = catalogInService(options.catalogDir);
  // A kind not given on the command line comes from the snapshot the catalogue was built from.
  const inputs: ImportInputs = {
    modelsDev: (sources.modelsDev?.file ?? reference("models-dev.json")) as ImportInputs["modelsDev"],
    litellm: (sources.litellm?.file ?? reference("litellm-prices.json")) as ImportInputs["litellm"],
    selfhost: reference("selfhost.json") as ImportInputs["selfhost"],
    licenses: reference("licenses.json") as ImportInputs["licenses"],
  };
  const listed = curationListedBy(MODEL_CURATION, inputs);
  let built: ReturnType<typeof buildCatalogFiles>;
  try {
    built = buildCatalogFiles(inputs, listed.curation);
  } catch (error) {
    throw new RefreshRefused(`the sources could not be combined into a catalogue: ${firstLine(error)}`);
  }
  try {
    parseCatalog({ licenses: built.files.licenses, models: built.files.models, selfhost: current.selfhost });
  } catch (error) {
    if (error instanceof CatalogError)
      throw new RefreshRefused(`the result fails the catalogue schema: ${firstLine(error)}`);
    throw error;
  }
  const before = ((current.models as { models?: Model[] }).models ?? []) as Model[];
  const after = built.files.models.models;
  const diff = diffCatalog(before, after);
  checkSanity(before, after, diff);
  const openRouter = sources.openrouter ? openRouterDisagreements(sources.openrouter.file, after) : [];
  const implausibleOpenRouter = openRouter.filter((d) => d.implausible);
  if (implausibleOpenRouter.length > SANITY_LIMITS.maxImplausiblePriceMoves)
    throw new RefreshRefused(
      `${sources.openrouter?.from}: ${implausibleOpenRouter.length} prices differ from the catalogue by ${SANITY_LIMITS.implausiblePriceFactor}x or more, which looks like a unit mix-up`,
    );

  const lines = [
    `Catalogue refresh${options.dryRun ? " (dry run: nothing written)" : ""}`,
    `Sources: models.dev ${sources.modelsDev?.from ?? "(snapshot in service)"}; LiteLLM ${sources.litellm?.from ?? "(snapshot in service)"}; OpenRouter ${sources.openrouter?.from ?? "(not given)"}`,
    ...formatDiff(diff),
    `No longer listed by the sources (${listed.unlisted.length})${listed.unlisted.length ? ":" : ""}`,
    ...listed.unlisted.map((line) => `  ${line}`),
    `Sources disagree (${built.priceDisagreements.length + openRouter.length})${built.priceDisagreements.length + openRouter.length ? ": both kept, check before relying on one" : ""}`,
    ...built.priceDisagreements.map(
      (d) =>
        `  ${d.modelId} @ ${d.provider}: models.dev ${d.modelsDev.inputPerMTok}/${d.modelsDev.outputPerMTok} vs LiteLLM ${d.litellm.inputPerMTok}/${d.litellm.outputPerMTok}`,
    ),
    ...openRouter.map((d) => `  ${d.line}`),
  ];
  const unchanged =
    toJsonText(built.files.licenses) === toJsonText(current.licenses) &&
    toJsonText(built.files.models) === toJsonText(current.models);
  if (options.dryRun || unchanged) {
    if (!options.dryRun) lines.push(`The catalogue is already up to date (${options.catalogDir}); nothing written.`);
    return { lines, diff, swapped: false };
  }
  const refreshedAt = (options.now ?? (() => new Date()))().toISOString();
  const files = { licenses: built.files.licenses, models: built.files.models, selfhost: current.selfhost };
  const digest = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 12);
  const document: RefreshedDocument = {
    format: 1,
    version: `refresh:${refreshedAt}:${digest}`,
    refreshedAt,
    base,
    ...files,
  };
  const text = JSON.stringify(document);
  writeFileAtomically(join(options.catalogDir, REFRESHED_FILE), text);
  // Validated above (parseCatalog): readers may skip the schema pass for exactly this text.
  writeFileAtomically(join(options.catalogDir, REFRESHED_VALIDATED_FILE), `${refreshedDigest(text)}\n`);
  lines.push(
    `Swapped in: licences, models and self-host data together (${REFRESHED_FILE} in ${options.catalogDir}, version ${document.version})${isEmptyDiff(diff) ? " (sources and dates only)" : ""}`,
  );
  return { lines, diff, swapped: true, version: document.version };
}

/** The catalogue a refresh starts from: the last refresh when it was built on these committed files. */
function catalogInService(dir: string): {
  current: { licenses: unknown; models: unknown; selfhost: unknown };
  base: string;
} {
  let committed;
  let refreshed;
  try {
    committed = readCommittedFiles(dir);
    refreshed = readRefreshed(dir);
  } catch (error) {
    throw new RefreshRefused(`the catalogue in service cannot be read: ${firstLine(error)}`);
  }
  const current = refreshed && refreshed.base === committed.fingerprint ? refreshed : committed.values;
  return {
    current: { licenses: current.licenses, models: current.models, selfhost: current.selfhost },
    base: committed.fingerprint,
  };
}

/** Refuses a result that differs from the catalogue in service more than any real update would. */
function checkSanity(before: readonly Model[], after: readonly Model[], diff: CatalogDiff): void {
  if (before.length > 0 && diff.modelsRemoved.length / before.length > SANITY_LIMITS.maxModelsRemovedShare)
    throw new RefreshRefused(
      `${diff.modelsRemoved.length} of ${before.length} models would disappear (limit ${SANITY_LIMITS.maxModelsRemovedShare * 100}%)`,
    );
  const count = (models: readonly Model[]) => {
    const bySource = new Map<string, number>();
    for (const m of models) for (const o of m.offerings) bySource.set(o.source, (bySource.get(o.source) ?? 0) + 1);
    return bySource;
  };
  const now = count(after);
  for (const [source, was] of count(before)) {
    const lost = was - (now.get(source) ?? 0);
    if (lost / was > SANITY_LIMITS.maxOfferingsRemovedShare)
      throw new RefreshRefused(
        `${lost} of ${was} ${source} offerings would disappear (limit ${SANITY_LIMITS.maxOfferingsRemovedShare * 100}%): the source looks incomplete`,
      );
  }
  const factor = SANITY_LIMITS.implausiblePriceFactor;
  const wild = diff.prices.filter(
    (p) => p.old > 0 && p.now > 0 && (p.now / p.old >= factor || p.old / p.now >= factor),
  );
  if (wild.length > SANITY_LIMITS.maxImplausiblePriceMoves)
    throw new RefreshRefused(
      `${wild.length} prices would move by ${factor}x or more (e.g. ${wild[0]?.modelId} ${wild[0]?.old} -> ${wild[0]?.now}), which looks like a unit mix-up`,
    );
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function readJson(path: string, label: string): unknown {
  const text = readText(path);
  if (text === null) throw new RefreshRefused(`${label} cannot be read (${path})`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RefreshRefused(`${label} is not valid JSON (${path})`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
