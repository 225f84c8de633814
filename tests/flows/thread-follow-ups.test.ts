// Follow-ups inside a recommendation thread continue the answer they follow: after a cost, price or
// licence about a shortlisted model, a bare change ("and at 20M tokens a month?") asks that
// question again; a supposition ("what if we had…", "and if we needed…") or the same words right
// after a shortlist re-rank it. A comparison, a break-even or a family name said without a model
// is about the model the last answer was about (the shortlist's #1 after a shortlist). Through the
// real advisor and catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { resolveModel } from "../../src/catalog/lookup.js";
import { chat, rankingOf, type Chat } from "./recommend-helpers.js";

const catalog = readCatalog();
const OPENING = "recommend a model for coding, 10M tokens a month, open weights";

const totalOf = (v: unknown) => {
  const volume = v as { inputTokensPerMonth: number; outputTokensPerMonth: number } | undefined;
  return volume ? volume.inputTokensPerMonth + volume.outputTokensPerMonth : undefined;
};
const modelIds = (c: Chat) => (c.replies[0]?.data?.models ?? []).map((m) => m.id);

/** A thread with its shortlist shown; returns the chat and the ranked ids. */
function shortlisted(opening = OPENING): { c: Chat; ranked: string[] } {
  const c = chat(catalog);
  const ranked = rankingOf(c.say(opening)).map((r) => r.id);
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  return { c, ranked };
}

describe("in a thread, a bare follow-up continues the factual answer it follows", () => {
  it("after a cost of the #2 pick, 'and at 20M tokens a month?' re-prices #2 and leaves the thread's volume alone", () => {
    const { c, ranked } = shortlisted();
    const second = catalog.modelById.get(ranked[1]!)!;
    c.say(`what would ${second.name} cost?`);
    expect(c.replies[0]?.data?.intent).toBe("cost");
    const again = c.say("and at 20M tokens a month?");
    expect(again.data?.intent).toBe("cost");
    expect(modelIds(c)).toEqual([second.id]);
    expect(totalOf(again.data?.volume)).toBe(20_000_000);
    expect(totalOf(c.session.requirements.volume)).toBe(10_000_000);
  });

  it("a supposition after the same cost answer re-ranks the thread instead", () => {
    const { c, ranked } = shortlisted();
    const second = catalog.modelById.get(ranked[1]!)!;
    c.say(`what would ${second.name} cost?`);
    expect(c.say("what if we had 20M tokens a month?").data?.intent).toBe("what-if");
    expect(totalOf(c.session.requirements.volume)).toBe(20_000_000);
    c.say(`what would ${second.name} cost?`);
    expect(c.say("and if we needed EU hosting?").data?.intent).toBe("what-if");
    expect(c.session.requirements.euDataResidency).toBe(true);
  });

  it("right after a shortlist the same bare change is a what-if", () => {
    const { c } = shortlisted();
    expect(c.say("and at 20M tokens a month?").data?.intent).toBe("what-if");
    expect(totalOf(c.session.requirements.volume)).toBe(20_000_000);
  });

  it("'and for X?' after a price of a shortlisted model prices X", () => {
    const { c, ranked } = shortlisted();
    c.say(`price of ${catalog.modelById.get(ranked[0]!)!.name}`);
    const other = c.say("and for gpt-4.1-mini?");
    expect(other.data?.intent).toBe("price");
    expect(modelIds(c)).toEqual(["gpt-4.1-mini"]);
  });
});

