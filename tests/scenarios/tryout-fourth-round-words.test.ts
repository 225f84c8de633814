// The fourth tryout round's understanding findings (the first half of "words" in
// tryout-fourth-round-open.test.ts), each now a test over the team's phrasing and paraphrases of
// it: what the message states lands in the slot an ML lead would put it in, and what it does not
// state is not added.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const tokensOf = (c: ReturnType<typeof chat>) => {
  const v = c.session.requirements.volume;
  return v ? { input: v.inputTokensPerMonth, output: v.outputTokensPerMonth } : undefined;
};

describe("fourth tryout round: counts, corrections and splits", () => {
  it("a count of kinds is not a count of items: claims sorted into ~25 types are 15k claims a month", () => {
    const c = chat(catalog);
    const reply = c.say(
      "We're a Vienna insurer. We want to classify incoming claims into ~25 claim types and pull out key fields. ~15k claims a month, ~3k tokens each including the attachments text, output is small json ~200 tokens. 3 devs. which model?",
    );
    expect(tokensOf(c)).toEqual({ input: 45_000_000, output: 3_000_000 });
    expect(c.session.requirements.useCase).toBe("extraction");
    // The three developers build it; they are not its users.
    expect(c.session.requirements.monthlyActiveUsers).toBeUndefined();
    expect(textOf(reply)).toMatch(/15,000 claims a month/);
    for (const [text, total] of [
      [
        "route support tickets into 40 ticket categories, about 90k tickets a month at 1,200 tokens each. model?",
        108e6,
      ],
      ["label product reviews with one of 8 review labels; 300k reviews/month, 400 tokens each", 120e6],
      ["invoice extraction: 30 invoice formats, 20k invoices a month of ~2k tokens, which model?", 40e6],
    ] as const) {
      const d = chat(catalog);
      d.say(text);
      const v = tokensOf(d);
      expect(v && v.input + v.output, text).toBe(total);
      expect(d.session.requirements.useCase, text).toBe("extraction");
    }
  });

  it("staff said as a sentence of its own build the tool, unless the tool is for coding", () => {
    const built = chat(catalog);
    built.say("faq bot for our webshop. 3 people.");
    expect(built.session.requirements.monthlyActiveUsers).toBeUndefined();
    const used = chat(catalog);
    used.say("coding assistant. 250 devs.");
    expect(used.session.requirements.monthlyActiveUsers).toBe(250);
  });

  it("a correction with its noun recounts the same things at the tokens each already stated", () => {
    const c = chat(catalog);
    c.say("claims triage, 25 claims a month, ~3k tokens each, output ~200 tokens. which model?");
    const reply = c.say("no, 15k claims a month not 25");
    expect(tokensOf(c)).toEqual({ input: 45_000_000, output: 3_000_000 });
    expect(textOf(reply)).toMatch(/Changed: monthly volume: .*25 claims a month.* → .*15,000 claims a month/);
    const d = chat(catalog);
    d.say("support chatbot, 2000 messages a day of 800 tokens. which model?");
    d.say("actually 5000 messages a day");
    expect(tokensOf(d)).toEqual({ input: 90_000_000, output: 30_000_000 });
  });

  it("a split said as a share or a ratio sets the split, first and as a correction", () => {
    for (const [text, input, output] of [
      ["~300M tokens/month (about 70% input), support chatbot. which model?", 210e6, 90e6],
      ["translation of help articles, 20M tokens a month, 40% of it is output. best model?", 12e6, 8e6],
      ["coding, 1B tokens monthly, input:output 3:1, which model", 750e6, 250e6],
      // "80/20 input/output" is a split, not 20 input tokens a request.
      ["summariser for 2k docs a day, 4k tokens each, 80/20 input/output", 192e6, 48e6],
    ] as const) {
      const c = chat(catalog);
      c.say(text);
      expect(tokensOf(c), text).toEqual({ input, output });
      expect(c.session.requirements.volume?.splitAssumed, text).toBe(false);
    }
    // A cached share is not the split.
    const cached = chat(catalog);
    cached.say("chatbot, 40M tokens a month, 70% of input is cached");
    expect(cached.session.requirements.volume?.splitAssumed).toBe(true);

    const c = chat(catalog);
    c.say("support chatbot, ~300M tokens/month. which model?");
    c.say("actually 70% input 30% output");
    expect(tokensOf(c)).toEqual({ input: 210e6, output: 90e6 });
    // A new size per message keeps the count of messages.
    const d = chat(catalog);
    d.say("support chatbot, 2000 messages a day of 800 tokens. which model?");
    const reply = d.say("make that 300 in / 100 out per message");
    expect(tokensOf(d)).toEqual({ input: 18e6, output: 6e6 });
    expect(textOf(reply)).toMatch(/2,000 messages a day/);
  });

  it("a team size in brackets beside other facts is the team, not its users", () => {
    for (const [text, size] of [
      ["legal tech startup (US, 18 ppl), contract Q&A over our clause library. which model?", 18],
      ["marketing agency (Berlin; 40 people), need a copywriting model", 40],
      ["marketing agency, 12 ppl, need a copywriting model", 12],
    ] as const) {
      const c = chat(catalog);
      c.say(text);
      expect(c.session.requirements.monthlyActiveUsers, text).toBeUndefined();
      expect(c.session.requirements.teamSize, text).toBe(size);
    }
    // Brackets that count users still do.
    const c = chat(catalog);
    c.say("consumer app (EU, 2M users), chatbot. which model?");
    expect(c.session.requirements.monthlyActiveUsers).toBe(2_000_000);
  });
});
