// The evaluator's replay drives the real advisor: earlier messages become real turns (so a flow
// is in progress), and the intent scored is the one the router dispatched for the last message.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import type { CorpusRecord } from "../../../adapters/tools/understanding-eval/corpus.js";
import { createReplayer } from "../../../adapters/tools/understanding-eval/replay.js";

const replay = createReplayer(readCatalog());
const record = (text: string, previous?: string[]): CorpusRecord => ({
  id: "t-x-001",
  text,
  intent: "unclear",
  slots: {},
  split: "test",
  line: 1,
  ...(previous ? { previous } : {}),
});

describe("corpus replay through the real advisor", () => {
  it("scores a stand-alone message by the intent its turn dispatched", () => {
    const out = replay(record("price of gpt-4o"));
    expect(out.gotIntent).toBe("price");
    expect(out.got).toEqual({ models: ["gpt-4o"] });
    expect(Number.isFinite(out.ms)).toBe(true);
  });

  it("replays earlier messages first, so a flow command lands inside the flow", () => {
    expect(replay(record("back", ["help me pick a model", "coding"]))).toMatchObject({
      gotIntent: "flow-control",
      got: { flowCommand: "back" },
    });
  });

  it("starts every record from a fresh session", () => {
    replay(record("coding", ["help me pick a model"]));
    expect(replay(record("back")).gotIntent).not.toBe("flow-control");
  });
});
