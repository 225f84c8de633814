import { describe, expect, it } from "vitest";
import { breakEvenHandler } from "../../../src/answers/break-even.js";
import { selfHostCostHandler } from "../../../src/answers/self-host-cost.js";
import type { TurnContext } from "../../../src/conversation/handler.js";
import { newSession, type Session } from "../../../src/conversation/session.js";
import type { Intent } from "../../../src/intents/types.js";
import type { Block, OutboundMessage } from "../../../src/ports.js";
import { fixtureCatalog, gpt4o, llama33_70b, offering, volume } from "./fixtures.js";

// Answer data is loosely typed (AnswerData); the tests read nested fields directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const now = new Date("2026-11-29T10:00:00Z");
const catalog = fixtureCatalog();

function ctx(session: Session): TurnContext {
  return {
    catalog,
    now,
    session,
    inbound: {
      ref: { platform: "console", channel: "test" },
      user: { id: "u" },
      text: "",
      messageId: "m",
      receivedAt: now,
    },
  };
}

type CostIntent = Extract<Intent, { kind: "cost" }>;
const costIntent = (over: Partial<CostIntent>): CostIntent => ({
  kind: "cost",
  modelIds: ["llama-3.3-70b"],
  volume: volume(300e6, 100e6),
  selfHost: true,
  assumptionEdits: {},
  ...over,
});
const only = (out: { replies: OutboundMessage[] }): OutboundMessage => {
  expect(out.replies).toHaveLength(1);
  return out.replies[0]!;
};
const kinds = (m: OutboundMessage): Block["kind"][] => m.blocks.map((b) => b.kind);

describe("selfHostCostHandler", () => {
  it("shows the estimate (on H100s, as asked), the API cost at the same volume, assumptions and dated sources", () => {
    const reply = only(selfHostCostHandler(costIntent({ assumptionEdits: { gpu: "H100" } }), ctx(newSession(now))));
    const data = reply.data as Loose;
    expect(data.intent).toBe("cost");
    expect(data.models).toEqual([{ id: "llama-3.3-70b", name: "Llama 3.3 70B" }]);
    expect(data.selfHost).toMatchObject({
      gpus: 4,
      replicas: 2,
      replicasForPeak: 1,
      nodes: 1,
      gpuType: "H100-SXM-80GB",
      precision: "fp8",
      usdPerGpuHour: 3.99,
      priceDataBasis: "verified",
      opsMonthlyUsd: expect.closeTo(2250, 6),
    });
    // See self-host.test.ts: 4 × $3.99 × 730 + $2,250 (0.15 FTE for 4 GPUs on one node).
    expect(data.selfHost.monthlyUsdAlwaysOn).toBeCloseTo(13900.8, 6);
    expect(data.selfHost.memoryGb).toBeCloseTo(75.37, 2); // 70 GB + the KV cache of the load's 8 sequences
    // DeepInfra at $0.23/$0.40: 300 × 0.23 + 100 × 0.40 = 69 + 40 = $109 a month.
    expect(data.api.compared).toMatchObject({ provider: "deepinfra" });
    expect(data.api.compared.totalUsd).toBeCloseTo(109, 9);
    expect(data.breakEven.kind).toBe("never");
    expect(data.assumptions.length).toBeGreaterThan(8);
    expect(kinds(reply)).toEqual(expect.arrayContaining(["heading", "fields", "table", "choices", "sources"]));
    const src = reply.blocks.find((b) => b.kind === "sources");
    expect(src?.kind === "sources" && src.items.every((i) => /^\d{4}-\d{2}/.test(i.asOf))).toBe(true);
    expect(reply.fallbackText).toMatch(/OUR assumption, not sourced/);
    expect(reply.fallbackText).toMatch(/No break-even/);
  });

  it("keeps assumption edits across turns: $2.10/h, then int4", () => {
    const first = selfHostCostHandler(
      costIntent({ assumptionEdits: { gpu: "H100", gpuHourlyUsd: 2.1 } }),
      ctx(newSession(now)),
    );
    expect(first.session?.assumptions).toEqual({ gpu: "H100", gpuHourlyUsd: 2.1 });
    const second = selfHostCostHandler(costIntent({ assumptionEdits: { precision: "int4" } }), ctx(first.session!));
    const data = only(second).data as Loose;
    expect(second.session?.assumptions).toEqual({ gpu: "H100", gpuHourlyUsd: 2.1, precision: "int4" });
    expect(data.selfHost).toMatchObject({ usdPerGpuHour: 2.1, precision: "int4", priceBasis: "user" });
    // INT4 holds the 35 GB of weights + 10.7 GB of KV (8 sequences) on one H100: 2 GPUs (1 + a spare
    // replica) × $2.10 × 730 = $3,066 + ops (0.05 + 2 GPUs × 0.025 = 0.1 FTE) $1,500.
    expect(data.selfHost.monthlyUsdAlwaysOn).toBeCloseTo(4566, 6);
  });

  it("says a closed model cannot be self-hosted, and gives its API cost", () => {
    const reply = only(selfHostCostHandler(costIntent({ modelIds: ["gpt-4o"] }), ctx(newSession(now))));
    const data = reply.data as Loose;
    expect(data.selfHost.unavailable).toMatch(/weights are not published/);
    expect(reply.fallbackText).toMatch(/weights are not published/);
    expect(reply.fallbackText).toMatch(/Through an API/);
  });

  it("asks for a model when none was named", () => {
    const reply = only(selfHostCostHandler(costIntent({ modelIds: [] }), ctx(newSession(now))));
    expect(reply.fallbackText).toMatch(/Which open model/);
  });
});

