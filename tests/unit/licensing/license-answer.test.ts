// The license intent's answers on the fixture catalogue: verdict heading, reasons, duties, quoted
// clauses with source and checked date, "unverified", topic answers and the open-models list.
import { describe, expect, it } from "vitest";
import { licenseHandler } from "../../../src/answers/license.js";
import type { TurnContext } from "../../../src/conversation/handler.js";
import { newSession } from "../../../src/conversation/session.js";
import type { Intent, LicenseTopic } from "../../../src/intents/types.js";
import type { TeamFacts } from "../../../src/licensing/facts.js";
import type { Block, OutboundMessage } from "../../../src/ports.js";
import { fixtureCatalog } from "../../fixtures/licenses/fixtures.js";

const catalog = fixtureCatalog();
const now = new Date("2026-11-29T10:00:00Z");

function ask(
  modelIds: string[],
  facts: TeamFacts,
  topic: LicenseTopic | null = null,
  openOnly = false,
  focus: string[] = [],
): OutboundMessage {
  const session = { ...newSession(now), focus };
  const ctx: TurnContext = {
    catalog,
    now,
    session,
    inbound: {
      ref: { platform: "console", channel: "t" },
      user: { id: "u" },
      text: "",
      messageId: "m",
      receivedAt: now,
    },
  };
  const intent: Extract<Intent, { kind: "license" }> = { kind: "license", modelIds, facts, topic, openOnly };
  const out = licenseHandler(intent, ctx);
  expect(out.replies).toHaveLength(1);
  return out.replies[0]!;
}

const headings = (m: OutboundMessage) => m.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
const sourcesOf = (m: OutboundMessage) => m.blocks.flatMap((b: Block) => (b.kind === "sources" ? b.items : []));

describe("license answers", () => {
  it("answers 'Llama 3.1 with 800M monthly users' as blocked with the 700M clause and its source", () => {
    const reply = ask(["llama-3.1-70b"], { commercial: true, monthlyActiveUsers: 800_000_000 });
    expect(headings(reply)[0]).toBe("Blocked: Llama 3.1 70B");
    expect(reply.fallbackText).toMatch(/800M monthly active users is over/);
    expect(reply.fallbackText).toMatch(
      /"is greater than 700 million monthly active users.*" \(meta-llama\/llama-models models\/llama3_1\/LICENSE, checked 2026-08-22\)/,
    );
    expect(sourcesOf(reply).some((s) => s.url?.includes("llama3_1/LICENSE") && s.asOf === "2026-08-22")).toBe(true);
    expect(reply.data).toMatchObject({
      intent: "license",
      models: [{ id: "llama-3.1-70b", name: "Llama 3.1 70B" }],
      verdicts: [{ modelId: "llama-3.1-70b", licenseId: "llama-3.1", verdict: "blocked", unverified: false }],
      facts: { monthlyActiveUsers: 800_000_000 },
    });
  });

  it("answers a topic question with the implied fact: 'can we self-host GPT-4?' is blocked", () => {
    const reply = ask(["gpt-4"], {}, "self-hosting");
    expect(headings(reply)[0]).toBe("Blocked: GPT-4");
    expect(reply.fallbackText).toMatch(/weights/);
  });

  it("uses the focus model for 'may we fine-tune it?'", () => {
    const reply = ask([], { fineTune: true }, "fine-tuning", false, ["mistral-7b"]);
    expect(headings(reply)[0]).toBe("Allowed: Mistral 7B");
  });

  it("says unverified in the heading and sources for unverified licences", () => {
    const reply = ask(["mistral-large-3"], { commercial: true });
    expect(headings(reply)[0]).toMatch(/\(unverified\)$/);
    expect(sourcesOf(reply).every((s) => s.label.endsWith("(unverified)"))).toBe(true);
    expect(reply.data).toMatchObject({ verdicts: [{ unverified: true }] });
  });

  it("gives the terms for a topic question without facts (attribution duty?)", () => {
    const reply = ask(["llama-3.1-70b"], {}, "attribution");
    expect(headings(reply)[0]).toBe("Llama 3.1 70B: Llama 3.1 Community License Agreement");
    expect(reply.fallbackText).toMatch(/Built with Llama/);
    expect(reply.fallbackText).toMatch(/prominently display “Built with Llama”/);
    expect(reply.data).toMatchObject({ verdicts: [] });
  });

  it("shows sibling sizes under other licences (Qwen2.5 3B vs the Apache sizes and 72B)", () => {
    const reply = ask(["qwen2.5-3b"], { commercial: true });
    expect(headings(reply)[0]).toBe("Blocked: Qwen2.5 3B");
    expect(reply.fallbackText).toMatch(
      /Other Qwen2.5 models use different licences: .*7B.*Apache License 2.0.*Qwen2.5 72B: Qwen License Agreement/,
    );
  });

  it("lists open models with verdicts for 'fine-tune with 1B monthly users'", () => {
    const reply = ask([], { fineTune: true, monthlyActiveUsers: 1_000_000_000 }, null, true);
    expect(headings(reply)[0]).toBe("Open-weights models for 1B monthly active users, fine-tuning");
    expect(reply.fallbackText).toMatch(/Allowed \(\d+\)/);
    expect(reply.fallbackText).toMatch(/Blocked \(\d+\)/);
    expect(reply.fallbackText).toMatch(/Llama 3.1 70B.*1B monthly active users is over/);
    const data = reply.data as unknown as { list: string[]; verdicts: { modelIds: string[] }[] };
    expect(data.list.length).toBeGreaterThan(3);
    expect(data.list).not.toContain("gpt-4");
  });

  it("asks which model when none is named and nothing is known", () => {
    const reply = ask([], {});
    expect(reply.fallbackText).toMatch(/Which model/);
  });

  it("blocks Turing-NLG as not available and explains the Transformers library licence", () => {
    expect(headings(ask(["turing-nlg"], { commercial: true }))[0]).toBe("Blocked: Turing-NLG");
    expect(ask(["hf-transformers"], { commercial: true }).fallbackText).toMatch(/does not cover any model weights/);
  });

  it("never echoes a ping from a user-supplied field of use", () => {
    const reply = ask(["bloom"], { fieldOfUse: "<!channel> medical @everyone" });
    expect(reply.fallbackText).not.toMatch(/<!channel>/);
  });

  it("answers 'can we use it?' without facts with a verdict and the questions that would change it", () => {
    const reply = ask(["llama-3.1-70b"], {});
    expect(headings(reply)[0]).toBe("Allowed with conditions: Llama 3.1 70B");
    expect(reply.fallbackText).toMatch(/Would change the answer[\s\S]*monthly active users/);
    expect(headings(ask(["turing-nlg"], {}, "which-license"))[0]).toBe("Blocked: Turing-NLG");
  });
});