describe("a question that names one model or none is about the last answer's model", () => {
  it("'compare with X' after a hardware question about a model compares X with that model", () => {
    const { c, ranked } = shortlisted();
    const top = catalog.modelById.get(ranked[0]!)!;
    c.say(`what hardware do we need to self-host ${top.name}?`);
    const compared = c.say("compare with gpt-4.1-mini");
    expect(compared.data?.intent).toBe("compare");
    expect(modelIds(c)).toEqual([top.id, "gpt-4.1-mini"]);
  });

  it("'compare with X' right after a shortlist compares X with its #1", () => {
    const { c, ranked } = shortlisted();
    c.say("compare with gpt-4.1-mini");
    expect(modelIds(c)).toEqual([ranked[0], "gpt-4.1-mini"]);
  });

  it("a break-even after a shortlist is the #1 self-hosted against its own API, at the thread's mix", () => {
    const { c, ranked } = shortlisted();
    const reply = c.say("when does self-hosting pay off?");
    expect(reply.data?.intent).toBe("break-even");
    expect(modelIds(c)).toEqual([ranked[0]]);
    const against = (reply.data?.breakEven as { against?: { modelId: string } } | null)?.against;
    expect(against?.modelId ?? ranked[0]).toBe(ranked[0]);
    // The mix is the thread's 10M tokens a month, split as assumed for coding (8.5M in, 1.5M out:
    // job-split.ts), not the no-volume mix.
    expect(reply.fallbackText).toMatch(/Mix[^\n]*from 8\.5M tokens input/);
  });

  it("a break-even after a cost of the #3 pick is about #3", () => {
    const { c, ranked } = shortlisted();
    const third = catalog.modelById.get(ranked[2]!)!;
    c.say(`what would ${third.name} cost?`);
    expect(c.say("when does self-hosting pay off?").data?.intent).toBe("break-even");
    expect(modelIds(c)).toEqual([third.id]);
  });

  it("a family name means the one member on the shortlist, and still asks in a thread without one", () => {
    const { c } = shortlisted();
    const shown = c.session.lastList;
    // Every shortlisted model whose family name alone matches several models, one of them shown.
    const cases = shown.flatMap((id) => {
      const family = catalog.modelById.get(id)!.family;
      const r = resolveModel(family, catalog);
      if (r.status !== "ambiguous") return [];
      return r.candidates.filter((cand) => shown.includes(cand)).length === 1 ? [{ id, family }] : [];
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const { id, family } of cases) {
      const { c: thread } = shortlisted();
      expect(thread.say(`what would ${family.toLowerCase()} cost`).data?.intent, family).toBe("cost");
      expect(modelIds(thread), family).toEqual([id]);
      expect(chat(catalog).say(`what would ${family.toLowerCase()} cost`).data?.intent, family).toBe("clarify-model");
    }
  });
});

describe("facts stated in a side question while the flow asks its questions are applied at once", () => {
  const toQuestion2 = () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say("coding");
    const asked = c.session.flow?.step;
    expect(asked).toBeTruthy();
    expect(c.session.requirements.volume).toBeUndefined();
    return { c, asked };
  };

  it("a cost at a volume is answered, the volume noted and kept, and the same question asked again", () => {
    const { c, asked } = toQuestion2();
    c.say("what does Llama 3.3 70B cost at 30M tokens a month?");
    const [answer, resumed] = c.replies;
    expect(answer?.data?.intent).toBe("cost");
    expect(resumed?.fallbackText).toMatch(/Noted: 30M tokens\/month[\s\S]*Back to the recommendation/);
    expect(totalOf(c.session.requirements.volume)).toBe(30_000_000);
    expect(c.session.flow?.step).toBe(asked);
    // "back" undoes the noted volume like any other answer.
    c.say("back");
    expect(c.session.requirements.volume).toBeUndefined();
  });

  it("a side question that asks 'which one?' waits: '2' picks the model, then the flow resumes with the volume", () => {
    const { c, asked } = toQuestion2();
    c.say("what does Llama cost at 30M tokens a month?");
    expect(c.replies.map((r) => r.data?.intent)).toEqual(["clarify-model"]);
    c.say("2");
    expect(c.replies.map((r) => r.data?.intent)).toEqual(["cost", "recommend"]);
    expect(c.replies[1]?.fallbackText).toMatch(/Noted: 30M tokens\/month/);
    expect(c.session.flow?.step).toBe(asked);
  });

  it("a volume the thread already has is not replaced by a side question's", () => {
    const c = chat(catalog);
    c.say("help me choose a model");
    c.say("coding, about 10M tokens a month");
    c.say("what does Llama 3.3 70B cost at 30M tokens a month?");
    expect(totalOf(c.session.requirements.volume)).toBe(10_000_000);
    expect(c.replies[1]?.fallbackText).not.toMatch(/Noted:/);
  });
});
