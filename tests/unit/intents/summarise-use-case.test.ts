// "summarise" is two things: the summarisation use case when it has an object of its own, and the
// decision record when what it summarises is this conversation (or nothing at all).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { makeU } from "./understand-helpers.js";

const u = makeU(readCatalog());

describe("summarise: use case or decision record", () => {
  it.each([
    "we want to summarise patient notes, which model should we use?",
    "which model would you pick to summarize support tickets, 20M tokens a month?",
    "recommend a model that can summarise 100-page contracts",
  ])("a thing to summarise is the use case: %s", (text) => {
    const intent = u(text);
    expect(intent.kind).toBe("recommend");
    expect(intent.kind === "recommend" && intent.requirements.useCase).toBe("summarization");
  });

  it.each([
    "summarize",
    "summarise the decision please",
    "can I get a summary of the shortlist?",
    "sum it up",
    "recap",
  ])("the conversation itself is the decision record: %s", (text) => expect(u(text).kind).toBe("decision-record"));
});
