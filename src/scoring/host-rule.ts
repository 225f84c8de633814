// The team's rule on who may host its API traffic: no host owned from some countries ("no US-owned
// cloud providers", "pas d'hébergeur américain"), none of some named hosts ("no openai/anthropic
// APIs"). One home for how the rule is said back and how a host is judged against it. It binds
// hosts, never labs: a US lab's open weights served by an EU host, or self-hosted, stay usable.
// A host whose owner or owner's country is not on record is "not checked": never passed on a guess.
import type { Catalog } from "../catalog/catalog.js";
import { demonym } from "../catalog/demonyms.js";
import { hostOwner } from "../catalog/host-owners.js";
import { hostName } from "../catalog/hosts.js";
import { countryName } from "../catalog/places-elsewhere.js";
import type { SourceRef } from "../ports.js";
import type { Exclusions } from "./requirements.js";

export type HostState = "allowed" | "ruled-out" | "not-checked";

export interface HostJudgement {
  state: HostState;
  /** Why, in words, naming the host ("Azure: owned by Microsoft, a US company (a secondary source)"). */
  why: string;
}

/** Does the team rule out hosts by owner country or by name? */
export function hasHostRule(x: Exclusions | undefined): boolean {
  return (x?.hostCountries?.length ?? 0) > 0 || (x?.hosts?.length ?? 0) > 0 || (x?.hostsOwnedOutside?.length ?? 0) > 0;
}

/** The rule as said back: ["US-owned hosts", "the OpenAI and Anthropic APIs"]. */
export function hostRuleWords(x: Exclusions | undefined, catalog?: Catalog): string[] {
  const words: string[] = [];
  if (x?.hostCountries?.length) words.push(`${x.hostCountries.map(demonym).join(" or ")}-owned hosts`);
  if (x?.hostsOwnedOutside?.length)
    words.push(`hosts owned outside ${x.hostsOwnedOutside.map(countryName).join(" or ")}`);
  if (x?.hosts?.length) {
    const names = x.hosts.map((h) => (catalog ? hostName(h, catalog) : h));
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}` : (names[0] ?? "");
    words.push(`the ${list} API${names.length > 1 ? "s" : ""}`);
  }
  return words;
}

/** How one host (an offering provider id) stands under the rule, with the reason. */
export function judgeHost(catalog: Catalog, provider: string, x: Exclusions | undefined): HostJudgement {
  const name = hostName(provider, catalog);
  if (x?.hosts?.includes(provider)) return { state: "ruled-out", why: `${name}: you ruled it out by name` };
  const countries = x?.hostCountries ?? [];
  const homes = x?.hostsOwnedOutside ?? [];
  if (countries.length === 0 && homes.length === 0) return { state: "allowed", why: `${name}: no rule on its owner` };
  const owner = hostOwner(catalog, provider);
  if (!owner) return { state: "not-checked", why: `${name}: who owns it is not on record, so it is not checked` };
  if (owner.country === null)
    return {
      state: "not-checked",
      why: `${name}: owned by ${owner.company}, whose pages we read name no country, so it is not checked`,
    };
  const secondary = owner.source?.kind === "secondary" ? " (a secondary source)" : "";
  const said = `owned by ${owner.company}, a ${demonym(owner.country)} company${secondary}`;
  const ruledOut = countries.includes(owner.country) || (homes.length > 0 && !homes.includes(owner.country));
  return ruledOut ? { state: "ruled-out", why: `${name}: ${said}` } : { state: "allowed", why: `${name}: ${said}` };
}

/**
 * "Why not GPT-4.1 on Azure?" from a team with a rule on hosts: each host of the model judged
 * against it, in words, and what is left (self-hosting of open weights). Null without a rule.
 */
export function hostRuleNote(
  catalog: Catalog,
  model: { name: string; openWeights: boolean },
  providers: readonly string[],
  x: Exclusions | undefined,
): { text: string; sources: SourceRef[] } | null {
  if (!hasHostRule(x) || providers.length === 0) return null;
  const hosts = [...new Set(providers)];
  const judged = hosts.map((p) => judgeHost(catalog, p, x));
  const word: Record<HostState, string> = { allowed: "passes", "ruled-out": "ruled out", "not-checked": "not checked" };
  const lines = judged.map((j) => `- ${j.why}: **${word[j.state]}**.`);
  const passing = judged.filter((j) => j.state === "allowed").length;
  const left =
    passing > 0
      ? `${passing} of ${judged.length} hosts of ${model.name} ${passing === 1 ? "passes" : "pass"} it.`
      : model.openWeights
        ? `None of its hosts passes it; ${model.name} has open weights, so self-hosting (or a host whose owner passes) stays open.`
        : `None of its hosts passes it, and ${model.name} has no open weights, so you cannot use it under this rule.`;
  const sources = hosts.flatMap((p): SourceRef[] => {
    const owner = hostOwner(catalog, p);
    if (!owner?.source) return [];
    const whose = owner.source.kind === "primary" ? "its own pages" : "a secondary source";
    return [{ label: `Who owns ${hostName(p, catalog)} (${whose})`, url: owner.source.url, asOf: owner.source.asOf }];
  });
  return {
    text: `**Your rule: no ${hostRuleWords(x, catalog).join(" and no ")}.** ${left}\n${lines.join("\n")}`,
    sources,
  };
}
