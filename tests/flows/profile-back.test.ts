// "back" in a thread that uses the team profile: an answer that overrode a profile fact is undone
// by taking the thread's value away (the profile applies again), never by writing the profile's
// value into the thread, where "forget" on the profile would no longer reach it.
import { describe, expect, it } from "vitest";
import { createAdvisor } from "../../src/advisor.js";
import { newSession } from "../../src/conversation/session.js";
import type { TeamProfile } from "../../src/profile/profile.js";
import { inboundFor, NOW } from "./recommend-helpers.js";
import { scoringCatalog } from "../unit/scoring/scoring-fixture.js";

describe("back with a team profile", () => {
  it("undoes an override of a profile fact without storing the profile's value", () => {
    const advisor = createAdvisor({ catalog: scoringCatalog(), now: () => NOW, warmUp: false });
    const profile: TeamProfile = { version: 1, facts: { mlOpsExperience: "none" }, updatedAt: NOW.toISOString() };
    let session = newSession(NOW);
    const say = (text: string, n: number) =>
      (session = advisor.handleTurn(session, inboundFor(text, n), profile).session);
    say("help me choose a model", 0);
    say("rag", 1);
    say("actually we have an experienced ML ops team", 2);
    expect(session.requirements).toEqual({ useCase: "rag", mlOpsExperience: "strong" });
    say("back", 3);
    expect(session.requirements).toEqual({ useCase: "rag" });
    expect(JSON.stringify(session.flow?.history)).not.toContain('"none"');
  });
});
