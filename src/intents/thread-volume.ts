// A count said inside a recommendation thread is read against the thread's volume:
// - when the thread's count was a rate per person ("2,000 engineers × 300 completions a day"), a
//   new rate said without people of its own ("20 chat requests a day") is per person too, for the
//   same people, unless it says it is a total or is far more than each sent before;
// - when the thread's days are working days, a new "a day" is a working day;
// - another kind of request said with "also" ("also 20 chat requests a day") is added to the
//   thread's volume, not put in its place.
// The answer says the people and the kinds back, so a wrong reading shows and can be corrected.
import type { PerItem, Volume, VolumeKind } from "../costs/volume.js";
import { formatCount } from "./numbers.js";
import { PEOPLE_WORDS } from "./people-words.js";
import { asWorkingDays, DAYS_PER_MONTH, periodLabelled } from "./periods.js";
import { sameCountedThing } from "./volume.js";

// "20k requests a day in total", "overall", "company-wide": a total, not a rate per person.
const A_TOTAL =
  /\b(?:in total|total|overall|altogether|all together|combined|in all|company[- ]wide|org[- ]wide|team[- ]wide|across (?:the|our|all) (?:company|org|organi[sz]ation|team|users))\b/i;
// "each engineer", "per person", "apiece": a rate per person, whatever the count.
const EACH_PERSON = new RegExp(
  String.raw`\b(?:each|per|every)\s+(?:one|head|of them|${PEOPLE_WORDS})\b|\bapiece\b`,
  "i",
);
// "also 20 chats a day", "plus", "on top": more traffic beside the thread's, not in its place.
// A message that opens with "and" and a count ("and ~20 chat requests a day, 6k in") goes on with
// the thread's description.
const ADDED =
  /\b(?:also|plus|on top|in addition|additionally|as well|too|besides|another|extra)\b|^\s*(?:and|&)\s+(?=[~\d])/i;
// "add 600 hours", "600 more hours", "another 600", "on top": more of the thread's own things;
// "600 fewer hours" fewer of them. "More" counts only right after a number: "more like 100k a
// week" and "more than 600" say a new count, not an added one.
const MORE_OF_THE_SAME =
  /\b(add(?:s|ed|ing)?|another|on top|in addition|plus|also)\b|\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(more|additional|extra|fewer)\b/i;
const FEWER = /^fewer$/i;
// A new count far above what each person sent before is a total ("what if we only do 5M calls"
// in a thread of 5,000 users × 20 listings a month), not a rate per person.
const MAX_PER_PERSON_GROWTH = 50;

/** How many things a month a volume counts, by its tokens each. */
const itemsOf = (v: Volume, item: PerItem) =>
  (v.inputTokensPerMonth + v.outputTokensPerMonth) / Math.max(1, item.inputTokens + item.outputTokens);

/** A count said in a thread, read against the thread's volume (see the top of this file). */
export function countInThread(text: string, read: Volume, thread: Volume | undefined): Volume {
  // After kinds were added, the people are the first kind's.
  const before = thread?.perItem ?? thread?.kinds?.[0]?.item;
  const item = read.perItem;
  if (!thread || !before || !item) return read;
  // A job run once and a new count of it: "also 1M more posts" adds to the job, any other count
  // is the job at that count (a monthly count beside a one-off is its own volume).
  if (read.oneOff || thread.oneOff) return read.oneOff && thread.oneOff ? addedToJob(text, read, thread, item) : read;
  const own = onWorkingDays(perPerson(text, read, thread, before, item), before);
  const ownKind = kindOf(own, own.perItem ?? item);
  // A kind the thread already holds beside others is corrected in its place ("20 chats a day, 6k in").
  const kinds = thread.kinds ?? [];
  const same = kinds.findIndex((k) => k.item.noun === ownKind.item.noun);
  if (same >= 0) return summed(kinds.map((k, i) => (i === same ? ownKind : k)));
  // "what if we add 600 hours of archive programmes a month?": more of the thread's own things,
  // on top of its count ("20 fewer" takes them off).
  const said = MORE_OF_THE_SAME.exec(text);
  const more = said?.[1] ?? said?.[2];
  if (more !== undefined && thread.perItem && !before.people && sameCountedThing(ownKind.item.noun, before.noun))
    return withCountAdded(thread, before, own, FEWER.test(more) ? -1 : 1);
  if (ADDED.test(text) && ownKind.item.noun !== before.noun)
    return summed([...(thread.perItem ? [kindOf(thread, thread.perItem)] : kinds), ownKind]);
  return own;
}

