// A small advisor for the platform-mechanics tests (signatures, retries, Slack's size limits),
// where the test needs a reply of a given shape on demand: 80 blocks, a 10k-character text, a
// chart, 150 options. What modelwise actually answers is tested with the real advisor elsewhere.
import type { Advisor } from "../../../src/advisor.js";
import type { Block, OutboundMessage } from "../../../src/ports.js";

export function fixtureAdvisor(): Advisor & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    handleTurn(session, inbound) {
      seen.push(inbound.action ? `click:${inbound.action.id}` : inbound.text);
      const text = inbound.text;
      const next = { ...session, turns: session.turns + 1, updatedAt: inbound.receivedAt.toISOString() };
      if (text === "start flow") next.flow = { id: "recommend", step: "use-case", history: [], skipped: [] };
      return { session: next, replies: [reply(text, inbound.action?.id)] };
    },
  };
}

function reply(text: string, actionId: string | undefined): OutboundMessage {
  const m = /^choices (\d+)$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const options = Array.from({ length: n }, (_, i) => ({
      id: `pick:model-${i}`,
      label: `Model number ${i} with a rather long descriptive label that goes past 75 chars`,
    }));
    return out([{ kind: "choices", prompt: "Which one?", options }], "choices");
  }
  if (text === "big")
    return out(
      Array.from({ length: 80 }, (_, i): Block => ({ kind: "text", markdown: `Paragraph ${i}: **bold** text.` })),
      "big",
    );
  if (text === "huge")
    return out(
      Array.from({ length: 400 }, (_, i): Block => ({
        kind: "text",
        markdown: `Paragraph ${i}: ${"words ".repeat(50)}`,
      })),
      "huge",
    );
  if (text === "long")
    return out(
      [{ kind: "text", markdown: Array.from({ length: 400 }, (_, i) => `line ${i} & <more> text here`).join("\n") }],
      "long",
    );
  if (text === "chart") {
    return out(
      [
        { kind: "heading", text: "Monthly cost" },
        {
          kind: "chart",
          title: "Monthly cost",
          unit: "USD",
          bars: [
            { label: "GPT-4o", value: 1250 },
            { label: "Llama 3.1 70B", value: 410 },
          ],
        },
        {
          kind: "sources",
          items: [{ label: "Price list", url: "https://example.com/prices?a=1&b=2", asOf: "2026-11-01" }],
        },
      ],
      "chart",
    );
  }
  if (text === "start flow" || actionId?.startsWith("flow:")) {
    return out(
      [
        { kind: "text", markdown: actionId ? `Step after ${actionId}` : "What will you use it for?" },
        {
          kind: "choices",
          prompt: "",
          options: [
            { id: "flow:use-case:coding", label: "Coding" },
            { id: "flow:use-case:chat", label: "Chat" },
          ],
        },
      ],
      "recommend",
    );
  }
  if (text === "blah") return out([{ kind: "text", markdown: "I didn't catch that." }], "unclear");
  return out(
    [
      { kind: "heading", text: "Echo" },
      { kind: "text", markdown: `You said: ${text}` },
      { kind: "choices", prompt: "Next?", options: [{ id: "ask:price of gpt-4o", label: "Price of GPT-4o" }] },
    ],
    "echo",
  );
}

function out(blocks: Block[], intent: string): OutboundMessage {
  const first = blocks.find((b) => b.kind === "text");
  return {
    blocks,
    fallbackText: first && first.kind === "text" ? first.markdown.slice(0, 200) : intent,
    data: { intent },
  };
}
