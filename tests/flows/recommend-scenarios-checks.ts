// What an experienced ML lead checks on a shortlist, written independently of the scoring code
// (from the catalogue's facts and the licence data): every top-3 model meets every hard
// constraint, its licence verdict fits the stated users and use, the context and the budget hold,
// unmeasured models never outrank a measured better one, and ties and estimates are said.
import { expect } from "vitest";
import type { Catalog } from "../../src/catalog/catalog.js";
import { isFromLab, labCountry, labIdOf } from "../../src/catalog/labs.js";
import { countryOfPlace } from "../../src/catalog/places-elsewhere.js";
import { memberStateOfRegion } from "../../src/catalog/region-countries.js";
import type { Model } from "../../src/catalog/schema.js";
import { baaAvailability, euDataResidency } from "../../src/catalog/provider-policies.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import { STEPS } from "../../src/conversation/flows/steps.js";
import { licenseVerdict } from "../../src/licensing/verdict.js";
import type { OutboundMessage } from "../../src/ports.js";
import { teamFactsOf } from "../../src/scoring/constraints.js";
import { budgetUsdOf } from "../../src/scoring/budget.js";
import { CRITERIA, type Requirements } from "../../src/scoring/requirements.js";
import { chat, NOW, textOf } from "./recommend-helpers.js";

export interface ScenarioRow {
  id: string;
  name: string;
  rank: number;
  score: number;
  breakdown: Record<string, number>;
  monthlyCostUsd: number | null;
  /** A model that reasons first: its monthly cost at the longest published reasoning trace (absent otherwise). */
  reasoningHighUsd?: number | null;
  costBasis: "api" | "self-host" | null;
  /** The provider of the API offering the estimate uses. */
  apiProvider: string | null;
  licenseVerdict: string;
  evidence: { quality: string; useCaseFit: string; estimatedFrom?: string; unratedIn?: string };
}

export const rowsOf = (reply: OutboundMessage): ScenarioRow[] => (reply.data?.ranking as ScenarioRow[]) ?? [];

const MARKETPLACE_CLOUD: Record<string, string> = { aws: "aws-bedrock", azure: "azure", gcp: "google-vertex" };

/** The cloud whose per-model records speak for a host id (a marketplace stand-in is its cloud's), if any. */
function cloudOfHost(provider: string): string | undefined {
  const stand = /^(aws|azure|gcp)-marketplace$/.exec(provider);
  if (stand) return MARKETPLACE_CLOUD[stand[1]!];
  if (/^azure($|-)/.test(provider)) return "azure";
  if (/^amazon-bedrock($|-)/.test(provider)) return "aws-bedrock";
  if (/^google-vertex($|-)/.test(provider)) return "google-vertex";
  return undefined;
}

/**
 * Whether the catalogue's records place this host's processing of the model in the country, read
 * straight from the records: a cloud's records of the model, else the host's residency terms.
 */
export function residencyOracle(
  catalog: Catalog,
  model: Model,
  provider: string,
  country: string,
): "yes" | "no" | "unknown" {
  const cloud = cloudOfHost(provider);
  if (cloud) {
    const records = (model.clouds ?? []).filter((c) => c.cloud === cloud);
    // An EU member state is on record through its regions (the records' countries say "EU").
    const inState = (r: { regions: readonly string[] }) => r.regions.some((g) => memberStateOfRegion(g) === country);
    if (records.some((r) => r.countries?.includes(country) || inState(r))) return "yes";
    // A lab the cloud names as the data processor of its model (Anthropic for Claude on Azure):
    // that processor's own residency terms say where the data is processed.
    const lab = labIdOf(model.lab, catalog);
    const processors = catalog.providerPolicyById?.get(provider)?.processors ?? [];
    const named = processors.find((r) => r.lab === lab) ?? processors.find((r) => r.lab === "*");
    const byProcessor =
      named && named.processor !== provider ? residencyOracle(catalog, model, named.processor, country) : "unknown";
    if (byProcessor !== "unknown") return byProcessor;
    if (records.some((r) => r.unreadCountries?.includes(country))) return "unknown";
    return records.some((r) => r.allRegionsListed) ? "no" : "unknown";
  }
  const terms = catalog.providerPolicyById?.get(provider)?.residency?.value;
  if (!terms) return "unknown";
  const places = terms.byModel ? (terms.byModel[model.id] ?? []) : terms.places;
  if (places.includes(country)) return "yes";
  return terms.allListed ? "no" : "unknown";
}

/**
 * "Where the data is processed": every top pick is self-hosted, on a host the records place in
 * the country (said with its date), or flagged not checked; none is on a host known not to process there.
 */
