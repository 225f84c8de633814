// One open-vs-closed criterion at a time ("is open source always cheaper?", "who owns what the
// model writes?", "is it safe to send patient data to an API?"): the criterion in a sentence, then
// catalogue facts that illustrate it, each with its source. Nothing here is asserted without a
// catalogue field behind it; where the catalogue holds nothing (SLAs), the answer says so.
import type { Catalog } from "../catalog/catalog.js";
import type { License, Model, Offering } from "../catalog/schema.js";
import { breakEvenPlan, selfHostCostAt, type BreakEvenResult } from "../costs/break-even.js";
import { cheapestPlan, selfHostPlans } from "../costs/self-host.js";
import type { TradeoffTopic } from "../intents/types.js";
import type { SourceRef } from "../ports.js";
import { formatTokens, formatUsd } from "../render/format.js";
import { blendedPerMTok } from "../costs/price-ratio.js";
import { DEFAULT_INPUT_SHARE } from "../costs/volume.js";
import { licenseOf, licenseSources, offeringSource, sortedOfferings } from "./common.js";
import { planSources } from "./self-host-common.js";
import { TRI, type TopicAnswer } from "./topic-answer.js";

// General trade-offs name no job: the default split (costs/volume.ts), said as 3:1 in the answers.
const blended = (o: Offering) => blendedPerMTok(o, DEFAULT_INPUT_SHARE);
const current = (catalog: Catalog) => catalog.models.filter((m) => m.kind === "model" && m.status === "current");
const paid = (m: Model) => sortedOfferings(m).filter((o) => blended(o) > 0);

function cheapestOffering(models: Model[], filter: (o: Offering) => boolean = () => true) {
  let best: { model: Model; offering: Offering } | undefined;
  for (const model of models)
    for (const offering of paid(model).filter(filter))
      if (!best || blended(offering) < blended(best.offering)) best = { model, offering };
  return best;
}

/** A like-for-like open model: a large general chat model that can be self-hosted, most widely hosted first. */
function representativeOpen(catalog: Catalog): Model | undefined {
  return current(catalog)
    .filter((m) => m.openWeights && m.strengths.includes("chat") && (m.parameters?.totalB ?? 0) >= 30)
    .filter((m) => !("unavailable" in selfHostPlans(m, 3, {}, catalog.selfhost)))
    .sort((a, b) => paid(b).length - paid(a).length || (a.id < b.id ? -1 : 1))[0];
}

function breakEvenText(result: BreakEvenResult): string {
  if (result.kind === "at")
    return `self-hosting is cheaper above about **${formatTokens(result.tokensPerMonth)} a month**${result.untilTokensPerMonth ? ` (and dearer again above ${formatTokens(result.untilTokensPerMonth)})` : ""}.`;
  return result.reason;
}

