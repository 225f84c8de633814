// Validates the catalogue's plain JSON values and builds the indexes. Pure: the adapters read the
// files and hand the parsed values in, so the core never touches the file system.
import type { z } from "zod";
import type { Catalog } from "./catalog.js";
import { licensesFileSchema, modelsFileSchema } from "./schema.js";
import type { License, Model } from "./schema.js";
import { selfHostDataSchema } from "./selfhost-schema.js";
import { withoutRetiredOfferings } from "./offering-lifecycle.js";

export interface CatalogFiles {
  licenses: unknown;
  models: unknown;
  selfhost: unknown;
}

/** One problem found in a catalogue file, located precisely enough to fix it by hand. */
export interface CatalogIssue {
  file: string;
  /** e.g. `model "gpt-4o"`, or null for a problem at the top of the file. */
  entry: string | null;
  /** Field path inside the entry, e.g. `offerings[0].asOf`. */
  field: string;
  message: string;
}

export class CatalogError extends Error {
  readonly issues: readonly CatalogIssue[];
  constructor(issues: readonly CatalogIssue[]) {
    // The first issue leads the message because start-up logs often show one line only.
    super(issues.map(formatIssue).join("\n"));
    this.name = "CatalogError";
    this.issues = issues;
  }
}

export const CATALOG_FILES = {
  licenses: "catalog/licenses.json",
  models: "catalog/models.json",
  selfhost: "catalog/selfhost.json",
} as const;

export function formatIssue(issue: CatalogIssue): string {
  const where = [issue.file, issue.entry, issue.field].filter((part) => part !== null && part !== "");
  return `${where.join(": ")}: ${issue.message}`;
}

export interface ParseOptions {
  /**
   * The caller vouches that exactly these values passed the schemas before (the build validates
   * the catalogue and records its fingerprint), so the schema pass is skipped; the cross-checks
   * and indexes below still run. Anything else is validated in full.
   */
  alreadyValidated?: boolean;
  /**
   * The day (YYYY-MM-DD) offerings are checked against their end-of-life dates: one past it is
   * taken out of the models' offerings (offering-lifecycle.ts). Default: today, by the clock.
   */
  today?: string;
}

export function parseCatalog(files: CatalogFiles, options: ParseOptions = {}): Catalog {
  const check = <S extends z.ZodType>(schema: S, value: unknown, file: string, list: string | null, kind: string) =>
    options.alreadyValidated ? (value as z.infer<S>) : validate(schema, value, file, list, kind);
  const licensesFile = check(licensesFileSchema, files.licenses, CATALOG_FILES.licenses, "licenses", "license");
  const modelsFile = check(modelsFileSchema, files.models, CATALOG_FILES.models, "models", "model");
  const selfhost = check(selfHostDataSchema, files.selfhost, CATALOG_FILES.selfhost, null, "");

  const issues: CatalogIssue[] = [];
  const licenseById = indexById(licensesFile.licenses, CATALOG_FILES.licenses, "license", issues);
  indexById(modelsFile.models, CATALOG_FILES.models, "model", issues);
  for (const license of licensesFile.licenses) {
    // A licence we call verified must be able to show the clause it rests on; the code
    // repository's licence (topic "code-licence") is not the weights' licence.
    if (license.verified && !license.clauses.some((c) => c.topic !== "code-licence")) {
      issues.push({
        file: CATALOG_FILES.licenses,
        entry: `license "${license.id}"`,
        field: "clauses",
        message: "a verified licence needs at least one quoted clause of its own text (not only the code's licence)",
      });
    }
  }
  for (const model of modelsFile.models) {
    for (const field of ["licenseId", "apiLicenseId"] as const) {
      const id = model[field];
      if (id !== undefined && id !== null && !licenseById.has(id)) {
        issues.push({
          file: CATALOG_FILES.models,
          entry: `model "${model.id}"`,
          field,
          message: `no licence "${id}" in ${CATALOG_FILES.licenses}`,
        });
      }
    }
  }
  // A labs table, when present, must cover every model: a country filter cannot skip a model silently.
  const labNames = new Set((modelsFile.labs ?? []).map((lab) => lab.name));
  if (modelsFile.labs) {
    for (const model of modelsFile.models) {
      if (!labNames.has(model.lab)) {
        issues.push({
          file: CATALOG_FILES.models,
          entry: `model "${model.id}"`,
          field: "lab",
          message: `no lab "${model.lab}" in the labs table`,
        });
      }
    }
  }
  // A host owned by a lab takes that lab's country: a missing lab would leave the host unchecked silently.
  const labIds = new Set((modelsFile.labs ?? []).map((lab) => lab.id));
  for (const owner of modelsFile.hostOwners ?? []) {
    if ("lab" in owner && !labIds.has(owner.lab)) {
      issues.push({
        file: CATALOG_FILES.models,
        entry: `host owner "${owner.provider}"`,
        field: "lab",
        message: `no lab "${owner.lab}" in the labs table`,
      });
    }
  }
  if (issues.length > 0) throw new CatalogError(issues);

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sold = withoutRetiredOfferings(modelsFile.models, today);
  return {
    licenses: licensesFile.licenses,
    models: sold.models,
    selfhost,
    licenseById,
    modelById: new Map(sold.models.map((m) => [m.id, m])),
    retiredOfferings: sold.retired,
    asOf: newest([licensesFile.asOf, modelsFile.asOf, selfhost.asOf]),
    labByName: new Map((modelsFile.labs ?? []).map((lab) => [lab.name, lab])),
    providerPolicyById: new Map((modelsFile.providerPolicies ?? []).map((p) => [p.provider, p])),
    hostOwnerById: new Map((modelsFile.hostOwners ?? []).map((o) => [o.provider, o])),
    provenance: [
      ...(modelsFile.sources ?? []),
      ...(licensesFile.sources ?? []),
      { label: "Self-hosting reference data (catalog/selfhost.json)", asOf: selfhost.asOf },
    ],
  };
}

function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  listKey: string | null,
  entryKind: string,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue): CatalogIssue => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    // Paths into the entry list are reported against the entry's id, which is what a person
    // searches the file for, rather than its position.
    if (listKey !== null && path[0] === listKey && typeof path[1] === "number") {
      const entry = entryLabel(value, listKey, path[1], entryKind);
      return { file, entry, field: formatPath(path.slice(2)), message: issue.message };
    }
    return { file, entry: null, field: formatPath(path), message: issue.message };
  });
  throw new CatalogError(issues);
}

function entryLabel(root: unknown, listKey: string, index: number, kind: string): string {
  const list = isRecord(root) ? root[listKey] : undefined;
  const entry = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = isRecord(entry) ? entry["id"] : undefined;
  return typeof id === "string" && id !== "" ? `${kind} "${id}"` : `${kind} #${index}`;
}

function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

function indexById<T extends License | Model>(
  entries: readonly T[],
  file: string,
  kind: string,
  issues: CatalogIssue[],
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const entry of entries) {
    if (byId.has(entry.id)) {
      issues.push({ file, entry: `${kind} "${entry.id}"`, field: "id", message: "duplicate id" });
    } else {
      byId.set(entry.id, entry);
    }
  }
  return byId;
}

function newest(dates: readonly string[]): string {
  // ISO dates (YYYY-MM or YYYY-MM-DD) sort correctly as strings.
  return dates.reduce((a, b) => (b > a ? b : a));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
