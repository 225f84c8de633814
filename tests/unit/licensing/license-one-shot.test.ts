// One-shot licence questions through the whole core (understand -> router -> license handler)
// on the real catalogue: the verdicts the issue asks for, as a user would type them.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../../src/advisor.js";
import type { Session } from "../../../src/conversation/session.js";
import { newSession } from "../../../src/conversation/session.js";
import type { OutboundMessage } from "../../../src/ports.js";

const catalog = readCatalog();
const now = new Date("2026-11-29T10:00:00Z");
const advisor = createAdvisor({ catalog, now: () => now });

interface Verdicts {
  intent: string;
  verdicts: { modelId: string; verdict: string; unverified: boolean }[];
}

function conversation() {
  let session: Session = newSession(now);
  let n = 0;
  return (text: string): OutboundMessage & { data: Verdicts } => {
    const result = advisor.handleTurn(session, {
      ref: { platform: "console", channel: "c" },
      user: { id: "u" },
      text,
      messageId: `m${n++}`,
      receivedAt: now,
    });
    session = result.session;
    const reply = result.replies[result.replies.length - 1]!;
    return reply as OutboundMessage & { data: Verdicts };
  };
}

const verdictOf = (reply: { data: Verdicts }, id: string) => reply.data.verdicts.find((v) => v.modelId === id)?.verdict;

describe("one-shot licence questions", () => {
  it("can we use Llama 3.1 in an app with 800M monthly users? -> blocked", () => {
    const reply = conversation()("can we use Llama 3.1 in an app with 800M monthly users?");
    expect(reply.data.intent).toBe("license");
    expect(verdictOf(reply, "llama-3.1-70b")).toBe("blocked");
    expect(reply.fallbackText).toMatch(/700 million monthly active users/);
  });

  it("can we train our model on Claude's outputs? -> blocked", () => {
    const reply = conversation()("can we train our model on Claude's outputs?");
    expect(reply.data.verdicts.length).toBeGreaterThan(0);
    expect(reply.data.verdicts.every((v) => v.verdict === "blocked")).toBe(true);
    expect(reply.fallbackText).toMatch(/train competing AI models/);
  });

  it("outputs used to fine-tune OUR model: only the outputs term decides, not fine-tuning Claude", () => {
    const reply = conversation()("can we use claude's outputs to fine-tune our own small model later?");
    expect(reply.data.verdicts.length).toBeGreaterThan(0);
    expect(reply.data.verdicts.every((v) => v.verdict === "blocked")).toBe(true);
    expect(reply.fallbackText).toMatch(/Training your model on Claude's outputs/);
    expect(reply.fallbackText).not.toMatch(/Fine-tuning Claude/);
  });

  it("a lab name with a size word stays in the lab: 'mistral large' judges the Mistral Large versions only", () => {
    const reply = conversation()("is mistral large ok for commercial use in our firm?");
    const ids = reply.data.verdicts.map((v) => v.modelId);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(catalog.modelById.get(id)!.name).toMatch(/^Mistral Large\b/);
    // Research-licensed versions are blocked for a firm's use; the Apache one is allowed.
    expect(verdictOf(reply, "mistral-large-2")).toBe("blocked");
    expect(verdictOf(reply, "mistral-large-3")).toBe("allowed");
    expect(reply.fallbackText).not.toMatch(/separately/);
  });

  it("can we self-host GPT-4? -> blocked", () => {
    const reply = conversation()("can we self-host GPT-4?");
    expect(verdictOf(reply, "gpt-4")).toBe("blocked");
  });

  it("may we fine-tune it? uses the model under discussion", () => {
    const ask = conversation();
    ask("tell me about Mistral 7B");
    const reply = ask("may we fine-tune it?");
    expect(verdictOf(reply, "mistral-7b")).toBe("allowed");
  });

  it("Llama 3 outputs are blocked, Llama 3.1 outputs conditional", () => {
    expect(verdictOf(conversation()("can we use Llama 3 outputs to train our own model?"), "llama-3-70b")).toBe(
      "blocked",
    );
    expect(verdictOf(conversation()("can we use Llama 3.1 outputs to train our own model?"), "llama-3.1-70b")).toBe(
      "conditional",
    );
  });

  it("Qwen2.5 72B with 150M users is blocked; a German company and Llama 3.2 11B Vision is blocked", () => {
    expect(verdictOf(conversation()("can we use Qwen2.5 72B with 150M monthly users?"), "qwen2.5-72b")).toBe("blocked");
    expect(
      verdictOf(conversation()("can a company in Germany use Llama 3.2 11B Vision?"), "llama-3.2-11b-vision"),
    ).toBe("blocked");
  });

  it("which open models can we fine-tune and use with 1B monthly users? lists them with verdicts", () => {
    const reply = conversation()("which open models can we fine-tune and use with 1B monthly users?");
    expect(reply.data.intent).toBe("license");
    expect(verdictOf(reply, "mistral-7b")).toBe("allowed");
    expect(reply.data.verdicts.some((v) => v.verdict === "blocked")).toBe(true);
    expect(reply.data.verdicts.map((v) => v.modelId)).not.toContain("gpt-4");
  });
});