/** A one-off job with `read`'s things put on its count when the text adds them, else `read` itself. */
function addedToJob(text: string, read: Volume, thread: Volume, item: PerItem): Volume {
  const said = MORE_OF_THE_SAME.exec(text);
  const more = said?.[1] ?? said?.[2];
  const before = thread.perItem;
  if (more === undefined || !before || !sameCountedThing(item.noun, before.noun)) return read;
  return withCountAdded(thread, before, read, FEWER.test(more) ? -1 : 1);
}

const EARLIER_ADDITION = /\s*\([\d,.]+[KMB]? [+−] [^()]*\)/g;

/**
 * The thread's volume with `added`'s things put on its count (`sign` −1 takes them off), still one
 * count of the thread's things, in its period: "2,400 programme hours a month (1,800 + 600 hours of
 * archive programmes a month)". Each thing keeps the thread's size.
 */
function withCountAdded(thread: Volume, item: PerItem, added: Volume, sign: 1 | -1): Volume {
  const perMonth = periodLabelled(item.periodLabel)?.perMonth ?? 1;
  const countBefore = itemsOf(thread, item) / perMonth;
  const change = itemsOf(added, added.perItem ?? item) / perMonth;
  if (!(countBefore > 0)) return added;
  const count = Math.max(0, countBefore + sign * change);
  const saidBefore = `${formatCount(countBefore)} `;
  // An earlier addition's working is not said again: the new one starts from its sum.
  const rest = item.countWords.startsWith(saidBefore)
    ? item.countWords.slice(saidBefore.length).replace(EARLIER_ADDITION, "")
    : `${item.noun} ${item.periodLabel}`;
  const how = `(${formatCount(countBefore)} ${sign > 0 ? "+" : "−"} ${added.perItem?.countWords ?? formatCount(change)})`;
  return rescaled(thread, count / countBefore, { ...item, countWords: `${formatCount(count)} ${rest} ${how}` });
}

/** The thread's size of one thing for a new count: its only one, or the kind the text names. */
export function threadItemFor(text: string, thread: Volume | undefined): PerItem | undefined {
  if (thread?.perItem) return thread.perItem;
  const kinds = thread?.kinds?.map((k) => k.item) ?? [];
  const singular = (noun: string) => noun.replace(/s$/, "");
  return kinds.find((k) => new RegExp(String.raw`\b${singular(k.noun)}`, "i").test(text)) ?? kinds[0];
}

/**
 * The thread's volume at `factor` times its count, still counted per item so later changes read
 * it ("15% of them", then "answers are 100 tokens"). `how` says the change back before the count
 * ("15% of"); with `people`, the thread's people become that many ("20,000 users (was 2,000)").
 * Null when the thread's volume counts no things (the caller scales the tokens instead).
 */
export function threadVolumeScaled(thread: Volume, factor: number, how: string, people?: number): Volume | null {
  const item = thread.perItem;
  // Kinds of request sent by the same people ("400 developers × 300 completions and 20 chats a
  // day each"): a new count of them scales every kind.
  if (!item && thread.kinds && people !== undefined && threadPeople(thread))
    return summed(
      thread.kinds.map((k) => {
        const scaled = threadVolumeScaled({ ...thread, ...k, kinds: undefined, perItem: k.item }, factor, how, people);
        return scaled?.perItem ? kindOf(scaled, scaled.perItem) : k;
      }),
    );
  if (!item) return null;
  const before = item.people;
  const named = before ? `${formatCount(before.count)} ${before.noun}` : undefined;
  const countWords =
    people !== undefined && before && named && item.countWords.startsWith(named)
      ? `${formatCount(people)} ${before.noun} (was ${formatCount(before.count)})${item.countWords.slice(named.length).replace(/^ \(was [^)]*\)/, "")}`
      : timesWords(how, item.countWords);
  const next: PerItem = {
    ...item,
    countWords,
    ...(people !== undefined && before ? { people: { ...before, count: people } } : {}),
  };
  return rescaled(thread, factor, next);
}