function costAtScale(catalog: Catalog): TopicAnswer {
  const open = representativeOpen(catalog);
  const closedChat = current(catalog).filter((m) => !m.openWeights && m.strengths.includes("chat"));
  // Two closed comparators: the cheapest, and the most widely sold (a mainstream flagship).
  const closed = cheapestOffering(closedChat, (o) => o.firstParty);
  const flagship = [...closedChat].sort((a, b) => hostsOf(b) - hostsOf(a) || (a.id < b.id ? -1 : 1))[0];
  const flagshipOffer = flagship ? cheapestOffering([flagship], (o) => o.firstParty) : undefined;
  const facts: string[] = [];
  const sources: SourceRef[] = [];
  const evidence: Record<string, unknown> = {};
  const plans = open ? selfHostPlans(open, 3, {}, catalog.selfhost) : undefined;
  if (open && plans && !("unavailable" in plans)) {
    const host = cheapestOffering([open]);
    const against = [
      ...(closed ? [{ label: `${closed.model.name}'s own API (cheapest closed)`, offering: closed.offering }] : []),
      ...(flagshipOffer && flagshipOffer.model.id !== closed?.model.id
        ? [{ label: `${flagshipOffer.model.name}'s own API`, offering: flagshipOffer.offering }]
        : []),
      ...(host ? [{ label: `renting ${open.name} from ${host.offering.providerName}`, offering: host.offering }] : []),
    ];
    // Each comparison on the GPUs that break even first against it (see breakEvenPlan); the floor
    // on those cheapest for a small volume.
    const results = against.map((a) => ({ ...a, ...breakEvenPlan(plans, a.offering, DEFAULT_INPUT_SHARE) }));
    const smallest = cheapestPlan(plans, 0);
    const floor = selfHostCostAt(smallest, 0, DEFAULT_INPUT_SHARE);
    facts.push(
      `Self-hosting **${open.name}** costs about **${formatUsd(floor)} a month** before the first token (one replica of ${smallest.gpusPerReplica}× ${smallest.gpu.name} plus a spare always on, and operations), whatever the traffic.`,
    );
    for (const r of results)
      facts.push(
        `Against ${r.label} (${formatUsd(blended(r.offering))} per 1M tokens at 3:1 input:output), self-hosted on ${r.plan.gpu.name.replace(/^NVIDIA\s+/, "")} GPUs: ${breakEvenText(r.result)}`,
      );
    const used = [...new Set([smallest, ...results.map((r) => r.plan)])];
    sources.push(...used.flatMap((p) => planSources(p, open)), ...against.map((a) => offeringSource(a.offering)));
    evidence.selfHosted = open.id;
    evidence.breakEven = results.map((r) => ({
      against: r.offering.provider,
      kind: r.result.kind,
      tokensPerMonth: r.result.kind === "at" ? r.result.tokensPerMonth : null,
      selfHostFloorUsd: r.result.common.selfHostFloorUsd,
    }));
  } else facts.push("The catalogue has no self-hosting estimate for a large open chat model, so no break-even here.");
  return {
    title: "Is open source cheaper? Cost at scale",
    criterion:
      "Open weights are free to download, not free to run: self-hosting has a fixed monthly floor, while a per-token API costs nothing when idle. Self-hosting wins only at steady, high volume.",
    facts,
    sources,
    models: [open, closed?.model, flagshipOffer?.model].filter((m): m is Model => m !== undefined),
    evidence,
  };
}

const OUTPUT_RULES: Record<License["terms"]["outputsToTrainOtherModels"], string> = {
  yes: "outputs may be used to train other models",
  conditional: "outputs may train other models under conditions",
  no: "outputs may not be used to train other models",
  "not-addressed": "the licence does not address outputs",
  "not-applicable": "not applicable",
  unknown: "not settled by our sources",
};

