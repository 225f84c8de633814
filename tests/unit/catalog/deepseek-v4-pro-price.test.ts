// DeepSeek V4 Pro's cache-hit price of $0.003625 per 1M tokens looks like a slipped decimal, but it is
// DeepSeek's own list price (the curation cites the pricing page copies): a tenth of the launch cache-hit
// price, at the permanent 75% discount. This pins the checked figures so a "fix" to 0.03625 fails.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";

describe("DeepSeek V4 Pro's first-party price", () => {
  it("is DeepSeek's list price: 0.435 in, 0.87 out, 0.003625 cache hit", () => {
    const model = readCatalog().modelById.get("deepseek-v4-pro");
    const own = model?.offerings.find((o) => o.provider === "deepseek");
    expect(own).toMatchObject({ inputPerMTok: 0.435, outputPerMTok: 0.87, cachedInputPerMTok: 0.003625 });
  });
});
