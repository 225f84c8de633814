// The router's own decisions (clicks, replies to a pending question, flows, bookkeeping) with the
// real handlers and a fixture catalogue. understand() belongs to another module, so these tests
// give the router a small table of intents instead and assert what the router does with them.
import { describe, expect, it } from "vitest";
import type { Intent } from "../../../src/intents/types.js";
import { handlers } from "../../../src/answers/handlers.js";
import { createRouter, type FlowInterpreter } from "../../../src/conversation/router.js";
import { MAX_UNDERSTOOD_CHARS } from "../../../src/intents/numbers.js";
import { newSession, type Session } from "../../../src/conversation/session.js";
import type { InboundMessage } from "../../../src/ports.js";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";

const catalog = miniCatalog();
const now = new Date("2026-11-29T10:00:00Z");

function inbound(text: string, action?: string): InboundMessage {
  return {
    ref: { platform: "console", channel: "t" },
    user: { id: "u" },
    text,
    messageId: "m",
    receivedAt: now,
    ...(action ? { action: { id: action } } : {}),
  };
}

function routerWith(table: Record<string, Intent>, flow?: FlowInterpreter) {
  const seen: string[] = [];
  const router = createRouter({
    catalog,
    handlers,
    understand: (text) => {
      seen.push(text);
      return table[text] ?? { kind: "unclear", text };
    },
    interpretFlowInput: flow ?? null,
  });
  return { router, seen };
}

const clarifyLlama3: Intent = {
  kind: "clarify-model",
  query: "llama 3",
  candidates: ["llama-3-8b", "llama-3-70b"],
  pending: { kind: "price", modelIds: ["?"] },
};

