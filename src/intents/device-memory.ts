// The memory of the device a model must run on, and the size cap it sets: "runs on players' gaming
// PCs (6GB VRAM)", "Jetson AGX Orin 64GB per robot", "on that mac (M2 Ultra 192GB)", "what if min
// spec is 8gb vram". Read only where the model runs on the device (the caller checks), so "we own
// 8x H100 80GB" in a data centre is no device limit. A cap on what the weights add to the
// download or installer ("at most 3 GB to the download") caps the weights file instead, and is no
// memory: both can be said, and the smaller cap holds.
import type { Requirements } from "../scoring/requirements.js";
import {
  DEVICE_CAPS,
  GB_PER_BILLION_AT_4BIT,
  paramsForWeightsFileGb,
  PHONE_OS_RESERVE_GB,
} from "../scoring/team-filters.js";

/**
 * More memory than this is no phone's or tablet's: OUR assumption (the largest phones and tablets
 * sold carry 16 GB; the rest is margin), so a device said with more is not sized as a phone app.
 */
export const PHONE_MEMORY_MAX_GB = 24;
/** Share of the memory left for the weights; the rest holds the context (KV cache) and the runtime. */
const WEIGHTS_SHARE = 0.75;

/**
 * The largest model (billions of parameters, whole) whose 4-bit weights fit `gb` with room to run.
 * On a phone-class device (phones and tablets) the OS's share comes off first, and the memory can
 * only lower the phone cap (DEVICE_CAPS.phone, sourced), never raise it: more RAM on a tablet is
 * no faster chip, and the app still shares it.
 */
export function paramsForMemoryGb(gb: number, device?: Requirements["device"]): number {
  const phone = device === "phone";
  const free = phone ? Math.max(0, gb - PHONE_OS_RESERVE_GB) : gb;
  const fits = Math.max(1, Math.floor((free * WEIGHTS_SHARE) / GB_PER_BILLION_AT_4BIT));
  return phone ? Math.min(fits, DEVICE_CAPS.phone.maxB) : fits;
}

/**
 * The slots a weights-file cap of `gb` sets beside a size cap already worked out (from the device's
 * memory): the file's cap, and the smaller of the two parameter caps.
 */
export function weightsFileCap(
  gb: number,
  maxParamsB: number | undefined,
): Pick<Requirements, "weightsFileGb" | "maxParamsB"> {
  const file = paramsForWeightsFileGb(gb);
  return { weightsFileGb: gb, maxParamsB: maxParamsB === undefined ? file : Math.min(maxParamsB, file) };
}

// What ships the weights, so an amount said with it caps the file: "3 GB to the download", "the
// installer can grow by no more than 2 GB", "the weights file must stay under 4 GB", "1.5 GB
// added to the app size".
const SHIPPED = String.raw`(?:downloads?|installers?|install(?:ation)? (?:size|package)|(?:app|application) (?:size|bundle|package)|bundle size|package size|(?:weights?|model) files?|file size|size on disk|disk space)`;
// Words that make an amount after the thing shipped a limit on it: "can grow by no more than 2 GB".
const SIZE_LIMIT = String.raw`(?:grow|grows|add|adds|stay|stays|under|below|at most|no more than|max(?:imum)?|up to|limit(?:ed)?|cap(?:ped)?|within|exceed|bigger|larger|heavier|more than|less than|over|budget)`;
const MEMORY_AFTER = /^\s*(?:of\s+)?(?:ram|memory|vram|unified|system memory|gpu)\b/;
const FILE_CAP = new RegExp(
  String.raw`(\d+(?:\.\d+)?)\s*gb\b(?=[^.;]{0,30}?\b(?:to|of|in|on|for)\s+(?:the\s+|our\s+|its\s+|their\s+)?${SHIPPED})|${SHIPPED}\b[^.;]{0,40}?\b${SIZE_LIMIT}\b[^.;\d]{0,15}?(\d+(?:\.\d+)?)\s*gb\b`,
  "g",
);

/** The amounts in `t` (folded) that cap what the weights add to a download or installer. */
function fileCapAmounts(t: string): { gb: number; start: number; end: number }[] {
  const out: { gb: number; start: number; end: number }[] = [];
  for (const m of t.matchAll(FILE_CAP)) {
    const digits = m[1] ?? m[2]!;
    // The amount itself: the match opens with it, or ends with it after the thing shipped.
    const start = m[1] !== undefined ? m.index : m.index + m[0].lastIndexOf(digits);
    const end = t.indexOf("gb", start) + 2;
    // "the installer is fine; users have 8 GB RAM": an amount of memory is no file cap.
    if (MEMORY_AFTER.test(t.slice(end, end + 20))) continue;
    out.push({ gb: Number(digits), start, end });
  }
  return out;
}

/** The cap on the weights file stated in `t` (folded), in GB: the smallest named, or undefined. */
export function weightsFileCapGbIn(t: string): number | undefined {
  const caps = fileCapAmounts(t)
    .map((c) => c.gb)
    .filter((gb) => gb > 0 && Number.isFinite(gb));
  return caps.length > 0 ? Math.min(...caps) : undefined;
}

// "6GB VRAM", "8 gb of vram", "16GB unified memory", "192GB" after a device name; not storage or
// data ("50GB of documents", "a 2TB ssd").
const AMOUNT =
  /(\d+(?:\.\d+)?)\s*gb\b(?!\s*(?:of\s+)?(?:data|storage|disk|ssd|hdd|files?|docs|documents|text|logs|downloads?|dataset|corpus|a month|\/mo|per month))/g;

// Memory something else on the device takes out of the amount just named: "12 GB VRAM, and the
// game itself needs about 5 GB of that", "16GB of RAM; the OS and our app use about 6 GB of it".
const TAKEN_BEFORE =
  /\b(?:needs?|uses?|takes?|eats?|occupies|reserves?|is used by|goes to|are used by)\s+(?:up\s+)?(?:about\s+|around\s+|roughly\s+|~\s*|maybe\s+|already\s+)?$/;
const TAKEN_AFTER = /^\s*(?:of\s+(?:that|it|this|those|them|the\s+\w+))\b/;

/**
 * The device memory stated in `t` (folded text), in GB: the smallest amount named, since a
 * product must run on its minimum spec; an amount taken out of the one before it ("5 GB of that"
 * for the game) is what is left of that one. Undefined when none is stated.
 */
export function deviceMemoryGbIn(folded: string): number | undefined {
  if (!/\dgb|\d\s+gb/.test(folded)) return undefined;
  // A cap on the download or the weights file is no memory (weightsFileCapGbIn reads it).
  let t = folded;
  for (const c of fileCapAmounts(folded)) t = t.slice(0, c.start) + " ".repeat(c.end - c.start) + t.slice(c.end);
  let least: number | undefined;
  let previous: number | undefined;
  for (const m of t.matchAll(AMOUNT)) {
    let gb = Number(m[1]);
    const end = m.index + m[0].length;
    const taken =
      previous !== undefined &&
      TAKEN_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index)) &&
      TAKEN_AFTER.test(t.slice(end, end + 20));
    if (taken) {
      // The amount taken no longer bounds the model; what it leaves of the one before does.
      if (least === previous) least = undefined;
      gb = previous! - gb;
    }
    if (gb > 0 && Number.isFinite(gb) && (least === undefined || gb < least)) least = gb;
    previous = gb;
  }
  return least;
}
