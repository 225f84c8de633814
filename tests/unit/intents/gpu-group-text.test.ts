// The GPU group a message names ("on 2x a100", "8 h100s instead") is the hardware a self-hosting
// estimate runs on; its count of cards is never a multiplier of the volume ("we own 4x A100").
import { describe, expect, it } from "vitest";
import { parseAssumptionEdits } from "../../../src/intents/assumptions-text.js";
import { moreGpusIn } from "../../../src/intents/fleet-text.js";
import { gpuGroupIn, withoutGpuCounts } from "../../../src/intents/gpu-count-text.js";
import { parseWhatIf } from "../../../src/intents/what-if-text.js";
import { volume } from "../costs/fixtures.js";

describe("gpuGroupIn: a count of cards said before the GPU", () => {
  it.each([
    ["self host mixtral 8x7b on 2x a100", 2, "A100-80GB"],
    ["what about 8 h100s instead", 8, "H100-SXM-80GB"],
    ["does it fit on a single l40s?", 1, "L40S-48GB"],
    ["can we run it on two h200", 2, "H200-SXM-141GB"],
    ["4×a100 40gb", 4, "A100-40GB"],
  ] as const)("%s → %i × %s", (text, gpus, key) => {
    expect(gpuGroupIn(text)).toEqual({ key, gpus });
  });

  it.each(["assume an h100 at $2/h", "we'd use rented h100s", "is the h100 faster than the a100?"])(
    "no group: %s",
    (text) => {
      expect(gpuGroupIn(text)).toBeUndefined();
    },
  );

  it("owned GPUs are counted as owned, not also as a group", () => {
    expect(parseAssumptionEdits("we own 4x A100 we can use")).toMatchObject({ ownedGpuCount: 4 });
    expect(parseAssumptionEdits("we own 4x A100 we can use").gpuCount).toBeUndefined();
    expect(parseAssumptionEdits("self host mixtral 8x7b on 2x a100")).toMatchObject({ gpu: "A100-80GB", gpuCount: 2 });
    expect(parseAssumptionEdits("self host mixtral 8x7b on 2x a100").ownedGpuCount).toBeUndefined();
  });
});

describe("a count of cards is not a multiplier", () => {
  it("blanks '4x A100' but keeps '4x the traffic'", () => {
    expect(withoutGpuCounts("we own 4x a100 we can use")).not.toMatch(/4x/);
    expect(withoutGpuCounts("4x the traffic on 2x h100")).toMatch(/^4x the traffic on\s+h100$/);
  });

  it.each(["we own 4x A100 we can use", "what about 2x h100 instead", "what if we had 10x l40s"])(
    "'%s' keeps the thread's volume",
    (said) => {
      const thread = { volume: volume(150e6, 50e6) };
      expect(parseWhatIf(said, thread).patch.volume).toBeUndefined();
    },
  );

  it("'what if traffic is 4x' still scales it", () => {
    const thread = { volume: volume(150e6, 50e6) };
    const v = parseWhatIf("what if traffic is 4x", thread).patch.volume;
    expect(v && v.inputTokensPerMonth + v.outputTokensPerMonth).toBe(800e6);
  });
});

describe("GPUs bought on top of those a thread owns", () => {
  it.each([
    ["what if we bought 4 more L40S?", 4],
    ["and if we buy two more h100s", 2],
    ["we could get 8 more gpus", 8],
  ] as const)("'%s' adds %i", (said, n) => {
    expect(moreGpusIn(said.toLowerCase())).toBe(n);
  });

  it("'4 more' adds to the thread's owned count; a count said alone replaces it", () => {
    const thread = { ownedGpus: { type: "l40s", count: 4 } };
    expect(parseWhatIf("what if we bought 4 more L40S?", thread).patch.ownedGpus).toEqual({ type: "l40s", count: 8 });
    expect(parseWhatIf("what if we owned 16 l40s", thread).patch.ownedGpus).toEqual({ type: "l40s", count: 16 });
    expect(moreGpusIn("what if we need 4 more languages")).toBeUndefined();
  });

  // Tallinn's 'and if we add a second 4090?' and Hsinchu's 'what if we buy another 4 L40S?' were
  // sized on the cards owned before (thread16). Over a generated table (4 verbs × 6 ways to say
  // the added cards × 3 cards): the added cards go on the thread's owned count.
  it("over generated phrasings: 'another N', 'another', 'a second', 'N extra' add to the thread's owned cards", () => {
    const cards = [
      { said: "4090", type: "RTX 4090", owned: 1 },
      { said: "L40S", type: "l40s", owned: 4 },
      { said: "H100s", type: "h100", owned: 8 },
    ];
    const added = [
      ["another 4", 4],
      ["another", 1],
      ["a second", 1],
      ["2 extra", 2],
      ["3 additional", 3],
      ["two more", 2],
    ] as const;
    for (const verb of ["what if we add", "and if we buy", "what if we get", "what if we bought"])
      for (const [words, n] of added)
        for (const card of cards) {
          const said = `${verb} ${words} ${card.said}?`;
          const thread = { ownedGpus: { type: card.type, count: card.owned } };
          expect(moreGpusIn(said.toLowerCase()), said).toBe(n);
          expect(parseWhatIf(said, thread).patch.ownedGpus?.count, said).toBe(card.owned + n);
        }
    expect(moreGpusIn("what if we add another language")).toBeUndefined();
    expect(moreGpusIn("what if a second team uses it")).toBeUndefined();
  });
});
