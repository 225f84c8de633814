// Names through the terminal adapter, end to end: a maker's API asks which of its own models,
// and a numbered reply picks among exactly the choices offered; a typo near two families asks
// and "2" answers; a description ("our Gemini-powered app") is never an unknown model.
import { describe, expect, it } from "vitest";
import { ids, transcript } from "./console-transcript.js";

describe("flow: names and makers", () => {
  it("'the DeepSeek API' asks among DeepSeek's own models, and '2' prices the second offered", async () => {
    const { turns, printed } = await transcript(["price of the DeepSeek API", "2"]);
    expect(turns[0]!.data?.intent).toBe("clarify-model");
    const offered = (turns[0]!.data?.candidates as { id: string }[]).map((c) => c.id);
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.every((id) => id.startsWith("deepseek-"))).toBe(true);
    expect(turns[1]!.data?.intent).toBe("price");
    expect(ids(turns[1]!.data)).toEqual([offered[1]]);
    // The price quoted is DeepSeek's own.
    expect(printed).toMatch(/DeepSeek \(first-party\)/);
  });

  it("a typo as near two families asks, and '2' picks among those offered only", async () => {
    const { turns } = await transcript(["price of mitral", "2"]);
    expect(turns[0]!.data?.intent).toBe("clarify-model");
    const offered = (turns[0]!.data?.candidates as { id: string }[]).map((c) => c.id);
    expect(offered.some((id) => id.startsWith("mistral-"))).toBe(true);
    expect(offered.some((id) => id.startsWith("mixtral-"))).toBe(true);
    expect(ids(turns[1]!.data)).toEqual([offered[1]]);
  });

  it("'Command A' is Cohere's Command A, not the older Command", async () => {
    const { turns } = await transcript(["what would command a cost at 25M tokens a month"]);
    expect(turns[0]!.data?.intent).toBe("cost");
    expect(ids(turns[0]!.data)).toEqual(["command-a"]);
  });

  it("a family used as a description is not an unknown model", async () => {
    const { turns, printed } = await transcript(["our Gemini-powered app: how locked in are we to Google?"]);
    expect(turns[0]!.data?.intent).not.toBe("unknown-model");
    expect(printed).not.toMatch(/I don't know a model called/);
  });
});
