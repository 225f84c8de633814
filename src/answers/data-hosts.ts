// "Where your data goes" for a team with regulated data: for each model on the shortlist, the
// host the estimate uses and the terms of that host that let it take the data (each with its
// source and date), and the model's other hosts left out and why. A cheaper host whose terms
// the catalogue does not hold is never picked silently; the answer names it as left out.
import type { Catalog } from "../catalog/catalog.js";
import { providerPolicy, type ProviderPolicy } from "../catalog/provider-policies.js";
import type { SourceRef } from "../ports.js";
import type { Model, Offering } from "../catalog/schema.js";
import {
  keepsDataReason,
  offeringBaa,
  offeringEuHosting,
  offeringFitsRegulatedData,
  offeringKeepsNothing,
  offeringTrainsNot,
} from "../scoring/catalog-facts.js";
import type { RankedModel } from "../scoring/rank.js";
import { mustSelfHost } from "../scoring/monthly-cost.js";
import type { Requirements } from "../scoring/requirements.js";
import { residencyRule, ruleResidency } from "../scoring/residency.js";

type Fact = NonNullable<ProviderPolicy["trainsOnCustomerData"]>;

const kind = (f: { sourceKind: string }) => (f.sourceKind === "primary" ? "its own terms" : "a third-party summary");

/** The terms that admit a host, in words, each with where it was read. */
function termsText(policy: ProviderPolicy): string {
  const said: string[] = [];
  const add = (f: Pick<Fact, "sourceKind" | "asOf"> | undefined, words: string) => {
    if (f) said.push(`${words} (${kind(f)}, ${f.asOf})`);
  };
  if (policy.trainsOnCustomerData?.value === "no") add(policy.trainsOnCustomerData, "no training on API data");
  const zdr = policy.zeroDataRetention;
  if (zdr && (zdr.value === "yes" || zdr.value === "on-request"))
    add(
      zdr,
      `zero data retention ${zdr.value === "yes" ? "available" : "on request"}${zdr.value === "on-request" && policy.retentionDays?.value ? ` (until granted it keeps data ${policy.retentionDays.value} days)` : ""}`,
    );
  const baa = policy.baa;
  if (baa && (baa.value === "yes" || baa.value === "on-request"))
    add(baa, `signs a HIPAA BAA${baa.value === "on-request" ? " on request" : ""}`);
  return said.join(", ");
}

/** The sources of the terms the lines cite. */
function termsSources(policy: ProviderPolicy): SourceRef[] {
  return [policy.trainsOnCustomerData, policy.zeroDataRetention, policy.baa].flatMap((f) =>
    f ? [{ label: `${policy.name} data terms`, url: f.sourceUrl, asOf: f.asOf }] : [],
  );
}

/** Why this host may not take the team's data (its terms, a BAA, EU processing), or null when it may. */
function whyNot(catalog: Catalog, req: Requirements, model: Model, provider: string): string | null {
  if (req.dataSensitivity === "regulated") {
    const fit = offeringFitsRegulatedData(catalog, { provider });
    if (fit === "no") return "its terms allow training on or keeping your data";
    if (fit === "unknown") return "its data terms are not in the catalogue";
  }
  if (req.noRetention && offeringKeepsNothing(catalog, { provider }) !== "yes")
    return keepsDataReason(catalog, { provider });
  if (req.noTrainingOnData && offeringTrainsNot(catalog, { provider }) !== "yes")
    return keepsDataReason(catalog, { provider });
  if (req.needsBaa && offeringBaa(catalog, { provider }) !== "yes") return "no BAA on record";
  if (req.euDataResidency && offeringEuHosting(catalog, model, { provider }) !== "yes")
    return "EU processing not on record";
  return residencyWhyNot(catalog, req, model, provider);
}

