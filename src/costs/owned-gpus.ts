// What a GPU the team already owns costs per hour: its purchase price spread over a stated life,
// plus power and hosting. The reference data has rental prices only, so these defaults are OUR
// assumptions, shown as such in every answer, and replaced by what the team says ("we paid
// $28k each", "over 3 years").

/** Assumed purchase price per GPU including its share of the server (USD). Not sourced. */
export const ASSUMED_PURCHASE_USD: Readonly<Record<string, number>> = {
  "H100-SXM-80GB": 30_000,
  "H100-PCIe-80GB": 25_000,
  "H100-NVL-94GB": 28_000,
  "H200-SXM-141GB": 35_000,
  "B200-180GB": 45_000,
  "GH200-96GB": 35_000,
  "A100-80GB": 15_000,
  "A100-40GB": 10_000,
  "L40S-48GB": 9_000,
  "L4-24GB": 3_000,
  "A10G-24GB": 3_500,
  "RTX4090-24GB": 2_000,
  "MI300X-192GB": 20_000,
};

/** Used when a GPU has no entry above. */
export const FALLBACK_PURCHASE_USD = 20_000;

export const OWNED_DEFAULTS = {
  lifeYears: 4,
  /** ~1 kW per datacenter GPU with cooling at ~$0.12/kWh, plus rack space: OUR assumption. */
  powerHostingUsdPerHour: 0.25,
} as const;

export function assumedPurchaseUsd(gpuKey: string): number {
  return ASSUMED_PURCHASE_USD[gpuKey] ?? FALLBACK_PURCHASE_USD;
}

/**
 * GPUs a team owns without saying how many ("our own L4s", "we have thousands of H100s"): as many
 * as the estimate needs. A count no fleet reaches stands for it (the largest the edits accept), so
 * the arithmetic (owned GPUs first, the rest rented or bought) needs no special case; everything
 * that says the count back goes through ownedCountWords.
 */
export const OWNED_AS_NEEDED = 100_000;

export const ownedAsNeeded = (count: number): boolean => count >= OWNED_AS_NEEDED;

/** Owned GPUs as said back: "8 × L4" (`times` between), or "L4s, as many as needed" for a count not said. */
export function ownedGpusWords(count: number, gpu: string, times = " "): string {
  return ownedAsNeeded(count) ? `${gpu}s, as many as needed` : `${count.toLocaleString("en-US")}${times}${gpu}`;
}
