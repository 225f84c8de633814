// NVIDIA's 48 GB workstation cards a team says it owns (issue 11: owned hardware priced as owned):
// over generated phrasings × card names × counts, 'we bought a workstation with 2x RTX A6000' and
// 'a server with 2x NVIDIA RTX 6000 Ada' are that many of the catalogue's card, and a pick that
// loads on them is costed on those cards as owned (their memory and bandwidth, an amortised
// purchase price), never as another GPU rented. The Gdańsk forwarder's A6000s were read as nothing
// and its picks priced on rented L40S.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveGpu, selfHostEstimate } from "../../../src/costs/self-host.js";
import { ownedGpusIn } from "../../../src/intents/owned-gpus-text.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;

const CARDS = [
  { said: "RTX A6000", key: "RTXA6000-48GB" },
  { said: "A6000", key: "RTXA6000-48GB" },
  { said: "NVIDIA RTX A6000", key: "RTXA6000-48GB" },
  { said: "RTX 6000 Ada", key: "RTX6000ADA-48GB" },
  { said: "NVIDIA RTX 6000 Ada Generation", key: "RTX6000ADA-48GB" },
  { said: "RTX A6000 Ada", key: "RTX6000ADA-48GB" },
] as const;

const PHRASINGS: ((n: number, card: string) => string)[] = [
  (n, card) => `We bought a workstation with ${n}x ${card} (48 GB each) last year and want to run it on that.`,
  (n, card) => `we have our own server with ${n}x ${card} (48GB).`,
  (n, card) => `we own ${n} ${card} cards, which model for summaries?`,
  (n, card) => `the ${n} ${card} we own are idle at night`,
  (n, card) => `we have two interns and a workstation with ${n}x ${card}`,
];

const SMALL_OPEN = ["qwen3-14b", "gemma-3-12b", "mistral-small-3.2", "qwen3-32b"]
  .map((id) => catalog.modelById.get(id))
  .filter((m) => m !== undefined);

describe("workstation cards the team owns", () => {
  it("are read as that many of the catalogue's card, and a pick that loads on them is costed on them as owned", () => {
    expect(SMALL_OPEN.length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(
        fc.constantFrom(...CARDS),
        fc.constantFrom(...PHRASINGS),
        fc.constantFrom(1, 2, 4),
        fc.constantFrom(...SMALL_OPEN),
        fc.double({ min: 1e6, max: 5e7, noNaN: true }),
        (card, phrase, n, model, tokens) => {
          const text = phrase(n, card.said);
          const owned = ownedGpusIn(text.toLowerCase());
          expect(owned, text).toMatchObject({ count: n });
          const gpu = resolveGpu(data, owned!.type);
          expect(gpu?.key, `${text} → ${owned!.type}`).toBe(card.key);
          const e = selfHostEstimate(
            model,
            volume(tokens * 0.75, tokens * 0.25),
            { ownedGpuCount: n, ownedGpuType: owned!.type },
            data,
          );
          if ("unavailable" in e) throw new Error(`${model.id}: ${e.unavailable}`);
          if (e.gpusPerReplica > n) return; // does not load on the owned cards
          expect(e.gpu.key).toBe(card.key);
          expect(e.owned?.count).toBe(n);
          // Nothing rented beside them: the cards have no rental price, and none is needed.
          expect(e.gpus, text).toBeLessThanOrEqual(n);
          expect(e.gpuAlwaysOnUsd).toBeCloseTo(e.gpus * e.owned!.usdPerGpuHour * e.hoursPerMonth, 2);
          expect(e.owned!.purchaseSource?.kind).toBe("secondary");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the 24 GB Quadro RTX 6000 of 2018 (no generation named) is not read as the 48 GB Ada card", () => {
    expect(ownedGpusIn("we own 2 quadro rtx 6000 cards")).toBeUndefined();
  });
});
