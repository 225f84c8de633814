// Whole guided conversations through the real advisor: "help me choose" to a shortlist, with
// buttons, free text, skip, back, start over, ambiguous answers and side questions.
import { describe, expect, it } from "vitest";
import { MAX_HISTORY, newFlow, pushHistory } from "../../src/conversation/flows/flow-state.js";
import { MAX_QUESTIONS, STEP_BY_ID, STEPS } from "../../src/conversation/flows/steps.js";
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
    // Asked in the flow's order, the use case first; every answer kept.
    expect(asked[0]).toBe("use-case");
    expect(asked).toEqual(STEPS.map((s) => s.id).filter((id) => asked.includes(id)));
    for (const id of asked) expect(c.session.requirements[STEP_BY_ID.get(id)!.slot]).toBeDefined();
    expect(reply.data?.intent).toBe("recommend");
    const ranking = rankingOf(reply);
    expect(ranking.length).toBeGreaterThanOrEqual(3);
    expect(c.session.requirements.useCase).toBe("coding");
    // Every ranked model is within the budget, when it was asked.
    if (asked.includes("budget"))
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
    expect(rankingOf(reply).length).toBeGreaterThan(0);
  });

  it("free text that fills several slots skips their questions", () => {
    const c = chat();
    const reply = c.say("help us pick a model for coding with internal data");
    // Use case and data sensitivity are known and echoed once; neither is asked.
    expect(textOf(reply)).toMatch(/Noted: coding · internal data\./);
    expect(["use-case", "data"]).not.toContain(stepOf(reply));
    const asked: string[] = [stepOf(reply) ?? ""];
    const next = c.say("our own cloud, about 20M tokens a month, and we have a strong ML-ops team");
    // One answer filled deployment, volume and ML-ops experience: none of them is asked.
    expect(c.session.requirements).toMatchObject({ deployment: "own-cloud", mlOpsExperience: "strong" });
    // 20M at the split assumed for coding (85% in: job-split.ts).
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(17_000_000);
    let r = next;
    if (stepOf(r)) asked.push(stepOf(r)!);
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
    const first = stepOf(c.say("extraction"))!;
    const afterSkip = c.say("skip");
    expect(stepOf(afterSkip)).not.toBe(first);
    expect(c.session.requirements[STEP_BY_ID.get(first)!.slot]).toBeUndefined();
    expect(c.session.flow?.skipped).toContain(first);
    let reply = afterSkip;
    while (stepOf(reply)) reply = c.say("skip");
    expect(c.turns).toBeLessThanOrEqual(8);
    expect(reply.data?.intent).toBe("recommend");
    expect(rankingOf(reply).length).toBeGreaterThan(0);
  });

  it("back undoes the last answer and asks that question again; a new answer replaces it", () => {
    const c = chat();
    c.say("help me choose a model");
    const step = STEP_BY_ID.get(stepOf(c.say("rag"))!)!;
    const first = choicesOf(c.replies.at(-1)!)[0]!;
    const second = choicesOf(c.replies.at(-1)!)[1]!;
    c.click(first.id, first.label);
    const firstValue = c.session.requirements[step.slot];
    expect(firstValue).toBeDefined();
    const back = c.say("back");
    expect(stepOf(back)).toBe(step.id);
    expect(textOf(back)).toMatch(/Back one step/);
    expect(c.session.requirements[step.slot]).toBeUndefined();
    expect(c.session.requirements.useCase).toBe("rag");
    c.click(second.id, second.label);
    expect(c.session.requirements[step.slot]).toBeDefined();
    expect(c.session.requirements[step.slot]).not.toEqual(firstValue);
    // Back twice returns to the first question; once more says there is nothing before it.
    c.say("back");
    c.say("back");
    const atStart = c.say("back");
    expect(stepOf(atStart)).toBe("use-case");
    expect(textOf(atStart)).toMatch(/first question/);
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

  it("an ambiguous answer asks about those words alone, keeps the rest, and '2' picks among what it offered", () => {
    const c = chat();
    c.say("help me choose a model");
    const unclear = c.say("chat or agents, not sure yet. about 20M tokens a month");
    // User: chat or agents, not sure yet. about 20M tokens a month
    // Bot:  Noted: 20M tokens/month … About use case: "chat" and "agents" could mean "Chat assistant" or "Agents with tools". Which one?
    expect(stepOf(unclear)).toBe("use-case");
    expect(textOf(unclear)).toMatch(/Noted: 20M tokens\/month/);
    expect(textOf(unclear)).toMatch(
      /About use case: "chat" and "agents" could mean "Chat assistant" or "Agents with tools"\. Which one\?/,
    );
    expect(choicesOf(unclear).map((o) => o.label)).toEqual(["Chat assistant", "Agents with tools", "Skip / not sure"]);
    expect(c.session.requirements.useCase).toBeUndefined();
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(15_000_000);
    // User: 2  -> the second of the two offered (agents), not item 2 of the full list (coding)
    c.say("2");
    expect(c.session.requirements.useCase).toBe("agents");
    // The job picked re-splits the total said before it: 85% in for agents (job-split.ts).
    expect(c.session.requirements.volume?.inputTokensPerMonth).toBe(17_000_000);
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
    const asking = c.session.flow?.step;
    c.say("what's the licence of Llama 3.1 8B?");
    // Bot: (the licence answer), then "Back to the recommendation, where we were: Question 2 of …"
    const [answer, resume] = c.replies;
    expect(answer!.data?.intent).toBe("license");
    expect(stepOf(resume!)).toBe(asking);
    expect(textOf(resume!)).toMatch(/Back to the recommendation, where we were/);
    expect(c.session.flow?.step).toBe(asking);
    const first = choicesOf(resume!)[0]!;
    c.say("1");
    expect(c.session.requirements.useCase).toBe("coding");
    expect(c.session.requirements[STEP_BY_ID.get(asking!)!.slot]).toEqual(
      STEP_BY_ID.get(asking!)!.choices.find((ch) => ch.label === first.label)!.patch[STEP_BY_ID.get(asking!)!.slot],
    );
  });

  it("a licence question naming a model mid-flow is answered, not taken as an answer", () => {
    const c = chat();
    c.say("help me choose a model");
    c.say("license of llama-3.1-70b, we have 800000000 monthly users");
    expect(c.replies[0]!.data?.intent).toBe("license");
    expect(c.session.flow?.step).toBe("use-case");
    expect(c.session.requirements.useCase).toBeUndefined();
    // The users it states are a fact about the team, kept for the recommendation (thread12's
    // requirementsOfFacts), not an answer to the question asked.
    expect(c.session.requirements.monthlyActiveUsers).toBe(800_000_000);
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

  it("a reset said mid-flow forgets the answers (the questions start again, or the session is new)", () => {
    // The flow keeps no reset words of its own: the registry's (registry/commands.ts) decide.
    for (const said of [
      "reset",
      "Reset everything!",
      "forget everything.",
      "forget all of it",
      "clear it",
      "new conversation",
    ]) {
      const c = chat();
      c.say("help me choose a model");
      c.say("coding");
      const reply = c.say(said);
      expect([said, c.session.requirements]).toEqual([said, {}]);
      expect(c.session.flow === null || c.session.flow.step === "use-case").toBe(true);
      expect(["reset", "recommend"]).toContain(reply.data?.intent);
    }
  });

  it("keeps at most MAX_HISTORY undo steps in the session", () => {
    let flow = newFlow(null);
    for (let i = 0; i < MAX_HISTORY + 10; i++)
      flow = {
        ...flow,
        history: pushHistory(flow, { step: "what-if", was: { monthlyBudgetUsd: i } }),
      };
    expect(flow.history).toHaveLength(MAX_HISTORY);
    expect(flow.history[0]?.was).toEqual({ monthlyBudgetUsd: 10 });
    expect(flow.history.at(-1)?.was).toEqual({ monthlyBudgetUsd: MAX_HISTORY + 9 });
  });
});
