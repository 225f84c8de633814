// The one table of the periods a rate is said in ("a day", "/mo", "per shift", "a working day",
// "monthly") and how many of each make a month. Every reader of a rate (volumes, bare volumes, item
// sizes) reads it here, so a new way to say a period is added once.
//
// A month is 30 days. Working days are 5 of every 7 (30 × 5/7 ≈ 21.4 a month), and a shift is one
// working day unless the text says how many shifts ("~5 shifts a week"); either way the
// conversion says what was assumed.
import { PEOPLE_WORDS } from "./people-words.js";

export const DAYS_PER_MONTH = 30;
const WORKING_DAYS_PER_MONTH = (DAYS_PER_MONTH * 5) / 7;
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Period {
  perMonth: number;
  /** "a day", "a month"... as shown back. */
  label: string;
  /** How the monthly figure was reached, e.g. "× 30 days". */
  conversion: string | null;
}

/**
 * The nouns of a period after "a", "per", "each" or "/", as a regex source without groups: for
 * the readers that only need to know that a rate follows ("90k bookings a month").
 */
export const PERIOD_NOUNS = String.raw`(?:day|d|night|week|wk|month|mo|mth|hour|hr|shift|(?:working|business|work)[ -]?day|workday|weekday)`;

// "monthly", "daily" before another noun name what is counted, not a rate: "900M monthly users",
// "2M daily actives", "a monthly budget".
const COUNTED_AFTER = String.raw`(?!\s+(?:active\s+|unique\s+|paying\s+)?(?:${PEOPLE_WORDS}|actives?|budget|spend|bill|costs?|fees?|price|salary)\b)`;
const adjective = (words: string) => new RegExp(String.raw`^(?:${words})\b${COUNTED_AFTER}`);
/** A pattern that matches where either does (both anchored at the start). */
const union = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${b.source}`);
/**
 * The word before a period's noun ("a day", "per week", "every month", "/mo", "everyday"). "a"
 * needs its space: "posts as a batch" is no "a s(econd)", "2M ad views" no "a d(ay)", and "an"
 * is no "a" + "n…" ("and" is no "an d(ay)").
 */
export const PER_WORD = String.raw`(?:an?\s+|(?:per|each|every)\s*|\/\s*)`;
const PER = String.raw`^${PER_WORD}`;
// "3000 message in one day", "90k orders in a month": what comes in a whole day, week or month is
// its rate too. Not for an hour or less, where "in a second" is how fast an answer comes.
const PER_OR_IN = String.raw`^(?:${PER_WORD}|in (?:a|one|a single)\s*)`;

const SHIFT: Period = {
  perMonth: WORKING_DAYS_PER_MONTH,
  label: "a shift",
  conversion: `× ${round1(WORKING_DAYS_PER_MONTH)} shifts a month (one shift each working day assumed: 5 a week × ${DAYS_PER_MONTH}/7 weeks)`,
};

const DAY: Period = { perMonth: DAYS_PER_MONTH, label: "a day", conversion: `× ${DAYS_PER_MONTH} days` };
const WORKING_DAY: Period = {
  perMonth: WORKING_DAYS_PER_MONTH,
  label: "a working day",
  conversion: `× ${round1(WORKING_DAYS_PER_MONTH)} working days (5 a week × ${DAYS_PER_MONTH}/7 weeks)`,
};

// "…~20 chat requests a day, working days only", "weekdays only", "only on business days", "mon-fri
// only", "no weekends": a day in that text is a working day, wherever the qualifier stands.
const WORKING_DAYS_ONLY =
  /\b(?:(?:working|business|work)[ -]?days|weekdays|workdays)[ ,]+only\b|\bonly (?:on )?(?:(?:working|business|work)[ -]?days|weekdays|workdays)\b|\b(?:on|during) (?:working|business|work)[ -]?days\b|\bon weekdays\b|\bmon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?\b|\b(?:no|not on|except(?: on)?|excluding) weekends?\b/;

/** Whether `t` says its days are working days only ("working days only", "weekdays only", "mon-fri"). */
export const saysWorkingDaysOnly = (t: string): boolean => WORKING_DAYS_ONLY.test(t);

const PERIODS: { pattern: RegExp; period: Period }[] = [
  {
    pattern: union(new RegExp(String.raw`${PER_OR_IN}(?:month|mo|mth)\b|^a single month\b`), adjective("monthly")),
    period: { perMonth: 1, label: "a month", conversion: null },
  },
  {
    pattern: new RegExp(String.raw`${PER}(?:(?:working|business|work)[ -]?day|workday|weekday)\b`),
    period: WORKING_DAY,
  },
  { pattern: union(new RegExp(String.raw`${PER}d\b|${PER_OR_IN}day\b`), adjective("daily")), period: DAY },
  // A nightly batch ("1.8 million reviews a night") runs every night of the month.
  {
    pattern: union(new RegExp(String.raw`${PER}night\b`), adjective("nightly")),
    period: { perMonth: DAYS_PER_MONTH, label: "a night", conversion: `× ${DAYS_PER_MONTH} nights` },
  },
  {
    pattern: union(new RegExp(String.raw`${PER_OR_IN}(?:week|wk)\b`), adjective("weekly")),
    period: { perMonth: DAYS_PER_MONTH / 7, label: "a week", conversion: `× ${DAYS_PER_MONTH}/7 weeks` },
  },
  {
    pattern: union(new RegExp(String.raw`${PER}(?:hour|hr|h)\b`), adjective("hourly")),
    period: { perMonth: DAYS_PER_MONTH * 24, label: "an hour", conversion: `× 24 hours × ${DAYS_PER_MONTH} days` },
  },
  {
    pattern: new RegExp(String.raw`${PER}(?:minute|min)\b`),
    period: {
      perMonth: DAYS_PER_MONTH * 24 * 60,
      label: "a minute",
      conversion: `× 60 minutes × 24 hours × ${DAYS_PER_MONTH} days`,
    },
  },
  {
    pattern: new RegExp(String.raw`${PER}(?:second|sec|s)\b`),
    period: {
      perMonth: DAYS_PER_MONTH * 86400,
      label: "a second",
      conversion: `× 86,400 seconds × ${DAYS_PER_MONTH} days`,
    },
  },
  {
    pattern: union(new RegExp(String.raw`${PER}(?:quarter|qtr|q)\b`), adjective("quarterly")),
    period: { perMonth: 1 / 3, label: "a quarter", conversion: "÷ 3 months" },
  },
  {
    pattern: union(new RegExp(String.raw`${PER}(?:year|yr)\b`), adjective("yearly|annually|per annum")),
    period: { perMonth: 1 / 12, label: "a year", conversion: "÷ 12 months" },
  },
  { pattern: new RegExp(String.raw`${PER}shift\b`), period: SHIFT },
];

export const MONTH: Period = { perMonth: 1, label: "a month", conversion: null };

/** The period label of a job run once ("2M posts", priced once): no period of this table, so never a rate. */
export const ONCE_LABEL = "once";

/** The period that `rest` opens with ("a day …", "/mo", "per shift"), read against the whole text `t`. */
export function periodOpening(rest: string, t: string): Period | null {
  for (const { pattern, period } of PERIODS) if (pattern.test(rest)) return dayIn(period, t);
  return null;
}

/** A period as the whole text `t` means it: shifts as many as said, days as working days when it says so. */
function dayIn(period: Period, t: string): Period {
  if (period === SHIFT) return shiftsIn(t);
  if (period === DAY && saysWorkingDaysOnly(t))
    return {
      ...WORKING_DAY,
      conversion: `× ${round1(WORKING_DAYS_PER_MONTH)} working days (working days only, as you said: 5 a week × ${DAYS_PER_MONTH}/7 weeks)`,
    };
  return period;
}

/** The period a later count said "a day" takes in a thread whose days were working days ("a working day"). */
export function dayAsBefore(period: Period, labelBefore: string): Period {
  return period.label === DAY.label && labelBefore === WORKING_DAY.label ? WORKING_DAY : period;
}

/**
 * A count read "a day" (× 30 days) in a thread whose days are working days: the factor that makes
 * it working days and its words with them ("20 chats a working day × 21.4 working days …").
 */
export function asWorkingDays(countWords: string): { factor: number; countWords: string } {
  const said = `${DAY.label} ${DAY.conversion ?? ""}`;
  return {
    factor: WORKING_DAY.perMonth / DAY.perMonth,
    countWords: countWords.replace(said, `${WORKING_DAY.label} ${WORKING_DAY.conversion ?? ""}`),
  };
}

/** The period shown back as `label` ("a day"), for a count that keeps the period it had. */
export function periodLabelled(label: string): Period | null {
  return PERIODS.find((p) => p.period.label === label)?.period ?? null;
}

// "~5 shifts a week", "works 4 shifts per week", "22 shifts a month": how many shifts make the rate.
const SHIFTS_SAID = /\b(\d{1,2}(?:\.\d+)?)\s*shifts?\s+(a|per|each|every|\/)\s*(week|wk|month|mo|day)\b/;

/** A shift, as many a month as the text says shifts are worked, else one each working day. */
function shiftsIn(t: string): Period {
  const m = SHIFTS_SAID.exec(t);
  const per = m ? PERIODS.find(({ pattern }) => pattern.test(`${m[2]} ${m[3]}`))?.period : undefined;
  const shifts = Number(m?.[1]);
  if (!per || !(shifts > 0)) return SHIFT;
  return {
    perMonth: shifts * per.perMonth,
    label: "a shift",
    conversion: `× ${shifts} shifts ${per.label}${per.conversion ? ` ${per.conversion}` : ""}`,
  };
}

/** The period ("a month", "/day", "monthly") that follows position `end` directly, if any. */
export function periodAt(t: string, end: number): Period | null {
  return periodOpening(t.slice(end, end + 20).replace(/^\s*/, ""), t);
}