describe("breakEvenHandler", () => {
  type BE = Extract<Intent, { kind: "break-even" }>;
  const beIntent = (over: Partial<BE>): BE => ({
    kind: "break-even",
    modelIds: ["llama-3.3-70b", "gpt-4o"],
    volume: null,
    assumptionEdits: {},
    ...over,
  });

  it("self-hosting an open model vs a named closed model: number and chart", () => {
    const reply = only(breakEvenHandler(beIntent({}), ctx(newSession(now))));
    const data = reply.data as Loose;
    expect(data.intent).toBe("break-even");
    expect(data.api).toMatchObject({ modelId: "gpt-4o", provider: "openai" });
    // Sized on the GPU that breaks even first (as 'self-host' would quote at that volume): one H200
    // holds a replica, so 2 GPUs with the spare: 2 × $4.59 × 730 h + $1,500 ops (0.1 FTE for 2
    // GPUs) = $8,201.40 a month, ÷ $4.375 per 1M = 1,874,605,714.3 tokens (on H100s it would be 3.18B).
    expect(data.breakEven.kind).toBe("at");
    expect(data.breakEven.tokensPerMonth).toBeCloseTo(1_874_605_714.3, 0);
    expect(data.selfHost).toMatchObject({ gpuType: "H200-SXM-141GB", gpus: 2, gpusPerReplica: 1, replicas: 2 });
    const chart = reply.blocks.find((b) => b.kind === "chart");
    expect(chart?.kind === "chart" && chart.series?.length).toBe(2);
    expect(reply.fallbackText).toMatch(/1\.87B tokens a month/);
    expect(kinds(reply)).toContain("sources");
  });

  it("against the open model's own cheapest host: says plainly there is no break-even", () => {
    const reply = only(breakEvenHandler(beIntent({ modelIds: ["llama-3.3-70b"] }), ctx(newSession(now))));
    const data = reply.data as Loose;
    expect(data.api).toMatchObject({ modelId: "llama-3.3-70b", provider: "deepinfra" });
    expect(data.breakEven.kind).toBe("never");
    expect(data.breakEven.tokensPerMonth).toBeNull();
    expect(reply.fallbackText).toMatch(/No break-even/);
  });

  it("uses the stated mix and session assumptions", () => {
    const session = { ...newSession(now), assumptions: { gpuHourlyUsd: 2.1, opsStaffFte: 0 } };
    const out = breakEvenHandler(beIntent({ volume: volume(500e6, 500e6) }), ctx(session));
    const data = only(out).data as Loose;
    // 1:1 GPT-4o: 0.5 × 2.50 + 0.5 × 10 = $6.25 per 1M; floor 4 × 2.10 × 730 = $6,132.
    // V = 6,132 / 6.25 × 1e6 = 981,120,000 tokens.
    expect(data.breakEven.inputShare).toBe(0.5);
    expect(data.breakEven.tokensPerMonth).toBeCloseTo(981_120_000, 0);
    expect(out.session?.assumptions).toEqual({ gpuHourlyUsd: 2.1, opsStaffFte: 0 });
  });

  it("with only a closed model, explains there is nothing to self-host", () => {
    const reply = only(breakEvenHandler(beIntent({ modelIds: ["gpt-4o"] }), ctx(newSession(now))));
    expect(reply.fallbackText).toMatch(/no published weights/);
  });

  it("fixture sanity: prices used above", () => {
    expect(gpt4o.offerings[0]).toMatchObject(
      offering("openai", 2.5, 10, { firstParty: true, cachedInputPerMTok: 1.25 }),
    );
    expect(llama33_70b.offerings[0]?.provider).toBe("deepinfra");
  });
});

describe("follow-ups re-run the last self-hosting answer", () => {
  it("a bare edit after a break-even answer gives a break-even with the edit", () => {
    const first = breakEvenHandler(
      { kind: "break-even", modelIds: ["llama-3.3-70b", "gpt-4o"], volume: null, assumptionEdits: {} },
      ctx(newSession(now)),
    );
    expect(first.session?.costView).toMatchObject({ kind: "break-even", modelIds: ["llama-3.3-70b", "gpt-4o"] });
    const second = selfHostCostHandler(
      costIntent({ modelIds: [], volume: null, assumptionEdits: { opsStaffFte: 0 } }),
      ctx(first.session!),
    );
    const data = only(second).data as Loose;
    expect(data.intent).toBe("break-even");
    // Floor without ops: 2 H200s × $4.59 × 730 h = $6,701.40 / $4.375 per 1M = 1,531,748,571.4 tokens.
    expect(data.breakEven.tokensPerMonth).toBeCloseTo(1_531_748_571.4, 0);
  });

  it("a bare edit after a self-host answer keeps the models and the volume", () => {
    const first = selfHostCostHandler(costIntent({ volume: volume(1.5e9, 0.5e9) }), ctx(newSession(now)));
    const second = selfHostCostHandler(
      costIntent({ modelIds: [], volume: null, assumptionEdits: { precision: "int4" } }),
      ctx(first.session!),
    );
    const data = only(second).data as Loose;
    expect(data.models).toEqual([{ id: "llama-3.3-70b", name: "Llama 3.3 70B" }]);
    expect(data.volume).toMatchObject({ inputTokensPerMonth: 1.5e9, outputTokensPerMonth: 0.5e9, assumed: false });
    expect(data.selfHost.precision).toBe("int4");
  });

  it("break-even naming only a closed model self-hosts the open model under discussion", () => {
    const session = { ...newSession(now), focus: ["llama-3.3-70b"] };
    const out = breakEvenHandler(
      { kind: "break-even", modelIds: ["gpt-4o"], volume: null, assumptionEdits: {} },
      ctx(session),
    );
    const data = only(out).data as Loose;
    expect(data.selfHost.modelId).toBe("llama-3.3-70b");
    expect(data.api.modelId).toBe("gpt-4o");
  });
});
