// A response-time target ("answers under 1.5 s", "p95 below 800 ms", a real-time voice agent) is
// a requirement: checked as properties over teams × targets (what it rules out, that it only
// rules out, that a tight one weighs speed more), and through whole conversations.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import { REASONING_WAIT_S, thinksBeforeAnswering, type LatencyTarget } from "../../src/scoring/latency-target.js";
import { rankModels } from "../../src/scoring/rank.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { speedValue } from "../../src/scoring/speed.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, residencyOracle, rowsOf } from "../flows/recommend-scenarios-checks.js";
import { CALL_CENTRE } from "./sixth-round-teams.js";

const catalog = readCatalog();
const model = (id: string) => catalog.modelById.get(id)!;

const TEAMS: Requirements[] = [
  { useCase: "chat", volume: volumeAtDefaultSplit(50e6, "50M tokens a month") },
  { useCase: "agents", volume: volumeAtDefaultSplit(300e6, "300M tokens a month"), exclude: { countries: ["CN"] } },
  { useCase: "rag", volume: volumeAtDefaultSplit(2e9, "2B tokens a month"), cloudProvider: "azure" },
  { useCase: "coding", volume: volumeAtDefaultSplit(20e6, "20M tokens a month"), monthlyBudgetUsd: 2000 },
  { useCase: "extraction", volume: volumeAtDefaultSplit(800e6, "800M tokens a month"), deployment: "on-prem" },
];
const TARGETS: LatencyTarget[] = [
  { seconds: 0.3, measure: "first-token" },
  { seconds: 0.8, measure: "answer", percentile: "p95" },
  { seconds: 1.5, measure: "answer" },
  { seconds: 1, measure: "first-token", assumed: true },
  { seconds: 8, measure: "answer" },
  { seconds: 30, measure: "answer" },
];
const cases = TEAMS.flatMap((team) =>
  TARGETS.map((target) => ({ name: `${team.useCase} at ${target.seconds} s (${target.measure})`, team, target })),
);

describe("a latency target as a requirement, over teams × targets", () => {
  it.each(cases)("$name", ({ team, target }) => {
    const interactive: Requirements = { ...team, latency: "interactive" };
    const free = rankModels(catalog, interactive);
    const held = rankModels(catalog, { ...interactive, latencyTarget: target });
    const outForLatency = held.excluded.filter((e) => e.constraint === "latency-target");
    if (target.seconds < REASONING_WAIT_S) {
      // Every model that always reasons first, and only those, is ruled out, with the target in its reason.
      for (const r of held.ranked) expect(thinksBeforeAnswering(model(r.id)), r.id).toBe(false);
      for (const r of free.ranked.filter((x) => thinksBeforeAnswering(model(x.id))))
        expect(outForLatency.map((e) => e.id)).toContain(r.id);
      for (const e of outForLatency) {
        expect(thinksBeforeAnswering(model(e.id)), e.id).toBe(true);
        expect(e.reason).toMatch(/more than your target \(/);
      }
    } else expect(outForLatency).toEqual([]);
    // The target only removes: the rest are exactly the models ranked without it.
    const kept = free.ranked.filter((r) => target.seconds >= REASONING_WAIT_S || !thinksBeforeAnswering(model(r.id)));
    expect(new Set(held.ranked.map((r) => r.id))).toEqual(new Set(kept.map((r) => r.id)));
    // A tight target weighs speed more than latency said without a number; a loose one does not.
    if (target.seconds <= 2) expect(held.weights.speed).toBeGreaterThan(free.weights.speed);
    else expect(held.weights.speed).toBeCloseTo(free.weights.speed, 10);
  });
});

/** The speed score at this share of what was ranked, slowest first (0.5: the median). */
function speedAt(ids: readonly string[], share: number): number {
  const speeds = ids.map((id) => speedValue(model(id))).sort((a, b) => a - b);
  return speeds[Math.floor(speeds.length * share)]!;
}

describe("a latency target through the conversation", () => {
  it("call centre, 'Latency matters, under 1.5s' (live suggestions): the target is kept and said, nothing that reasons first is picked, and no top-3 pick is among the slowest third of the picks known to keep the data in the US", () => {
    const c = chat(catalog);
    const reply = c.say(CALL_CENTRE);
    const req = c.session.requirements;
    expect(req.latencyTarget).toEqual({ seconds: 1.5, measure: "answer" });
    const rows = expectExpertShortlist(catalog, req, reply);
    const text = textOf(reply);
    expect(text).toMatch(/answers within 1\.5 s/);
    expect(text).toMatch(/Latency target:\*\* answers within 1\.5 s\./);
    expect(text).toMatch(/Reasons before answering: too slow for your latency target\*\* \(\d+\)/);
    const latencyLine = text.split("\n").find((l) => l.includes("Latency target:")) ?? "";
    const turnDown = latencyLine.split(/(?<=\)\.|s\.) /).find((s) => s.includes("can reason before answering")) ?? "";
    // Among the picks known to keep the data in the US ('no data leaves US data centres'): a host
    // not on record there is ranked after them (rank-groups.ts), whatever its speed.
    const inUs = rowsOf(reply).filter(
      (r) =>
        r.costBasis === "self-host" ||
        (r.apiProvider !== null && residencyOracle(catalog, model(r.id), r.apiProvider, "US") === "yes"),
    );
    expect(inUs.length).toBeGreaterThanOrEqual(3);
    const fast = speedAt(
      inUs.map((r) => r.id),
      1 / 3,
    );
    for (const r of rows.slice(0, 3)) {
      expect(thinksBeforeAnswering(model(r.id)), r.id).toBe(false);
      expect(speedValue(model(r.id)), r.id).toBeGreaterThanOrEqual(fast);
      // A pick that can reason is told to turn it down.
      if (model(r.id).capabilities.reasoning) expect(turnDown, r.id).toContain(r.name);
    }
  });

  it("a voice agent without a number gets an assumed first-words target, said as assumed", () => {
    const c = chat(catalog);
    const reply = c.say("real-time voice agent that books appointments with tools, 20M tokens a month. which model?");
    expect(c.session.requirements.latencyTarget).toMatchObject({ measure: "first-token", assumed: true });
    expect(textOf(reply)).toMatch(/first words within 1 s \(real-time voice, assumed: say your own target\)/);
    for (const r of rowsOf(reply)) expect(thinksBeforeAnswering(model(r.id)), r.id).toBe(false);
  });

  it.each([
    ["latency must be under 1.5 seconds", 1.5],
    ["p95 has to stay below 800ms", 0.8],
    ["and answers within 2 seconds please", 2],
  ] as const)("said inside a thread, '%s' sets the target and re-ranks", (message, seconds) => {
    const c = chat(catalog);
    c.say("customer support chatbot, english, ~50M tokens a month. which model?");
    const reply = c.say(message);
    expect(reply.data?.intent).toBe("what-if");
    expect(c.session.requirements.latencyTarget?.seconds).toBe(seconds);
    expectExpertShortlist(catalog, c.session.requirements, reply);
    for (const r of rowsOf(reply)) expect(thinksBeforeAnswering(model(r.id)), r.id).toBe(false);
  });

  it("a looser target lets reasoning models back; work that may wait drops the target", () => {
    const c = chat(catalog);
    c.say("support chatbot for our app, 30M tokens a month, answers under 2 seconds. which model?");
    c.say("what if answers can take 10 seconds");
    expect(c.session.requirements.latencyTarget?.seconds).toBe(10);
    c.say("what if latency doesn't matter");
    expect(c.session.requirements.latencyTarget).toBeUndefined();
    expect(c.session.requirements.latency).toBe("batch");
  });
});
