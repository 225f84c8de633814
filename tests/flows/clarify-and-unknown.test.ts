// Names that match several models, or none: the bot asks, and the answer continues the question.
import { describe, expect, it } from "vitest";
import { ids, transcript } from "./console-transcript.js";
import { kindOf } from "../helpers/action-ids.js";

describe("flow: which one did you mean?", () => {
  it("versions matter: 'llama 3' asks, and a number answers the pending price question", async () => {
    const { turns } = await transcript(["price of llama 3", "2"]);
    expect(turns[0]!.data?.intent).toBe("clarify-model");
    const offered = (turns[0]!.data?.candidates as { id: string }[]).map((c) => c.id);
    expect(offered.every((id) => /^llama-3-/.test(id))).toBe(true);
    expect(turns[1]!.data?.intent).toBe("price");
    expect(ids(turns[1]!.data)).toEqual([offered[1]]);
  });

  it("two unclear names are asked one after the other, then compared", async () => {
    const { turns } = await transcript(["compare llama 3 and llama 3.1", "1", "1"]);
    const intents = turns.map((t) => t.data?.intent);
    expect(intents[0]).toBe("clarify-model");
    expect(intents[intents.length - 1]).toBe("compare");
    expect((turns[turns.length - 1]!.data?.list as string[]).length).toBe(2);
  });

  it("moving on drops the question", async () => {
    const { turns } = await transcript(["price of llama 3", "help", "2"]);
    expect(turns[1]!.data?.intent).toBe("help");
    // "2" now picks the second help example, not a Llama.
    expect(kindOf(turns[2]!.said)).toBe("ask");
  });

  it("an unknown model is said to be unknown, with a way forward", async () => {
    const { turns, printed } = await transcript(["tell me about zorblaxian-ultra-9000"]);
    expect(turns[0]!.data?.intent).toBe("unknown-model");
    expect(printed).toMatch(/I don't know a model called "zorblaxian-ultra-9000"/);
    expect(printed).toMatch(/\n {2}1\. /);
  });
});
