// Asking for the pick while a flow question is open ("what would you recommend?") shows the
// shortlist with what the thread knows, says the open question was not assumed, and keeps the
// thread: answering that question afterwards re-ranks.
import { describe, expect, it } from "vitest";
import { chat, rankingOf, stepOf, textOf } from "./recommend-helpers.js";

const ASKS = ["what would you recommend?", "what do you recommend", "whats your pick", "just suggest something"];

describe("a recommendation asked for while a flow question is open", () => {
  for (const ask of ASKS) {
    it(`'${ask}' at the use-case question shows a shortlist with the thread's volume`, () => {
      const c = chat();
      expect(stepOf(c.say("help me choose a model, 20M tokens a month"))).toBe("use-case");
      const volume = c.session.requirements.volume;
      const reply = c.say(ask);
      expect(rankingOf(reply).length).toBeGreaterThanOrEqual(3);
      expect(textOf(reply)).toMatch(/No use case is assumed/);
      expect(c.session.requirements.volume).toEqual(volume);
      expect(c.session.requirements.useCase).toBeUndefined();
      c.say("coding");
      expect(c.session.requirements.useCase).toBe("coding");
    });
  }

  it("at a later question too, keeping the answers given", () => {
    const c = chat();
    c.say("help me choose a model, 20M tokens a month");
    const next = c.say("coding");
    const open = stepOf(next);
    expect(open).not.toBeNull();
    const reply = c.say("what would you recommend?");
    expect(rankingOf(reply).length).toBeGreaterThanOrEqual(3);
    expect(c.session.requirements.useCase).toBe("coding");
  });

  it("a message that is no answer and asks for nothing still asks the question again", () => {
    const c = chat();
    c.say("help me choose a model, 20M tokens a month");
    expect(stepOf(c.say("hmm"))).toBe("use-case");
  });
});
