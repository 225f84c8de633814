// The memory of the device a model must run on, and the size cap it sets: "runs on players' gaming
// PCs (6GB VRAM)", "Jetson AGX Orin 64GB per robot", "on that mac (M2 Ultra 192GB)", "what if min
// spec is 8gb vram". Read only where the model runs on the device (the caller checks), so "we own
// 8x H100 80GB" in a data centre is no device limit.

/**
 * GB of memory per billion parameters at 4-bit, quantisation scales included: the laptop cap's
 * basis (team-filters.ts: 8B is about 5 GB of weights at 4-bit). OUR assumption, said in the echo.
 */
const GB_PER_BILLION_AT_4BIT = 5 / 8;
/** Share of the memory left for the weights; the rest holds the context (KV cache) and the runtime. */
const WEIGHTS_SHARE = 0.75;

/** The largest model (billions of parameters, whole) whose 4-bit weights fit `gb` with room to run. */
export function paramsForMemoryGb(gb: number): number {
  return Math.max(1, Math.floor((gb * WEIGHTS_SHARE) / GB_PER_BILLION_AT_4BIT));
}

// "6GB VRAM", "8 gb of vram", "16GB unified memory", "192GB" after a device name; not storage or
// data ("50GB of documents", "a 2TB ssd").
const AMOUNT =
  /(\d+(?:\.\d+)?)\s*gb\b(?!\s*(?:of\s+)?(?:data|storage|disk|ssd|hdd|files?|docs|documents|text|logs|downloads?|dataset|corpus|a month|\/mo|per month))/g;

/**
 * The device memory stated in `t` (folded text), in GB: the smallest amount named, since a
 * product must run on its minimum spec. Undefined when none is stated.
 */
export function deviceMemoryGbIn(t: string): number | undefined {
  if (!/\dgb|\d\s+gb/.test(t)) return undefined;
  let least: number | undefined;
  for (const m of t.matchAll(AMOUNT)) {
    const gb = Number(m[1]);
    if (gb > 0 && Number.isFinite(gb) && (least === undefined || gb < least)) least = gb;
  }
  return least;
}
