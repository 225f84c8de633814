// Source files for catalogue-refresh tests, made at test time from the reference snapshots in
// ../shared/data (the files the committed catalogue is built from), each with one deliberate
// change. Written to a temporary folder so a test can read them as paths or serve them over HTTP.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../adapters/shared/package-root.js";

export const REFERENCE_DIR = join(PACKAGE_ROOT, "..", "shared", "data");
/** The snapshots sit beside the project in the team's workspace, not in a clone on a laptop: tests built on them skip there. */
export const HAS_REFERENCE_DATA = existsSync(join(REFERENCE_DIR, "models-dev.json"));
export const CATALOG_DIR = join(PACKAGE_ROOT, "catalog");

// Every folder made here, so a test file can remove them all when it ends (the variants are ~20 MB).
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeRefreshTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

type Json = Record<string, unknown> & { models: Record<string, unknown>[] };

function reference(name: string): Json {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, name), "utf8")) as Json;
}

/** A fresh copy of the committed catalogue, so a refresh can swap files without touching catalog/. */
export function copyCatalog(): string {
  const dir = tempDir("mw-catalog-");
  for (const name of ["licenses.json", "models.json", "selfhost.json"])
    cpSync(join(CATALOG_DIR, name), join(dir, name));
  return dir;
}

export const CHANGED = {
  /** openai:gpt-4o input price 2.5 -> 3 per 1M tokens (+20%). */
  price: { provider: "openai", modelId: "gpt-4o", input: 3 },
  /** models.dev marks openai:gpt-4.1 deprecated. */
  deprecated: { provider: "openai", modelId: "gpt-4.1" },
};

/** Writes every variant into a new folder and returns its path. */
export function writeRefreshFixtures(): string {
  const dir = tempDir("mw-refresh-src-");
  const md = reference("models-dev.json");
  const ll = reference("litellm-prices.json");
  const or = readFileSync(join(REFERENCE_DIR, "openrouter-models-sample.json"), "utf8");
  const mdText = JSON.stringify(md);
  writeFileSync(join(dir, "models-dev.json"), mdText);
  writeFileSync(join(dir, "litellm.json"), JSON.stringify(ll));
  writeFileSync(join(dir, "openrouter.json"), or);

  const row = (p: string, id: string) => md.models.find((r) => r.provider === p && r.model_id === id);
  const changed = structuredClone(md);
  const find = (p: string, id: string) => changed.models.find((r) => r.provider === p && r.model_id === id);
  const priced = find(CHANGED.price.provider, CHANGED.price.modelId);
  const retiring = find(CHANGED.deprecated.provider, CHANGED.deprecated.modelId);
  if (!priced || !retiring || !row(CHANGED.price.provider, CHANGED.price.modelId))
    throw new Error("reference rows for the fixtures are missing");
  priced.cost_input_per_mtok = CHANGED.price.input;
  retiring.status = "deprecated";
  writeFileSync(join(dir, "models-dev-changed.json"), JSON.stringify(changed));

  // Cut off mid-way, as a dropped connection or a full disk leaves it.
  writeFileSync(join(dir, "models-dev-truncated.json"), mdText.slice(0, Math.floor(mdText.length / 2)));
  writeFileSync(join(dir, "malformed.json"), "{ this is not json }\n");
  writeFileSync(join(dir, "not-a-source.json"), JSON.stringify({ hello: "world", models: 3 }));

  // Keeps 2 rows in 5: well over half of every provider's models gone.
  writeFileSync(
    join(dir, "models-dev-most-gone.json"),
    JSON.stringify({ ...md, models: md.models.filter((_, i) => i % 5 < 2) }),
  );
  // Prices in USD per 1,000 tokens mislabelled as per million: every price x1000.
  const inflated = structuredClone(ll);
  for (const r of inflated.models) {
    for (const field of ["input_per_mtok", "output_per_mtok"])
      if (typeof r[field] === "number") r[field] = (r[field] as number) * 1000;
  }
  writeFileSync(join(dir, "litellm-x1000.json"), JSON.stringify(inflated));
  return dir;
}
