// The importer insists that every price-list row the curation names exists: right for the pinned
// snapshots, wrong for a live refresh, where a host dropping a model is news to report, not a
// reason to fail. So a refresh builds from a copy of the curation without the vanished rows, and
// says which they were; the sanity limits still refuse a source that lost too many.
import type { ModelCuration } from "../curation/models.js";
import type { LiteLlmFile, ModelsDevFile } from "../catalog-import/source-types.js";

export function curationListedBy(
  curation: readonly ModelCuration[],
  sources: { modelsDev: ModelsDevFile; litellm: LiteLlmFile },
): { curation: ModelCuration[]; unlisted: string[] } {
  const mdKeys = new Set(sources.modelsDev.models.map((r) => `${r.provider}:${r.model_id}`));
  const llKeys = new Set(sources.litellm.models.map((r) => r.key));
  const unlisted: string[] = [];
  const keep = (cur: ModelCuration, keys: string[] | undefined, listed: Set<string>, label: string) =>
    keys?.filter((k) => listed.has(k) || (unlisted.push(`${cur.id}: ${label} ${k}`), false));
  const trimmed = curation.map((cur) => {
    const md = keep(cur, cur.md, mdKeys, "models.dev");
    const ll = keep(cur, cur.ll, llKeys, "LiteLLM");
    return { ...cur, ...(md ? { md } : {}), ...(ll ? { ll } : {}) };
  });
  return { curation: trimmed, unlisted };
}
