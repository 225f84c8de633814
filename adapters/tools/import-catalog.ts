// npm run catalog:import -- [--models-dev <path>] [--litellm <path>] [--selfhost <path>]
//   [--licenses <path>] [--out <dir>] [--check]
// Rebuilds catalog/licenses.json and catalog/models.json from the reference data and the
// hand-kept curation, prints what changed and where the two price lists disagree. --check
// writes nothing and exits 1 when the committed files are out of date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCatalogFiles, toJsonText } from "./catalog-import/build-catalog.js";
import type { ImportInputs } from "./catalog-import/build-catalog.js";
import { describeChanges, describePriceChanges } from "./catalog-import/diff.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DATA = resolve(REPO, "../shared/data");

export function readImportInputs(paths: {
  modelsDev: string;
  litellm: string;
  selfhost: string;
  licenses: string;
}): ImportInputs {
  const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;
  return {
    modelsDev: read(paths.modelsDev) as ImportInputs["modelsDev"],
    litellm: read(paths.litellm) as ImportInputs["litellm"],
    selfhost: read(paths.selfhost) as ImportInputs["selfhost"],
    licenses: read(paths.licenses) as ImportInputs["licenses"],
  };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      "models-dev": { type: "string", default: join(DATA, "models-dev.json") },
      litellm: { type: "string", default: join(DATA, "litellm-prices.json") },
      selfhost: { type: "string", default: join(DATA, "selfhost.json") },
      licenses: { type: "string", default: join(DATA, "licenses.json") },
      out: { type: "string", default: join(REPO, "catalog") },
      check: { type: "boolean", default: false },
    },
  });
  const result = buildCatalogFiles(
    readImportInputs({
      modelsDev: values["models-dev"],
      litellm: values.litellm,
      selfhost: values.selfhost,
      licenses: values.licenses,
    }),
  );
  let stale = false;
  for (const [name, file, listKey] of [
    ["licenses.json", result.files.licenses, "licenses"],
    ["models.json", result.files.models, "models"],
  ] as const) {
    const path = join(values.out, name);
    const text = toJsonText(file);
    const before = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (before === text) {
      console.log(`${name}: unchanged`);
      continue;
    }
    stale = true;
    const old =
      before === null
        ? []
        : (((JSON.parse(before) as Record<string, unknown>)[listKey] as { id: string }[] | undefined) ?? []);
    const now = (file as unknown as Record<string, { id: string }[]>)[listKey] ?? [];
    const changes = describeChanges(listKey.replace(/s$/, ""), old, now);
    if (listKey === "models") changes.push(...describePriceChanges(old as never, now as never));
    console.log(
      `${name}: ${before === null ? "new file" : "changed"}${changes.length ? "\n  " + changes.join("\n  ") : " (formatting or metadata only)"}`,
    );
    if (!values.check) writeFileSync(path, text);
  }
  console.log(
    `\npriceDisagreements (${result.priceDisagreements.length}): same provider, different price in models.dev and LiteLLM; both kept`,
  );
  for (const d of result.priceDisagreements) {
    console.log(
      `  ${d.modelId} @ ${d.provider}: models.dev ${d.modelsDev.providerModelId} ${d.modelsDev.inputPerMTok}/${d.modelsDev.outputPerMTok} vs LiteLLM ${d.litellm.providerModelId} ${d.litellm.inputPerMTok}/${d.litellm.outputPerMTok}` +
        (d.sameProviderModelId ? "" : " (different ids: may be different variants)"),
    );
  }
  if (result.warnings.length > 0)
    console.log(`\nwarnings (${result.warnings.length}):\n  ${result.warnings.join("\n  ")}`);
  return values.check && stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
