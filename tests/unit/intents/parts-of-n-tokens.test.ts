// "each about 4 turns of 2,500 tokens in and 300 out" sizes each turn, so the turns multiply the
// conversation (tryout round 25: a US state Department of Labor's 40,000 conversations a day were
// billed at one turn each, a quarter of their tokens, and a pick over budget looked inside it).
// Generated over counted things × parts × the words joining the size to the parts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const catalog = readCatalog();
const THINGS = ["conversations", "chats", "sessions"];
const PARTS = ["turns", "messages", "exchanges"];
const SIZES = [
  "2,500 tokens in and 300 out",
  "about 2,500 tokens in and 300 out",
  "roughly 2.5k tokens in and 300 out",
];

describe("'N turns of X tokens' sizes each turn", () => {
  for (const thing of THINGS)
    for (const part of PARTS)
      it.each(SIZES.map((s) => [s]))(`40,000 ${thing} a day, each 4 ${part} of %s`, (size) => {
        const req = parseRequirements(
          `A chat assistant for claimants. About 40,000 ${thing} a day, each about 4 ${part} of ${size}. Which model?`,
          catalog,
        );
        expect(req.volume?.inputTokensPerMonth).toBe(40_000 * 30 * 4 * 2_500);
        expect(req.volume?.outputTokensPerMonth).toBe(40_000 * 30 * 4 * 300);
      });

  it("a size said per conversation is not multiplied by its turns", () => {
    const req = parseRequirements(
      "About 40,000 conversations a day of 4 turns, 2,500 tokens in and 300 out per conversation. Which model?",
      catalog,
    );
    expect(req.volume?.inputTokensPerMonth).toBe(40_000 * 30 * 2_500);
  });
});
