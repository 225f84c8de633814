// Work done once, not every month: "summarise them once", "a one-off backfill", "the whole archive
// in one go", "maybe 20M tokens over the whole project". Its tokens are a total, priced once, never
// a monthly volume. "once a month" is a rate and "once we launch" a time, not a one-off.
// The one home of these words: the volume reader marks a total said with them as one-off, and the
// requirements keep it apart from a monthly volume.

// A job run once: a backfill, a batch, an archive.
const ONE_OFF_JOB = new RegExp(
  [
    String.raw`\bonce(?!\s+(?:a|an|per|every|each|we|they|it|you|i|the|that|this|our|in)\b)`,
    // "a one-off budget" says how the money is spent, not that the work runs once.
    String.raw`\bone[- ]off\b(?! (?:budget|sum|payment|fee|grant)\b)`,
    String.raw`\bone[- ]time\b(?! (?:budget|sum|payment|fee|grant)\b)`,
    String.raw`\bsingle (?:run|pass|batch|job)\b`,
    String.raw`\bin one go\b`,
    String.raw`\bbackfill\w*`,
    String.raw`\b(?:a|our|the) (?:historical )?(?:backlog|archive) of\b`,
  ].join("|"),
);
// A total over a bounded piece of work, whose requests may still come one by one: "over the whole
// project", "for the entire study", "across the pilot", "in total for the migration".
const PROJECT_TOTAL =
  /\b(?:over|for|across|during|in total for|in all for|through(?:out)?)\s+(?:the|this|our)\s+(?:(?:whole|entire|full)\s+)?(?:project|study|pilot|engagement|migration|grant|evaluation|experiment|research project|thesis)(?:'s\s+(?:life(?:time)?|duration))?\b(?!\s+(?:team|budget|lead|manager)s?\b)/;

/** Whether `t` (folded) says the work is done once: a job ("a one-off backfill") or a total ("over the whole project"). */
export function saysOneOff(t: string): boolean {
  return ONE_OFF_JOB.test(t) || PROJECT_TOTAL.test(t);
}

/** Whether `t` (folded) says a job run once, which waits for no one ("backfill", "in one go"). */
export function saysOneOffJob(t: string): boolean {
  return ONE_OFF_JOB.test(t);
}

// A sum for work done once, said of the budget or the job: "a one-off budget of £40,000", "total
// budget for the backfill about $15k", "$20,000 for the whole job", "£8k in total". Said with no
// period, it is the job's whole budget, never a month's cap ("total budget $5k a month" is monthly).
const ONE_OFF_BUDGET = new RegExp(
  [
    String.raw`\b(?:one[- ]off|one[- ]time|single|total|overall|lump[- ]sum|fixed|project)\s+budget\b`,
    String.raw`\bbudget\b[^.;!?]{0,30}?\bfor (?:the|this|our) (?:(?:whole|entire|full) )?(?:job|project|backfill|migration|archive|backlog|batch|run|pilot|one-off|exercise)\b`,
    String.raw`\bfor (?:the|this|our) (?:(?:whole|entire|full) )?(?:job|backfill|migration|archive|backlog|one-off(?: job)?|exercise)\b`,
    String.raw`\b(?:in total|all in|all-in|for everything|for the lot)\b`,
  ].join("|"),
);

/** Whether the clause around a budget's amount (folded) says it is for work done once, not a month. */
export function saysOneOffBudget(clause: string): boolean {
  return ONE_OFF_BUDGET.test(clause);
}
