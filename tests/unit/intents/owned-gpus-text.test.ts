import { describe, expect, it } from "vitest";
import { OWNED_AS_NEEDED } from "../../../src/costs/owned-gpus.js";
import { ownedGpusIn, ownedKeepingCount } from "../../../src/intents/owned-gpus-text.js";

describe("ownedGpusIn: the GPUs a team has, in its words", () => {
  it.each([
    ["we own 8 h100s", { type: "h100", count: 8 }],
    ["the 4 a100s we own", { type: "a100", count: 4 }],
    ["we have our own k8s with 16 a100 80gb already", { type: "a100 80gb", count: 16 }],
    ["we have one h100", { type: "h100", count: 1 }],
    ["we have a single l40s in the office", { type: "l40s", count: 1 }],
    ["we self-host on a single l40s", { type: "l40s", count: 1 }],
    ["we already run everything on 2 h100s", { type: "h100", count: 2 }],
    ["what if we buy 8 h100 instead", { type: "h100", count: 8 }],
    ["what if we get access to 8 h100s instead", { type: "h100", count: 8 }],
    ["what if we can only use 4 of the h100s?", { type: "h100", count: 4 }],
    ["each appliance has one nvidia l4 (24gb)", { type: "l4", count: 1 }],
    ["2 a100s per site", { type: "a100", count: 2 }],
    ["we already pay for 4 a100s we're not using", { type: "a100", count: 4 }],
    ["the 2 h100s we're already paying for sit idle", { type: "h100", count: 2 }],
  ] as const)("%s", (text, expected) => {
    expect(ownedGpusIn(text)).toEqual(expected);
  });

  // Machines × GPUs in each, or the total said, in the sentence of a verb of having; any share said
  // busy with other work is taken off. Every machine count × GPUs each × share, in two phrasings.
  // GPUs said per machine keep how many are in each (a replica fits within one server).
  describe("machines, totals and the share free", () => {
    const machines = [1, 2, 3, 4];
    const each = [2, 4, 8];
    const shares: [string, number][] = [
      ["", 1],
      [" that are half used for other work", 0.5],
      [", a quarter of them busy", 0.75],
      [", only half of them free", 0.5],
    ];
    for (const n of machines)
      for (const per of each)
        for (const [said, free] of shares) {
          const want = { type: "h100", count: Math.max(1, Math.floor(n * per * free)) };
          const perServer = Math.min(per, want.count);
          const inServers = n > 1 && perServer < want.count ? { ...want, perServer } : want;
          it(`we bought ${n} servers with ${per} h100 each${said}`, () => {
            expect(ownedGpusIn(`we bought ${n} servers with ${per} h100 each${said}.`)).toEqual(inServers);
          });
          it(`we own ${n} dgx systems (${n * per} h100 total)${said}`, () => {
            expect(ownedGpusIn(`we already own ${n} dgx systems (${n * per} h100 total)${said}.`)).toEqual(want);
          });
        }
  });

  it.each([
    ["what if we self-host on our own l4s?", "l4"],
    ["on our own fleet (we have thousands of h100s and a huge infra team)", "h100"],
    ["we run h100s in our basement", "h100"],
    ["our own a100s are idle", "a100"],
    ["will qwen3 32b fit on our l40s cards?", "l40s"],
    ["our h100 gpus are idle", "h100"],
  ])("owned with no count is as many as needed: %s", (text, type) => {
    expect(ownedGpusIn(text)).toEqual({ type, count: OWNED_AS_NEEDED });
  });

  it.each([
    "what would it cost to run llama 3.3 70b on 8 h100s",
    "is an h100 faster than an a100?",
    "our a100 cluster is busy",
    "no gpus, no infra people",
    // A question about hardware asks whether it fits; it does not say the team has it.
    "can we run kimi k2 on 2x h100?",
    "could we serve qwen3 32b on 4 l40s",
    "what if we run it on 8 h100s",
    // GPUs the team runs but rents.
    "we run our own vllm cluster on 8x h100 (rented, $2.10/gpu-hour)",
    "we serve everything on 4 a100s rented from lambda",
    "our h100s cost us $2.75 per hour on coreweave",
    // Paying by the hour is rent; only cards already paid for are the team's.
    "we pay for 2 h100s on lambda by the hour",
    // A question about hardware says nothing about having it.
    "do we have h100s?",
    "what if we bought h100s",
  ])("owns nothing: %s", (text) => {
    expect(ownedGpusIn(text)).toBeUndefined();
  });
});

// The team as the subject of two verbs joined by "and" ("we run our own data centre in Nairobi
// and have a server with 4x NVIDIA A10"): the second verb has the team's GPUs as much as a "we
// have" would. Every clause × verb × holder × count × card; another subject between is not the team.
describe("a verb of having after 'and', with the team as its subject", () => {
  const clauses = [
    "we run our own data centre in nairobi",
    "we're a 10-person lab",
    "we build internal tools for the bank",
    "i am a solo founder",
  ];
  const verbs = ["have", "own", "also have", "already own", "bought"];
  const holders = ["", "a server with ", "the rack of "];
  const cards: [string, string][] = [
    ["nvidia a10", "a10"],
    ["h100s", "h100"],
    ["l40s", "l40s"],
    ["a100s", "a100"],
  ];
  for (const clause of clauses)
    for (const verb of verbs)
      for (const holder of holders)
        for (const [card, type] of cards)
          for (const count of [1, 4, 16]) {
            const text = `${clause} and ${verb} ${holder}${count}x ${card} we can use.`;
            it(text, () => expect(ownedGpusIn(text)).toEqual({ type, count }));
          }

  it.each([
    "we use aws and they have 8 h100s",
    "we asked the vendor and it has 4 a100s",
    "our partner runs a cluster and has 8 h100s",
  ])("another subject between: %s", (text) => {
    expect(ownedGpusIn(text)).toBeUndefined();
  });
});

describe("ownedKeepingCount: the team's GPUs named again without a count", () => {
  const known = { type: "A10", count: 4 };
  it("keep the count the thread knows, whatever the spelling of the same card", () => {
    for (const said of ["a10", "A10G", "nvidia a10"])
      expect(ownedKeepingCount(known, { type: said, count: OWNED_AS_NEEDED })).toEqual(known);
  });
  it("a count said, another card, or nothing known: what was said", () => {
    expect(ownedKeepingCount(known, { type: "a10", count: 8 })).toEqual({ type: "a10", count: 8 });
    expect(ownedKeepingCount(known, { type: "h100", count: OWNED_AS_NEEDED })).toEqual({
      type: "h100",
      count: OWNED_AS_NEEDED,
    });
    expect(ownedKeepingCount(undefined, { type: "a10", count: OWNED_AS_NEEDED })).toEqual({
      type: "a10",
      count: OWNED_AS_NEEDED,
    });
  });
});
