// The one home of the thresholds that make a refresh source "wildly different" from the catalogue
// in service. A source past any of them is refused: a real price list rarely loses half its
// entries or moves many prices a hundredfold at once, a broken export or a unit mix-up does.
export const SANITY_LIMITS = {
  /** Refuse when more than this share of the catalogue's models would disappear. */
  maxModelsRemovedShare: 0.5,
  /** Refuse when more than this share of one source's offerings would disappear. */
  maxOfferingsRemovedShare: 0.5,
  /** A price moving by this factor or more (up or down) counts as implausible... */
  implausiblePriceFactor: 100,
  /** ...and more than this many implausible moves refuses the refresh. */
  maxImplausiblePriceMoves: 3,
  /** Fetching one source gives up after this long (milliseconds). */
  fetchTimeoutMs: 15_000,
  /** A source larger than this is not a price list (bytes). */
  maxSourceBytes: 64 * 1024 * 1024,
} as const;
