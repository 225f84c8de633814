// Where a model can run, asked as a question: "is claude on azure?", "is claude sonnet 4.5
// available in frankfurt through bedrock?", "can it do EU residency?", "does azure openai have a
// UK region?". These ask about hosts and regions, not about the licence ("can we use X in the
// EU?" without a cloud or a residency word stays a licence question: some licences exclude the EU).
import type { Catalog } from "../catalog/catalog.js";
import { hostIn } from "../catalog/hosts.js";
import { placeIn, type Place } from "../catalog/regions.js";
import type { CloudProvider } from "../scoring/requirements.js";
import { providerTermAsked } from "./provider-term-text.js";
import { governmentCloudIn } from "./government-cloud-text.js";

export interface HostingAsk {
  /** The cloud asked about ("on Azure", "through Bedrock"). */
  cloud?: CloudProvider;
  /** Any other API host named after on / via / through ("on Groq"), as an offering provider id. */
  provider?: string;
  place?: Place;
  /** A host named after "hosted on" that the catalogue does not hold ("on OVHcloud"), as the message folds it. */
  unlistedHost?: string;
  /** The cloud's US government partition is asked about ("is X on bedrock in govcloud?", "in Azure Government?"). */
  usGovernment?: true;
}

const CLOUDS: [RegExp, CloudProvider][] = [
  [/\bazure\b/, "azure"],
  [/\b(aws|amazon web services|amazon bedrock|bedrock)\b/, "aws"],
  [/\b(vertex|gcp|google cloud)\b/, "gcp"],
];

const QUESTION = /\?|^(is|are|do|does|can|could|would|will|where|which|what)\b/;
// Words of availability and data location; with a place alone they make it a hosting question.
const RESIDENCY =
  /\b(residency|regions?|data ?cent(er|re)s?|hosted|hosting|available|availability|offered|processed|processing|deploy\w*|served)\b/;
// Other questions that may name a cloud: a price, a cost, a licence fact, a comparison, a what-if,
// a request for a pick. Each has its own reading.
const OTHER_QUESTION =
  /\b(price|prices|pricing|cost|costs|charge\w*|pay|how much|cheap\w*|per 1m|tokens? (a|per) (month|day)|fine[- ]?tun\w*|distil\w*|train\w*|commercial\w*|monthly users|users|mau|redistribut\w*|resell\w*|compare|vs\.?|versus|better|recommend\w*|suggest\w*|which (model|llm|one)s?\b(?! (?:are|is) (?:on|in|available|offered)))\b|^\W*(what if|and if|suppose|say|assume)\b/;

// A host named after words of hosting ("hosted on OVHcloud", "available via IONOS") that the
// catalogue does not hold: the answer names the hosts on record and says it is not among them. Not
// the team's own machines nor a kind of place ("hosted on our servers", "available on request").
const HOST_AFTER =
  /\b(?:hosted|available|offered|served|sold|deployed)\s+(?:on|via|through|at|by)\s+([a-z][\w.-]*[a-z0-9])\b/;
const NOT_A_HOST =
  /^(?:our|the|a|an|your|their|its|my|any|some|all|this|that|these|those|it|them|us|you|which|what|there|here|one|both|either|premises?|prem|site|request|demand|devices?|mobile|phones?|laptops?|desktops?|gpus?|cpus?|servers?|hardware|cloud|edge|consumer|local\w*|own)$/;

/** The hosting question a (folded) message asks, or null when it asks something else. */
export function hostingAsked(lower: string, catalog: Catalog, modelNamed: boolean): HostingAsk | null {
  if (!QUESTION.test(lower) || OTHER_QUESTION.test(lower)) return null;
  // A provider's data term (a BAA, retention, training) is that provider's terms question.
  const term = providerTermAsked(lower);
  if (term && term !== "eu") return null;
  // "in govcloud", "in Azure Government": the cloud's government partition, the cloud itself when
  // no other is named ("is X on bedrock in govcloud?" asks Bedrock in AWS GovCloud (US)).
  const government = governmentCloudIn(lower);
  const named = CLOUDS.find(([words]) => words.test(lower))?.[1];
  const cloud = named ?? government;
  // "can gpt-4.1 on azure keep processing inside the EU?" asks the cloud's own terms.
  if (cloud && term === "eu") return null;
  // Another host only after "on / via / through": "limits in the deepseek licence" names no host.
  const host = cloud ? null : hostIn(lower.replace(/\bin\b/g, " "), catalog);
  const place = placeIn(lower) ?? undefined;
  const ask: HostingAsk = {
    ...(cloud ? { cloud } : {}),
    ...(host ? { provider: host.provider } : {}),
    ...(place ? { place } : {}),
    ...(government && government === cloud ? { usGovernment: true as const } : {}),
  };
  if (modelNamed) {
    // "is claude on azure?", "X in frankfurt through bedrock?", "can X do EU residency?"
    if (cloud || host) return ask;
    const unlisted = place ? undefined : HOST_AFTER.exec(lower)?.[1];
    if (unlisted && !NOT_A_HOST.test(unlisted)) return { unlistedHost: unlisted };
    return place && (term === "eu" || RESIDENCY.test(lower)) ? ask : null;
  }
  // No model: a cloud's regions ("does azure openai have a uk region?").
  return cloud && place && RESIDENCY.test(lower) ? ask : null;
}
