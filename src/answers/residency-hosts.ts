// "Where the data is processed" for a team whose data must stay in one country outside the EU
// (RBI localisation in India, a state department in Australia): for each model on the shortlist,
// whether the host the estimate uses is known to process there (and where that was read), or is
// not checked because no region record of it is on file. A pick never passes as compliant
// silently: an unchecked host is said to be unchecked, with what to ask. Where such a pick has open
// weights, what running them on rented GPUs in the place would cost is said with it (the quote its
// estimate weighed), against the budget, so a team sees whether any pick meets the rule within it.
// No GPU rental price read in a given country is on record (the prices were read mostly in US
// regions), so such a figure rents at the verified median, and the section says so.
import type { Catalog } from "../catalog/catalog.js";
import type { SourceRef } from "../ports.js";
import { formatUsd } from "../render/format.js";
import { budgetUsdOf, budgetWords } from "../scoring/budget.js";
import { AT_VERIFIED_MEDIAN } from "../scoring/self-host-quote.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";
import { passedOverList } from "./passed-over.js";
import { residencyRule, ruleResidency, type ResidencyEvidence, type ResidencyRule } from "../scoring/residency.js";

export interface ResidencyHosts {
  text: string;
  sources: SourceRef[];
  /** The picks whose host is not known to process in the place (the flagged ones). */
  unchecked: string[];
}

const kind = (e: ResidencyEvidence) => (e.sourceKind === "primary" ? "its own page" : "a third-party list");

/** The section, or null when the team named no place outside the EU whose country we know. */
export function residencyHostsSection(
  catalog: Catalog,
  req: Requirements,
  top: RankedModel[],
  ranked: readonly RankedModel[] = top,
): ResidencyHosts | null {
  const place = residencyRule(req);
  if (!place || top.length === 0) return null;
  const sources: SourceRef[] = [];
  const unchecked: string[] = [];
  const lines = top.map((m) => {
    const line = pickLine(catalog, m, place, req);
    if (line.evidence?.sourceUrl && line.evidence.asOf)
      sources.push({
        label: `${m.name}: where it is processed`,
        url: line.evidence.sourceUrl,
        asOf: line.evidence.asOf,
      });
    if (!line.checked) unchecked.push(m.name);
    return line.text;
  });
  const ask =
    unchecked.length > 0
      ? ` Not checked means no region record of that host is on file, not that it fails: ask the host whether it can keep processing in ${place.said} before you send data. A pick whose host is not checked is ranked after every pick known to keep the data there.`
      : "";
  const median = top.some((m) => selfHostInPlace(m, req)?.summary.includes(AT_VERIFIED_MEDIAN))
    ? ` No GPU rental price read in ${place.said} is on record, so a self-hosted figure here rents its GPUs at the verified median of the prices on record (read mostly in US regions): ask a provider in ${place.said} for its rate before you compare.`
    : "";
  const passedOver = unchecked.length > 0 ? passedOverLine(top, ranked, place) : null;
  if (passedOver) lines.push(passedOver);
  return {
    text: `**Where the data is processed** (it must stay in ${place.said}; only hosts known to process there are picked when one is on record):${ask}${median}\n${lines.join("\n")}`,
    sources,
    unchecked,
  };
}

interface PickLine {
  text: string;
  checked: boolean;
  evidence?: ResidencyEvidence;
}

function pickLine(catalog: Catalog, m: RankedModel, place: ResidencyRule, req: Requirements): PickLine {
  if (m.costBasis === "self-host")
    return {
      text: `- **${m.name}**: self-hosted in this estimate: run it in a cloud region or data centre in ${place.said} and the data stays there.`,
      checked: true,
    };
  const model = catalog.modelById.get(m.id);
  if (!model) return { text: `- **${m.name}**: **not checked** (not in the catalogue).`, checked: false };
  const hostName = m.costLabel.replace(/^API via /, "");
  // Open weights the team may run itself: self-hosting in its own region meets the rule, at the quote's cost.
  const quote = selfHostInPlace(m, req);
  const orSelfHost =
    model.openWeights && req.deployment !== "any-api"
      ? `; self-hosting it in a region in ${place.said} would meet the rule${quote ? `: ${selfHostCostWords(quote.monthlyUsd, quote.summary, req)}` : ""}`
      : "";
  if (m.apiProvider) {
    const evidence = ruleResidency(catalog, model, { provider: m.apiProvider, providerName: hostName }, place);
    if (evidence.state === "yes")
      return {
        text: `- **${m.name}** via ${hostName}: processed in ${evidence.place ?? place.said}: ${evidence.detail} (${kind(evidence)}, ${evidence.asOf}).`,
        checked: true,
        evidence,
      };
    return {
      text: `- **${m.name}** via ${hostName}: **not checked**: ${evidence.detail}${orSelfHost}.`,
      checked: false,
      evidence,
    };
  }
  // No volume, so no host chosen: the hosts of it known to process in the place, if any.
  const known = model.offerings.filter((o) => ruleResidency(catalog, model, o, place).state === "yes");
  const names = [...new Set(known.map((o) => o.providerName))];
  if (names.length > 0)
    return { text: `- **${m.name}**: hosts known to process in ${place.said}: ${names.join(", ")}.`, checked: true };
  return {
    text: `- **${m.name}**: **not checked**: none of its hosts has a region record for ${place.said}${orSelfHost}.`,
    checked: false,
  };
}

/**
 * The self-hosted alternative of an API pick whose host is not on record as processing in the
 * place (the quote its estimate weighed), or null: known to process there, or nothing quoted.
 */
export function selfHostInPlace(m: RankedModel, req: Requirements): { monthlyUsd: number; summary: string } | null {
  if (!m.residencyUnchecked || req.deployment === "any-api") return null;
  return m.selfHostAlternative;
}

/** "about **$31,200.00** a month on rented GPUs (4× H100 …), over your ₹800,000 (at most $10,587.00) budget". */
function selfHostCostWords(monthlyUsd: number, summary: string, req: Requirements): string {
  const budget = budgetUsdOf(req);
  const against =
    budget === undefined || !req.volume
      ? ""
      : `, ${monthlyUsd <= budget ? "within" : "over"} your ${budgetWords(req)} budget`;
  return `about **${formatUsd(monthlyUsd)}** a month on rented GPUs (${summary})${against}`;
}

/**
 * When the shortlist has picks on hosts not checked, whether a model on record as processing in the
 * place was passed over, and why (passed-over.ts): the Quebec libraries' #2 and #3 via Deep Infra,
 * with GPT-4o on Azure canadaeast and Claude 3 Haiku on Bedrock ca-central-1 on record but below the
 * job's minimum. Said either way: none on record.
 */
function passedOverLine(top: readonly RankedModel[], ranked: readonly RankedModel[], place: ResidencyRule): string {
  const shown = new Set(top.map((m) => m.id));
  const known = ranked.filter((m) => !shown.has(m.id) && m.costBasis === "api" && !m.residencyUnchecked);
  const others = top.some((m) => !m.residencyUnchecked) ? "No other model" : "No model";
  if (known.length === 0)
    return `- ${others} within your other requirements is on record as processing in ${place.said}, so the rest of the shortlist is on hosts not checked.`;
  return `- On record as processing in ${place.said} but ranked after the picks above: ${passedOverList(known)}.`;
}
