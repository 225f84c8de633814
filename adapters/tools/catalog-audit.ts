// npm run catalog:audit -- [--today YYYY-MM-DD] [--catalog <dir>] [--all] [--strict]
// Prints which catalogue facts rest on secondary sources only, dates derived from model ids,
// context windows that are not the model card's, prices older than 90 days, and models without
// parameter counts or quality signals, grouped by severity (FINDING_SEVERITY). Exits 1 when a fact
// marked verified has a secondary source (the check CI runs, see tests/unit/catalog/audit.test.ts);
// with --strict also on any error-class finding. Warnings are a counted report.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCatalog } from "../shared/read-catalog.js";
import { auditCatalog, FINDING_SEVERITY, FINDING_TITLES } from "./catalog-audit/checks.js";
import type { Finding, FindingKind, Severity } from "./catalog-audit/checks.js";

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

function main(): number {
  const { values } = parseArgs({
    options: {
      today: { type: "string" },
      catalog: { type: "string" },
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
  const result = auditCatalog(catalog, today);
  console.log(formatAudit(result.findings, today.toISOString().slice(0, 10), values.all));
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
  process.exitCode = main();
}
