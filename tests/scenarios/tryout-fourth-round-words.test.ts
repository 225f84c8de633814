// The fourth tryout round's understanding findings (the first half of "words" in
// tryout-fourth-round-open.test.ts), each now a test over the team's phrasing and paraphrases of
// it: what the message states lands in the slot an ML lead would put it in, and what it does not
// state is not added.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { rowsOf } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();
const tokensOf = (c: ReturnType<typeof chat>) => {
  const v = c.session.requirements.volume;
  return v ? { input: v.inputTokensPerMonth, output: v.outputTokensPerMonth } : undefined;
};

describe("fourth tryout round: counts, corrections and splits", () => {
  it("nonprofit: '30k questions a month, short' is 30,000 × (1K in + 300 out assumed), said back, so the $20 budget is checked and every top-3 pick keeps it", () => {
    const c = chat(catalog);
    const reply = c.say(
      "we're a small nonprofit running a tenants' helpline chatbot, 30k questions a month, short. budget $20 a month. which model?",
    );
    expect(tokensOf(c)).toEqual({ input: 30_000_000, output: 9_000_000 });
    expect(textOf(reply)).toMatch(/30,000 questions a month × \(1K in \+ 300 out assumed\)/);
    const top = rowsOf(reply).slice(0, 3);
    expect(top.length).toBe(3);
    for (const r of top) expect(r.monthlyCostUsd, r.id).toBeLessThanOrEqual(20);
  });

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

  it("a budget given again in dollars is used; text sizes in words become tokens, and the answer says how", () => {
    const c = chat(catalog);
    const reply = c.say("news publisher, budget 3k euro/mo, or $3,300. translation model?");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(3300);
    expect(c.session.requirements.statedBudget).toBeUndefined();
    expect(textOf(reply)).not.toMatch(/not applied/);
    // A euro budget alone is still not applied.
    const euro = chat(catalog);
    euro.say("budget €2k a month, chatbot, 50M tokens a month");
    expect(euro.session.requirements.monthlyBudgetUsd).toBeUndefined();

    const words = chat(catalog);
    words.say(
      "news publisher: we translate ~2,000 articles a day into 3 languages, articles avg 1,200 words. which model?",
    );
    const v = words.session.requirements.volume;
    expect(v && v.inputTokensPerMonth + v.outputTokensPerMonth).toBe(2000 * 30 * 1600);
    expect(v?.description).toMatch(/4 tokens for every 3 words/);
    // A few words are a phrase, not a text to price.
    const short = chat(catalog);
    short.say("answer in 5 words, 10k questions a day, 200 tokens each. which model?");
    const s5 = short.session.requirements.volume;
    expect(s5 && s5.inputTokensPerMonth + s5.outputTokensPerMonth).toBe(10_000 * 30 * 200);
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

type Row = { id: string; rank: number };
const rankingOf = (reply: ReturnType<ReturnType<typeof chat>["say"]>): Row[] =>
  ((reply.data as { ranking?: Row[] } | undefined)?.ranking ?? []).slice(0, 3);
const sizeOf = (id: string) => catalog.models.find((m) => m.id === id)?.parameters?.totalB;

describe("fourth tryout round: devices, shipping and first needs", () => {
  it("a device's memory caps the model size, and a new minimum spec changes the cap", () => {
    const c = chat(catalog);
    const reply = c.say(
      "indie studio: we need a small model that runs on players' gaming PCs (6GB VRAM) for NPC dialogue. which model?",
    );
    expect(c.session.requirements).toMatchObject({ onDevice: true, deviceMemoryGb: 6, maxParamsB: 7 });
    const top = rankingOf(reply);
    expect(top.length).toBeGreaterThan(0);
    for (const row of top) expect(sizeOf(row.id), row.id).toBeLessThanOrEqual(7);
    c.say("what if min spec is 8gb vram");
    expect(c.session.requirements).toMatchObject({ deviceMemoryGb: 8, maxParamsB: 9 });

    // A robot's board, shipped inside the firmware: on the device (whose licence must allow
    // distribution, as for every on-device need) and capped by its memory.
    const robot = chat(catalog);
    robot.say(
      "on-robot LLM for voice commands, Jetson AGX Orin 64GB per robot, fully offline, we ship the model inside our robot firmware. which model?",
    );
    expect(robot.session.requirements).toMatchObject({ onDevice: true, maxParamsB: 76 });
    expect(robot.session.requirements.deployment).toBeUndefined();
    robot.say("what if the jetson has only 16GB");
    expect(robot.session.requirements.maxParamsB).toBe(19);

    // The team's own Mac: local, no API, at most what its memory holds.
    const mac = chat(catalog);
    const local = mac.say(
      "no cloud AI allowed by our clients at all, so we want to run a local model for code review on that mac (M2 Ultra 192GB). which model?",
    );
    expect(mac.session.requirements).toMatchObject({ onDevice: true, maxParamsB: 230, useCase: "coding" });
    for (const row of rankingOf(local)) expect(sizeOf(row.id), row.id).toBeLessThanOrEqual(230);
    // Server GPUs in a data centre are no device.
    const dc = chat(catalog);
    dc.say("we own 8x H100 80GB on-prem, coding assistant, which model?");
    expect(dc.session.requirements.maxParamsB).toBeUndefined();
  });

  it("shipping the model inside a product hands over its weights; a game players get is commercial", () => {
    for (const text of [
      "can we ship gemma 3 4b inside our paid mobile app?",
      "is gemma 3 4b ok to ship inside our game? ~50k players",
    ]) {
      const c = chat(catalog);
      const reply = textOf(c.say(text));
      expect(reply, text).toMatch(/What you told me:\*{0,2} [^\n]*commercial use[^\n]*distributing weights/);
    }
    // "the game" says whose it is not: the weights go out, the use is not assumed.
    expect(textOf(chat(catalog).say("can we ship the model with the game? gemma 3 4b"))).toMatch(
      /What you told me:\*{0,2} distributing weights/,
    );
    // "ship new levels with the game" ships no model.
    const levels = chat(catalog);
    levels.say("we ship new levels with the game every month, NPC dialogue model?");
    expect(levels.session.requirements.redistributeWeights).toBeUndefined();

    const c = chat(catalog);
    c.say("is gemma 3 4b ok to ship inside our game? ~50k players");
    expect(textOf(c.say("and qwen2.5 3b?"))).toMatch(/Blocked: Qwen2\.5 3B/);
  });

  it("a fine-tune-and-publish request and a need with conditions start a recommendation with their facts", () => {
    const c = chat(catalog);
    c.say(
      "we want to LoRA fine-tune an open model on our lab's papers. we have 2x RTX 4090. research only, non commercial, we will publish the adapters + merged weights on HF. which base model fits?",
    );
    expect(c.session.requirements).toMatchObject({
      fineTuning: true,
      commercial: false,
      openWeightsOnly: true,
      redistributeWeights: true,
      ownedGpus: { count: 2 },
    });
    for (const text of [
      "Comune di Bologna here. citizen-facing chatbot, RAG over our service pages, italian only, hosted in the EU, no self-hosting. we need clear pricing.",
      "helpdesk bot for a school district, spanish and english, we won't self-host, transparent pricing please",
    ]) {
      const d = chat(catalog);
      const reply = d.say(text);
      expect(reply.data?.intent, text).toBe("recommend");
      expect(d.session.requirements.deployment, text).toBe("any-api");
    }
    // Asking for prices is still a price question.
    expect(chat(catalog).say("what's the pricing for gpt-4o?").data?.intent).toBe("price");
  });

  it("a company's product named after it is the host asked about: Vertex for Google, Bedrock for Amazon", () => {
    expect(textOf(chat(catalog).say("does google sign a BAA for vertex?"))).toMatch(
      /^Google Cloud Vertex AI: what happens/,
    );
    expect(textOf(chat(catalog).say("will amazon sign a baa for bedrock?"))).toMatch(/^Amazon Bedrock: what happens/);
    // The company alone is its own API.
    expect(textOf(chat(catalog).say("does google sign a BAA?"))).toMatch(/^Gemini API \(Google AI Studio\)/);
  });

  it("weighing self-hosting against an API keeps both routes; a vendor barred from training is the no-training rule", () => {
    const c = chat(catalog);
    c.say(
      "fintech, considering self hosting vs api, 400M tokens a month, no data may be used for training by the vendor. which model?",
    );
    expect(c.session.requirements.selfHosted).toBeUndefined();
    expect(c.session.requirements.deployment).toBeUndefined();
    expect(c.session.requirements.noTrainingOnData).toBe(true);
    const d = chat(catalog);
    d.say("we want to self-host, support chatbot, which model?");
    expect(d.session.requirements.selfHosted).toBe(true);
  });

  it("small words read as meant: data not involved, a food bank, a language in its own name, a quality standard", () => {
    const cases: [string, (r: ReturnType<typeof chat>["session"]["requirements"]) => void][] = [
      ["support bot, customer data not involved. which model?", (r) => expect(r.dataSensitivity).toBeUndefined()],
      ["food bank network, faq bot for our volunteers. which model?", (r) => expect(r.fieldOfUse).toBeUndefined()],
      ["¿qué modelo recomiendas para un chatbot en español?", (r) => expect(r.languages).toEqual(["es"])],
      [
        "blog writing assistant, output must be publication quality. which model?",
        (r) => expect(r.priorities).toContain("quality"),
      ],
      [
        "we translate product pages, the quality of the writing matters. model?",
        (r) => expect(r.priorities).toContain("quality"),
      ],
    ];
    for (const [text, check] of cases) {
      const c = chat(catalog);
      c.say(text);
      check(c.session.requirements);
    }
    const bank = chat(catalog);
    bank.say("we're a bank, chatbot for card questions. which model?");
    expect(bank.session.requirements.fieldOfUse).toBe("finance");
  });
});

// words15: the fourth round's wishes about where the vendor or its region is.
describe("fourth tryout round: a vendor or region preferred is said back, not a rule", () => {
  it.each([
    ["we prefer a european vendor. citizen chatbot, RAG over our service pages, which model?", "a European vendor"],
    ["we'd prefer a vendor with a japan region. support chatbot for our shop, which model?", "data kept in Japan"],
  ])("%s", (message, said) => {
    const c = chat(catalog);
    const text = textOf(c.say(message));
    expect(c.session.requirements.preferredPlace).toBe(said);
    expect(c.session.requirements.residencyElsewhere).toBeUndefined();
    expect(c.session.requirements.euDataResidency).toBeUndefined();
    expect(text).toContain(`${said} preferred (a preference, not a rule: hosts elsewhere are kept)`);
  });
});