describe("router", () => {
  it("asks which model, then answers the pending question from a number reply", () => {
    const { router } = routerWith({ "price of llama 3": clarifyLlama3 });
    const first = router.route(newSession(now), inbound("price of llama 3"), now);
    expect(first.replies[0]?.data?.intent).toBe("clarify-model");
    expect(first.session.pending?.candidates).toEqual(["llama-3-8b", "llama-3-70b"]);
    const second = router.route(first.session, inbound("2"), now);
    expect(second.replies[0]?.data?.intent).toBe("price");
    expect(second.replies[0]?.data?.models).toEqual([{ id: "llama-3-70b", name: "Llama 3 70B" }]);
    expect(second.session.pending).toBeNull();
  });

  it("accepts ordinals, names and pick: clicks for the pending question", () => {
    const { router } = routerWith({ "price of llama 3": clarifyLlama3 });
    const asked = router.route(newSession(now), inbound("price of llama 3"), now).session;
    expect(router.route(asked, inbound("the first one"), now).replies[0]?.data?.models).toEqual([
      { id: "llama-3-8b", name: "Llama 3 8B" },
    ]);
    expect(router.route(asked, inbound("Llama 3 70B"), now).replies[0]?.data?.models).toEqual([
      { id: "llama-3-70b", name: "Llama 3 70B" },
    ]);
    expect(router.route(asked, inbound("Llama 3 70B (Meta)", "pick:llama-3-70b"), now).replies[0]?.data?.intent).toBe(
      "price",
    );
  });

  it("accepts a short reply with a typo or a partial name for the pending question", () => {
    const { router } = routerWith({ "price of llama 3": clarifyLlama3 });
    const asked = router.route(newSession(now), inbound("price of llama 3"), now).session;
    expect(router.route(asked, inbound("the 70 b"), now).replies[0]?.data?.models).toEqual([
      { id: "llama-3-70b", name: "Llama 3 70B" },
    ]);
    expect(router.route(asked, inbound("lama 3 8b"), now).replies[0]?.data?.models).toEqual([
      { id: "llama-3-8b", name: "Llama 3 8B" },
    ]);
  });

  it("drops a pending question the user moved on from", () => {
    const { router } = routerWith({ "price of llama 3": clarifyLlama3, help: { kind: "help" } });
    const asked = router.route(newSession(now), inbound("price of llama 3"), now).session;
    const moved = router.route(asked, inbound("help"), now);
    expect(moved.replies[0]?.data?.intent).toBe("help");
    expect(moved.session.pending).toBeNull();
  });

  it("answers a stale pick: button with that model's facts", () => {
    const { router } = routerWith({});
    const out = router.route(newSession(now), inbound("GPT-4o", "pick:gpt-4o"), now);
    expect(out.replies[0]?.data?.intent).toBe("model-info");
    expect(router.route(newSession(now), inbound("x", "pick:no-such-model"), now).replies[0]?.data?.intent).toBe(
      "unknown-model",
    );
  });

  it("decodes ask: clicks as typed text", () => {
    const { router, seen } = routerWith({ "price of gpt-4o": { kind: "price", modelIds: ["gpt-4o"] } });
    const out = router.route(newSession(now), inbound("price of GPT-4o", "ask:price_of_gpt-4o"), now);
    expect(seen).toEqual(["price of gpt-4o"]);
    expect(out.replies[0]?.data?.intent).toBe("price");
  });

  it("prefers the full label of an ask: choice whose id was shortened", () => {
    const long =
      "compare GPT-4o, Claude Sonnet 4.5, Llama 3.1 70B and DeepSeek-V3 at 10M input and 2M output tokens a month";
    const { router, seen } = routerWith({});
    const id = `ask:${long.replace(/ /g, "_")}`.slice(0, 90);
    router.route(newSession(now), inbound(long, id), now);
    router.route(newSession(now), inbound("something else", id), now);
    expect(seen[0]).toBe(long);
    expect(seen[1]).toBe(long.slice(0, 86));
  });

  it("never sends empty, whitespace or control-only text to understand()", () => {
    const { router, seen } = routerWith({});
    for (const text of ["", "   \t ", "\u0000\u0007\u001b[0m"]) {
      const out = router.route(newSession(now), inbound(text), now);
      expect(out.replies[0]?.data?.intent).toBe("unclear");
    }
    expect(seen).toEqual([]);
  });

  it("cleans and bounds the text given to understand()", () => {
    const { router, seen } = routerWith({});
    router.route(newSession(now), inbound(`gpt\u0000-4o\u0007 \u001b[31mprice\r`), now);
    router.route(newSession(now), inbound("x".repeat(10_000)), now);
    expect(seen[0]).toBe("gpt-4o price");
    expect(seen[1]?.length).toBe(MAX_UNDERSTOOD_CHARS);
  });

  it("gives flow: clicks and typed text in an active flow to the flow interpreter first", () => {
    const calls: string[] = [];
    const flow: FlowInterpreter = (msg) => {
      calls.push(msg.action?.id ?? msg.text);
      return msg.text === "what's up" ? null : { kind: "flow-control", command: "skip" };
    };
    const { router, seen } = routerWith({ "what's up": { kind: "help" } }, flow);
    const inFlow: Session = {
      ...newSession(now),
      flow: { id: "recommend", step: "useCase", history: [], skipped: [] },
    };
    expect(router.route(inFlow, inbound("Coding", "flow:useCase:coding"), now).replies[0]?.data?.intent).toBe(
      "flow-control",
    );
    expect(router.route(inFlow, inbound("skip"), now).replies[0]?.data?.intent).toBe("flow-control");
    expect(router.route(inFlow, inbound("what's up"), now).replies[0]?.data?.intent).toBe("help");
    expect(calls).toEqual(["flow:useCase:coding", "skip", "what's up"]);
    expect(seen).toEqual(["what's up"]);
    // Without an active flow, typed text skips the interpreter.
    router.route(newSession(now), inbound("what's up"), now);
    expect(calls).toHaveLength(3);
  });

  it("keeps focus, the last list, the turn count and the time", () => {
    const { router } = routerWith({
      compare: { kind: "compare", modelIds: ["gpt-4o", "llama-3.1-70b", "deepseek-v3"], volume: null },
    });
    const out = router.route(newSession(new Date("2026-01-01")), inbound("compare"), now);
    expect(out.session.focus).toEqual(["gpt-4o", "llama-3.1-70b", "deepseek-v3"]);
    expect(out.session.lastList).toEqual(["gpt-4o", "llama-3.1-70b", "deepseek-v3"]);
    expect(out.session.turns).toBe(1);
    expect(out.session.updatedAt).toBe(now.toISOString());
  });

  it("remembers the last factual question, as dispatched, for 'what about X?'", () => {
    const { router } = routerWith({ "price of llama 3": clarifyLlama3, help: { kind: "help" } });
    const asked = router.route(newSession(now), inbound("price of llama 3"), now).session;
    const answered = router.route(asked, inbound("2"), now).session;
    expect(answered.lastIntent).toEqual({ kind: "price", modelIds: ["llama-3-70b"] });
    expect(router.route(answered, inbound("help"), now).session.lastIntent).toEqual({
      kind: "price",
      modelIds: ["llama-3-70b"],
    });
  });

  it("reset forgets everything", () => {
    const { router } = routerWith({ reset: { kind: "reset" } });
    const busy: Session = {
      ...newSession(now),
      focus: ["gpt-4o"],
      lastList: ["gpt-4o"],
      assumptions: { gpu: "H100" },
      turns: 7,
    };
    const out = router.route(busy, inbound("reset"), now);
    expect(out.session.focus).toEqual([]);
    expect(out.session.assumptions).toEqual({});
    expect(out.replies[0]?.data?.intent).toBe("reset");
  });

  it("asks again for the second of two unclear names, then runs the question with both picks", () => {
    const nested: Intent = {
      kind: "clarify-model",
      query: "llama 3",
      candidates: ["llama-3-8b", "llama-3-70b"],
      pending: {
        kind: "clarify-model",
        query: "llama 3.1",
        candidates: ["llama-3.1-8b", "llama-3.1-70b"],
        pending: { kind: "compare", modelIds: ["?", "?"], volume: null },
      },
    };
    const { router } = routerWith({ "compare llama 3 and llama 3.1": nested });
    const first = router.route(newSession(now), inbound("compare llama 3 and llama 3.1"), now);
    const second = router.route(first.session, inbound("2"), now);
    expect(second.replies[0]?.data?.intent).toBe("clarify-model");
    const third = router.route(second.session, inbound("2"), now);
    expect(third.replies[0]?.data).toMatchObject({ intent: "compare", list: ["llama-3-70b", "llama-3.1-70b"] });
  });
});
