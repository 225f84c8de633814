// Money words are one list (src/intents/money-words.ts) for every reader that must leave money
// alone: the compact token rate ("10M/mo" is tokens, "ARR 10M/mo" is money) and the elided count
// noun ("our contracts run 33k tokens, about 1,000 a month" counts contracts; "budget 1,000 a
// month" does not). Before, each reader kept its own copy and they had drifted apart (the count's
// lacked ARR and funding, the rate's lacked USD, EUR and GBP).
import { describe, expect, it } from "vitest";
import { withElidedCountNoun } from "../../../src/intents/elided-count.js";
import { MONEY_WORDS } from "../../../src/intents/money-words.js";
import { parseVolume } from "../../../src/intents/volume.js";

describe("money words, one list for the volume readers", () => {
  it("a compact rate after any money word is money, not tokens; alone it is tokens", () => {
    expect(parseVolume("we will use the model at 10M/mo")).not.toBeNull();
    for (const word of MONEY_WORDS) expect(parseVolume(`we will use the model, ${word} 10M/mo`), word).toBeNull();
  });

  it("a bare rated count after any money word keeps no document noun; alone it counts the documents", () => {
    const sized = "our contracts run 33000 tokens";
    expect(withElidedCountNoun(`${sized}, we review 1000 a month`)).toMatch(/1000 contracts a month/);
    for (const word of MONEY_WORDS)
      expect(withElidedCountNoun(`${sized}, ${word} 1000 a month`), word).not.toMatch(/1000 contracts/);
  });
});
