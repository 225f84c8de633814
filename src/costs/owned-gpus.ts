// What a GPU the team owns or buys costs per hour: its purchase price spread over a stated life,
// plus power and hosting. NVIDIA publishes no list prices, so the purchase prices below are
// secondary (resellers' and market trackers' figures, each with its page and the date it was
// read), or OUR assumption where no page was found; every answer says which, and the team's own
// figure ("we paid $28k each", "over 3 years") replaces them.

export interface PurchasePrice {
  /** One card, USD (the server, network and storage around it are not included). */
  usd: number;
  /** Where the figure comes from, or null for OUR assumption. */
  source: { url: string; kind: "secondary"; asOf: string; note: string } | null;
}

const READ = "2026-12-05";

/** Purchase price per card by gpu_key. */
export const PURCHASE_PRICES: Readonly<Record<string, PurchasePrice>> = {
  "H100-SXM-80GB": {
    usd: 30_000,
    source: {
      url: "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
      kind: "secondary",
      asOf: READ,
      note: "a rough street price (NVIDIA publishes none); another page gives $25,000–40,000",
    },
  },
  "H200-SXM-141GB": {
    usd: 35_000,
    source: {
      url: "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
      kind: "secondary",
      asOf: READ,
      note: "a rough street price (NVIDIA publishes none)",
    },
  },
  "B200-180GB": {
    usd: 40_000,
    source: {
      url: "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
      kind: "secondary",
      asOf: READ,
      note: "a rough street price (NVIDIA publishes none)",
    },
  },
  "A100-80GB": {
    usd: 15_000,
    source: {
      url: "https://www.mercatus-ai.com/blog/a100-vs-h100-vs-h200",
      kind: "secondary",
      asOf: READ,
      note: "the top of an $8,000–15,000 street price (the A100 is out of production)",
    },
  },
  "L40S-48GB": {
    usd: 8_000,
    source: {
      url: "https://www.runlocalai.co/hardware/nvidia-l40s",
      kind: "secondary",
      asOf: READ,
      note: "the middle of a $7,500–8,500 retail price",
    },
  },
  "L4-24GB": {
    usd: 2_500,
    source: {
      url: "https://www.runlocalai.co/hardware/nvidia-l4",
      kind: "secondary",
      asOf: READ,
      note: "a retail price",
    },
  },
  "RTXA6000-48GB": {
    usd: 4_649,
    source: {
      url: "https://sysrqmts.com/es/gpus/compare/nvidia-rtx-a6000-vs-nvidia-tesla-p40",
      kind: "secondary",
      asOf: "2026-12-06",
      note: "its launch price (October 2020), as a spec database lists it",
    },
  },
  "RTX6000ADA-48GB": {
    usd: 6_800,
    source: {
      url: "https://huggingface.co/hardware/rtx-6000-ada",
      kind: "secondary",
      asOf: "2026-12-06",
      note: "the list price Hugging Face's hardware page gives",
    },
  },
  "H100-PCIe-80GB": { usd: 25_000, source: null },
  "H100-NVL-94GB": { usd: 28_000, source: null },
  "GH200-96GB": { usd: 35_000, source: null },
  "A100-40GB": { usd: 10_000, source: null },
  "A10G-24GB": { usd: 3_500, source: null },
  "RTX4090-24GB": { usd: 2_000, source: null },
  "MI300X-192GB": { usd: 20_000, source: null },
};

/** Used when a GPU has no entry above: OUR assumption. */
export const FALLBACK_PURCHASE_USD = 20_000;

export const OWNED_DEFAULTS = {
  lifeYears: 4,
  /** ~1 kW per datacenter GPU with cooling at ~$0.12/kWh, plus rack space: OUR assumption. */
  powerHostingUsdPerHour: 0.25,
} as const;

export function purchasePrice(gpuKey: string): PurchasePrice {
  return PURCHASE_PRICES[gpuKey] ?? { usd: FALLBACK_PURCHASE_USD, source: null };
}

/**
 * GPUs a team owns without saying how many ("our own L4s", "we have thousands of H100s"): as many
 * as the estimate needs. A count no fleet reaches stands for it (the largest the edits accept), so
 * the arithmetic (owned GPUs first, the rest rented or bought) needs no special case; everything
 * that says the count back goes through ownedCountWords.
 */
export const OWNED_AS_NEEDED = 100_000;

export const ownedAsNeeded = (count: number): boolean => count >= OWNED_AS_NEEDED;

/**
 * Owned GPUs as said back: "8 × L4" (`times` between), "4 L40S in 2 servers of 2" when they are in
 * several servers, or "L4s, as many as needed" for a count not said ("NVIDIA A10G (AWS G5 variant
 * of A10) GPUs, …" where the name ends in a note).
 */
export function ownedGpusWords(count: number, gpu: string, times = " ", perServer?: number): string {
  const plural = gpu.endsWith(")") ? `${gpu} GPUs` : `${gpu}s`;
  if (ownedAsNeeded(count)) return `${plural}, as many as needed`;
  const servers =
    perServer !== undefined && perServer < count ? ` in ${Math.ceil(count / perServer)} servers of ${perServer}` : "";
  return `${count.toLocaleString("en-US")}${times}${gpu}${servers}`;
}
