// Which of the team's languages any candidate has a rating in. A leaderboard in one stated
// language must not lead silently for all of them ("ja, ar, hi, th" ranked on one Japanese
// rating): the shortlist says once which languages no candidate is rated in, by name.
import type { Catalog } from "../catalog/catalog.js";
import { benchmarkLanguage } from "../catalog/benchmarks.js";
import { languageName } from "../catalog/languages.js";
import { andList, orList } from "./quality.js";

export interface LanguageCoverage {
  /** Stated languages (not English) with a rating for at least one candidate, with how many. */
  rated: { code: string; name: string; models: number }[];
  /** Stated languages (not English) no candidate has a rating in. */
  unrated: { code: string; name: string }[];
}

const isEnglish = (code: string) => /^(en|english)$/i.test(code.trim());

export function languageCoverage(
  catalog: Catalog,
  candidateIds: readonly string[],
  languages: readonly string[],
): LanguageCoverage | null {
  const wanted = [...new Set(languages.map((l) => l.toLowerCase()).filter((l) => !isEnglish(l)))].sort();
  if (wanted.length === 0) return null;
  const count = new Map<string, number>(wanted.map((c) => [c, 0]));
  for (const id of candidateIds) {
    const seen = new Set<string>();
    for (const s of catalog.modelById.get(id)?.quality ?? []) {
      const code = s.benchmark !== undefined ? benchmarkLanguage(s.benchmark)?.code : undefined;
      if (code !== undefined && count.has(code) && !seen.has(code)) {
        seen.add(code);
        count.set(code, (count.get(code) ?? 0) + 1);
      }
    }
  }
  const named = (code: string) => ({ code, name: languageName(code) });
  return {
    rated: wanted.filter((c) => (count.get(c) ?? 0) > 0).map((c) => ({ ...named(c), models: count.get(c) ?? 0 })),
    unrated: wanted.filter((c) => count.get(c) === 0).map(named),
  };
}

/** The shortlist's one note, or null when every stated language has a rating somewhere. */
export function languageCoverageNote(coverage: LanguageCoverage | null): string | null {
  if (!coverage || coverage.unrated.length === 0) return null;
  const missing = orList(coverage.unrated.map((l) => l.name));
  const rated =
    coverage.rated.length > 0
      ? ` Ratings exist only in ${coverage.rated.map((l) => `${l.name} (${l.models} candidate${l.models === 1 ? "" : "s"})`).join(", ")}, and they do not speak for the others.`
      : "";
  return `**Languages:** no candidate model has a rating in ${missing}, so their fit for ${coverage.unrated.length === 1 ? "it" : "those languages"} rests on ratings in other languages (counted half).${rated} Test the finalists on your own material in ${andList(coverage.unrated.map((l) => l.name))} before you decide.`;
}
