// What listing code models after the general ones (scoring/built-for-code.ts) did to a shortlist
// for a job that is not code: the code models that would have been in the top picks on their
// scores are named, with the rule, so a team that knows one of them sees why it is not there.
// Said only when the rule moved one out of the top picks.
import { fmtScore, codeModelsLastRule } from "../scoring/explain.js";
import { rankTier } from "../scoring/rank-groups.js";
import type { RankedModel, Ranking } from "../scoring/rank.js";

/** The model's place without the code rule: its other groups, then its score (higher first). */
const withoutRule = (m: RankedModel) => rankTier({ ...groupsOf(m), builtForOtherJob: false });
const groupsOf = (m: RankedModel) => ({
  licenceUnread: m.licenceUnread,
  belowQualityMinimum: m.belowQualityMinimum,
  residencyUnchecked: m.residencyUnchecked,
  noKnownAgeTerms: m.noKnownAgeTerms,
});

/** Would `m` be listed before `last` if the code rule were not applied? */
function aheadWithoutRule(m: RankedModel, last: RankedModel): boolean {
  const tm = withoutRule(m);
  const tl = withoutRule(last);
  return tm < tl || (tm === tl && m.score > last.score);
}

/** The note, or null when no code model lost a place among `top` to the rule. */
export function codeModelNote(ranking: Ranking, top: readonly RankedModel[]): string | null {
  const job = ranking.requirements.useCase;
  const last = top[top.length - 1];
  if (!job || !last || last.builtForOtherJob) return null;
  const moved = ranking.ranked.filter((m) => m.builtForOtherJob && !top.includes(m) && aheadWithoutRule(m, last));
  if (moved.length === 0) return null;
  const names = moved.map((m) => `${m.name} (score ${fmtScore(m.score)}, listed #${m.rank})`).join(", ");
  const one = moved.length === 1;
  return `**Built for code:** ${names} would be in the top ${top.length} on ${one ? "its score" : "their scores"}, but ${one ? "it is" : "they are"} built for code (so named by ${one ? "its lab" : "their labs"}), and ${codeModelsLastRule(job)}.`;
}
