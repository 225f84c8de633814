// A conversation that never loses a fact, over the real catalogue: what a message says is kept
// and said back once, the guided flow asks only what would change the top 3, corrections replace
// a slot and say so, a one-shot question gets the top 3 with its assumptions and a refine offer,
// and follow-ups inherit their subject.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { relevanceCheck } from "../../src/conversation/flows/step-relevance.js";
import { STEP_BY_ID } from "../../src/conversation/flows/steps.js";
import { decodeAction } from "../helpers/action-ids.js";
import { chat, choicesOf, rankingOf, stepOf, textOf } from "./recommend-helpers.js";

let catalog: Catalog;
beforeAll(() => {
  catalog = readCatalog();
});

describe("a conversation that never loses a fact", () => {
  it("use case and volume in the first message: shortlist within 3 turns, each fact said once, only questions that matter", () => {
    const c = chat(catalog);
    // User: help me choose a model for coding, about 50M tokens a month
    let reply = c.say("help me choose a model for coding, about 50M tokens a month");
    // Bot:  Noted: coding · 50M tokens/month (3:1 input:output assumed). Question 1 of 2: …
    expect(textOf(reply)).toMatch(/Noted: coding · 50M tokens\/month/);
    expect(c.session.requirements).toMatchObject({ useCase: "coding" });
    while (stepOf(reply)) {
      const step = STEP_BY_ID.get(stepOf(reply)!)!;
      // The scoring code says this question's answer can change the top 3.
      expect(relevanceCheck(catalog, c.session.requirements).matters(step)).toBe(true);
      const first = choicesOf(reply)[0]!;
      reply = c.click(first.id, first.label);
      // Bot: Noted: <that answer> (never "coding" or the volume again)
      expect(textOf(reply)).not.toMatch(/Noted: coding/);
      if (c.turns > 5) break;
    }
    expect(c.turns).toBeLessThanOrEqual(3);
    expect(rankingOf(reply).length).toBeGreaterThanOrEqual(3);
    // 50M at the split assumed for coding (85% in: job-split.ts).
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(42_500_000);
    expect(c.session.requirements.useCase).toBe("coding");
  });

  it("a step no answer could change is skipped, and says so", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    const reply = c.say("coding");
    // Every open step before the one asked was checked and found moot.
    const asked = stepOf(reply);
    const moot = c.session.flow?.moot ?? [];
    for (const id of moot) {
      expect(relevanceCheck(catalog, c.session.requirements).matters(STEP_BY_ID.get(id)!)).toBe(false);
      expect(textOf(reply)).toContain(STEP_BY_ID.get(id)!.label);
    }
    if (moot.length > 0) expect(textOf(reply)).toMatch(/no answer would change the top 3/);
    expect(asked).not.toBeNull();
  });

  it("a correction replaces the slot, says what changed, and the flow goes on", () => {
    const c = chat(catalog);
    c.say("help me choose a model for coding, about 50M tokens a month");
    // User: no, 5M not 50M
    const reply = c.say("no, 5M not 50M");
    // Bot:  Changed: monthly volume: 50M tokens/month (…) → 5M tokens/month (…).
    expect(textOf(reply)).toMatch(/Changed: monthly volume: 50M tokens\/month.* → 5M tokens\/month/);
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(4_250_000);
    expect(c.session.requirements.useCase).toBe("coding");
    expect(c.session.flow).not.toBeNull();
    // "back" undoes the correction.
    c.say("back");
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(42_500_000);
  });

  it("a side question mid-flow is answered, then the flow resumes at the same question, saying so", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    const asking = stepOf(c.say("coding"));
    // User: what's the price of GPT-4o?
    c.say("what's the price of GPT-4o?");
    const [answer, resumed] = c.replies;
    expect(answer!.data?.intent).toBe("price");
    // Bot:  Back to the recommendation, where we were: Question 2 of …
    expect(textOf(resumed!)).toMatch(/Back to the recommendation, where we were/);
    expect(stepOf(resumed!)).toBe(asking);
    expect(c.session.requirements.useCase).toBe("coding");
  });
});

