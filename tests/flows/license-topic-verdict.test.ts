// A permission question that states the team's facts keeps its licence topic (what it asks about)
// and still gets a verdict on those facts, end to end through the real understanding and answer.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../src/advisor.js";
import { newSession } from "../../src/conversation/session.js";

import { inboundFor, NOW } from "./recommend-helpers.js";

const advisor = createAdvisor({ catalog: readCatalog(), now: () => NOW });

function answer(question: string, previous: string[] = []): Record<string, unknown> {
  let session = newSession(NOW);
  let n = 1;
  for (const p of previous) session = advisor.handleTurn(session, inboundFor(p, n++)).session;
  const replies = advisor.handleTurn(session, inboundFor(question, n)).replies;
  return replies.map((r) => (r.data ?? {}) as Record<string, unknown>).find((d) => d.intent === "license") ?? {};
}

describe("licence topic with facts", () => {
  it.each([
    ["can we use Llama 3.1 70B in an app with 800M monthly users?", "user-threshold", "blocked"],
    ["Falcon 180B as an API for our customers?", "serve-as-api", null],
    ["can we self-host GPT-4?", "self-hosting", "blocked"],
  ])("%s", (question, topic, verdict) => {
    const data = answer(question);
    expect(data.topic).toBe(topic);
    const verdicts = data.verdicts as { verdict: string }[];
    expect(verdicts.length).toBeGreaterThan(0);
    if (verdict) expect(verdicts[0]!.verdict).toBe(verdict);
  });

  it("a follow-up that names another part of the licence asks about that part", () => {
    const data = answer("and can we redistribute it?", ["licence of mixtral 8x7b"]);
    expect(data.topic).toBe("redistribution");
    expect((data.models as { id: string }[]).map((m) => m.id)).toEqual(["mixtral-8x7b"]);
  });
});
