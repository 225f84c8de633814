// A cost question that also asks about quality ("how much would claude sonnet 4.5 cost at 20M
// tokens a month, and is it good enough for coding?") answers both parts: the cost, then the
// model's quality and its fit for the use case named, with where a ranked answer is asked for.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

describe("a cost question that also asks how good the model is", () => {
  it.each([
    ["how much would claude sonnet 4.5 cost at 20M tokens a month, and is it good enough for coding?", "coding fit"],
    ["what does gpt-4o cost for 10M tokens a month? would it be good enough for rag?", "RAG over documents fit"],
    ["price of llama 3.3 70b at 50M tokens/month, and how good is it?", "quality"],
  ])("'%s' answers the cost and the quality (%s)", (question, fit) => {
    const reply = chat(catalog).say(question);
    expect(reply.data?.intent).toBe("cost");
    const body = textOf(reply);
    expect(body).toMatch(/a month/);
    expect(body).toContain("You also asked how good");
    expect(body.toLowerCase()).toContain(fit.toLowerCase());
  });

  it("a plain cost question says nothing about quality", () => {
    const body = textOf(chat(catalog).say("how much would claude sonnet 4.5 cost at 20M tokens a month?"));
    expect(body).not.toContain("You also asked");
  });
});