describe("one-shot recommendations", () => {
  it("a request with a use case answers at once: top 3, assumptions, and a refine button", () => {
    const c = chat(catalog);
    // User: we need a model for RAG over our docs, thoughts?
    const reply = c.say("we need a model for RAG over our docs, thoughts?");
    expect(stepOf(reply)).toBeNull();
    const ranking = rankingOf(reply);
    expect(ranking.length).toBeGreaterThanOrEqual(3);
    for (const m of ranking.slice(0, 3)) expect(m.breakdown).toBeDefined();
    expect(reply.data?.models).toHaveLength(3);
    // Bot: Assumed: nothing about data sensitivity, where it may run, … Refine, or just tell me.
    expect(textOf(reply)).toMatch(/\*\*Assumed:\*\* nothing about .*data sensitivity/);
    expect(reply.data?.assumed).toEqual(expect.arrayContaining(["commercial use", "data sensitivity not stated"]));
    const refine = choicesOf(reply).find((o) => decodeAction(o.id)?.kind === "flow-control");
    expect(decodeAction(refine?.id)).toEqual({ kind: "flow-control", command: "refine" });
    // Click: Refine -> at most two questions that change the top 3, then the shortlist again.
    let next = c.click(refine!.id, refine!.label);
    expect(textOf(next)).toMatch(/Refining: I'll ask only what would change the top 3/);
    let questions = 0;
    while (stepOf(next)) {
      questions++;
      const first = choicesOf(next)[0]!;
      next = c.click(first.id, first.label);
      if (questions > 3) break;
    }
    expect(questions).toBeLessThanOrEqual(2);
    expect(rankingOf(next).length).toBeGreaterThan(0);
    expect(c.session.requirements.useCase).toBe("rag");
  });
});

describe("end to end with the real understanding", () => {
  it("the first message's facts are all kept and said back once, exclusions as exclusions", () => {
    const c = chat(catalog);
    // User: a coding assistant for our developers, ~50M tokens a month, no models from Chinese labs
    const reply = c.say("a coding assistant for our developers, ~50M tokens a month, no models from Chinese labs");
    // Bot:  Noted: coding · excluding models from Chinese labs · 50M tokens/month (…). Shortlist: coding …
    expect(textOf(reply)).toMatch(/Noted: coding · excluding models from Chinese labs · 50M tokens\/month/);
    expect(c.session.requirements.exclude?.countries).toEqual(["CN"]);
    const top = rankingOf(reply).slice(0, 3);
    expect(top).toHaveLength(3);
    for (const m of top) {
      const lab = catalog.labByName?.get(catalog.modelById.get(m.id)!.lab);
      if (lab) expect(lab.country).not.toBe("CN");
    }
  });

  it.each(["which model would you pick for coding?", "what should we run for customer support chat?"])(
    "'%s' answers at once with the top 3",
    (question) => {
      const c = chat(catalog);
      const reply = c.say(question);
      expect(stepOf(reply)).toBeNull();
      expect(rankingOf(reply).length).toBeGreaterThanOrEqual(3);
      expect(choicesOf(reply).some((o) => decodeAction(o.id)?.kind === "flow-control")).toBe(true);
    },
  );

  it.each([
    ["is open source always cheaper?", "cost-at-scale"],
    ["who owns what the model writes?", "ownership"],
    ["is it safe to send patient data to an API?", "data-security"],
  ])("'%s' gets the %s criterion, not a request for a model", (question, topic) => {
    const reply = chat(catalog).say(question);
    expect(reply.data?.intent).toBe("tradeoffs");
    expect(reply.data?.topic).toBe(topic);
    expect(textOf(reply)).toMatch(/\*\*The criterion:\*\*/);
  });
});

describe("follow-ups inherit their subject", () => {
  it("'and at int4?', 'what about 5B tokens a month?', 'same for …' keep the models, volume and mode", () => {
    const c = chat(catalog);
    c.say("what does it cost to self-host Llama 3.1 70B at 50M tokens a month?");
    expect(c.replies[0]!.data?.models).toEqual([{ id: "llama-3.1-70b", name: "Llama 3.1 70B" }]);
    // User: and at int4?
    const int4 = c.say("and at int4?");
    expect(int4.data?.models).toEqual([{ id: "llama-3.1-70b", name: "Llama 3.1 70B" }]);
    expect(textOf(int4)).toMatch(/Self-hosting Llama 3\.1 70B/);
    expect(JSON.stringify(int4.data)).toMatch(/int4/);
    // User: what about 5B tokens a month?   (same model, still self-hosted, new volume)
    const more = c.say("what about 5B tokens a month?");
    expect(more.data?.models).toEqual([{ id: "llama-3.1-70b", name: "Llama 3.1 70B" }]);
    expect(textOf(more)).toMatch(/Self-hosting Llama 3\.1 70B/);
    expect(textOf(more)).toMatch(/3\.75B tokens input/);
    // User: same for Mistral Large 2   (same question, other model)
    const other = c.say("same for Mistral Large 2");
    expect(other.data?.models?.[0]?.id).toBe("mistral-large-2");
    expect(textOf(other)).toMatch(/3\.75B tokens input/);
  });

  it("a price follow-up keeps asking about prices", () => {
    const c = chat(catalog);
    c.say("price of gpt-4o");
    const next = c.say("and claude 3.5 sonnet?");
    expect(next.data?.intent).toBe("price");
    expect(next.data?.models?.[0]?.id).toBe("claude-3.5-sonnet");
  });
});
