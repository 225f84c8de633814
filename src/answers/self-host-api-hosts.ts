// The API prices a self-hosting answer sets beside its GPU bill, from the hosts the thread's rules
// leave (own cloud account, regulated data, EU or country residency, no training or retention: the
// same filter the shortlist priced with, hosting.ts applyHosting). Comparing with the cheapest host
// of all told a Swiss bank that self-hosting costs 36× "Deep Infra", a host its data rule does not
// allow. A cheaper host the rules leave out is named as not compared; a kept host with no record of
// processing where the data must stay is flagged, as the shortlist flags it.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";
import type { Volume } from "../costs/volume.js";
import { formatUsd } from "../render/format.js";
import { applyHosting } from "../scoring/hosting.js";
import { hasHostingRules } from "../scoring/hosting-rules.js";
import { residencyRule, ruleResidency } from "../scoring/residency.js";
import type { Requirements } from "../scoring/requirements.js";
import { billedVolume } from "../scoring/hidden-reasoning.js";
import { describeRequirements } from "../conversation/slot-labels.js";
import { apiCostsFor, type CostFact } from "./cost.js";

export interface ThreadApiCosts {
  costs: CostFact[];
  /** Per cost fact (modelId|provider): why the host is not settled for the thread's rule. */
  caveats: Map<string, string>;
  /** Cheaper hosts the thread's rules leave out, each as a sentence. */
  leftOut: string[];
  /**
   * Per cost fact (modelId|provider) of a host the rules narrowed to: how to call it. "Cheapest
   * host" of a host that is the only one the rules leave reads as a price won against others.
   */
  hostLabels: Map<string, string>;
}

export const caveatKey = (c: Pick<CostFact, "modelId" | "provider">): string => `${c.modelId}|${c.provider}`;

/** The thread's hosting rules in its own words ("regulated data · data must stay in Switzerland"). */
function ruleWords(req: Requirements, catalog: Catalog): string {
  const {
    cloudProvider,
    needsBaa,
    dataSensitivity,
    euDataResidency,
    residencyElsewhere,
    noRetention,
    noTrainingOnData,
  } = req;
  const words = describeRequirements(
    {
      cloudProvider,
      needsBaa,
      // Only regulated data narrows the hosts ("internal data" is said elsewhere, not a rule here).
      ...(dataSensitivity === "regulated" ? { dataSensitivity } : {}),
      euDataResidency,
      residencyElsewhere,
      noRetention,
      noTrainingOnData,
    },
    catalog,
  );
  return words.length > 0 ? words.join(" · ") : "this thread's hosting rules";
}

export function apiCostsUnderRules(
  catalog: Catalog,
  models: Model[],
  volume: Volume,
  req: Requirements,
): ThreadApiCosts {
  const caveats = new Map<string, string>();
  const leftOut: string[] = [];
  const hostLabels = new Map<string, string>();
  if (!hasHostingRules(req))
    return {
      costs: models.flatMap((m) => apiCostsFor(m, billedVolume(m, volume))),
      caveats,
      leftOut,
      hostLabels,
    };
  const rule = residencyRule(req);
  const costs: CostFact[] = [];
  for (const m of models) {
    const usable = applyHosting(catalog, m, req).model;
    const billed = billedVolume(m, volume);
    const kept = apiCostsFor(usable, billed);
    costs.push(...kept);
    if (usable.offerings.length < m.offerings.length) {
      const hostsLeft = usable.offerings.filter((o) => !o.firstParty).length;
      for (const c of kept.filter((x) => x.role === "cheapest-host"))
        hostLabels.set(
          caveatKey(c),
          hostsLeft === 1 ? "the only host your rules leave" : "cheapest host your rules leave",
        );
    }
    const keptCheapest = kept.length === 0 ? Infinity : Math.min(...kept.map((c) => c.totalUsd));
    const cheaper = apiCostsFor(m, billed).filter((c) => c.totalUsd < keptCheapest);
    const held = new Set(usable.offerings.map((o) => o.provider));
    for (const c of cheaper.filter((x) => !held.has(x.provider)))
      leftOut.push(
        `${m.name} through ${c.providerName} (${formatUsd(c.totalUsd)} a month) is not compared: that host does not meet your rules (${ruleWords(req, catalog)}).`,
      );
    if (!rule) continue;
    for (const c of kept) {
      const o = usable.offerings.find((x) => x.provider === c.provider);
      if (o && ruleResidency(catalog, usable, o, rule).state !== "yes")
        caveats.set(
          caveatKey(c),
          `${c.providerName} is not on record as processing in ${rule.said}: ask it before you send data`,
        );
    }
  }
  return { costs, caveats, leftOut, hostLabels };
}
