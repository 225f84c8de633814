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
    // The next question is whichever one could still change the top 3 (data or deployment).
    const open = stepOf(c.say("chat assistant for our customers"));
    expect(["data", "deployment"]).toContain(open);
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
    c.say("chat assistant for our customers, public data");
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

const MINISTRY_NL =
  "gov agency (netherlands, ministry level). we need an assistant for caseworkers to search + summarise internal policy docs. strictly on-prem, air gapped, open weights only. NOTHING from chinese or us labs — european models preferred. dutch + english. ~20M tokens/month, docs up to 60k tokens. we own 4x L40S. small ops team that runs k8s";
const AGENCY =
  "marketing agency, we write ad copy + product descriptions for clients in es/pt/it/fr/de/pl. ~50M tokens a month, mostly output tbh (short briefs in, long copy out, maybe 300 in / 900 out). budget is tight: $400/mo max. api is fine, we dont want to host anything. which models?";
const AZURE_SUPPORT =
  "customer support chatbot, english + spanish, ~300M tokens a month. we're on azure. budget $650/month. which model?";

describe("fourth tryout round, thread: 'why is X on the list?' and comparisons use the thread", () => {
  it("'why is <#3> on the list? its a coding model' says where it ranks and why, not its model card", () => {
    const c = chat(catalog);
    const shortlist = rankingOf(c.say(MINISTRY_NL));
    expect(shortlist.length).toBeGreaterThanOrEqual(3);
    for (const [i, row] of shortlist.slice(0, 3).entries()) {
      const d = chat(catalog, c.session);
      const reply = d.say(`why is ${row.name.toLowerCase()} on the list? its a coding model`);
      const said = textOf(reply);
      expect(reply.data?.intent).toBe("what-if");
      expect(said).toContain(`Why ${row.name} is on the list`);
      expect(said).toContain(`ranks #${i + 1} of the ${shortlist.length} models that pass every hard rule`);
      expect(said).not.toMatch(/Lab\s+:|Released\s+:/);
      // The question restates nothing: the thread's use case stays summarisation.
      expect(d.session.requirements.useCase).toBe("summarization");
      if (i > 0) expect(said).toMatch(new RegExp(`Behind #1 ${shortlist[0]!.name}`));
      if (row.breakdown.useCaseFit! < 0.5) expect(said).toMatch(/Its fit for summarisation is low/);
    }
  });

  it("a comparison in a thread that said 300 in / 900 out gives the price ratio of the monthly costs it shows", () => {
    const c = chat(catalog);
    c.say(AGENCY);
    const reply = c.say("compare the top 2");
    const said = textOf(reply);
    expect(said).not.toMatch(/3:1 input\/output mix/);
    const table = reply.blocks.find((b) => b.kind === "table");
    const costRow = table && table.kind === "table" ? table.rows.find((r) => r[0] === "Monthly cost") : undefined;
    const dollars = (costRow ?? []).slice(1).map((cell) => Number(/\$([\d,.]+)/.exec(cell)![1]!.replace(/,/g, "")));
    expect(dollars).toHaveLength(2);
    const [lo, hi] = [Math.min(...dollars), Math.max(...dollars)];
    if (hi / lo < 1.005) expect(fallback(reply)).toMatch(/25:75 input\/output mix[^,]*, .+ cost the same per token/);
    else {
      const ratio = /25:75 input\/output mix[^,]*, (.+?) costs ([\d.]+)× as much/.exec(fallback(reply));
      expect(ratio).not.toBeNull();
      expect(Number(ratio![2])).toBeCloseTo(hi / lo, 1);
    }
  });

  it("a comparison in an Azure thread prices each model on Azure, as the shortlist did", () => {
    const c = chat(catalog);
    const shortlist = rankingOf(c.say(AZURE_SUPPORT));
    const reply = c.say("compare gpt-4o and gpt-4.1-mini");
    const table = reply.blocks.find((b) => b.kind === "table");
    const costRow = table && table.kind === "table" ? table.rows.find((r) => r[0] === "Monthly cost") : undefined;
    expect(costRow?.slice(1).every((cell) => /Azure/.test(cell))).toBe(true);
    expect(textOf(reply) + fallback(reply)).toMatch(/on Azure[^,]*, where this thread runs/);
    // The same model costs the same in the shortlist and in the comparison.
    const both = shortlist.find((r) => r.id === "gpt-4.1-mini");
    if (both?.monthlyCostUsd != null) expect(costRow?.[2]).toContain(both.monthlyCostUsd.toFixed(2));
  });
});

