// A recommendation asked again in a thread that already has one ("what's the best model for us?")
// keeps every fact the thread stated; only "start over" drops them (issue 10 item 4).
import { describe, expect, it } from "vitest";
import { chat, textOf } from "./recommend-helpers.js";

describe("a recommendation asked again in the same thread", () => {
  it("keeps the thread's facts, says so, and 'start over' still begins afresh", () => {
    const c = chat();
    c.say("we need a model for RAG over contracts, about 30M tokens a month, internal data, nothing from OpenAI");
    const before = c.session.requirements;
    expect(before.useCase).toBe("rag");
    for (const again of ["what's the best model for us?", "recommend a model", "help me choose a model"]) {
      const reply = c.say(again);
      expect(textOf(reply)).toMatch(/Keeping what this thread already said/);
      expect(c.session.requirements).toMatchObject({
        useCase: "rag",
        dataSensitivity: before.dataSensitivity,
        volume: before.volume,
        exclude: before.exclude,
      });
    }
    c.say("start over");
    expect(c.session.requirements).toEqual({});
  });

  it("what the new request says wins over the thread's value", () => {
    const c = chat();
    c.say("recommend a model for RAG at 30M tokens a month, internal data");
    c.say("help me choose a model for coding");
    expect(c.session.requirements.useCase).toBe("coding");
    expect(c.session.requirements.dataSensitivity).toBe("internal");
  });
});
