// A release its lab has deprecated or retired (catalogue status) is, for open weights, still
// runnable on the team's own hardware, so self-hosting keeps it a candidate (constraints.ts). But a
// lead does not start a project on it while the lab has current ones: fixes, support and the
// inference engines' attention go to those (the Ingolstadt carmaker saw Kimi K2 (0905) lead, with
// Kimi K2.5 and K2.6 current). The ranking lists it after every current release in the same other
// groups (rank-groups.ts), and the answer says so, naming the lab's replacement or newer releases.
import type { Catalog } from "../catalog/catalog.js";
import type { Model } from "../catalog/schema.js";

/** The lab deprecated or retired the model (on its API: open weights stay downloadable). */
export function withdrawnByLab(model: Model): boolean {
  return model.status === "retired" || model.status === "deprecated";
}

/** What the lab offers instead: its named replacement, else the current releases of the same family, newest first. */
export function successorsOf(catalog: Catalog, model: Model): string[] {
  const named = model.retirement?.replacement;
  if (named) return [named];
  const after = model.releaseDate ?? "";
  return catalog.models
    .filter(
      (m) =>
        m.lab === model.lab && m.family === model.family && m.status === "current" && (m.releaseDate ?? "") > after,
    )
    .sort((a, b) => ((b.releaseDate ?? "") < (a.releaseDate ?? "") ? -1 : 1))
    .map((m) => m.name);
}
