// Data control: how much say the team keeps over its prompts where this estimate runs the model.
//
// What decides it is the host, not the weights: an open-weights model served by a third-party API
// sends prompts to that provider just as a closed model does. So an API offering is scored from
// its provider's own terms (providerPolicies in the catalogue, each with source and date): a
// zero-data-retention option, no training on API data, and processing in the EU for a team that
// is in the EU. Open weights add only an exit option (the same model can be moved in-house later).
// A provider whose terms the catalogue does not hold scores as "prompts go to the provider".
import type { Catalog } from "../catalog/catalog.js";
import { providerPolicy } from "../catalog/provider-policies.js";
import type { Candidate } from "./constraints.js";
import { CLOUD_NAMES, offeringEuHosting } from "./catalog-facts.js";
import type { Requirements } from "./requirements.js";

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
/** Open weights the licence lets the team self-host later, with or without conditions. */
export const EXIT_OPTION_BONUS = 0.1;
export const EXIT_OPTION_CONDITIONAL_BONUS = 0.05;

function selfHostRight(c: Candidate): "yes" | "conditional" | "no" | "unknown" {
  if (!c.model.openWeights) return "no";
  return c.license.terms.selfHosting;
}

export function dataControlScore(c: Candidate, req: Requirements = {}, catalog?: Catalog): DataControlScore {
  // No estimate chose a host (no volume yet): the team can pick any of the model's API hosts.
  if (c.cost.basis === null && !c.cost.api && c.model.offerings.length > 0) {
    let best: DataControlScore | undefined;
    for (const provider of new Set(c.model.offerings.map((o) => o.provider))) {
      const name = c.model.offerings.find((o) => o.provider === provider)?.providerName ?? provider;
      const d = apiScore(c, req, catalog, { provider, providerName: name });
      if (!best || d.score > best.score) best = d;
    }
    if (best) return best;
  }
  return hostScore(c, req, catalog);
}

function hostScore(c: Candidate, req: Requirements, catalog?: Catalog): DataControlScore {
  const right = selfHostRight(c);
  if (c.cost.basis === "self-host")
    return {
      score: right === "yes" ? SELF_HOSTED : SELF_HOSTED_CONDITIONAL,
      note: "runs on your own infrastructure in this estimate",
    };
  if (req.cloudProvider && c.cost.basis === "api")
    return { score: OWN_CLOUD_API, note: `served inside your own ${CLOUD_NAMES[req.cloudProvider]} account` };

  return apiScore(c, req, catalog, c.cost.api);
}

/** An API offering's score from its provider's own terms. */
function apiScore(
  c: Candidate,
  req: Requirements,
  catalog: Catalog | undefined,
  api: { provider: string; providerName: string } | undefined,
): DataControlScore {
  const right = selfHostRight(c);
  const provider = api?.provider;
  const policy = provider && catalog ? providerPolicy(catalog, provider) : undefined;
  const zdr = policy?.zeroDataRetention?.value;
  const trains = policy?.trainsOnCustomerData?.value;
  const eu =
    (req.inEu === true || req.euDataResidency === true) && provider && catalog
      ? offeringEuHosting(catalog, c.model, { provider })
      : null;
  const exit = right === "yes" ? EXIT_OPTION_BONUS : right === "conditional" ? EXIT_OPTION_CONDITIONAL_BONUS : 0;
  const score =
    API_BASE +
    (zdr === "yes" || zdr === "on-request" ? ZDR_BONUS : 0) +
    (trains === "no" ? NO_TRAINING_BONUS : 0) +
    (eu === "yes" ? EU_PROCESSING_BONUS : 0) +
    exit;
  // The note is written when read: rankings score every candidate, answers show a few.
  let text: string | undefined;
  const write = (): string => {
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
      exit > 0
        ? `; open weights: can be moved in-house later${right === "conditional" ? " (with conditions)" : ""}`
        : "";
    return `API: prompts go to ${host}${terms}${exitWords}`;
  };
  return {
    score: Math.min(OWN_CLOUD_API, score),
    get note() {
      return (text ??= write());
    },
  };
}
