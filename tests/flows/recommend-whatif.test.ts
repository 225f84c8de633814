// One-shot recommendations, what-ifs that keep the thread's state, "why not X?", and the
// decision record, through the real advisor.
import { describe, expect, it } from "vitest";
import { fmtScore } from "../../src/scoring/explain.js";
import { CRITERIA, CRITERION_LABELS } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf, NOW } from "./recommend-helpers.js";
import { scoringCatalog } from "../unit/scoring/scoring-fixture.js";

const ONE_SHOT = "recommend an open-weights model for coding under $500 a month at 20M tokens";

describe("one-shot recommendation", () => {
  it("returns the shortlist at once with machine-readable data", () => {
    const c = chat();
    const reply = c.say(ONE_SHOT);
    const data = reply.data ?? { intent: "" };
    expect(data.intent).toBe("recommend");
    expect(data.requirements).toMatchObject({ useCase: "coding", openWeightsOnly: true, monthlyBudgetUsd: 500 });
    const ranking = rankingOf(reply);
    expect(ranking.length).toBeGreaterThanOrEqual(3);
    const catalog = scoringCatalog();
    for (const m of ranking) {
      expect(catalog.modelById.get(m.id)?.openWeights).toBe(true);
      expect(m.monthlyCostUsd).not.toBeNull();
      expect(m.monthlyCostUsd ?? Infinity).toBeLessThanOrEqual(500);
      expect(["allowed", "conditional"]).toContain(m.licenseVerdict);
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(Object.keys(m.breakdown).sort()).toEqual([...CRITERIA].sort());
    }
    const excluded = data.excluded as { id: string; reason: string }[];
    expect(excluded.find((e) => e.id === "gpt-4o")?.reason).toMatch(/no downloadable weights/);
    const weights = data.weights as Record<string, number>;
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("explains #1 over #2 with the breakdown's own criteria and numbers", () => {
    const reply = chat().say(ONE_SHOT);
    const [a, b] = rankingOf(reply);
    if (!a || !b) throw new Error("two models expected");
    const body = textOf(reply);
    expect(body).toContain(`**${a.name}** scores ${fmtScore(a.score)} and **${b.name}** ${fmtScore(b.score)}`);
    const cited = [...body.matchAll(/\*\*([a-z -]+)\*\* \(weight (\d\.\d\d)\): [^\n]*? (\d\.\d\d) vs (\d\.\d\d)/g)];
    expect(cited.length).toBeGreaterThan(0);
    const weights = reply.data?.weights as Record<string, number>;
    for (const [, label, weight, first, second] of cited) {
      const criterion = CRITERIA.find((c) => CRITERION_LABELS[c] === label);
      expect(criterion).toBeDefined();
      if (!criterion) continue;
      expect(weight).toBe(fmtScore(weights[criterion] ?? -1));
      expect(first).toBe(fmtScore(a.breakdown[criterion] ?? -1));
      expect(second).toBe(fmtScore(b.breakdown[criterion] ?? -1));
    }
  });
});

describe("what-ifs keep the thread's state", () => {
  it("double the traffic doubles the volume and every API cost, and stays in the thread", () => {
    const c = chat();
    const before = rankingOf(c.say("recommend a model for coding at 20M tokens a month, internal data"));
    const after = c.say("double the traffic");
    expect(after.data?.intent).toBe("what-if");
    const vol = c.session.requirements.volume;
    expect((vol?.inputTokensPerMonth ?? 0) + (vol?.outputTokensPerMonth ?? 0)).toBe(40_000_000);
    expect(rankingOf(after).filter((m) => m.costBasis === "api").length).toBeGreaterThan(0);
    for (const m of rankingOf(after)) {
      const old = before.find((x) => x.id === m.id);
      // API prices are per token: the bill doubles (a self-hosted replica need not).
      if (old?.monthlyCostUsd && m.monthlyCostUsd && m.costBasis === "api" && old.costBasis === "api")
        expect(m.monthlyCostUsd).toBeCloseTo(old.monthlyCostUsd * 2, 6);
    }
    // A second what-if builds on the first.
    c.say("double the traffic");
    const vol2 = c.session.requirements.volume;
    expect((vol2?.inputTokensPerMonth ?? 0) + (vol2?.outputTokensPerMonth ?? 0)).toBe(80_000_000);
  });

  it("what if we self-host? keeps only models with weights, and back undoes it", () => {
    const c = chat();
    c.say("recommend a model for chat at 5M tokens a month, regulated data");
    const reply = c.say("what if we self-host?");
    expect(c.session.requirements.deployment).toBe("own-cloud");
    const catalog = scoringCatalog();
    for (const m of rankingOf(reply)) expect(catalog.modelById.get(m.id)?.openWeights).toBe(true);
    const excluded = reply.data?.excluded as { id: string; reason: string }[];
    expect(excluded.find((e) => e.id === "gpt-4o")?.reason).toMatch(/cannot run in your own cloud/);
    const undone = c.say("back");
    expect(c.session.requirements.deployment).toBeUndefined();
    expect(textOf(undone)).toMatch(/Undone/);
    expect(
      rankingOf(undone).some((m) => m.id === "gpt-4o" || m.id === "claude-sonnet-4.5" || m.id === "gpt-4o-mini"),
    ).toBe(true);
  });

  it("we don't need fine-tuning / only open models change those requirements", () => {
    const c = chat();
    c.say("recommend a model for creative writing, we need to fine-tune it, 10M tokens a month");
    expect(c.session.requirements.fineTuning).toBe(true);
    c.say("we don't need fine-tuning");
    expect(c.session.requirements.fineTuning).toBe(false);
    const open = c.say("only open models");
    expect(c.session.requirements.openWeightsOnly).toBe(true);
    const catalog = scoringCatalog();
    for (const m of rankingOf(open)) expect(catalog.modelById.get(m.id)?.openWeights).toBe(true);
  });

  it("why not GPT-4o? gives its exclusion reason, or its rank and gap to #1", () => {
    const c = chat();
    c.say(ONE_SHOT);
    const excluded = c.say("why not GPT-4o?");
    expect(textOf(excluded)).toMatch(
      /Why not GPT-4o\?\*\* It was ruled out before scoring: GPT-4o has no downloadable weights/,
    );
    const c2 = chat();
    const first = rankingOf(c2.say("recommend a model for coding at 20M tokens a month, internal data"));
    const ranked = first.findIndex((m) => m.id === "gpt-4o");
    const top = first[0];
    expect(ranked).toBeGreaterThan(0);
    const why = c2.say("why not gpt-4o?");
    const gpt = first[ranked];
    if (!top || !gpt) throw new Error("expected models");
    expect(textOf(why)).toContain(
      `It ranks #${ranked + 1} of ${first.length} with ${fmtScore(gpt.score)}, ${(top.score - gpt.score).toFixed(3)} behind ${top.name}`,
    );
    expect(why.data?.asked).toEqual(["gpt-4o"]);
  });
});

describe("statements after the shortlist change the thread", () => {
  it("'we are based in the EU' and 'no budget' are taken as what-ifs", () => {
    const c = chat();
    c.say("recommend a model for chat at 5M tokens a month under $300 a month, internal data");
    expect(c.session.requirements.monthlyBudgetUsd).toBe(300);
    const eu = c.say("we are based in the EU");
    expect(eu.data?.intent).toBe("what-if");
    expect(c.session.requirements.inEu).toBe(true);
    const excluded = eu.data?.excluded as { id: string; reason: string }[];
    expect(excluded.find((e) => e.id === "llama-3.2-11b-vision")?.reason).toMatch(/EU/);
    const free = c.say("no budget");
    expect(free.data?.intent).toBe("what-if");
    expect(c.session.requirements.monthlyBudgetUsd).toBeUndefined();
    expect(c.session.requirements.inEu).toBe(true);
  });
});

describe("decision record", () => {
  it("summarize returns Markdown with requirements, shortlist scores, costs, verdicts, sources and date", () => {
    const c = chat();
    const shortlist = c.say(ONE_SHOT);
    const reply = c.say("summarize");
    expect(reply.data?.intent).toBe("decision-record");
    const md = String(reply.data?.markdown ?? "");
    expect(md).toMatch(/^# Decision record: choosing an LLM for coding/);
    expect(md).toContain(`Date: ${NOW.toISOString().slice(0, 10)}`);
    expect(md).toContain("## Requirements\n- coding\n- open-weights models only");
    const top = rankingOf(shortlist).slice(0, 3);
    for (const m of top) {
      expect(md).toMatch(new RegExp(`\\| ${m.name.replace(/[.()]/g, "\\$&")} \\| ${fmtScore(m.score)} \\| \\$`));
      expect(md).toContain(`**${m.name}**`);
    }
    expect(md).toMatch(/## Licence verdicts/);
    expect(md).toMatch(/## Sources\n- .*as of \d{4}-\d{2}-\d{2}/);
    expect(textOf(reply)).toContain(md);
  });

  it("summarize with no recommendation says there is nothing yet", () => {
    const reply = chat().say("summarize");
    expect(reply.data?.intent).toBe("decision-record");
    expect(reply.data?.markdown).toBeUndefined();
    expect(textOf(reply)).toMatch(/no recommendation in this conversation/);
  });
});
