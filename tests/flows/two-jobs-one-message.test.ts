// Two jobs in one message ("a support chatbot and also code completion for our devs"): one
// shortlist ranks one job, so the first named is ranked and the second said back with the words
// that rank it, never dropped unsaid; asking for it swaps the two.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

describe("two jobs named in one message", () => {
  it.each([
    ["we need a support chatbot and also code completion for our devs", "chat", "coding"],
    ["We want a model to summarise call transcripts, and also a chatbot for the website.", "summarization", "chat"],
    ["We translate product manuals, as well as a chatbot for our dealers.", "translation", "chat"],
    [
      "We want to write product descriptions for our shop. We also want to moderate the reviews.",
      "creative",
      "extraction",
    ],
    ["Coding assistant for our devs and also a code review bot.", "coding", undefined],
    ["We need a chatbot, and also it must be cheap.", "chat", undefined],
  ] as const)("%s: ranks %s, offers %s", (text, first, second) => {
    const req = parseRequirements(text, catalog);
    expect(req.useCase).toBe(first);
    expect(req.secondUseCase).toBe(second);
  });

  it("the shortlist says the second job back and how to rank for it; asking for it swaps them", () => {
    const c = chat(catalog);
    const reply = c.say("we need a support chatbot and also code completion for our devs");
    expect(reply.data?.intent).toBe("recommend");
    expect(textOf(reply)).toMatch(/also asked for: coding \(one shortlist ranks one job; say "what if it's coding\?"/);
    const swapped = c.say("what if it's coding?");
    expect(c.session.requirements.useCase).toBe("coding");
    expect(textOf(swapped)).toMatch(/also asked for: chat assistant/);
  });
});
