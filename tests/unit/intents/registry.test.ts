// The intent registry: one descriptor per kind, recognizers that recognise their own examples,
// and help generated from it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { helpLines, REGISTRY } from "../../../src/intents/registry/index.js";
import { INTENT_KINDS_FOR_TESTS } from "./intent-kinds.js";
import { makeU, session } from "./understand-helpers.js";

const u = makeU(readCatalog());

describe("intent registry", () => {
  it("has exactly one descriptor per intent kind", () => {
    const names = REGISTRY.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(new Set(INTENT_KINDS_FOR_TESTS));
  });

  it.each(
    REGISTRY.filter((d) => d.recognize && d.name !== "flow-control").flatMap((d) => d.examples.map((e) => [d.name, e])),
  )("%s recognises its example %j", (kind, example) => {
    expect(u(example).kind).toBe(kind);
  });

  it("flow commands need a flow", () => {
    const inFlow = session({ flow: { step: "useCase", history: [] } as never });
    expect(u("back pls", inFlow)).toEqual({ kind: "flow-control", command: "back" });
    expect(u("skip ⏭️", inFlow)).toEqual({ kind: "flow-control", command: "skip" });
  });

  it("help lines come from the descriptors", () => {
    const lines = helpLines();
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(REGISTRY.some((d) => d.help === line)).toBe(true);
  });

  it.each([
    ["remember: we're an EU company", "profile"],
    ["show our profile", "profile"],
    ["watch gpt-4o and claude sonnet 4.5 for price changes", "watch"],
    ["stop watching llama 3.3 70b", "watch"],
    ["who owns what the model writes?", "tradeoffs"],
    ["is it safe to send patient data to an API?", "tradeoffs"],
    ["<@U0HELP999> help pls", "help"],
    ["reset pls", "reset"],
    ["write this up as an ADR", "decision-record"],
    ["tell me about gpt-4o", "model-info"],
  ])("%s -> %s", (text, kind) => {
    expect(u(text).kind).toBe(kind);
  });
});
