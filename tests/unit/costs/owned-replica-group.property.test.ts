// One replica runs on one tensor-parallel group (1, 2, 4 or 8 GPUs, whole 8-GPU nodes beyond) within
// one server: the fit check once pooled every owned card's memory, so 3 A100s "held" a model that
// needs 3 cards' memory (no engine splits a model over 3) and the Warsaw office's 2 servers with
// 2x L40S each held Qwen3 235B-A22B at 4-bit (118 GB) as one '4× NVIDIA L40S (192 GB)'. Generated
// GPU sets (type × count × GPUs per server) × models × contexts: the fit check, the cost estimate
// and the answer agree on the largest group the cards hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { resolveGpu, selfHostEstimate } from "../../../src/costs/self-host.js";
import {
  bytesPerParam,
  engineMemoryFraction,
  kvBytesPerToken,
  kvRowFor,
  publishedWeights,
} from "../../../src/costs/selfhost-data.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { largestGroup, replicaSize } from "../../../src/costs/sizing.js";
import { hardwareFit } from "../../../src/scoring/hardware-fit.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;
// Models sized from their parameters (a lab's compact published weights are sized as published).
const open = catalog.models.filter(
  (m) => m.openWeights && m.parameters && !publishedWeights(data, m, m.parameters.totalB),
);
const GPUS = ["L4", "L40S", "A100 80GB", "H100", "RTX 4090"] as const;

describe("largestGroup: the largest replica the cards hold", () => {
  it("is a group replicaSize forms, within the cards and one server, and no larger group fits them", () => {
    for (let cards = 1; cards <= 40; cards++)
      for (const perServer of [undefined, 1, 2, 3, 4, 6, 8, 16]) {
        const bound = perServer !== undefined && perServer < cards ? perServer : cards;
        const g = largestGroup(cards, perServer);
        expect(replicaSize(g, 1), `${cards} in servers of ${perServer}`).toBe(g);
        expect(g).toBeLessThanOrEqual(bound);
        // Every replica a model could need (1..bound GPUs of memory): it fits the cards iff it fits the group.
        for (let n = 1; n <= bound; n++) expect(replicaSize(n, 1) <= bound).toBe(replicaSize(n, 1) <= g);
      }
  });
});

const team = fc.record({
  model: fc.constantFrom(...open),
  gpu: fc.constantFrom(...GPUS),
  cards: fc.constantFrom(2, 3, 4, 5, 6, 7, 12),
  perServer: fc.constantFrom(undefined, 1, 2, 4),
  contextTokens: fc.integer({ min: 1_000, max: 32_000 }),
});
type Team = typeof team extends fc.Arbitrary<infer T> ? T : never;

/** GB of weights at `precision` + the KV cache of the fewest sequences a service batches. */
function leastGb(s: Team, precision: "fp16" | "fp8" | "int8" | "int4"): number {
  const kv = kvRowFor(data, s.model, s.model.parameters!.totalB);
  const perToken = kv ? kvBytesPerToken(kv, precision, s.contextTokens) : 0;
  return (
    s.model.parameters!.totalB * bytesPerParam(data, precision).value +
    (perToken * s.contextTokens * SELF_HOST_DEFAULTS.minConcurrency) / 1e9
  );
}

function checked(s: Team) {
  const perServer = s.perServer !== undefined && s.perServer < s.cards ? s.perServer : undefined;
  const owned = { type: s.gpu, count: s.cards, ...(perServer !== undefined ? { perServer } : {}) };
  const fit = hardwareFit(catalog, s.model, {
    deployment: "on-prem",
    ownedGpus: owned,
    contextTokens: s.contextTokens,
  });
  const e = selfHostEstimate(
    s.model,
    volume(7.5e6, 2.5e6),
    {
      ownedGpuCount: s.cards,
      ownedGpuType: s.gpu,
      ...(perServer !== undefined ? { ownedGpusPerServer: perServer } : {}),
      onPremises: true,
      contextTokens: s.contextTokens,
    },
    data,
  );
  const gpu = resolveGpu(data, s.gpu)!;
  const usable = gpu.memoryGb * engineMemoryFraction(data).value;
  return { fit, e, group: largestGroup(s.cards, perServer), usable, perServer };
}

describe("owned cards: one replica on one group within one server", () => {
  it("a pick the fit check admits loads on the largest group at its precision; one it rules out does not load there even at 4-bit", () => {
    fc.assert(
      fc.property(team, (s) => {
        const { fit, group, usable } = checked(s);
        if (!fit) return;
        if (fit.fits) expect(replicaSize(leastGb(s, fit.precision), usable), fit.note).toBeLessThanOrEqual(group);
        else if (!/fine-tun/.test(fit.reason))
          expect(replicaSize(leastGb(s, "int4"), usable), fit.reason).toBeGreaterThan(group);
      }),
      { numRuns: 300 },
    );
  });

  it("the fit note, the costed replica and its precision agree: at most the largest group, at the note's precision", () => {
    fc.assert(
      fc.property(team, (s) => {
        const { fit, e, group } = checked(s);
        if (!fit?.fits || "unavailable" in e) return;
        expect(
          e.gpusPerReplica,
          `${s.model.id} on ${s.cards}× ${s.gpu} (servers of ${s.perServer})`,
        ).toBeLessThanOrEqual(group);
        expect(e.precision).toBe(fit.precision);
        expect(e.owned?.largestGroup).toBe(group);
      }),
      { numRuns: 200 },
    );
  });

  it("the memory said is the group's, and why it is fewer than the cards is said", () => {
    fc.assert(
      fc.property(team, (s) => {
        const { fit, group, perServer } = checked(s);
        if (!fit) return;
        const said = fit.fits ? fit.note : fit.reason;
        const gpu = resolveGpu(data, s.gpu)!;
        if (/fine-tun/.test(said) && !fit.fits) return;
        expect(said).toContain(`${group * gpu.memoryGb} GB`);
        if (group < s.cards)
          expect(said).toMatch(
            perServer !== undefined && group === largestGroup(perServer)
              ? new RegExp(`one server's ${group}× .*within one of your ${perServer}-GPU servers`)
              : new RegExp(`${group} of your ${s.cards}× .*1, 2, 4 or 8 GPUs`),
          );
      }),
      { numRuns: 200 },
    );
  });
});