/**
 * The people a thread's volume is per: its one count's, or those every kind of request shares
 * ("400 developers × 300 completions and 20 chats a day each"); undefined when it is per no people.
 */
export function threadPeople(thread: Volume | undefined): { count: number; noun: string } | undefined {
  if (thread?.perItem) return thread.perItem.people;
  const each = thread?.kinds?.map((k) => k.item.people);
  const first = each?.[0];
  if (!first || !each?.every((p) => p && p.count === first.count && p.noun === first.noun)) return undefined;
  return first;
}

// A factor put before the count by an earlier what-if ("2 × 3M novos a month").
const FACTOR_BEFORE = /^(\d+(?:\.\d+)?) × /;

/**
 * `how` said before the count, a factor said on top of an earlier one as one factor: doubled twice
 * is "4 × 3M novos", not "2 × 2 × 3M novos", and doubled then halved is the count as said.
 */
function timesWords(how: string, countWords: string): string {
  const now = /^(\d+(?:\.\d+)?) ×$/.exec(how);
  const before = FACTOR_BEFORE.exec(countWords);
  if (!now || !before) return `${how} ${countWords}`;
  const factor = Number((Number(now[1]) * Number(before[1])).toPrecision(3));
  const count = countWords.slice(before[0].length);
  return factor === 1 ? count : `${factor} × ${count}`;
}

function perPerson(text: string, read: Volume, thread: Volume, before: PerItem, item: PerItem): Volume {
  const people = before.people;
  if (!people || item.people || A_TOTAL.test(text)) return read;
  // Each person's things a month before (one a day each when the thread holds several kinds).
  const eachBefore = thread.perItem ? itemsOf(thread, before) / people.count : DAYS_PER_MONTH;
  if (!EACH_PERSON.test(text) && !(itemsOf(read, item) <= eachBefore * MAX_PER_PERSON_GROWTH)) return read;
  const countWords = `${formatCount(people.count)} ${people.noun} (as before) × ${item.countWords}`;
  return rescaled(read, people.count, { ...item, countWords, people });
}

function onWorkingDays(read: Volume, before: PerItem): Volume {
  const item = read.perItem;
  if (!item || item.periodLabel !== "a day" || before.periodLabel !== "a working day") return read;
  const working = asWorkingDays(item.countWords);
  return rescaled(read, working.factor, { ...item, countWords: working.countWords, periodLabel: "a working day" });
}

function rescaled(read: Volume, factor: number, item: PerItem): Volume {
  const input = Math.round(read.inputTokensPerMonth * factor);
  const output = Math.round(read.outputTokensPerMonth * factor);
  return {
    ...read,
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: Math.round(read.cachedInputTokensPerMonth * factor),
    description: `${item.countWords} × ${eachWords(item)} = ${formatCount(input + output)} tokens ${read.oneOff ? "once" : "a month"} (${formatCount(input)} input + ${formatCount(output)} output${read.oneOff ? ": a one-off job, priced once" : ""})`,
    perItem: item,
  };
}

const eachWords = (item: PerItem) =>
  `(${formatCount(item.inputTokens)} input + ${formatCount(item.outputTokens)} output tokens each)`;

const kindOf = (v: Volume, item: PerItem): VolumeKind => ({
  item,
  inputTokensPerMonth: v.inputTokensPerMonth,
  outputTokensPerMonth: v.outputTokensPerMonth,
  cachedInputTokensPerMonth: v.cachedInputTokensPerMonth,
});

/** One volume of several kinds of request: their tokens added, each kind said back. */
function summed(kinds: VolumeKind[]): Volume {
  const sum = (pick: (k: VolumeKind) => number) => kinds.reduce((n, k) => n + pick(k), 0);
  const input = sum((k) => k.inputTokensPerMonth);
  const output = sum((k) => k.outputTokensPerMonth);
  return {
    inputTokensPerMonth: input,
    outputTokensPerMonth: output,
    cachedInputTokensPerMonth: sum((k) => k.cachedInputTokensPerMonth),
    splitAssumed: kinds.every((k) => k.item.splitAssumed),
    description: `${kinds.map((k) => `${k.item.countWords} × ${eachWords(k.item)}`).join(" + ")} = ${formatCount(input + output)} tokens a month (${formatCount(input)} input + ${formatCount(output)} output)`,
    kinds,
  };
}
