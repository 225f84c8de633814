// What-ifs after a shortlist that need the thread's #1 pick or keep its facts: "what about a
// smaller model?" (smaller than #1), "what if we only rent 2 H200s?" (the #1 on those cards),
// "what if we also serve Singapore?" (users elsewhere: no requirement changes). Before, each
// answered "I couldn't tell which requirement to change" and lost track of the pick.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { hardwareFit } from "../../src/scoring/hardware-fit.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const total = (id: string) => catalog.modelById.get(id)?.parameters?.totalB ?? undefined;

const OPENINGS = [
  "recommend a model for a support chatbot, 20M tokens a month, self-hosted, data must stay in the EU",
  "which open-weights model for extracting fields from invoices, 50M tokens a month?",
  "we want to self-host a coding assistant for 40 developers, 30M tokens a month",
];

describe("what-ifs that need the thread's #1", () => {
  it.each(OPENINGS)("'%s', then 'what about a smaller model?': capped below #1, facts kept", (opening) => {
    const c = chat(catalog);
    const first = rankingOf(c.say(opening))[0]!;
    const size = total(first.id);
    expect(size, first.id).toBeDefined();
    const before = structuredClone(c.session.requirements);
    const reply = c.say("what about a smaller model?");
    expect(reply.data?.intent).toBe("what-if");
    const req = c.session.requirements;
    expect(req.maxParamsB).toBeLessThan(size!);
    // Nothing the thread said is lost.
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(req[key], key).toEqual(before[key]);
    expect(textOf(reply)).toContain(`smaller than ${first.name}`);
    const now = rankingOf(reply)[0]!;
    expect(total(now.id)!).toBeLessThanOrEqual(req.maxParamsB!);
  });

  it("a #1 with no published parameter count: says so and changes nothing", () => {
    const c = chat(catalog);
    const first = rankingOf(c.say("recommend a model for coding, 20M tokens a month, any API is fine"))[0]!;
    expect(total(first.id)).toBeUndefined();
    const before = structuredClone(c.session.requirements);
    const reply = c.say("what about a smaller model?");
    expect(textOf(reply)).toContain(`**${first.name}**, this thread's #1, has no published parameter count`);
    expect(c.session.requirements).toEqual(before);
  });

  it("'what if we only rent 2 H200s?': the thread's picks on those two cards, its facts kept", () => {
    const c = chat(catalog);
    c.say(OPENINGS[0]!);
    const before = structuredClone(c.session.requirements);
    const reply = c.say("what if we only rent 2 H200s?");
    const req = c.session.requirements;
    expect(req.namedGpus).toEqual({ type: "H200-SXM-141GB", count: 2 });
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(req[key], key).toEqual(before[key]);
    const first = rankingOf(reply)[0]!;
    expect(hardwareFit(catalog, catalog.modelById.get(first.id)!, req)?.fits).toBe(true);
    expect(first.costBasis).toBe("self-host");
    expect(textOf(reply)).toMatch(new RegExp(`\\*\\*${first.name}\\*\\* self-hosted[^\\n]*H200`));
  });

  it("'what if we also serve Singapore?': no requirement changes, and the answer says so with the #1 kept", () => {
    const c = chat(catalog);
    const first = rankingOf(c.say(OPENINGS[0]!))[0]!;
    const before = structuredClone(c.session.requirements);
    const reply = c.say("what if we also serve Singapore?");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements).toEqual(before);
    const body = textOf(reply);
    expect(body).toContain("you also serve users in Singapore");
    expect(body).toContain("data must stay in the EU");
    expect(body).toContain(`1. ${first.name}`);
  });
});