function fallback(reply: { fallbackText: string }): string {
  return reply.fallbackText;
}

describe("fourth tryout round, thread: follow-ups keep the thread's subject and facts", () => {
  it("'and via api?' after self-hosting costs prices the model just costed through its API, at the same volume", () => {
    const c = chat(catalog);
    c.say("self host gemma 3 27b at 300M tokens a month");
    c.say("same for mistral small 3.2");
    const reply = c.say("and via api?");
    expect(reply.data?.intent).toBe("cost");
    expect(reply.data?.selfHost).toBeFalsy();
    expect(reply.data?.models?.map((m) => m.id)).toEqual(["mistral-small-3.2"]);
    expect(textOf(reply)).toMatch(/monthly API cost/);
    expect(textOf(reply)).toMatch(/300M tokens a month/);
    // A self-hosting follow-up after it is self-hosted again.
    expect(c.say("and at int4?").data?.selfHost).toBeTruthy();
  });

  it("'what if we drop the EU requirement' lifts EU data residency; the company stays EU-based", () => {
    const c = chat(catalog);
    c.say(
      "Dutch logistics company, route planning assistant for dispatchers, EU data residency required, 30M tokens a month, which model?",
    );
    expect(c.session.requirements).toMatchObject({ euDataResidency: true, inEu: true });
    const reply = c.say("what if we drop the EU requirement");
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.euDataResidency).toBeUndefined();
    expect(c.session.requirements.inEu).toBe(true);
    // Said about the company, the place goes too.
    const d = chat(catalog);
    d.say(
      "Dutch logistics company, route planning assistant for dispatchers, EU data residency required, 30M tokens a month, which model?",
    );
    d.say("what if we drop the EU-based company part");
    expect(d.session.requirements.inEu).toBeUndefined();
  });
});

const FRENCH_HOSPITAL =
  "french hospital group (AP-HP size). clinical note summarisation, patient data (HDS certification required for hosting in france). we cannot use any US-owned cloud or API provider because of the CLOUD Act, so no azure/aws/gcp, no openai/anthropic/google APIs. self-hosting in our HDS datacenter is fine, we have a GPU team. 500M tokens/month. which models?";

describe("fourth tryout round, thread: what a section or a figure says applies to the team", () => {
  it("'Where your data goes' is left out when every pick is self-hosted, and shown when a pick uses an API host", () => {
    const hospital = chat(catalog).say(FRENCH_HOSPITAL);
    const top = rankingOf(hospital).slice(0, 3);
    expect(top.length).toBe(3);
    if (top.every((r) => r.costBasis === "self-host"))
      expect(textOf(hospital)).not.toMatch(/Where your data goes|HIPAA/);
    const api = chat(catalog).say(
      "we handle patient data, summarise discharge letters via an API, 10M tokens a month. which model?",
    );
    if (
      rankingOf(api)
        .slice(0, 3)
        .some((r) => r.costBasis === "api")
    )
      expect(textOf(api)).toMatch(/Where your data goes/);
  });

  it("a 300K-token request priced on a 200K-window model says it does not fit in one request", () => {
    const reply = chat(catalog).say("cost of claude sonnet 4.5 for 1,000 docs a month, 300k tokens each");
    const window = catalog.modelById.get("claude-sonnet-4.5")!.contextWindow!;
    expect(window).toBeLessThan(300_000);
    expect(textOf(reply)).toMatch(/does not fit in one request/);
    // A request that fits says nothing of the kind.
    expect(textOf(chat(catalog).say("cost of claude sonnet 4.5 for 1,000 docs a month, 30k tokens each"))).not.toMatch(
      /does not fit/,
    );
  });
});