export function expectResidencyChecked(catalog: Catalog, text: string, said: string, top: ScenarioRow[]): void {
  const country = countryOfPlace(said)!;
  const at = text.indexOf("Where the data is processed");
  expect(at, "a 'Where the data is processed' section").toBeGreaterThanOrEqual(0);
  const section = text.slice(at).split("\n\n")[0]!;
  expect(section).toContain(`it must stay in ${said}`);
  expect(text).not.toMatch(new RegExp(`not used in the ranking:[^\\n]*stay in ${said}`));
  for (const r of top) {
    const line = section.split("\n").find((l) => l.startsWith(`- **${r.name}**`)) ?? "";
    if (r.costBasis === "self-host") {
      expect(line, r.id).toMatch(/self-hosted/);
      continue;
    }
    const model = catalog.modelById.get(r.id)!;
    const state = r.apiProvider ? residencyOracle(catalog, model, r.apiProvider, country) : "unknown";
    expect(state, `${r.id} via ${r.apiProvider}`).not.toBe("no");
    if (state === "yes") expect(line, r.id).toMatch(/processed in .*\d{4}-\d{2}-\d{2}/);
    else expect(line, r.id).toMatch(/\*\*not checked\*\*|hosts known to process/);
  }
}

/** The shortlist for these requirements, through the real advisor: a thread whose questions are all answered. */
export function shortlistThrough(catalog: Catalog, req: Requirements): OutboundMessage {
  const session: Session = {
    ...newSession(NOW),
    requirements: req,
    flow: { id: "recommend", step: "use-case", history: [], skipped: STEPS.map((s) => s.id) },
  };
  const reply = chat(catalog, session).say("skip");
  expect(reply.data?.intent).toBe("recommend");
  return reply;
}

const CLOUD_PROVIDER = { azure: /^azure/, aws: /^amazon-bedrock/, gcp: /^google-vertex/ } as const;
const CLOUD_ID = { azure: "azure", aws: "aws-bedrock", gcp: "google-vertex" } as const;
const ON_DEVICE_DEFAULT_CAP_B = 8;
/** A phone shares a few GB with everything else: Apple's own phone model is ~3B parameters. */
const ON_PHONE_CAP_B = 4;