/** Why a host does not keep the data in the team's country: known not to, or not on record while another host is. */
function residencyWhyNot(catalog: Catalog, req: Requirements, model: Model, provider: string): string | null {
  const rule = residencyRule(req);
  if (!rule) return null;
  const state = (o: Pick<Offering, "provider" | "providerName">) => ruleResidency(catalog, model, o, rule).state;
  const own = model.offerings.find((o) => o.provider === provider);
  const mine = own ? state(own) : "unknown";
  if (mine === "no") return `known not to process in ${rule.said}`;
  if (mine === "unknown" && model.offerings.some((o) => state(o) === "yes")) return `no region record for ${rule.said}`;
  return null;
}

export interface DataHosts {
  text: string;
  sources: SourceRef[];
}

/** The section, or null when the team's data is not regulated and no host rule on training or retention was said. */
export function dataHostsSection(catalog: Catalog, req: Requirements, top: RankedModel[]): DataHosts | null {
  if (req.dataSensitivity !== "regulated" && !req.noRetention && !req.noTrainingOnData) return null;
  // Every pick self-hosted, or to be once a volume sizes it (the thread rules every API out): no
  // host receives the data, so there is nothing to say about hosts.
  if (top.length > 0 && top.every((m) => m.costBasis === "self-host")) return null;
  if (mustSelfHost(req)) return null;
  const sources: SourceRef[] = [];
  const lines = top.map((m) => {
    if (m.costBasis === "self-host")
      return `- **${m.name}**: self-hosted in this estimate, so prompts stay on infrastructure you run.`;
    const model = catalog.modelById.get(m.id);
    const hosts = [...new Map((model?.offerings ?? []).map((o) => [o.provider, o.providerName])).entries()];
    const why = (p: string) => (model ? whyNot(catalog, req, model, p) : null);
    const fitting = hosts.filter(([p]) => why(p) === null);
    const left = hosts.filter(([p]) => p !== m.apiProvider && why(p) !== null);
    const leftText =
      left.length > 0
        ? ` Left out: ${left
            .slice(0, 4)
            .map(([p, name]) => `${name} (${why(p)})`)
            .join(", ")}${left.length > 4 ? ` and ${left.length - 4} more` : ""}.`
        : "";
    const chosen = m.apiProvider ? providerPolicy(catalog, m.apiProvider) : undefined;
    if (m.costBasis === "api" && chosen) {
      sources.push(...termsSources(chosen));
      const among =
        fitting.length > 1
          ? `the cheapest of ${fitting.length} hosts whose terms fit`
          : "the only host whose terms fit";
      return `- **${m.name}** via **${chosen.name}**, ${among}: ${termsText(chosen)}.${leftText}`;
    }
    if (m.costBasis === "api")
      return `- **${m.name}** via ${m.costLabel.replace(/^API via /, "")}: inside your own cloud account.${leftText}`;
    const names = fitting.map(([, name]) => name);
    return `- **${m.name}**: no host chosen yet (no volume stated); hosts whose terms fit: ${names.length > 0 ? names.join(", ") : "none in the catalogue, so self-host it"}.${leftText}`;
  });
  const hipaa =
    // HIPAA binds US covered entities: not said to a team that said it is in the EU.
    req.fieldOfUse === "medical" && !req.needsBaa && req.inEu !== true
      ? ' If this is PHI under HIPAA (a US covered entity), every host must also sign a BAA: say "we need a BAA" and only hosts that sign one stay.'
      : "";
  const rule =
    req.dataSensitivity === "regulated"
      ? "regulated data: an API host only when its own terms rule out training on your data and offer zero data retention or a BAA"
      : req.noRetention
        ? "no training on or retention of your data: an API host only when its own terms rule out training on your data and offer zero data retention"
        : "no training on your data: an API host only when its own terms rule out training on your data";
  const unique = [...new Map(sources.map((x) => [`${x.label}|${x.url ?? ""}`, x])).values()];
  return {
    text: `**Where your data goes** (${rule}; a host with unknown terms is never picked for a lower price):${hipaa}\n${lines.join("\n")}`,
    sources: unique,
  };
}
