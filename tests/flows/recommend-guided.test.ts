// Whole guided conversations through the real advisor: "help me choose" to a shortlist, with
// buttons, free text, skip, back, start over, ambiguous answers and side questions.
import { describe, expect, it } from "vitest";
import { MAX_HISTORY, newFlow, pushHistory } from "../../src/conversation/flows/flow-state.js";
import { MAX_QUESTIONS } from "../../src/conversation/flows/steps.js";
import { chat, choicesOf, rankingOf, stepOf, textOf } from "./recommend-helpers.js";
import { decodeAction } from "../helpers/action-ids.js";

describe("guided recommendation transcripts", () => {
  it("goes from 'help me choose' to a justified shortlist in at most 8 messages, by typed answers", () => {
    const c = chat();
    let reply = c.say("help me choose a model");
    const asked: string[] = [];
    const answers: Record<string, string> = {
      "use-case": "coding",
      data: "internal",
      deployment: "any API is fine",
      volume: "20M",
      budget: "$2000",
      "ml-ops": "some",
      "fine-tuning": "no",
      users: "10k",
      context: "32k",
    };
    while (stepOf(reply)) {
      const step = stepOf(reply) ?? "";
      asked.push(step);
      // Every question offers its choices as flow buttons, ids within the contract.
      for (const o of choicesOf(reply)) {
        expect(decodeAction(o.id)).toMatchObject({ kind: "flow-answer", step });
        expect(o.id.length).toBeLessThanOrEqual(90);
      }
      reply = c.say(answers[step] ?? "skip");
      if (c.turns > 10) break;
    }
    expect(c.turns).toBeLessThanOrEqual(8);
    expect(asked.length).toBeLessThanOrEqual(MAX_QUESTIONS);
    expect(asked.slice(0, 3)).toEqual(["use-case", "data", "deployment"]);
    expect(reply.data?.intent).toBe("recommend");
    const ranking = rankingOf(reply);
    expect(ranking.length).toBeGreaterThanOrEqual(3);
    expect(c.session.requirements).toMatchObject({
      useCase: "coding",
      dataSensitivity: "internal",
      deployment: "any-api",
      monthlyBudgetUsd: 2000,
      mlOpsExperience: "some",
      fineTuning: false,
    });
    // Every ranked model is within the stated budget at 20M tokens.
    for (const m of ranking) expect(m.monthlyCostUsd ?? Infinity).toBeLessThanOrEqual(2000);
    const body = textOf(reply);
    expect(body).toContain("Why #1 beats #2");
    expect(body).toContain("What would swap #1 and #2");
    expect(reply.blocks.some((b) => b.kind === "table")).toBe(true);
    expect(
      reply.blocks.some(
        (b) => b.kind === "sources" && b.items.length > 0 && b.items.every((i) => /^\d{4}-\d{2}/.test(i.asOf)),
      ),
    ).toBe(true);
    expect(c.session.flow?.step).toBeNull();
  });

  it("works the same by clicking the flow buttons", () => {
    const c = chat();
    let reply = c.say("help us pick an LLM");
    while (stepOf(reply)) {
      const first = choicesOf(reply)[0];
      if (!first) throw new Error("no choices");
      reply = c.click(first.id, first.label);
      if (c.turns > 10) break;
    }
    expect(c.turns).toBeLessThanOrEqual(8);
    expect(c.session.requirements.useCase).toBe("chat");
    expect(c.session.requirements.dataSensitivity).toBe("public");
    expect(c.session.requirements.deployment).toBe("any-api");
    expect(rankingOf(reply).length).toBeGreaterThan(0);
  });

  it("free text that fills several slots skips their questions", () => {
    const c = chat();
    const reply = c.say("help us pick a model for coding with internal data");
    // Use case and data sensitivity are known: the first question is about deployment.
    expect(stepOf(reply)).toBe("deployment");
    expect(textOf(reply)).toMatch(/From your message: coding · internal data/);
    const next = c.say("our own cloud, about 20M tokens a month, and we have a strong ML-ops team");
    // One answer filled deployment, volume and ML-ops experience: none of them is asked.
    expect(c.session.requirements).toMatchObject({ deployment: "own-cloud", mlOpsExperience: "strong" });
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(15_000_000);
    expect(stepOf(next)).toBe("budget");
    const asked: string[] = ["deployment", "budget"];
    let r = next;
    while (stepOf(r)) {
      r = c.say("skip");
      const s = stepOf(r);
      if (s) asked.push(s);
    }
    expect(asked).not.toContain("volume");
    expect(asked).not.toContain("ml-ops");
    expect(asked).not.toContain("data");
  });

  it("a message that says enough gets the shortlist at once", () => {
    const c = chat();
    const reply = c.say(
      "help us pick an open-weights model for coding, internal data, 20M tokens a month, under $1000 a month",
    );
    expect(stepOf(reply)).toBeNull();
    expect(reply.data?.intent).toBe("recommend");
    expect(rankingOf(reply).length).toBeGreaterThan(0);
    expect(c.session.flow).toMatchObject({ step: null });
  });

  it("skip moves on without an answer, and the shortlist says what was not asked", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("extraction");
    const afterSkip = c.say("skip");
    expect(stepOf(afterSkip)).toBe("deployment");
    expect(c.session.requirements.dataSensitivity).toBeUndefined();
    expect(c.session.flow?.skipped).toContain("data");
    let reply = afterSkip;
    while (stepOf(reply)) reply = c.say("skip");
    expect(c.turns).toBeLessThanOrEqual(8);
    expect(reply.data?.intent).toBe("recommend");
    expect(rankingOf(reply).length).toBeGreaterThan(0);
  });

  it("back undoes the last answer and asks that question again; a new answer replaces it", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("rag");
    c.say("regulated");
    expect(c.session.requirements.dataSensitivity).toBe("regulated");
    const back = c.say("back");
    expect(stepOf(back)).toBe("data");
    expect(textOf(back)).toMatch(/Back one step/);
    expect(c.session.requirements.dataSensitivity).toBeUndefined();
    expect(c.session.requirements.useCase).toBe("rag");
    const again = c.say("public");
    expect(c.session.requirements.dataSensitivity).toBe("public");
    expect(stepOf(again)).toBe("deployment");
    // Back twice returns to the first question; once more says there is nothing before it.
    c.say("back");
    c.say("back");
    const first = c.say("back");
    expect(stepOf(first)).toBe("use-case");
    expect(textOf(first)).toMatch(/first question/);
  });

  it("start over clears every answer and asks the first question again", () => {
    const c = chat();
    c.say("help me choose a model for agents with tools");
    c.say("internal");
    const restart = c.say("start over");
    expect(stepOf(restart)).toBe("use-case");
    expect(c.session.requirements).toEqual({});
    expect(c.session.flow?.history).toEqual([]);
    expect(textOf(restart)).toMatch(/Starting over/);
  });

  it("an ambiguous answer is asked again, naming the choices it could mean", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("chat assistant");
    const unclear = c.say("internal stuff, some of it health data");
    expect(stepOf(unclear)).toBe("data");
    expect(textOf(unclear)).toMatch(/could mean "Internal \/ confidential" or "Regulated \(PII, health, finance\)"/);
    expect(c.session.requirements.dataSensitivity).toBeUndefined();
    c.say("regulated");
    expect(c.session.requirements.dataSensitivity).toBe("regulated");
  });

  it("an answer it cannot read keeps the question open and says so", () => {
    const c = chat();
    c.say("help me choose a model");
    const reply = c.say("banana");
    expect(stepOf(reply)).toBe("use-case");
    expect(textOf(reply)).toMatch(/didn't catch an answer/);
    const answered = c.say("2");
    expect(c.session.requirements.useCase).toBe("coding");
    expect(stepOf(answered)).toBe("data");
  });

  it("a side question mid-flow is answered by its own handler, and the flow resumes", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("coding");
    const side = c.say("what's the licence of Llama 3.1 8B?");
    expect(side.data?.intent).toBe("license");
    expect(c.session.flow?.step).toBe("data");
    const resumed = c.say("public");
    expect(c.session.requirements).toMatchObject({ useCase: "coding", dataSensitivity: "public" });
    expect(stepOf(resumed)).toBe("deployment");
  });

  it("a licence question naming a model mid-flow is answered, not taken as an answer", () => {
    const c = chat();
    c.say("help me choose a model");
    const reply = c.say("license of llama-3.1-70b, we have 800000000 monthly users");
    expect(reply.data?.intent).toBe("license");
    expect(c.session.flow?.step).toBe("use-case");
    expect(c.session.requirements.monthlyActiveUsers).toBeUndefined();
  });

  it("after the shortlist, a short answer to a skipped question re-ranks without new questions", () => {
    const c = chat();
    c.say("recommend a model for coding at 20M tokens a month, internal data");
    expect(c.session.requirements.mlOpsExperience).toBeUndefined();
    const reply = c.say("some");
    expect(c.session.requirements.mlOpsExperience).toBe("some");
    expect(reply.data?.intent).toBe("recommend");
    expect(stepOf(reply)).toBeNull();
    expect(textOf(reply)).toMatch(/Noted: ML-ops experience: some/);
    expect(rankingOf(reply).length).toBeGreaterThan(0);
  });

  it("'reset' mid-flow forgets the answers (the questions start again, or the session is new)", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("coding");
    const reply = c.say("reset");
    expect(c.session.requirements).toEqual({});
    expect(c.session.flow === null || c.session.flow.step === "use-case").toBe(true);
    expect(["reset", "recommend"]).toContain(reply.data?.intent);
  });

  it("keeps at most MAX_HISTORY undo steps in the session", () => {
    let flow = newFlow(null);
    for (let i = 0; i < MAX_HISTORY + 10; i++)
      flow = {
        ...flow,
        history: pushHistory(flow, {
          step: "what-if",
          previous: { requirements: { monthlyBudgetUsd: i }, skipped: false },
        }),
      };
    expect(flow.history).toHaveLength(MAX_HISTORY);
    expect(flow.history.at(-1)?.previous).toEqual({
      requirements: { monthlyBudgetUsd: MAX_HISTORY + 9 },
      skipped: false,
    });
  });
});