/** Every hard requirement the row breaks, in words (empty when it meets them all). */
export function violations(catalog: Catalog, req: Requirements, row: ScenarioRow): string[] {
  const model = catalog.modelById.get(row.id);
  const license = model && catalog.licenseById.get(model.licenseId);
  if (!model || !license) return ["not in the catalogue"];
  const out: string[] = [];
  const closed = !model.openWeights;
  // A lab that withdrew a model from its API leaves its open weights downloadable: self-hosted, it is still available.
  const withdrawn = model.status === "retired" || model.status === "deprecated";
  if (model.kind !== "model" || (withdrawn && !(model.openWeights && row.costBasis === "self-host")))
    out.push("unavailable");
  const ex = req.exclude ?? {};
  if (ex.models?.includes(model.id)) out.push("a model the team ruled out");
  if (ex.labs?.length && isFromLab(catalog, model, ex.labs)) out.push(`from ruled-out lab ${model.lab}`);
  if (ex.countries?.length) {
    const country = labCountry(catalog, model);
    if (country === null) out.push("country of origin unknown");
    else if (ex.countries.map((c) => c.toUpperCase()).includes(country)) out.push(`from ${country}`);
  }
  if (ex.licenses?.some((l) => license.id.startsWith(l) || (license.family ?? "").startsWith(l)))
    out.push(`ruled-out licence ${license.id}`);
  const selfHostOnly =
    req.selfHosted ||
    req.deployment === "on-prem" ||
    req.onDevice ||
    (req.deployment === "own-cloud" && !req.cloudProvider);
  if ((req.openWeightsOnly || selfHostOnly) && closed) out.push("no weights");
  const cap =
    req.maxParamsB ?? (req.onDevice ? (req.device === "phone" ? ON_PHONE_CAP_B : ON_DEVICE_DEFAULT_CAP_B) : undefined);
  if (cap !== undefined && !((model.parameters?.totalB ?? Infinity) <= cap)) out.push(`over ${cap}B or size unknown`);
  if (req.imageInput && !model.inputModalities.includes("image")) out.push("no image input (or input types unknown)");
  if (req.redistributeWeights && (closed || !["yes", "conditional"].includes(license.terms.redistribution)))
    out.push("weights may not be shipped");
  if (req.cloudProvider && closed) {
    const cloud = req.cloudProvider;
    const inCloud =
      model.offerings.some((o) => CLOUD_PROVIDER[cloud].test(o.provider)) ||
      (model.clouds ?? []).some((c) => c.cloud === CLOUD_ID[cloud]);
    if (!inCloud) out.push(`closed and not on ${cloud}`);
  }
  if (req.needsBaa && closed) {
    const ok = (p: string) => ["yes", "on-request"].includes(baaAvailability(catalog, p));
    const cloudOk = req.cloudProvider
      ? ok(CLOUD_ID[req.cloudProvider] === "aws-bedrock" ? "amazon-bedrock" : CLOUD_ID[req.cloudProvider])
      : false;
    if (!model.offerings.some((o) => ok(o.provider)) && !cloudOk) out.push("closed and no BAA known");
  }
  if (req.euDataResidency && closed) {
    const ok = model.offerings.some((o) => ["yes", "on-request"].includes(euDataResidency(catalog, o.provider)));
    const cloudEu = (model.clouds ?? []).some((c) => c.euProcessing);
    if (!ok && !cloudEu) out.push("closed and no EU residency known");
  }
  // Open weights served by an API send the data to that host: it must process in the EU too. A
  // multi-region cloud counts only with a record of this model in an EU region.
  if (req.euDataResidency && row.costBasis === "api") {
    const host = row.apiProvider ?? "";
    const cloud = Object.entries(CLOUD_PROVIDER).find(([, re]) => re.test(host))?.[0] as
      keyof typeof CLOUD_ID | undefined;
    const euHost = cloud
      ? (model.clouds ?? []).some((c) => c.cloud === CLOUD_ID[cloud] && c.euProcessing)
      : ["yes", "on-request"].includes(euDataResidency(catalog, host));
    if (!euHost) out.push(`served by ${host}, not known to process in the EU`);
  }
  // Regulated data: the API host's own terms (read here from the policy records, not through the
  // scoring helpers) must rule out training on API data and offer zero retention or a BAA.
  if (req.dataSensitivity === "regulated" && row.costBasis === "api") {
    const host = (row.apiProvider ?? "").replace(/-marketplace$/, "");
    const cloudPolicy = { azure: "azure", aws: "amazon-bedrock", gcp: "google-vertex" } as Record<string, string>;
    const p = catalog.providerPolicyById?.get(cloudPolicy[host] ?? host);
    const ok = (v: string | undefined) => v === "yes" || v === "on-request";
    const fits = p?.trainsOnCustomerData?.value === "no" && (ok(p.zeroDataRetention?.value) || ok(p.baa?.value));
    if (!fits) out.push(`regulated data sent to ${host || "an unnamed host"}, whose terms do not settle it`);
  }
  // "No AWS": never served through a cloud the team ruled out as a host.
  for (const cloud of req.exclude?.providers ?? []) {
    const barred = CLOUD_PROVIDER[cloud as keyof typeof CLOUD_PROVIDER];
    if (row.costBasis === "api" && barred?.test((row.apiProvider ?? "").replace(/-marketplace$/, "")))
      out.push(`served by ${row.apiProvider}, a cloud ruled out`);
  }
  // "No US-owned cloud providers", "no openai/anthropic APIs": the API host is not one named, and its
  // owner (read here from the owner records and labs table) is on record and from none of the countries.
  if ((ex.hostCountries?.length || ex.hosts?.length || ex.hostsOwnedOutside?.length) && row.costBasis === "api") {
    const host = (row.apiProvider ?? "").replace(/-marketplace$/, "");
    const cloudPolicy = { azure: "azure", aws: "amazon-bedrock", gcp: "google-vertex" } as Record<string, string>;
    const id = cloudPolicy[host] ?? host;
    const record = catalog.hostOwnerById?.get(id);
    const country =
      record && "lab" in record
        ? ([...(catalog.labByName?.values() ?? [])].find((l) => l.id === record.lab)?.country ?? null)
        : (record?.value.country ?? null);
    if (ex.hosts?.includes(id)) out.push(`served by ${id}, a host ruled out by name`);
    if (ex.hostCountries?.length && (country === null || ex.hostCountries.includes(country)))
      out.push(`served by ${id}, owned from ${country ?? "a country not on record"}`);
    // "No foreign providers": the owner is on record and from one of the countries allowed.
    if (ex.hostsOwnedOutside?.length && (country === null || !ex.hostsOwnedOutside.includes(country)))
      out.push(
        `served by ${id}, owned from ${country ?? "a country not on record"}, outside ${ex.hostsOwnedOutside.join(", ")}`,
      );
  }
  // "Never trained on our data": the API host's own terms must rule training out.
  if (req.noTrainingOnData && row.costBasis === "api") {
    const host = (row.apiProvider ?? "").replace(/-marketplace$/, "");
    const cloudPolicy = { azure: "azure", aws: "amazon-bedrock", gcp: "google-vertex" } as Record<string, string>;
    const p = catalog.providerPolicyById?.get(cloudPolicy[host] ?? host);
    if (p?.trainsOnCustomerData?.value !== "no") out.push(`served by ${host}, not known to rule out training`);
  }
  if (req.contextTokens !== undefined && !((model.contextWindow ?? 0) >= req.contextTokens))
    out.push(`context ${model.contextWindow} < ${req.contextTokens}`);
  // A budget in another currency binds at the most it can be worth (scoring/budget.ts).
  const budget = budgetUsdOf(req);
  if (budget !== undefined && req.volume && !((row.monthlyCostUsd ?? Infinity) <= budget))
    out.push(`cost ${row.monthlyCostUsd} over budget ${budget}`);
  // Licence: the verdict for the stated facts, recomputed from the licence data.
  const facts = teamFactsOf(req);
  const verdict = licenseVerdict(model, license, facts).verdict;
  const apiRoute = model.apiLicenseId && !selfHostOnly && !req.openWeightsOnly && !req.redistributeWeights;
  if (verdict === "blocked" && !apiRoute) out.push("licence blocks the stated use");
  if (!apiRoute && row.licenseVerdict !== verdict)
    out.push(`licence verdict ${row.licenseVerdict}, expected ${verdict}`);
  const threshold = license.terms.userThreshold?.maxMonthlyActiveUsers;
  if (threshold !== undefined && (req.monthlyActiveUsers ?? 0) > threshold && row.licenseVerdict === "allowed")
    out.push(`allowed above the licence's ${threshold} MAU threshold`);
  return out;
}

