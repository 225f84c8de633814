// "on Vertex", "via Bedrock", "through Together": the API host a question is about. The names
// come from the catalogue's own offerings (provider id and display name), so a host added by an
// import is known without a word list here. Only a name after "on / via / through / at / in /
// using" counts: "Mistral" alone is a lab, "on Mistral" is its API.
import type { Catalog } from "./catalog.js";
import { foldCase } from "./normalize.js";

export interface Host {
  provider: string;
  providerName: string;
}

// Words of provider names that name no one host ("Together AI", "AI21 Labs", "Token Factory").
const GENERIC = new Set(["ai", "labs", "lab", "token", "factory", "workers", "cloud", "inference", "api", "io"]);

interface HostIndex {
  /** A name or distinctive word -> the host, for words that point at exactly one host. */
  byWord: Map<string, Host>;
  pattern: RegExp | null;
  /** Any host name or distinctive word, wherever it stands ("does Mistral keep our prompts?"); global, for matchAll. */
  anywhere: RegExp | null;
}

const indexes = new WeakMap<Catalog, HostIndex>();

function hostIndex(catalog: Catalog): HostIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const hosts = new Map<string, Host>();
  for (const model of catalog.models)
    for (const o of model.offerings)
      if (!hosts.has(o.provider)) hosts.set(o.provider, { provider: o.provider, providerName: o.providerName });
  // Whole names first ("amazon bedrock", "together ai"), then words that only one host's name holds.
  const owners = new Map<string, Set<string>>();
  const byWord = new Map<string, Host>();
  for (const host of hosts.values()) {
    const names = [foldCase(host.providerName), host.provider.replace(/-/g, " ")];
    for (const name of names) byWord.set(name.replace(/\s+/g, " ").trim(), host);
    for (const word of new Set(names.flatMap((n) => n.split(/[^a-z0-9]+/)))) {
      if (word.length < 4 || GENERIC.has(word)) continue;
      owners.set(word, (owners.get(word) ?? new Set()).add(host.provider));
    }
  }
  for (const [word, providers] of owners) {
    const [only] = providers;
    const host = only === undefined ? undefined : hosts.get(only);
    if (providers.size === 1 && host && !byWord.has(word)) byWord.set(word, host);
  }
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern =
    words.length > 0
      ? new RegExp(String.raw`\b(?:on|via|through|at|in|using)\s+(?:the\s+)?(${words.join("|")})\b`)
      : null;
  // Global, for matchAll, which reads from a copy of it: built once, and it keeps no position between calls.
  const anywhere = words.length > 0 ? new RegExp(String.raw`\b(${words.join("|")})\b`, "g") : null;
  const index = { byWord, pattern, anywhere };
  indexes.set(catalog, index);
  return index;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`[\s-]+`);
}

/** The host one name or distinctive word stands for ("openai", "bedrock", "together ai"), or null. */
export function hostByName(name: string, catalog: Catalog): Host | null {
  return (
    hostIndex(catalog).byWord.get(
      foldCase(name)
        .replace(/[\s-]+/g, " ")
        .trim(),
    ) ?? null
  );
}

/** The host a message names after "on", "via", "through"…, or null. */
export function hostIn(text: string, catalog: Catalog): Host | null {
  const index = hostIndex(catalog);
  const m = index.pattern?.exec(foldCase(text));
  const said = m?.[1]?.replace(/[\s-]+/g, " ");
  return said === undefined ? null : (index.byWord.get(said) ?? null);
}

/**
 * The host a message names anywhere, or null: for questions about a provider itself ("does
 * Mistral train on our API data?"), where the lab's name stands for its own API.
 */
export function providerNamedIn(text: string, catalog: Catalog): Host | null {
  const index = hostIndex(catalog);
  if (!index.anywhere) return null;
  const folded = foldCase(text);
  let first: Host | null = null;
  for (const m of folded.matchAll(index.anywhere)) {
    const host = index.byWord.get((m[1] ?? "").replace(/[\s-]+/g, " ")) ?? null;
    if (!host) continue;
    // "does google sign a BAA for vertex?": the company names who, the product after "for / on"
    // names which of its hosts; the latter is the one asked about.
    if (first && host.provider !== first.provider && AFTER_PREPOSITION.test(folded.slice(0, m.index))) return host;
    first ??= host;
  }
  return first;
}

const AFTER_PREPOSITION = /\b(?:for|on|via|through|with|in|using)\s+(?:the\s+)?$/;

/** A host's display name ("Vertex" for google-vertex), or the id when no offering names it. */
export function hostName(provider: string, catalog: Catalog): string {
  for (const host of hostIndex(catalog).byWord.values()) if (host.provider === provider) return host.providerName;
  return provider;
}

/** "not offered on Vertex in our sources; it is sold by Anthropic and Amazon Bedrock". */
export function notOfferedNote(model: { name: string; offerings: { providerName: string }[] }, host: string): string {
  const sellers = [...new Set(model.offerings.map((o) => o.providerName))];
  const where =
    sellers.length === 0
      ? "no API offering is on file at all"
      : `it is sold by ${sellers.slice(0, 6).join(", ")}${sellers.length > 6 ? ` and ${sellers.length - 6} more` : ""}`;
  return `${model.name} is not offered on ${host} in our sources; ${where}.`;
}
