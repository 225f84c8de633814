import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_ID_MAX,
  answersQuestion,
  askText,
  decodeAction,
  decodeActionOf,
  encodeAction,
  type Action,
} from "../../src/action-id.js";

describe("action-id codec", () => {
  const actions: Action[] = [
    { kind: "ask", text: "price_of_gpt-4o" },
    { kind: "pick", modelId: "llama-3.1-70b" },
    { kind: "flow-answer", step: "use-case", value: "coding" },
    { kind: "flow-answer", step: "volume", value: "skip" },
    { kind: "flow-control", command: "back" },
    { kind: "flow-control", command: "start" },
    { kind: "share", answerId: "4f1c2a" },
    { kind: "more", answerId: "4f1c2a", from: 4 },
    { kind: "select", index: 2 },
  ];

  it.each(actions)("round-trips %o through a versioned id", (action) => {
    const id = encodeAction(action);
    expect(id).toMatch(/^1:/);
    expect(id).not.toMatch(/\s/);
    expect(decodeAction(id)).toEqual(action);
  });

  it("keeps ask texts readable and cut to the id limit; the label restores the full text", () => {
    const long = `compare ${"very long model name ".repeat(10)}and GPT-4o`;
    const id = encodeAction({ kind: "ask", text: long });
    expect(id.length).toBe(ACTION_ID_MAX);
    const decoded = decodeActionOf(id, "ask");
    expect(decoded).not.toBeNull();
    expect(askText(decoded!, long)).toBe(long);
    // A label that does not encode to this id is not trusted: the id's own text is used.
    expect(askText(decodeActionOf(encodeAction({ kind: "ask", text: "price of gpt-4o" }), "ask")!, "reset")).toBe(
      "price of gpt-4o",
    );
  });

  it("decodes ids from before versioning (buttons on old messages)", () => {
    expect(decodeAction("ask:price_of_gpt-4o")).toEqual({ kind: "ask", text: "price_of_gpt-4o" });
    expect(decodeAction("pick:gpt-4o")).toEqual({ kind: "pick", modelId: "gpt-4o" });
    expect(decodeAction("flow:use-case:coding")).toEqual({ kind: "flow-answer", step: "use-case", value: "coding" });
    expect(decodeAction("flow:ctl:back")).toEqual({ kind: "flow-control", command: "back" });
    expect(decodeAction("flow:ctl:begin")).toEqual({ kind: "flow-control", command: "start" });
    expect(decodeAction("select:3")).toEqual({ kind: "select", index: 3 });
    expect(decodeAction("select-1")).toEqual({ kind: "select", index: 1 });
  });

  it("rejects ids it never issued instead of guessing", () => {
    for (const id of ["", "2:ask:x", "1:nope:x", "1:flow-control:launch", "1:select:x", "1:pick:", "x".repeat(300)])
      expect(decodeAction(id)).toBeNull();
    expect(decodeAction(undefined)).toBeNull();
    expect(() => encodeAction({ kind: "pick", modelId: "" })).toThrow();
  });

  it("says which clicks answer the question they sit under", () => {
    expect(answersQuestion(decodeAction(encodeAction({ kind: "pick", modelId: "gpt-4o" })))).toBe(true);
    expect(answersQuestion(decodeAction(encodeAction({ kind: "flow-control", command: "skip" })))).toBe(true);
    expect(answersQuestion(decodeAction(encodeAction({ kind: "ask", text: "help" })))).toBe(false);
    expect(answersQuestion(null)).toBe(false);
  });

  it("never throws on arbitrary ids", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "1:", "1:ask:", "1:pick:", "1:flow-answer:", "1:more:", "ask:", "flow:"),
        fc.string({ maxLength: 120, unit: fc.constantFrom("a", "b", ":", " ", "1", "-", "_", "é") }),
        (prefix, rest) => {
          const decoded = decodeAction(prefix + rest);
          // Whatever decodes is a well-formed action that encodes and decodes to itself.
          if (decoded && decoded.kind !== "ask") expect(decodeAction(encodeAction(decoded))).toEqual(decoded);
        },
      ),
    );
  });
});
