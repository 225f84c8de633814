// How licence answers quote a clause and name where it comes from: one quote line, the sources
// block entries, and a readable title for a source address. Shared by every licence answer.
import type { Clause, License } from "../catalog/schema.js";
import { shortLicenseName } from "../licensing/format.js";
import type { SourceRef } from "../ports.js";
import { sourceLabel } from "./common.js";

export function quoteLine(c: Clause): string {
  const version = c.inForceFrom ? `, the version in force from ${c.inForceFrom}` : "";
  return `"${c.quote}" (${sourceTitle(c.source)}${version}, checked ${c.checkedAt}${c.primary ? "" : `, ${secondaryWhy(c)}`})`;
}

/**
 * Why a quote counts as secondary. A quote can name the lab's own page as its source yet have been
 * checked only in copies of it (Gemma's terms, checked in repositories that ship them); saying
 * "secondary source" next to Google's address would read as a contradiction.
 */
function secondaryWhy(c: Clause): string {
  return /^(verbatim (copies|mirrors?)|quotations (of|in)|copy of the model card)\b/i.test(c.checkedHow ?? "")
    ? "secondary: checked in copies, not at this address"
    : "secondary source";
}

export function clauseSources(license: License, clauses: Clause[]): SourceRef[] {
  return clauses.map((c) => ({
    label: `${shortLicenseName(license.name)}: ${sourceTitle(c.source)}${license.verified ? "" : " (unverified)"}`,
    ...(/^https?:\/\//.test(c.source) ? { url: c.source } : {}),
    asOf: c.checkedAt,
  }));
}

/**
 * A readable name for where a quote comes from: "meta-llama/llama-models models/llama3_1/LICENSE"
 * for a pinned GitHub file, "huggingface.co/Qwen/Qwen2.5-72B-Instruct LICENSE" for a model card.
 */
export function sourceTitle(source: string): string {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return sourceLabel(source);
  }
  const host = url.hostname.replace(/^www\./, "");
  const parts = url.pathname
    .split("/")
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  if (host === "github.com" && parts.length >= 2) {
    const [owner, repo, kind, , ...path] = parts;
    return kind === "blob" || kind === "tree" || kind === "raw"
      ? `${owner}/${repo} ${path.join("/")}`.trim()
      : `${owner}/${repo}`;
  }
  if (host === "huggingface.co" && parts.length >= 2) {
    const spaces = parts[0] === "spaces" || parts[0] === "datasets";
    const repoParts = parts.slice(0, spaces ? 3 : 2);
    const rest = parts.slice(repoParts.length);
    const kind = rest[0];
    const path =
      kind === "blob" || kind === "resolve" || kind === "raw" ? rest.slice(2) : kind === "commit" ? ["commit"] : [];
    return `${host}/${repoParts.join("/")}${path.length > 0 ? ` ${path.join("/")}` : ""}`;
  }
  const path = url.pathname.replace(/\/$/, "");
  const title = `${host}${path}`;
  return title.length > 70 ? `${title.slice(0, 69)}…` : title;
}

export const bullets = (items: readonly string[]): string => items.map((i) => `- ${i}`).join("\n");
