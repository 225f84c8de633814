// Data control: how much say the team keeps over its prompts where this estimate runs the model.
//
// What decides it is the host, not the weights: an open-weights model served by a third-party API
// sends prompts to that provider just as a closed model does. So an API offering is scored from
// its provider's own terms (providerPolicies in the catalogue, each with source and date): a
// zero-data-retention option, no training on API data, and processing in the EU for a team that
// is in the EU. Open weights add an exit option (the same model can be moved in-house later), but
// that option is customization's to count (open weights score there): counted here too, it was
// tripled for regulated data and decided coding shortlists for a control the team does not have today.
// A provider whose terms the catalogue does not hold scores as "prompts go to the provider".
import type { Catalog } from "../catalog/catalog.js";
import { termsProvider } from "../catalog/data-processor.js";
import { providerPolicy } from "../catalog/provider-policies.js";
import type { Candidate } from "./constraints.js";
import { CLOUD_NAMES, offeringEuHosting } from "./catalog-facts.js";
import { mustSelfHost } from "./monthly-cost.js";
import type { Requirements } from "./requirements.js";
import { noted, type Say } from "./noted.js";

export interface DataControlScore {
  score: number;
  note: string;
}

/** Self-hosting under a licence with no conditions, and with conditions attached. */
export const SELF_HOSTED = 1;
export const SELF_HOSTED_CONDITIONAL = 0.85;
/** An API inside the team's own cloud account (its region, its contracts). */
export const OWN_CLOUD_API = 0.8;
/** Any third-party API: prompts leave the team. */
export const API_BASE = 0.25;
export const ZDR_BONUS = 0.15;
export const NO_TRAINING_BONUS = 0.1;
/** The provider keeps processing in the EU, for a team in the EU (or that needs EU residency). */
export const EU_PROCESSING_BONUS = 0.1;

function selfHostRight(c: Candidate): "yes" | "conditional" | "no" | "unknown" {
  if (!c.model.openWeights) return "no";
  return c.license.terms.selfHosting;
}

export function dataControlScore(c: Candidate, req: Requirements = {}, catalog?: Catalog): DataControlScore {
  return noted((say) => dataControlValue(c, req, catalog, say));
}

/** The data-control score (see dataControlScore). */
export function dataControlValue(c: Candidate, req: Requirements = {}, catalog?: Catalog, say?: Say): number {
  // No estimate yet (no volume), in a thread that rules every API out (on premises, air-gapped,
  // "we host the weights ourselves"): the model will run on the team's own infrastructure, so no
  // API host's terms say anything about it (round 27: a Finnish plant's #1 and #2 swapped on
  // third-party hosts' retention terms, 0.60 vs 0.50, until a volume made them all self-hosted).
  if (c.cost.basis === null && mustSelfHost(req) && c.model.openWeights) {
    say?.("runs on your own infrastructure (your rules leave no API)");
    return selfHostRight(c) === "yes" ? SELF_HOSTED : SELF_HOSTED_CONDITIONAL;
  }
  // No estimate chose a host (no volume yet): the team can pick any of the model's API hosts
  // (the first best one; each provider once, by its first offering's name).
  if (c.cost.basis === null && !c.cost.api && c.model.offerings.length > 0) {
    const offerings = c.model.offerings;
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < offerings.length; i++) {
      const o = offerings[i];
      if (!o || offerings.findIndex((p) => p.provider === o.provider) !== i) continue;
      const score = apiValue(c, req, catalog, o);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    const host = offerings[best];
    if (host) return say ? apiValue(c, req, catalog, host, say) : bestScore;
  }
  return hostValue(c, req, catalog, say);
}

function hostValue(c: Candidate, req: Requirements, catalog: Catalog | undefined, say: Say): number {
  const right = selfHostRight(c);
  if (c.cost.basis === "self-host") {
    say?.("runs on your own infrastructure in this estimate");
    return right === "yes" ? SELF_HOSTED : SELF_HOSTED_CONDITIONAL;
  }
  if (req.cloudProvider && c.cost.basis === "api") {
    say?.(`served inside your own ${CLOUD_NAMES[req.cloudProvider]} account`);
    return OWN_CLOUD_API;
  }
  return apiValue(c, req, catalog, c.cost.api, say);
}

/** An API offering's score from its provider's own terms. */
function apiValue(
  c: Candidate,
  req: Requirements,
  catalog: Catalog | undefined,
  api: { provider: string; providerName: string } | undefined,
  say?: Say,
): number {
  const right = selfHostRight(c);
  const provider = api?.provider;
  // The terms of whoever processes this model there: the lab for a closed model a host resells
  // (Claude on Azure: Anthropic), else the host's own.
  const policy = provider && catalog ? providerPolicy(catalog, termsProvider(catalog, c.model, provider)) : undefined;
  const zdr = policy?.zeroDataRetention?.value;
  const trains = policy?.trainsOnCustomerData?.value;
  const eu =
    (req.inEu === true || req.euDataResidency === true) && provider && catalog
      ? offeringEuHosting(catalog, c.model, { provider })
      : null;
  const score =
    API_BASE +
    (zdr === "yes" || zdr === "on-request" ? ZDR_BONUS : 0) +
    (trains === "no" ? NO_TRAINING_BONUS : 0) +
    (eu === "yes" ? EU_PROCESSING_BONUS : 0);
  if (say) {
    const said: string[] = [];
    if (zdr === "yes" || zdr === "on-request")
      said.push(`zero data retention ${zdr === "yes" ? "available" : "on request"}`);
    if (trains === "no") said.push("no training on API data");
    else if (trains === "yes" || trains === "opt-out")
      said.push(`trains on API data${trains === "opt-out" ? " unless you opt out" : ""}`);
    const retention = policy?.retentionDays?.value;
    if (retention !== undefined && retention !== null) said.push(`keeps data ${retention} days by default`);
    if (eu === "yes") said.push("EU processing available");
    else if (eu === "no") said.push("processes outside the EU");
    else if (eu === "unknown") said.push("EU processing not known");
    const host = policy?.name ?? api?.providerName ?? "the provider";
    const terms = policy
      ? said.length > 0
        ? ` (${said.join(", ")}, per its terms)`
        : " (its terms say nothing on retention or training)"
      : ` (its data terms are not in the catalogue${eu === "unknown" ? "; EU processing not known" : ""})`;
    const exitWords =
      right === "yes" || right === "conditional"
        ? `; open weights: can be moved in-house later${right === "conditional" ? " (with conditions)" : ""}, an option scored under customization`
        : "";
    say(`API: prompts go to ${host}${terms}${exitWords}`);
  }
  return Math.min(OWN_CLOUD_API, score);
}
