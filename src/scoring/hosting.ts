// Where a model may run for this team: which API offerings survive the team's hosting rules (own
// cloud account, a HIPAA BAA, EU data residency, residency in a country outside the EU), at which price (batch discounts), and whether
// self-hosting remains. A closed model with no surviving offering is ruled out, with the reason.
import type { Catalog } from "../catalog/catalog.js";
import { CLOUD_HOSTS, CLOUD_KEYS } from "../catalog/cloud-hosts.js";
import { termsProvider } from "../catalog/data-processor.js";
import { providerPolicy } from "../catalog/provider-policies.js";
import { usGovernmentAvailability } from "../catalog/clouds.js";
import type { Model, Offering } from "../catalog/schema.js";
import {
  CLOUD_IDS,
  CLOUD_NAMES,
  cloudOf,
  cloudRecords,
  isCloudOffering,
  offeringBaa,
  offeringBatchDiscount,
  offeringEuHosting,
  offeringFitsRegulatedData,
  offeringKeepsNothing,
  offeringTrainsNot,
  keepsDataReason,
  type Tri,
} from "./catalog-facts.js";
import type { CloudProvider, Requirements } from "./requirements.js";
import { hasHostRule, hostRuleWords, judgeHost } from "./host-rule.js";
import { hasHostingRules, pricedAtBatchRates } from "./hosting-rules.js";
import { residencyRule, ruleResidency } from "./residency.js";

export type HostingConstraint =
  "cloud" | "baa" | "eu-residency" | "residency" | "regulated-host" | "no-retention" | "no-training" | "excluded-host";

export interface HostingResult {
  /** The model as this team can use it: only the offerings it may use, at the price it would pay. */
  model: Model;
  failure?: { constraint: HostingConstraint; reason: string };
}

function why(states: Tri[], known: string, unknown: string): string {
  return states.length > 0 && states.every((s) => s === "no") ? known : unknown;
}