function ownership(catalog: Catalog): TopicAnswer {
  const byLicense = new Map<string, { license: License; models: Model[] }>();
  for (const m of current(catalog)) {
    const license = licenseOf(m, catalog);
    if (!license) continue;
    const entry = byLicense.get(license.id) ?? { license, models: [] };
    entry.models.push(m);
    byLicense.set(license.id, entry);
  }
  // Licences whose outputs clause is on file, most models first; one per rule so the contrast shows.
  const withClause = [...byLicense.values()]
    .filter((e) => e.license.clauses.some((c) => c.topic === "outputs-training"))
    .sort((a, b) => b.models.length - a.models.length || (a.license.id < b.license.id ? -1 : 1));
  const shown: typeof withClause = [];
  for (const e of withClause) {
    if (shown.length >= 4) break;
    if (!shown.some((s) => s.license.terms.outputsToTrainOtherModels === e.license.terms.outputsToTrainOtherModels))
      shown.push(e);
  }
  const facts = shown.map((e) => {
    const clause = e.license.clauses.find((c) => c.topic === "outputs-training")!;
    const quote = clause.quote.length > 220 ? `${clause.quote.slice(0, 217)}…` : clause.quote;
    const names = e.models
      .slice(0, 2)
      .map((m) => m.name)
      .join(", ");
    return `**${e.license.name}** (${names}${e.models.length > 2 ? ` and ${e.models.length - 2} more` : ""}): ${OUTPUT_RULES[e.license.terms.outputsToTrainOtherModels]}. The text: "${quote}"`;
  });
  const counts = new Map<string, number>();
  for (const e of byLicense.values())
    counts.set(
      e.license.terms.outputsToTrainOtherModels,
      (counts.get(e.license.terms.outputsToTrainOtherModels) ?? 0) + e.models.length,
    );
  facts.push(
    `Across the ${current(catalog).length} current models: ${[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${n} where ${OUTPUT_RULES[rule as keyof typeof OUTPUT_RULES]}`)
      .join("; ")}.`,
  );
  return {
    title: "Who owns what the model writes?",
    criterion:
      "What you may do with a model's outputs is set by its licence (open weights) or the provider's terms (APIs). The catalogue records one part of it for every licence, whether outputs may train other models, with the clause; ownership wording beyond that is not a catalogue field, so read the linked text before relying on it.",
    facts,
    sources: shown.flatMap((e) => licenseSources(e.license, catalog).slice(0, 1)),
    models: shown.flatMap((e) => e.models.slice(0, 1)),
    evidence: { outputsRules: Object.fromEntries(counts) },
  };
}

function dataSecurity(catalog: Catalog): TopicAnswer {
  const policies = [...(catalog.providerPolicyById?.values() ?? [])];
  const facts = policies.map((p) => {
    const parts = [
      p.retentionDays
        ? `keeps prompts ${p.retentionDays.value === null ? "for an unstated time" : p.retentionDays.value === 0 ? "not at all" : `up to ${p.retentionDays.value} days`}`
        : null,
      p.zeroDataRetention ? `zero retention: ${TRI[p.zeroDataRetention.value]}` : null,
      p.trainsOnCustomerData ? `trains on your data: ${p.trainsOnCustomerData.value}` : null,
      p.euDataResidency ? `EU data residency: ${TRI[p.euDataResidency.value]}` : null,
      p.baa ? `HIPAA BAA: ${TRI[p.baa.value]}` : null,
    ].filter((x): x is string => x !== null);
    return `**${p.name}**: ${parts.join(" · ") || "no policy facts on file"}.`;
  });
  const open = current(catalog).filter((m) => m.openWeights && m.strengths.includes("chat"));
  facts.push(
    `Self-hosting keeps prompts in your own network: ${open.length} current open-weights chat models can be run that way (e.g. ${open
      .slice(0, 3)
      .map((m) => m.name)
      .join(", ")}).`,
  );
  const sources: SourceRef[] = policies.flatMap((p) =>
    [p.retentionDays, p.baa, p.euDataResidency]
      .filter((f) => f !== undefined)
      .slice(0, 2)
      .map((f) => ({ label: `${p.name} data terms`, ...(f.sourceUrl ? { url: f.sourceUrl } : {}), asOf: f.asOf })),
  );
  return {
    title: "Regulated data: API or self-hosted?",
    criterion:
      "For patient, financial or personal data what matters is where prompts go and what the provider keeps: self-hosted open weights never leave your network; with an API it depends on retention, training on your data, EU processing and whether the provider signs a BAA.",
    facts: facts.length > 1 ? facts : ["The catalogue holds no provider data policies yet.", ...facts],
    sources,
    models: open.slice(0, 3),
    evidence: { providers: policies.map((p) => p.provider), openWeightsChatModels: open.length },
  };
}

/** How many providers sell each model: lock-in and support in numbers. */
function hostsOf(m: Model): number {
  return new Set(m.offerings.map((o) => o.provider)).size;
}

function lockIn(catalog: Catalog, title: string, criterion: string): TopicAnswer {
  const models = current(catalog);
  const open = models.filter((m) => m.openWeights).sort((a, b) => hostsOf(b) - hostsOf(a) || (a.id < b.id ? -1 : 1));
  const closed = models.filter((m) => !m.openWeights).sort((a, b) => hostsOf(b) - hostsOf(a) || (a.id < b.id ? -1 : 1));
  const line = (m: Model) => {
    const prices = paid(m).map(blended);
    const [low, high] = [Math.min(...prices), Math.max(...prices)];
    const range =
      prices.length === 0
        ? ""
        : low === high
          ? `, ${formatUsd(low)} per 1M tokens at 3:1`
          : `, ${formatUsd(low)}–${formatUsd(high)} per 1M tokens at 3:1`;
    return `${m.name}: ${hostsOf(m)} provider${hostsOf(m) === 1 ? "" : "s"}${range}`;
  };
  const shownOpen = open.slice(0, 3);
  const shownClosed = closed.slice(0, 3);
  const facts = [
    `Open weights, most widely hosted: ${shownOpen.map(line).join("; ")}.`,
    `Closed models, most widely sold: ${shownClosed.map(line).join("; ")}.`,
    `A closed model can only be bought where its lab sells it; an open model can move to another host, or in-house, without changing the model.`,
  ];
  const sources = [...shownOpen, ...shownClosed].flatMap((m) => paid(m).slice(0, 1).map(offeringSource));
  return {
    title,
    criterion,
    facts,
    sources,
    models: [...shownOpen, ...shownClosed],
    evidence: { hosts: Object.fromEntries([...shownOpen, ...shownClosed].map((m) => [m.id, hostsOf(m)])) },
  };
}

function customization(catalog: Catalog): TopicAnswer {
  const models = current(catalog);
  const open = models.filter((m) => m.openWeights);
  const rule = (m: Model) => licenseOf(m, catalog)?.terms.fineTuning ?? "unknown";
  const free = open.filter((m) => rule(m) === "yes");
  const conditional = open.filter((m) => rule(m) === "conditional");
  const facts = [
    `${open.length} of ${models.length} current models have open weights: you can fine-tune, distil and quantize them yourself.`,
    `Their licences allow fine-tuning outright for ${free.length} (e.g. ${free
      .slice(0, 3)
      .map((m) => `${m.name}, ${licenseOf(m, catalog)?.name ?? "?"}`)
      .join(
        "; ",
      )}) and with conditions for ${conditional.length}${conditional[0] ? ` (e.g. ${conditional[0].name}, ${licenseOf(conditional[0], catalog)?.name ?? "?"})` : ""}.`,
    "Closed models can be adapted only through whatever fine-tuning service their provider offers, on the provider's terms, and the result stays with the provider.",
  ];
  const shown = [...free.slice(0, 2), ...conditional.slice(0, 1)];
  return {
    title: "Customisation: fine-tuning and beyond",
    criterion:
      "With open weights you own the adaptation (fine-tune, distil, quantize, pin a version); with a closed API you get what the provider's tuning service allows.",
    facts,
    sources: shown.flatMap((m) => {
      const l = licenseOf(m, catalog);
      return l ? licenseSources(l, catalog).slice(0, 1) : [];
    }),
    models: shown,
    evidence: { openWeights: open.length, fineTuneAllowed: free.length, fineTuneConditional: conditional.length },
  };
}

/** The focused answer for a topic, or null for the general overview. */
export function topicAnswer(topic: TradeoffTopic | undefined, catalog: Catalog): TopicAnswer | null {
  switch (topic) {
    case "cost-at-scale":
      return costAtScale(catalog);
    case "ownership":
      return ownership(catalog);
    case "data-security":
      return dataSecurity(catalog);
    case "lock-in":
      return lockIn(
        catalog,
        "Lock-in: how easily can you switch?",
        "Lock-in is how many places sell the same model and whether you can take it with you: open weights run at many hosts or in-house; a closed model is sold only by its lab (and the clouds it partners with).",
      );
    case "support":
      return lockIn(
        catalog,
        "Support and SLAs",
        "Closed providers sell support contracts and uptime commitments; for open models support comes from the host you rent from or your own team. The catalogue holds no SLA figures, so ask each provider for theirs; what it does hold is how many providers stand behind each model.",
      );
    case "customization":
      return customization(catalog);
    default:
      return null;
  }
}
