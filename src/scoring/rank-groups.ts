// The groups a ranking lists in order, whatever the scores: weights trade one criterion against
// another, but some facts are not a trade a lead makes. A model whose licence nobody has read
// (licence-read.ts) comes after every model whose licence was; then one below the job's quality
// minimum (quality-minimum.ts) after every one that reaches it; then, for a team with a budget, a
// model that reasons before answering and is within the budget only at the low end of published
// reasoning-trace lengths (hidden-reasoning.ts) after every one within it across that range; then, for a team whose data must
// stay in a country, one whose host is not on record as processing there ("not checked",
// residency.ts) after every one known to keep it there; then, for a team whose users include
// minors, one served under terms not known to address users under 18 (age-terms.ts) after every
// one whose terms are known; then, for a job that is not code, a model built for code
// (built-for-code.ts) after every general one; last, a release its lab has deprecated or retired
// (withdrawn-release.ts, self-hosted open weights) after every current one; then a release its lab
// has superseded in the same line (superseded.ts: Claude Opus 4.1 once Opus 4.5 is on the team's
// host at no higher cost) after every one that is not. Inside a group the weighted score orders.
//
// Why a budget at risk right after the quality minimum: the team set the budget as a limit (a pick
// over it is ruled out), and a pick over it whenever its requests reason longer than the shortest
// published trace is within it only on our most favourable guess; residency not checked and the
// groups below are questions to ask a host or preferences of tool, each settled without new money.
// Why residency after the quality minimum: a model below the minimum cannot do the job at all,
// while a host not checked may well keep the data in the country; it is a question to ask the
// host, said in the answer, before data is sent. Age terms after residency: both are questions to
// ask the host, but where the data is processed is a fact of the host's setup, while terms for
// serving children are more often settled by a contract with it. A code model last: the groups
// above say whether a pick may be used at all (or can do the job), this one only which tool suits
// the job better; a code model still reaches the job's minimum on its lowered fit, so it is the
// fallback where no general model is as well placed on the other groups. A withdrawn release
// after that: its weights run as well as on the day it was current, so it stays a fit tool for
// the job, only no longer the lab's own pick. A superseded release last: the lab still sells it,
// and the team can still use it, but its successor does the same job for no more money where the
// team runs, so a lead lists one release of a line, the successor, unless nothing else is left.

/** What places a ranked model in a group. */
export interface RankGroupFlags {
  licenceUnread: boolean;
  belowQualityMinimum: boolean;
  budgetAtRisk: boolean;
  residencyUnchecked: boolean;
  noKnownAgeTerms: boolean;
  builtForOtherJob: boolean;
  withdrawnByLab: boolean;
  supersededInLine: boolean;
}

/** Bits a group's number takes (score-order.ts packs it with the score into one double). */
export const RANK_TIER_BITS = 8;

/** Each flag's bit in the group's number, the weightiest highest (the one home of the bit values). */
export const TIER_BIT: Readonly<Record<keyof RankGroupFlags, number>> = {
  licenceUnread: 128,
  belowQualityMinimum: 64,
  budgetAtRisk: 32,
  residencyUnchecked: 16,
  noKnownAgeTerms: 8,
  builtForOtherJob: 4,
  withdrawnByLab: 2,
  supersededInLine: 1,
};

/** The group's number, lowest listed first (0..255): one bit per flag (TIER_BIT). */
export function rankTier(f: RankGroupFlags): number {
  return (
    (f.licenceUnread ? TIER_BIT.licenceUnread : 0) +
    (f.belowQualityMinimum ? TIER_BIT.belowQualityMinimum : 0) +
    (f.budgetAtRisk ? TIER_BIT.budgetAtRisk : 0) +
    (f.residencyUnchecked ? TIER_BIT.residencyUnchecked : 0) +
    (f.noKnownAgeTerms ? TIER_BIT.noKnownAgeTerms : 0) +
    (f.builtForOtherJob ? TIER_BIT.builtForOtherJob : 0) +
    (f.withdrawnByLab ? TIER_BIT.withdrawnByLab : 0) +
    (f.supersededInLine ? TIER_BIT.supersededInLine : 0)
  );
}

/** The flags a group's number holds (rankTier read back). */
export function flagsOfTier(tier: number): RankGroupFlags {
  return {
    licenceUnread: (tier & TIER_BIT.licenceUnread) !== 0,
    belowQualityMinimum: (tier & TIER_BIT.belowQualityMinimum) !== 0,
    budgetAtRisk: (tier & TIER_BIT.budgetAtRisk) !== 0,
    residencyUnchecked: (tier & TIER_BIT.residencyUnchecked) !== 0,
    noKnownAgeTerms: (tier & TIER_BIT.noKnownAgeTerms) !== 0,
    builtForOtherJob: (tier & TIER_BIT.builtForOtherJob) !== 0,
    withdrawnByLab: (tier & TIER_BIT.withdrawnByLab) !== 0,
    supersededInLine: (tier & TIER_BIT.supersededInLine) !== 0,
  };
}