export function applyHosting(catalog: Catalog, model: Model, req: Requirements): HostingResult {
  if (!hasHostingRules(req)) return { model };
  // On a device nothing is served: no API offering applies (weights are checked elsewhere).
  if (req.onDevice) return { model: { ...model, offerings: [] } };
  let offerings: Offering[] = model.offerings;
  // Open weights can always be run inside the team's own account or region, so a hosting rule
  // only rules out a closed model, and only when none of its offerings meets it; or open weights
  // for a team that uses managed APIs only ("no self-hosting"), which cannot run them itself.
  const selfHostable = model.openWeights && req.deployment !== "any-api";
  // The terms a host's offering is judged by: its cloud's record for a marketplace stand-in, and the
  // processor a source names for this model there (Claude on Azure: Anthropic's terms).
  const termsOf = (o: Offering): Offering => {
    const host = marketplaceAsCloud(o);
    return { ...host, provider: termsProvider(catalog, model, host.provider) };
  };
  const fail = (constraint: HostingConstraint, reason: string): HostingResult => ({
    model: { ...model, offerings: [] },
    failure: { constraint, reason },
  });
  // Keeps the offerings a rule says "yes" to (each judged once); a closed model left with none
  // fails, worded as "known not to" when every host says no and "not known to" otherwise.
  const keepHosts = (
    constraint: HostingConstraint,
    stateOf: (o: Offering) => Tri,
    known: string,
    unknown: string,
  ): HostingResult | null => {
    const states = offerings.map(stateOf);
    offerings = offerings.filter((_, i) => states[i] === "yes");
    return offerings.length === 0 && !selfHostable ? fail(constraint, why(states, known, unknown)) : null;
  };
  // "No AWS", "we're not on Azure": that cloud's offerings go; the model's other hosts stay.
  const barred = req.exclude?.providers ?? [];
  if (barred.length > 0) {
    offerings = offerings.filter((o) => !barred.includes(cloudOf(o) ?? ""));
    if (offerings.length === 0 && model.offerings.length > 0 && !selfHostable)
      return fail(
        "excluded-host",
        `${model.name}: every host of it in the catalogue is a cloud you ruled out (${barred.map((c) => CLOUD_NAMES[c as CloudProvider] ?? c).join(", ")})`,
      );
  }
  // A US government cloud account: only a model its cloud's page lists in the government regions;
  // open weights not listed there are self-hosted inside that account instead.
  if (req.cloudProvider && req.usGovernmentCloud && !inGovernmentCloud(model, req.cloudProvider)) {
    if (!selfHostable) return fail("cloud", notInGovernmentCloud(model, req.cloudProvider));
    offerings = [];
  }
  if (req.cloudProvider) {
    const cloud = req.cloudProvider;
    const inCloud = offerings.filter((o) => isCloudOffering(o, cloud));
    // A sourced availability record without a price in the catalogue: priced at the lab's own API
    // price, and the label says so (the marketplaces list first-party models at about that price).
    const records = cloudRecords(model, cloud);
    if (inCloud.length === 0 && records.length > 0) {
      const firstParty = offerings.filter((o) => o.firstParty);
      offerings = firstParty.map((o) => ({
        ...o,
        provider: `${cloud}-marketplace`,
        providerName: `${records[0]?.service ?? CLOUD_NAMES[cloud]} (priced at ${o.providerName}'s list price; its own price is not in the catalogue)`,
        firstParty: false,
      }));
    } else offerings = inCloud;
    if (offerings.length === 0 && !selfHostable)
      return fail(
        "cloud",
        `${model.name} is not listed as offered on ${CLOUD_NAMES[cloud]} in the catalogue, so it cannot run inside your cloud account`,
      );
  }
  // "No US-owned cloud providers", "no openai/anthropic APIs": a host ruled out, or whose owner is
  // not on record, cannot serve; the model's other hosts and self-hosting of open weights stay.
  if (hasHostRule(req.exclude)) {
    const judged = offerings.map((o) => ({ o, ...judgeHost(catalog, marketplaceAsCloud(o).provider, req.exclude) }));
    offerings = judged.filter((j) => j.state === "allowed").map((j) => j.o);
    if (offerings.length === 0 && judged.length > 0 && !selfHostable) {
      const whys = [...new Set(judged.map((j) => j.why))];
      const more = whys.length > 3 ? `; and ${whys.length - 3} more hosts` : "";
      return fail(
        "excluded-host",
        `${model.name}: none of its hosts passes your rule on ${hostRuleWords(req.exclude, catalog).join(" and ")} (${whys.slice(0, 3).join("; ")}${more})`,
      );
    }
  }
  if (req.needsBaa) {
    const failed = keepHosts(
      "baa",
      (o) => offeringBaa(catalog, termsOf(o)),
      `no provider of ${model.name} in the catalogue signs a HIPAA BAA for it`,
      `${model.name}: not known to be covered by a HIPAA BAA from any of its providers (the catalogue does not record it yet)`,
    );
    if (failed) return failed;
  }
  // Regulated data goes only to a host whose own terms allow it: the cheapest host is never
  // picked over one whose terms keep the data (see offeringFitsRegulatedData).
  if (req.dataSensitivity === "regulated") {
    const failed = keepHosts(
      "regulated-host",
      (o) => offeringFitsRegulatedData(catalog, termsOf(o)),
      `${model.name}: every provider of it in the catalogue trains on API data or keeps it without a zero-retention option, so none may take your regulated data`,
      `${model.name}: none of its providers' terms in the catalogue settle that they neither train on API data nor keep it (zero data retention or a BAA), which regulated data needs`,
    );
    if (failed) return failed;
  }
  // "Must not train on or keep our data": only hosts whose own terms say so; the reason names
  // each host's term that fails (trains on API data, keeps it N days, terms not on record).
  if (req.noRetention) {
    const hosts = [...new Map(offerings.map((o) => [o.provider, termsOf(o)])).entries()];
    const reasons = hosts
      .slice(0, 3)
      .map(([, o]) => `${policyName(catalog, o)} ${keepsDataReason(catalog, o)}`)
      .join("; ");
    const more = hosts.length > 3 ? ` (and ${hosts.length - 3} more hosts)` : "";
    const failed = keepHosts(
      "no-retention",
      (o) => offeringKeepsNothing(catalog, termsOf(o)),
      `${model.name}: no host in the catalogue both rules out training on your data and keeps nothing: ${reasons}${more}`,
      `${model.name}: no host is known to both rule out training on your data and keep nothing: ${reasons}${more}`,
    );
    if (failed) return failed;
  }
  // "Never trained on our data" alone: hosts that keep data for a while but rule out training stay.
  if (req.noTrainingOnData && !req.noRetention) {
    const failed = keepHosts(
      "no-training",
      (o) => offeringTrainsNot(catalog, termsOf(o)),
      `${model.name}: every host of it in the catalogue trains on API data (or does unless you opt out)`,
      `${model.name}: no host's terms in the catalogue rule out training on your data`,
    );
    if (failed) return failed;
  }
  if (req.euDataResidency) {
    const failed = keepHosts(
      "eu-residency",
      (o) => (o.provider.endsWith("-marketplace") ? cloudEu(model, req) : offeringEuHosting(catalog, model, o)),
      `${model.name} is not offered with EU data residency by any provider in the catalogue`,
      `${model.name}: not known to be offered with EU data residency (the catalogue does not record it yet)`,
    );
    if (failed) return failed;
  }
  const rule = residencyRule(req);
  if (rule) {
    const checked = offerings.map((o) => ({ o, ...ruleResidency(catalog, model, o, rule) }));
    const known = checked.filter((c) => c.state === "yes");
    if (known.length > 0) offerings = known.map((c) => c.o);
    else if (checked.length > 0 && checked.every((c) => c.state === "no")) {
      if (!selfHostable)
        return fail(
          "residency",
          `${model.name}: known not to be offered with processing in ${rule.said} (${[...new Set(checked.map((c) => c.detail))].slice(0, 2).join("; ")})`,
        );
      offerings = [];
    }
    // Otherwise the hosts with no region record stay beside self-hosting, and the answer flags
    // them as not checked (dropping them would turn every open model into a self-hosting bill).
    else offerings = checked.filter((c) => c.state === "unknown").map((c) => c.o);
  }
  if (pricedAtBatchRates(req)) offerings = offerings.map((o) => withBatchPrice(catalog, o));
  return { model: offerings === model.offerings ? model : { ...model, offerings } };
}

