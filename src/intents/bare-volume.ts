// A volume said without the word "tokens", in a thread that already talks in tokens a month:
// "and if we hit 600 million a month?", "what if it grows to 2B a month?". Read only where the
// thread's volume gives the unit (a what-if on a recommendation with a volume); elsewhere a bare
// "600 million a month" may be users or money.
import { foldCase } from "../catalog/normalize.js";
import { DEFAULT_SPLIT_WORDS, volumeAtDefaultSplit, type Volume } from "../costs/volume.js";
import { QUANTITY, cleanMessage, formatCount, quantityValue, spellOutNumbers } from "./numbers.js";
import { periodAt } from "./periods.js";

// An amount with a magnitude ("600 million", "2B", "750k"), not money ("$600k") or a count of
// something named after it ("600 million users" has a word between the amount and the period).
const BARE_AMOUNT = new RegExp(String.raw`(?<![$€£\d.,])${QUANTITY}`, "g");
// Volumes smaller than this are not what "tokens a month" threads mean by a bare figure.
const MIN_BARE_TOKENS = 100_000;

export function parseBareVolume(text: string): Volume | null {
  const t = spellOutNumbers(foldCase(cleanMessage(text)));
  for (const m of t.matchAll(BARE_AMOUNT)) {
    if (m[1] === undefined || m[2] === undefined) continue;
    const period = periodAt(t, m.index + m[0].length);
    if (!period) continue;
    const total = quantityValue(m[1], m[2]) * period.perMonth;
    if (!(total >= MIN_BARE_TOKENS) || !Number.isFinite(total)) continue;
    return volumeAtDefaultSplit(
      total,
      `${formatCount(total)} tokens a month (${m[0].trim()} ${period.label}, tokens as before; split ${DEFAULT_SPLIT_WORDS})`,
    );
  }
  return null;
}
