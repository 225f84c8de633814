// Control intents: help, reset, sources, decision record, flow control, unclear, bad input.
import { describe, expect, it } from "vitest";
import { miniCatalog } from "../../fixtures/mini-catalog/index.js";
import { makeU, session } from "./understand-helpers.js";

const u = makeU(miniCatalog());
const inFlow = session({ flow: { id: "recommend", step: "useCase", history: [], skipped: [] } });

describe("help", () => {
  it.each([
    "help",
    "Help me",
    "?",
    "<@U1> ?",
    "/help",
    "halp",
    "what can you do?",
    "How does this work?",
    "what questions can I ask?",
  ])("%j -> help", (text) => {
    expect(u(text).kind).toBe("help");
  });
});

// The corpus convention (tests/corpus/README.md): a greeting, thanks, emoji or a bare mention asks
// nothing. It is unclear with no text, which the unclear answer meets with what modelwise can do.
describe("chatter asks nothing", () => {
  it.each(["", "   ", "hi", "Hello!", "hey there", "good morning", "🤖🚀", "\u0000\u0007", "<@U123ABC>", "ok 👍"])(
    "%j -> unclear with no text",
    (text) => {
      expect(u(text)).toEqual({ kind: "unclear", text: "" });
    },
  );
});

describe("thanks asks nothing and is known as thanks", () => {
  it.each([
    "thanks!",
    "thx!",
    "thanks, that helps",
    "ty 🙏",
    "cheers, very helpful",
    "thank you so much",
    "appreciate it",
  ])("%j -> unclear with no text, marked as thanks", (text) => {
    expect(u(text)).toEqual({ kind: "unclear", text: "", thanks: true });
  });

  it("a thanks with a question in it is the question", () => {
    expect(u("thanks! and what does gpt-4o cost?").kind).not.toBe("unclear");
  });
});

describe("reset outside a flow", () => {
  it.each([
    "start over",
    "Start over please",
    "reset",
    "restart",
    "let's start again",
    "new conversation",
    "forget everything",
    "clear the session",
  ])("%s -> reset", (text) => {
    expect(u(text).kind).toBe("reset");
  });
});

describe("flow control inside a flow", () => {
  it.each([
    ["back", "back"],
    ["go back", "back"],
    ["previous question", "back"],
    ["skip", "skip"],
    ["skip this one", "skip"],
    ["don't know", "skip"],
    ["not sure", "skip"],
    ["start over", "start-over"],
    ["restart", "start-over"],
  ])("%s -> %s", (text, command) => {
    expect(u(text, inFlow)).toEqual({ kind: "flow-control", command });
  });
  it("'back' and 'skip' mean nothing special outside a flow", () => {
    expect(u("skip").kind).not.toBe("flow-control");
    expect(u("back").kind).not.toBe("flow-control");
  });
});

describe("sources", () => {
  it.each([
    "where do your facts come from?",
    "Where does your data come from",
    "what are your sources?",
    "sources",
    "how up to date are your prices?",
    "where did you get that?",
    "show me your sources",
  ])("%s -> sources", (text) => {
    expect(u(text).kind).toBe("sources");
  });
});

describe("decision record", () => {
  it.each([
    "summarize",
    "Summarise please",
    "decision record",
    "write it up",
    "sum it up",
    "give me a recap",
    "export the decision",
  ])("%s -> decision-record", (text) => {
    expect(u(text).kind).toBe("decision-record");
  });
});

describe("unclear", () => {
  it.each(["blah blah", "what's the weather", "asdf qwerty", "the cat sat on the mat", "tell me a joke"])(
    "%s -> unclear",
    (text) => {
      expect(u(text).kind).toBe("unclear");
    },
  );
  it("keeps the text", () => {
    expect(u("blah blah")).toEqual({ kind: "unclear", text: "blah blah" });
  });
});

describe("bad input never throws", () => {
  const inputs = [
    "x".repeat(10_000),
    "llama ".repeat(2000),
    "gpt-4o vs ".repeat(1000),
    "\u0000\u0001\u0002\u001b[31mred",
    "🦙🦙🦙 3.1 70b",
    "<@U123> <!channel> @everyone gpt-4o",
    "'; DROP TABLE models; --",
    "\u202e\u2066gpt-4o",
    "1".repeat(5000),
    "$".repeat(3000),
    "?".repeat(3000),
    "é".repeat(3000),
  ];
  it.each(inputs.map((t) => [t.slice(0, 30), t]))("%j", (_label, text) => {
    expect(() => u(text)).not.toThrow();
    expect(() => u(text, inFlow)).not.toThrow();
    expect(typeof u(text).kind).toBe("string");
  });
});

describe("a session missing fields (old or damaged storage)", () => {
  it("still understands", () => {
    const broken = { version: 1 } as unknown as ReturnType<typeof session>;
    expect(u("tell me about it", broken).kind).toBe("unclear");
    expect(u("price of gpt-4o", broken)).toEqual({ kind: "price", modelIds: ["gpt-4o"] });
  });
});

describe("prepareUnderstanding", () => {
  it("warms up without changing answers", async () => {
    const { prepareUnderstanding } = await import("../../../src/intents/understand.js");
    const catalog = miniCatalog();
    expect(() => prepareUnderstanding(catalog)).not.toThrow();
    expect(makeU(catalog)("price of gpt-4o")).toEqual({ kind: "price", modelIds: ["gpt-4o"] });
  });
});