/** The offering at its batch price, when the provider offers a batch discount. */
export function withBatchPrice(catalog: Catalog, o: Offering): Offering {
  const d = offeringBatchDiscount(catalog, o);
  if (d === "unknown" || d === 0) return o;
  const k = 1 - d;
  return {
    ...o,
    providerName: `${o.providerName} batch API (−${Math.round(d * 100)}%)`,
    inputPerMTok: o.inputPerMTok * k,
    outputPerMTok: o.outputPerMTok * k,
    cachedInputPerMTok: o.cachedInputPerMTok === null ? null : o.cachedInputPerMTok * k,
  };
}

/** The cloud's own policy record (the marketplace stand-in offering carries the cloud, not a provider id). */
export const CLOUD_POLICY_IDS = Object.fromEntries(CLOUD_KEYS.map((k) => [k, CLOUD_HOSTS[k].provider])) as Record<
  CloudProvider,
  string
>;

/** A marketplace stand-in offering read as its cloud's own policy record; other offerings as they are. */
export function marketplaceAsCloud(o: Offering): Offering {
  if (!o.provider.endsWith("-marketplace")) return o;
  const cloud = o.provider.replace(/-marketplace$/, "") as keyof typeof CLOUD_POLICY_IDS;
  return { ...o, provider: CLOUD_POLICY_IDS[cloud] };
}

function cloudEu(model: Model, req: Requirements): Tri {
  return req.cloudProvider && cloudRecords(model, req.cloudProvider).some((r) => r.euProcessing) ? "yes" : "unknown";
}

/** The name a host's data terms go by (its policy record), else the offering's own name. */
function policyName(catalog: Catalog, o: Offering): string {
  return providerPolicy(catalog, o.provider)?.name ?? o.providerName;
}

/** The names answers give the US government partition of each cloud. */
export const GOVERNMENT_CLOUD_NAMES: Record<CloudProvider, string> = {
  aws: "AWS GovCloud (US)",
  azure: "Azure Government",
  gcp: "a Google Cloud government region",
};

/** The cloud's own page lists the model in its US government regions (prices stay the commercial ones). */
function inGovernmentCloud(model: Model, cloud: CloudProvider): boolean {
  return usGovernmentAvailability(model, CLOUD_IDS[cloud]).length > 0;
}

function notInGovernmentCloud(model: Model, cloud: CloudProvider): string {
  return `${model.name} is not listed as offered in ${GOVERNMENT_CLOUD_NAMES[cloud]} on ${CLOUD_NAMES[cloud]}'s own pages on record, so it cannot run in your government cloud account`;
}
