// Self-hosting and break-even through the whole core (understand -> router -> handlers) with the
// real catalogue: the questions the issue names, and assumption edits kept across turns.
import { SELF_HOST_DEFAULTS } from "../../../src/costs/self-host-defaults.js";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../../src/advisor.js";
import { newSession, type Session } from "../../../src/conversation/session.js";
import type { OutboundMessage } from "../../../src/ports.js";

// Answer data is loosely typed (AnswerData); the tests read nested fields directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

const now = new Date("2026-11-29T10:00:00Z");
const advisor = createAdvisor({ catalog: readCatalog(), now: () => now });

function conversation() {
  let session: Session = newSession(now);
  let n = 0;
  return (text: string): { reply: OutboundMessage; data: Loose } => {
    const result = advisor.handleTurn(session, {
      ref: { platform: "console", channel: "costs" },
      user: { id: "u1" },
      text,
      messageId: `m${n++}`,
      receivedAt: now,
    });
    session = result.session;
    const reply = result.replies[result.replies.length - 1]!;
    return { reply, data: (reply.data ?? {}) as Loose };
  };
}

describe("self-hosting in conversation", () => {
  it("costs Llama 3.3 70B self-hosted, then keeps 'H100 at $2.10/h' when asked 'and int4?'", () => {
    const say = conversation();
    const first = say("what would it cost to self-host Llama 3.3 70B at 1B tokens a month?");
    expect(first.data.intent).toBe("cost");
    // No GPU named: the cheapest data-centre GPU that holds a replica at this volume, said as chosen.
    expect(SELF_HOST_DEFAULTS.gpuChoices.map((c) => c.key)).toContain(first.data.selfHost.gpuType);
    expect(first.reply.fallbackText).toMatch(/cheapest NVIDIA data-centre GPU/);
    expect(first.reply.fallbackText).toMatch(/OUR assumption, not sourced/);

    const second = say("assume H100 at $2.10/h");
    expect(second.data.intent).toBe("cost");
    expect(second.data.selfHost).toMatchObject({ usdPerGpuHour: 2.1, gpuType: "H100-SXM-80GB" });
    // Every GPU at $2.10 × 730 h, plus ops.
    const s = second.data.selfHost;
    expect(s.gpuMonthlyUsdAlwaysOn).toBeCloseTo(s.gpus * 2.1 * 730, 6);
    expect(s.monthlyUsdAlwaysOn).toBeCloseTo(s.gpus * 2.1 * 730 + s.opsMonthlyUsd, 6);

    const third = say("and int4?");
    expect(third.data.selfHost).toMatchObject({ usdPerGpuHour: 2.1, precision: "int4" });
    expect(third.data.models).toEqual([expect.objectContaining({ id: "llama-3.3-70b" })]);
  });

  it("break-even of self-hosted Llama 3.3 70B against GPT-4o, with a chart", () => {
    const say = conversation();
    const { reply, data } = say("at what monthly volume does self-hosting Llama 3.3 70B break even against GPT-4o?");
    expect(data.intent).toBe("break-even");
    expect(data.api.modelId).toBe("gpt-4o");
    expect(["at", "never"]).toContain(data.breakEven.kind);
    if (data.breakEven.kind === "at") expect(data.breakEven.tokensPerMonth).toBeGreaterThan(1e8);
    expect(reply.blocks.some((b) => b.kind === "chart")).toBe(true);
    expect(reply.blocks.some((b) => b.kind === "sources")).toBe(true);
  });

  it("a closed model cannot be self-hosted", () => {
    const say = conversation();
    const { reply } = say("self-host cost of GPT-4o at 100M tokens a month");
    expect(reply.fallbackText).toMatch(/weights are not published|cannot be self-hosted|no published weights/i);
  });
});
