// "how did you get the volume?" inside a recommendation thread shows how the thread's volume was
// read and worked out, changes nothing, and mid-flow the open question is asked again after it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatTokens } from "../../src/render/format.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const DESK = "we run a support desk: 8,000 tickets a day, ~1,200 tokens in and 300 out each, which model?";
const ASKED = [
  "how did you get the volume?",
  "how did you get the monthly volume?",
  "so how many tokens a month is that in your maths?",
  "how did you calculate the tokens?",
  "where did you come up with that token count",
];

describe("how the thread's volume was worked out", () => {
  it.each(ASKED.map((a) => [a]))("'%s' shows the reading and its arithmetic, and changes nothing", (asked) => {
    const c = chat(catalog);
    c.say(DESK);
    const before = structuredClone(c.session.requirements);
    const v = before.volume!;
    const reply = c.say(asked);
    expect(reply.data?.intent).toBe("what-if");
    expect(reply.data?.volume).toEqual({
      inputTokensPerMonth: v.inputTokensPerMonth,
      outputTokensPerMonth: v.outputTokensPerMonth,
    });
    const said = textOf(reply);
    expect(said).toContain(formatTokens(v.inputTokensPerMonth + v.outputTokensPerMonth));
    // The counts the team gave are in the working, so a misread one shows.
    expect(said).toContain("8,000");
    expect(said).toMatch(/× 30 days/);
    expect(c.session.requirements).toEqual(before);
  });

  it("after a change, the volume shown is the thread's current one", () => {
    const c = chat(catalog);
    c.say(DESK);
    c.say("what if we double the traffic");
    const v = c.session.requirements.volume!;
    const said = textOf(c.say("how did you get the volume?"));
    expect(said).toContain(formatTokens(v.inputTokensPerMonth + v.outputTokensPerMonth));
    // Still counted per ticket: the doubling is in the working, with the month's input beside it.
    expect(said).toContain("2 × 8,000 tickets a day");
    expect(said).toMatch(
      new RegExp(`${formatTokens(v.inputTokensPerMonth).replace(/ tokens$/, "")} (?:tokens in|input)`),
    );
  });

  it("asked while a question is open, it is answered and the question asked again", () => {
    const c = chat(catalog);
    c.say("help me choose a model for rag over our docs, 50M tokens a month");
    const step = c.session.flow?.step;
    expect(step).toBeTruthy();
    c.say("how did you get the volume?");
    const texts = c.replies.map(textOf);
    expect(texts[0]).toContain("50M tokens a month");
    expect(c.session.flow?.step).toBe(step);
    expect(texts.at(-1)).toMatch(/Question \d+ of \d+/);
  });

  it("a thread without a volume says it has none", () => {
    const c = chat(catalog);
    c.say("which model for coding agents, no chinese labs?");
    const reply = c.say("how did you get the volume?");
    expect(reply.data?.intent).toBe("what-if");
    expect(textOf(reply)).toContain("no monthly volume yet");
  });
});
