// A replica serves as many sequences as its KV memory left after the weights holds (within an
// engine's batch limit and each stream's rate), not a fixed 32; the KV cache is read from the
// model's own attention shape (model.kvCache) where the catalogue has it, windowed layers holding
// only their window; and a mixture-of-experts model's cost per extra token follows the batch a
// full replica runs. Models are picked from the catalogue by property, not by name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { breakEvenAtLoad } from "../../../src/costs/break-even-load.js";
import { selfHostEstimate } from "../../../src/costs/self-host.js";
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { kvBytesPerToken, kvRowFor } from "../../../src/costs/selfhost-data.js";
import { kvRoomSequences, servingConcurrency } from "../../../src/costs/sizing.js";
import { volume } from "./fixtures.js";

const catalog = readCatalog();
const data = catalog.selfhost;

describe("servingConcurrency", () => {
  const inputs = fc.record({
    need: fc.integer({ min: 1, max: 4096 }),
    floor: fc.integer({ min: 1, max: 32 }),
    room: fc.integer({ min: 32, max: 2000 }),
    weightsMs: fc.double({ min: 1, max: 80, noNaN: true }),
    perSeqMs: fc.double({ min: 0.001, max: 2, noNaN: true }),
  });
  it("never more than the load, the memory or the engine holds; a stream's rate bounds it above the floor", () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const stepMsAt = (c: number) => x.weightsMs + x.perSeqMs * c;
        const r = servingConcurrency({ ...x, engineMax: 256, stepMsAt, streamTokensPerSec: 20 });
        const floor = Math.min(x.floor, x.need);
        expect(r.concurrency).toBeGreaterThanOrEqual(floor);
        expect(r.concurrency).toBeLessThanOrEqual(Math.max(floor, Math.min(x.need, x.room, 256)));
        // Above the floor each sequence still gets a token every 50 ms (20 tokens/s).
        if (r.concurrency > floor) expect(stepMsAt(r.concurrency)).toBeLessThanOrEqual(50 + 1e-9);
        // More load never serves fewer sequences on the same replica.
        const more = servingConcurrency({ ...x, need: x.need * 2, engineMax: 256, stepMsAt, streamTokensPerSec: 20 });
        expect(more.concurrency).toBeGreaterThanOrEqual(r.concurrency);
      }),
      { numRuns: 300 },
    );
  });

  it("names what bound it", () => {
    const flat = () => 10;
    const base = { floor: 32, engineMax: 256, stepMsAt: flat, streamTokensPerSec: 20 };
    expect(servingConcurrency({ ...base, need: 16, room: 100 })).toEqual({ concurrency: 16, bound: "load" });
    expect(servingConcurrency({ ...base, need: 512, room: 100 })).toEqual({ concurrency: 100, bound: "memory" });
    expect(servingConcurrency({ ...base, need: 512, room: 1000 })).toEqual({ concurrency: 256, bound: "engine" });
    const slow = (c: number) => 40 + c * 0.1; // 50 ms at 100 sequences
    expect(servingConcurrency({ ...base, stepMsAt: slow, need: 512, room: 1000 })).toEqual({
      concurrency: 100,
      bound: "stream",
    });
  });

  it("the room is the memory left after the weights, in whole sequences", () => {
    // (144 − 70) GB ÷ (163,840 B × 4,096 tokens) = 110.3 → 110.
    expect(kvRoomSequences(144, 70, 163_840, 4_096)).toBe(110);
    expect(kvRoomSequences(60, 70, 163_840, 4_096)).toBe(0);
    expect(kvRoomSequences(60, 10, 0, 4_096)).toBe(Infinity);
  });
});

