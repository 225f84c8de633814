// Which release a quoted clause speaks for. One licence record can hold a quote read on one
// checkpoint's own card (a Hugging Face model repository is one checkpoint) or on a later
// release's card ("license: mit" on DeepSeek-V3.2-Exp-Base). Such a quote is that checkpoint's
// word, not the licence's: an answer about DeepSeek-V3 must not show it under "The licence says".
import type { Clause, Model } from "../catalog/schema.js";

/** Hub paths that are not one model repository (spaces, datasets, blog posts, papers, orgs' lists). */
const NOT_A_MODEL_REPO = new Set(["spaces", "datasets", "blog", "docs", "papers", "collections", "organizations"]);
/** Second path segments of a legacy id without an organisation (huggingface.co/t5-base/commit/…). */
const REPO_VIEWS = new Set(["blob", "raw", "resolve", "commit", "commits", "tree", "discussions"]);

/**
 * The checkpoint a clause speaks for: what the curation states (null: the licence's own words,
 * whichever page showed them), else the Hugging Face model repository its source is in, else
 * null (a licence text or a repository that covers the family).
 */
export function clauseCheckpoint(clause: Pick<Clause, "source" | "checkpoint">): string | null {
  if (clause.checkpoint !== undefined) return clause.checkpoint;
  let repo = repositoryBySource.get(clause.source);
  if (repo === undefined) repositoryBySource.set(clause.source, (repo = hubRepository(clause.source)));
  return repo;
}

// Verdicts ask this for every clause of every ranked model: the catalogue's few hundred sources and
// names are parsed once each.
const repositoryBySource = new Map<string, string | null>();
const keyByName = new Map<string, string>();

function hubRepository(source: string): string | null {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  if (url.hostname.replace(/^www\./, "") !== "huggingface.co") return null;
  const [first, second] = url.pathname.split("/").filter(Boolean);
  if (!first || NOT_A_MODEL_REPO.has(first)) return null;
  if (!second) return null; // an organisation's page
  return REPO_VIEWS.has(second) ? first : second;
}

/**
 * Tokens that name a build of the same checkpoint, not another release: "-Instruct", "-Base",
 * "-hf", a context variant ("4k"), a quantisation, an organisation prefix ("c4ai-"), a dotted or
 * two-digit repository version ("v0.1", "v01").
 */
const SAME_RELEASE = /^(instruct|chat|base|hf|it|fp8|bf16|cased|uncased|c4ai|nvidia|ai21|\d+k|v\d+\.\d+(\.\d+)*|v0\d)$/;

function releaseKey(name: string): string {
  let key = keyByName.get(name);
  if (key === undefined) keyByName.set(name, (key = computeReleaseKey(name)));
  return key;
}

function computeReleaseKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s/_()-]+/)
    .filter((t) => t !== "" && !SAME_RELEASE.test(t))
    .join("")
    .replace(/[^a-z0-9]/g, "");
}

/** Whether a clause is the word of the model asked about (or of its licence as a whole). */
export function clauseSpeaksFor(
  clause: Pick<Clause, "source" | "checkpoint">,
  model: Pick<Model, "id" | "name" | "aliases">,
): boolean {
  const checkpoint = clauseCheckpoint(clause);
  if (checkpoint === null) return true;
  const key = releaseKey(checkpoint);
  return [model.name, model.id, ...model.aliases].some((n) => releaseKey(n) === key);
}
