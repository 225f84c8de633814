// The memory of the device a model must run on, and the size cap it sets: "runs on players' gaming
// PCs (6GB VRAM)", "Jetson AGX Orin 64GB per robot", "on that mac (M2 Ultra 192GB)", "what if min
// spec is 8gb vram". Read only where the model runs on the device (the caller checks), so "we own
// 8x H100 80GB" in a data centre is no device limit.
import type { Requirements } from "../scoring/requirements.js";
import { DEVICE_CAPS, PHONE_OS_RESERVE_GB } from "../scoring/team-filters.js";

/**
 * GB of memory per billion parameters at 4-bit, quantisation scales included: the laptop cap's
 * basis (team-filters.ts: 8B is about 5 GB of weights at 4-bit). OUR assumption, said in the echo.
 */
const GB_PER_BILLION_AT_4BIT = 5 / 8;
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
export function deviceMemoryGbIn(t: string): number | undefined {
  if (!/\dgb|\d\s+gb/.test(t)) return undefined;
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
