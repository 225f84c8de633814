// The hosting rules, in one table: each rule reads the requirements that narrow where a model may
// run (which API offerings survive, at which price) and says itself as a short key, "" when it does
// not apply. hosting.ts runs its filter when any rule applies, and the cost cache (costKeysOf in
// constraints.ts) names a narrowing by the keys of all of them, so a new rule added here both
// triggers the filter and separates cached estimates; two lists kept apart drifted before (the
// government cloud was a hosting rule whose move left cached commercial prices in place).
import type { Requirements } from "./requirements.js";
import { residencyRule } from "./residency.js";

/**
 * Whether API offerings are priced at their batch rates: the team said batch APIs are fine, or its
 * work waits for no one ("we batch everything overnight", a one-off backfill), which is what a
 * batch API is for (requests answered later at a discount) unless it ruled batch APIs out.
 */
export function pricedAtBatchRates(req: Requirements): boolean {
  return req.batchOk === true || (req.latency === "batch" && req.batchOk !== false);
}

const flag = (on: boolean, key: string): string => (on ? key : "");
const list = (xs: readonly string[] | undefined): string => xs?.join(",") ?? "";

/** One rule per line: its key when it applies to the requirements, else "". */
const HOSTING_RULES: readonly ((req: Requirements) => string)[] = [
  // Own cloud account; a US government cloud only means something inside one.
  (r) => (r.cloudProvider ? `${r.cloudProvider}${r.usGovernmentCloud ? "/gov" : ""}` : ""),
  (r) => flag(r.needsBaa === true, "baa"),
  (r) => flag(r.dataSensitivity === "regulated", "reg"),
  (r) => flag(r.euDataResidency === true, "eu"),
  // Residency in named countries; an API-only team cannot self-host inside them instead.
  (r) => {
    const rule = residencyRule(r);
    return rule ? `${rule.places.map((p) => p.country).join("+")}${r.deployment === "any-api" ? "/api" : ""}` : "";
  },
  (r) => flag(r.noRetention === true, "zdr"),
  (r) => flag(r.noTrainingOnData === true, "notrain"),
  (r) => flag(pricedAtBatchRates(r), "batch"),
  (r) => flag(r.onDevice === true, "device"),
  (r) => list(r.exclude?.providers),
  (r) => list(r.exclude?.hostCountries),
  (r) => list(r.exclude?.hosts),
  (r) => list(r.exclude?.hostsOwnedOutside),
];

/** The hosting rules that apply, as one key ("" rules included, so positions never collide). */
export function hostingRulesKey(req: Requirements): string {
  return HOSTING_RULES.map((rule) => rule(req)).join("|");
}

/** Does any hosting rule apply (so the filter must run)? */
export function hasHostingRules(req: Requirements): boolean {
  return HOSTING_RULES.some((rule) => rule(req) !== "");
}
