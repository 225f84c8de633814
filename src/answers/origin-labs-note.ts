// An allow-list of labs' home countries ("only models from European labs") can leave one lab: the
// catalogue's only European lab with models is Mistral AI, so every pick is a Mistral model. A lead
// reads that as "one supplier, no second source", which a shortlist of three names hides; the
// answer says it, and whether it is the catalogue (one allowed lab at all) or the team's other
// requirements (other allowed labs, none of whose models is left) that leaves one.
import type { Catalog } from "../catalog/catalog.js";
import { countriesOfOrigin, originAdjectives } from "../catalog/origin-regions.js";
import type { RankedModel, Ranking } from "../scoring/rank.js";

/** Lab name -> its country, for the labs that have models in the catalogue (once per catalogue). */
const labsWithModels = new WeakMap<Catalog, ReadonlyMap<string, string | null>>();

function labCountries(catalog: Catalog): ReadonlyMap<string, string | null> {
  const known = labsWithModels.get(catalog);
  if (known) return known;
  const built = new Map<string, string | null>();
  for (const m of catalog.models) built.set(m.lab, catalog.labByName?.get(m.lab)?.country ?? null);
  labsWithModels.set(catalog, built);
  return built;
}

/** The line said when every ranked model comes from one lab under an origin allow-list, or null. */
export function originLabsNote(catalog: Catalog, ranking: Ranking): string | null {
  const allowed = ranking.requirements.exclude?.originsOutside;
  const first: RankedModel | undefined = ranking.ranked[0];
  if (!allowed || allowed.length === 0 || !first) return null;
  const lab = catalog.modelById.get(first.id)?.lab;
  if (lab === undefined || ranking.ranked.some((m) => catalog.modelById.get(m.id)?.lab !== lab)) return null;
  const ok = new Set(allowed.flatMap(countriesOfOrigin));
  const labs = labCountries(catalog);
  const others = [...labs].filter(([name, country]) => name !== lab && country !== null && ok.has(country));
  const adjective = originAdjectives(allowed);
  const from = `${lab} (${labs.get(lab) ?? "?"})`;
  if (others.length === 0)
    return `**One lab to choose from:** only one ${adjective} lab has models in the catalogue: ${from}. Every model here is theirs, so there is no second supplier to fall back on; widening the allow-list is the way to one.`;
  const names = others.map(([name, country]) => `${name} (${country})`).sort();
  return `**One lab left:** every model that meets all your requirements comes from ${from}; the catalogue's other ${adjective} labs (${names.join(", ")}) have no model that does, so there is no second supplier to fall back on.`;
}
