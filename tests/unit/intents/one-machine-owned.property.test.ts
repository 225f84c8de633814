// One machine the team owns, with its cards counted: 'it must run on hardware we already own: one
// server with 4x NVIDIA L40S 48GB' (the Hsinchu fab, eighteenth tryout round) was no owned hardware,
// so its picks were priced as bought, while 'two servers with …' was read. Over generated verbs of
// having × one machine said in words × card counts in digits or words × cards × a memory size or
// none: the cards in the machine are the team's own, as many as it holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const HAVING = [
  "We own",
  "We already own",
  "It must run on hardware we already own:",
  "We have",
  "We bought",
  "Everything stays on what we already have:",
];
const ONE_MACHINE = ["one server", "one machine", "one box", "one node", "one DGX", "a single server"];
const COUNTS: [string, number][] = [
  ["2x", 2],
  ["4x", 4],
  ["8 x", 8],
  ["4", 4],
  ["four", 4],
  ["eight", 8],
];
const CARDS: [string, string][] = [
  ["NVIDIA L40S", "l40s"],
  ["H100", "h100"],
  ["A10", "a10"],
  ["RTX 4090", "rtx 4090"],
];
const MEMORY = ["", " 48GB", " (48 GB each)"];

describe("one owned machine with its cards counted", () => {
  it("over generated verbs × one machine × counts × cards × memory: the cards are owned, as many as said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HAVING),
        fc.constantFrom(...ONE_MACHINE),
        fc.constantFrom(...COUNTS),
        fc.constantFrom(...CARDS),
        fc.constantFrom(...MEMORY),
        (having, machine, [count, n], [card, type], memory) => {
          const text = `We want a RAG assistant over our manuals. ${having} ${machine} with ${count} ${card}${memory}.`;
          expect(parseRequirements(text).ownedGpus, text).toEqual({ type, count: n });
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a question about one machine owns nothing", () => {
    for (const q of [
      "could we serve qwen3 32b on one server with 4x L40S?",
      "what would one server with 8x H100 cost us?",
    ])
      expect(parseRequirements(q).ownedGpus, q).toBeUndefined();
  });
});