/** All that an expert checks on one shortlist reply. */
export function expectExpertShortlist(catalog: Catalog, req: Requirements, reply: OutboundMessage): ScenarioRow[] {
  const rows = rowsOf(reply);
  const top = rows.slice(0, 3);
  for (const row of top)
    expect({ model: row.id, broken: violations(catalog, req, row) }).toEqual({ model: row.id, broken: [] });
  const text = textOf(reply);
  // No quality from absence: an unmeasured model never outranks a measured one that is at least
  // as good on every other criterion.
  for (const u of top.filter((r) => r.evidence.quality === "unmeasured")) {
    for (const m of rows.filter((r) => r.evidence.quality === "measured")) {
      const atLeastAsGood = CRITERIA.every((c) => c === "quality" || m.breakdown[c]! >= u.breakdown[c]! - 1e-12);
      if (atLeastAsGood) expect(m.rank, `${m.id} (measured) vs ${u.id} (no signal)`).toBeLessThan(u.rank);
      expect(u.breakdown.quality).toBeLessThan(m.breakdown.quality!);
    }
  }
  // Unknown cost is a risk, never an advantage: it scores below every priced candidate.
  const priced = rows.filter((r) => r.monthlyCostUsd !== null);
  if (req.volume && priced.length > 0)
    for (const u of rows.filter((r) => r.monthlyCostUsd === null))
      for (const p of priced) {
        const label = `${u.id} (cost unknown) vs ${p.id}`;
        if (p.breakdown.cost! > 0) expect(u.breakdown.cost, label).toBeLessThan(p.breakdown.cost!);
        else expect(u.breakdown.cost, label).toBe(0);
      }
  // Estimates and missing signals are said.
  if (top.some((r) => r.evidence.estimatedFrom)) expect(text).toMatch(/estimated from /);
  // Without a use case there is no use-case fit to measure ("use case not stated" is said instead).
  if (top.some((r) => r.evidence.quality === "unmeasured" || (req.useCase && r.evidence.useCaseFit === "unmeasured")))
    expect(text).toMatch(/no .*signal|no .*benchmark/);
  // Ties are said and never broken by id; no swap at equal scores.
  expect(text).not.toMatch(/id sorts first/);
  const [a, b] = top;
  if (a && b && Math.abs(a.score - b.score) <= 1e-9) {
    expect(text).toMatch(/tie/);
    expect(text).not.toMatch(/What would swap #1 and #2/);
  }
  // Regulated data sent to an API: the answer says which host and why (its terms, dated).
  if (req.dataSensitivity === "regulated" && top.some((r) => r.costBasis === "api" && r.apiProvider)) {
    expect(text).toMatch(/Where your data goes/);
    for (const r of top.filter((x) => x.costBasis === "api")) {
      const section = text.slice(text.indexOf("Where your data goes"));
      const line = section.split("\n").find((l) => l.startsWith(`- **${r.name}**`)) ?? "";
      expect(line, r.id).toMatch(/no training on API data \(.*\d{4}-\d{2}-\d{2}\)|inside your own cloud/);
    }
  }
  // Data that must stay in one country outside the EU: each pick's host is checked, never one known not to.
  if (req.residencyElsewhere && countryOfPlace(req.residencyElsewhere))
    expectResidencyChecked(catalog, text, req.residencyElsewhere, top);
  // Every ruled-out model has a reason.
  const excluded = (reply.data?.excluded as { reason: string }[]) ?? [];
  for (const e of excluded) expect(e.reason.length).toBeGreaterThan(15);
  expect(rows.length + excluded.length).toBe(catalog.models.length);
  return rows;
}
