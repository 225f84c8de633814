// Follow-ups inside a recommendation thread that the fourth tryout round found broken (the todos
// of tryout-fourth-round-open.test.ts, "thread"), driven through the real conversation core and
// catalogue: a side question or what-if asked while a flow question is open is answered and the
// question asked again; a bare "nope" declines it; odd inputs get one friendly line.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, rankingOf, stepOf, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const FINTECH = "we are a fintech, support chatbot, 400M tokens a month, considering self hosting vs api. which model?";

/** A thread with a shortlist shown and a refining question open. */
function refining() {
  const c = chat(catalog);
  c.say(FINTECH);
  const open = stepOf(c.say("refine"));
  expect(open).not.toBeNull();
  return { c, open: open! };
}

describe("fourth tryout round, thread: mid-flow what-ifs and side questions resume the flow", () => {
  it("'what if peak is 10x average' sizes for the peak, keeps the volume, and asks the open question again", () => {
    const { c, open } = refining();
    const volume = c.session.requirements.volume;
    c.say("what if peak is 10x average");
    const [answer, resumed] = c.replies;
    expect(answer?.data?.intent).toBe("what-if");
    expect(textOf(answer!)).toMatch(/What if:\*\* peak 10× average/);
    expect(c.session.requirements.volume).toEqual(volume);
    expect(c.session.assumptions.peakToAverage).toBe(10);
    expect(stepOf(resumed!)).toBe(open);
    expect(textOf(resumed!)).toMatch(/Back to the recommendation/);
  });

  it("a self-hosted pick is costed for the higher peak", () => {
    const c = chat(catalog);
    const base = new Map(rankingOf(c.say(FINTECH)).map((r) => [r.id, r.monthlyCostUsd]));
    const after = rankingOf(c.say("what if peak is 10x average"));
    const selfHosted = after.filter((r) => r.costBasis === "self-host" && base.get(r.id) != null);
    expect(selfHosted.length).toBeGreaterThan(0);
    for (const r of selfHosted) expect(r.monthlyCostUsd!).toBeGreaterThanOrEqual(base.get(r.id)!);
    expect(selfHosted.some((r) => r.monthlyCostUsd! > base.get(r.id)!)).toBe(true);
  });

  it("'break even for the top pick vs its api' answers for the shortlist's #1, not as 'any managed API'", () => {
    const { c, open } = refining();
    const top = c.session.lastList[0];
    c.say("break even for the top pick vs its api");
    const [answer, resumed] = c.replies;
    expect(answer?.data?.intent).toBe("break-even");
    expect(answer?.data?.models?.map((m) => m.id)).toContain(top);
    expect(c.session.requirements.deployment).toBeUndefined();
    expect(stepOf(resumed!)).toBe(open);
  });

  it("before any shortlist, a question about a place in it shows the shortlist now, with its 'Why #1 beats #2'", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    const open = stepOf(c.say("chat assistant for our customers"));
    expect(open).toBe("deployment");
    for (const question of ["why is #1 better than #2?", "break even for the top pick vs its api"]) {
      const c2 = chat(catalog, c.session);
      const reply = c2.say(question);
      expect(rankingOf(reply).length).toBeGreaterThanOrEqual(3);
      expect(textOf(reply)).toMatch(/no shortlist yet/);
      expect(textOf(reply)).toMatch(/Why #1 beats #2/);
      expect(c2.session.requirements.deployment).toBeUndefined();
    }
  });

  it("'nope' to the volume question skips it", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say("chat assistant for our customers");
    expect(stepOf(c.say("any managed api"))).toBe("volume");
    const after = c.say("nope");
    expect(textOf(after)).not.toMatch(/didn't catch/);
    expect(stepOf(after)).not.toBe("volume");
    expect(c.session.requirements.volume).toBeUndefined();
  });
});

describe("fourth tryout round, thread: odd requests get one clear line", () => {
  it("'compare gpt-4o with gpt-4o' suggests another model to compare with", () => {
    for (const [question, name] of [
      ["compare gpt-4o with gpt-4o", "GPT-4o"],
      ["compare claude sonnet 4.5 with claude sonnet 4.5", "Claude Sonnet 4.5"],
    ] as const) {
      const said = textOf(chat(catalog).say(question));
      expect(said).toContain(`Compare ${name} with which model?`);
      const example = /For example: "compare (.+) and (.+)"/.exec(said);
      expect(example).not.toBeNull();
      expect(example![1]).not.toBe(example![2]);
    }
  });

  it("an impossible amount (1e400, -5M) gets the one line naming it, without the whole help", () => {
    for (const [question, figure] of [
      ["cost of gpt-4o at 1e400 tokens a month", "1e400"],
      ["price of claude sonnet 4.5 at -5M tokens", "-5M"],
      ["what does llama 3.3 70b cost at 1e999 requests a day", "1e999"],
    ] as const) {
      const reply = chat(catalog).say(question);
      expect(textOf(reply)).toContain(figure);
      expect(reply.blocks).toHaveLength(1);
      expect(textOf(reply)).not.toMatch(/Model facts|For example/);
    }
  });
});