describe("KV cache from the model's own attention shape", () => {
  const withShape = catalog.models.filter((m) => m.kvCache && m.openWeights);

  it("every model with a kvCache is sized from it, not from a stand-in", () => {
    expect(withShape.length).toBeGreaterThan(5);
    for (const m of withShape) {
      const kv = kvRowFor(data, m, m.parameters?.totalB ?? 1);
      expect(kv?.estimated, m.id).toBe(false);
      expect(kv?.bytesPerTokenBf16, m.id).toBe(m.kvCache!.bytesPerTokenBf16);
      expect(kv?.source?.source, m.id).toBe(m.kvCache!.sourceUrl);
    }
  });

  it("windowed layers hold only their window: the average per token falls as the context grows past it", () => {
    const windowed = withShape.filter((m) => m.kvCache!.slidingWindow);
    expect(windowed.length).toBeGreaterThan(0);
    for (const m of windowed) {
      const kv = kvRowFor(data, m, m.parameters?.totalB ?? 1)!;
      const w = m.kvCache!.slidingWindow!;
      const full = m.kvCache!.bytesPerTokenBf16;
      expect(kvBytesPerToken(kv, "fp16", w.tokens)).toBe(full);
      expect(kvBytesPerToken(kv, "fp8", w.tokens)).toBe(full / 2);
      const long = 8 * w.tokens;
      // Full layers keep every token; windowed ones (with their own heads and head size, where the
      // config gives them) keep w.tokens of the 8 × w.tokens.
      const { kvHeads, headDim } = m.kvCache!;
      const windowedBytes = 2 * w.layers * (w.kvHeads ?? kvHeads!) * (w.headDim ?? headDim!) * 2;
      const expected = full - windowedBytes + windowedBytes / 8;
      expect(kvBytesPerToken(kv, "fp16", long)).toBeCloseTo(expected, 6);
      expect(kvBytesPerToken(kv, "fp16", long * 2)).toBeLessThan(kvBytesPerToken(kv, "fp16", long));
    }
  });
});

describe("a large load fills each replica's KV memory before adding replicas", () => {
  const open = catalog.models.filter((m) => m.openWeights && m.parameters && m.kvCache);
  it("beyond 32 in flight, a replica serves up to what its memory left holds (said in the answer)", () => {
    let checked = 0;
    for (const m of open) {
      const e = selfHostEstimate(m, volume(60e9, 20e9), { gpu: "H100" }, data);
      if ("unavailable" in e) continue;
      checked++;
      const room = e.memory.roomSequences!;
      expect(e.memory.concurrency, m.id).toBeLessThanOrEqual(Math.max(room, SELF_HOST_DEFAULTS.concurrency));
      expect(e.memory.needGb, m.id).toBeLessThanOrEqual(e.gpusPerReplica * e.memory.usableGbPerGpu + 1e-6);
      if (e.memory.concurrencyBound === "memory") {
        expect(e.memory.concurrency, m.id).toBe(room);
        const said = e.assumptions.find((a) => a.key === "concurrency")?.value ?? "";
        expect(said).toContain(`holds ${room.toLocaleString("en-US")} sequences`);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("a mixture-of-experts model costs less per extra token than a dense model of its total size", () => {
    // The cost per extra 1M tokens once self-hosting grows past a replica (full batches), on the
    // same GPU and price, against a dense model at least as large as the MoE's total.
    const moe = catalog.models.filter(
      (m) =>
        m.openWeights &&
        m.parameters?.activeB &&
        m.parameters.activeB * 10 < m.parameters.totalB &&
        m.parameters.totalB < 150,
    );
    expect(moe.length).toBeGreaterThan(0);
    const api = { inputPerMTok: 0.25, outputPerMTok: 2 };
    const marginal = (m: (typeof catalog.models)[number]) => {
      const r = breakEvenAtLoad(m, 3, { gpu: "H200" }, data, api, 0.75);
      if ("unavailable" in r) throw new Error(r.unavailable);
      return r.result.common.selfHostMarginalUsdPerMTok;
    };
    for (const m of moe) {
      const dense = catalog.models.find(
        (d) =>
          d.openWeights &&
          d.parameters &&
          d.parameters.activeB === d.parameters.totalB &&
          d.parameters.totalB >= m.parameters!.totalB * 0.6 &&
          d.parameters.totalB <= m.parameters!.totalB,
      );
      if (!dense) continue;
      expect(marginal(m), `${m.id} vs ${dense.id}`).toBeLessThan(marginal(dense));
    }
  });
});
