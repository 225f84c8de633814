// Inside the guided flow, the words for back, skip and start over are understanding's (one home:
// src/intents/registry/commands.ts); the flow adds only "refine". The short forms people type
// most must keep working.
import { describe, expect, it } from "vitest";
import { controlCommand } from "../../../src/conversation/flows/recommend-flow.js";

const SAID: Record<string, string[]> = {
  "start-over": ["start over", "Start again.", "restart", "begin again", "from scratch", "let's start over"],
  back: ["back", "go back", "previous", "previous question", "undo", "oops, back", "wait, go back"],
  skip: ["skip", "skip this question", "pass", "next", "don't know", "dunno", "not sure", "no idea", "n/a"],
  refine: ["refine", "refine the shortlist", "ask me more", "narrow it down"],
};

describe("flow commands", () => {
  for (const [command, phrases] of Object.entries(SAID))
    it(`reads ${command}`, () => {
      for (const phrase of phrases) expect([phrase, controlCommand(phrase)]).toEqual([phrase, command]);
    });

  it("reads an answer as no command", () => {
    for (const answer of ["coding", "about 20M tokens a month", "our own cloud", "not sure, maybe 20M tokens"])
      expect([answer, controlCommand(answer)]).toEqual([answer, null]);
  });
});
