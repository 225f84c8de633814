// The groups a ranking lists in order, whatever the scores: weights trade one criterion against
// another, but some facts are not a trade a lead makes. A model whose licence nobody has read
// (licence-read.ts) comes after every model whose licence was; then one below the job's quality
// minimum (quality-minimum.ts) after every one that reaches it; then, for a team whose data must
// stay in a country, one whose host is not on record as processing there ("not checked",
// residency.ts) after every one known to keep it there. Inside a group the weighted score orders.
//
// Why residency after the quality minimum: a model below the minimum cannot do the job at all,
// while a host not checked may well keep the data in the country; it is a question to ask the
// host, said in the answer, before data is sent.

/** What places a ranked model in a group. */
export interface RankGroupFlags {
  licenceUnread: boolean;
  belowQualityMinimum: boolean;
  residencyUnchecked: boolean;
}

/** The group's number, lowest listed first (0..7). */
export function rankTier(f: RankGroupFlags): number {
  return (f.licenceUnread ? 4 : 0) + (f.belowQualityMinimum ? 2 : 0) + (f.residencyUnchecked ? 1 : 0);
}
