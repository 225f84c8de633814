// npm run catalog:audit -- [--today YYYY-MM-DD] [--catalog <dir>] [--from <price list>]… [--all] [--strict]
// Prints which catalogue facts rest on secondary sources only, dates derived from model ids,
// context windows that are not the model card's, prices older than 90 days, and models without
// parameter counts or quality signals, grouped by severity (FINDING_SEVERITY). Stale prices are
// looked up in the price lists on file (--from, default the models.dev and LiteLLM snapshots in
// ../shared/data when present): one a newer list gives is an error, one nothing newer gives is the
// newest we hold and a warning. Exits 1 when a fact
// marked verified has a secondary source (the check CI runs, see tests/unit/catalog/audit.test.ts);
// with --strict also on any error-class finding. Warnings are a counted report.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCatalog } from "../shared/read-catalog.js";
import { auditCatalog, FINDING_SEVERITY, FINDING_TITLES } from "./catalog-audit/checks.js";
import type { Finding, FindingKind, Severity } from "./catalog-audit/checks.js";
import { newerPriceLookup } from "./catalog-audit/newer-prices.js";
import type { NewerPriceLookup } from "./catalog-audit/newer-prices.js";
import { loadSources, RefreshRefused } from "./catalog-refresh/read-sources.js";

/** The reference snapshots the catalogue was imported from, when this checkout has them. */
const DEFAULT_PRICE_LISTS = ["models-dev.json", "litellm-prices.json"].map((f) =>
  resolve(fileURLToPath(import.meta.url), "../../../../shared/data", f),
);

/** Lines listed per kind unless --all; the count is always printed. */
const SHOWN_PER_KIND = 12;

const SECTIONS: readonly { severity: Severity; title: string }[] = [
  { severity: "fail", title: "FAILURES (CI fails)" },
  { severity: "error", title: "ERRORS (values that are not what they claim, or required facts missing)" },
  { severity: "warning", title: "WARNINGS (shown to users marked unverified or as 'per <source>, <date>')" },
];

export function formatAudit(findings: readonly Finding[], today: string, all: boolean): string {
  const count = (severity: Severity) => findings.filter((f) => FINDING_SEVERITY[f.kind] === severity).length;
  const lines = [
    `Catalogue audit as of ${today}: ${findings.length} finding(s): ${count("fail")} failure(s), ${count("error")} error(s), ${count("warning")} warning(s)`,
  ];
  for (const section of SECTIONS) {
    lines.push("", `== ${section.title}: ${count(section.severity)}`);
    for (const kind of Object.keys(FINDING_TITLES) as FindingKind[]) {
      if (FINDING_SEVERITY[kind] !== section.severity) continue;
      const ofKind = findings.filter((f) => f.kind === kind);
      lines.push("", `${FINDING_TITLES[kind]}: ${ofKind.length}`);
      const shown = all ? ofKind : ofKind.slice(0, SHOWN_PER_KIND);
      for (const f of shown) lines.push(`  - ${f.subject}: ${f.detail}`);
      if (shown.length < ofKind.length) lines.push(`  … and ${ofKind.length - shown.length} more (--all lists them)`);
    }
  }
  return lines.join("\n");
}

async function priceListsOnFile(from: readonly string[]): Promise<{ lookup: NewerPriceLookup; named: string }> {
  const locations = from.length > 0 ? from : DEFAULT_PRICE_LISTS.filter((p) => existsSync(p));
  const loaded = await loadSources(locations, 30_000);
  const lookup = newerPriceLookup({ modelsDev: loaded.modelsDev?.file, litellm: loaded.litellm?.file });
  return { lookup, named: locations.length > 0 ? locations.join(", ") : "none" };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      today: { type: "string" },
      catalog: { type: "string" },
      from: { type: "string", multiple: true, default: [] },
      all: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
    },
  });
  const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) {
    console.error(`--today: expected a date as YYYY-MM-DD, got "${values.today}"`);
    return 2;
  }
  const catalog = readCatalog(values.catalog ? resolve(values.catalog) : undefined);
  let lists: Awaited<ReturnType<typeof priceListsOnFile>>;
  try {
    lists = await priceListsOnFile(values.from);
  } catch (error) {
    if (!(error instanceof RefreshRefused)) throw error;
    console.error(`--from: ${error.message}`);
    return 2;
  }
  const result = auditCatalog(catalog, today, lists.lookup);
  console.log(formatAudit(result.findings, today.toISOString().slice(0, 10), values.all));
  console.log(`\nPrice lists checked for newer prices: ${lists.named}`);
  if (result.failures.length > 0) {
    console.error(`\n${result.failures.length} fact(s) marked verified rest on a secondary source.`);
    return 1;
  }
  if (values.strict && result.errors.length > 0) {
    console.error(`\n${result.errors.length} error-class finding(s) (--strict).`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
