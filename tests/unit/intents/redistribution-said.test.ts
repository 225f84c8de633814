// The team hands the weights on when it says the licence must allow redistribution, or ships the
// model inside a game (every player gets it); a model inside the team's own app stays a licence
// question only (distribution-text.ts).
import { describe, expect, it } from "vitest";
import { handsOverWeights } from "../../../src/intents/distribution-text.js";

describe("handsOverWeights: redistribution said outright or through a game", () => {
  it.each([
    "it has to be something we can ship inside the game, so the licence must allow redistribution",
    "the licence must permit redistribution",
    "we need a licence that lets us redistribute it",
    "we ship the model inside our game",
    "we will bundle the weights with the game",
  ])("%s", (text) => expect(handsOverWeights(text)).toBe(true));

  it.each([
    "we ship the model inside our app for field staff",
    "we need a model for game dialogue",
    "does the licence allow commercial use?",
  ])("hands nothing over: %s", (text) => expect(handsOverWeights(text)).toBe(false));
});
