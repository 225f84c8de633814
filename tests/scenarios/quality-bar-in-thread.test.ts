// A quality bar said inside a recommendation thread ("answers must be no worse than gpt-4o"), not
// in the first message, changes that thread's shortlist: checked over teams × bar models picked by
// their measured quality × the ways teams say a bar, not over one sentence. A question comparing
// two models ("is X as good as Y?") sets no bar.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { findModelMentions } from "../../src/catalog/mentions.js";
import { qualityBySlot } from "../../src/scoring/quality.js";
import { QUALITY_FLOOR_MARGIN } from "../../src/scoring/quality-floor.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { expectExpertShortlist, rowsOf } from "../flows/recommend-scenarios-checks.js";

const catalog = readCatalog();

const TEAMS = [
  { opening: "customer support chatbot, english, ~50M tokens a month. which model?", useCase: "chat" },
  { opening: "coding assistant for 40 devs, 300M tokens a month, which model?", useCase: "coding" },
  {
    opening: "we summarise call transcripts, about 20M tokens a month. what do you suggest?",
    useCase: "summarization",
  },
] as const;

const SAYINGS: readonly ((name: string) => string)[] = [
  (m) => `answers must be no worse than ${m}`,
  (m) => `it can't be worse than ${m} though`,
  (m) => `we need ${m} level quality`,
  (m) => `quality has to be at least as good as ${m}`,
  (m) => `ok but on par with ${m} please`,
];

/** Measured models whose name, said as written, finds that model alone: the bars a team could name. */
function barsFor(useCase: (typeof TEAMS)[number]["useCase"]) {
  const of = qualityBySlot(catalog, useCase, []);
  const named = catalog.models
    .filter((m) => m.kind === "model" && of({ model: m, slot: -1 }).evidence === "measured")
    .filter((m) => {
      const found = findModelMentions(m.name.toLowerCase(), catalog);
      return found.length === 1 && found[0]!.resolution.status === "found" && found[0]!.resolution.id === m.id;
    })
    .sort((a, b) => of({ model: a, slot: -1 }).score - of({ model: b, slot: -1 }).score);
  // A weak, a middling and a strong bar.
  return [0.3, 0.6, 0.85].map((at) => named[Math.floor(at * (named.length - 1))]!);
}

const cases = TEAMS.flatMap((team) =>
  barsFor(team.useCase).flatMap((bar, b) =>
    // Each bar with two of the sayings, so every saying meets every team.
    [SAYINGS[b % SAYINGS.length]!, SAYINGS[(b + 2) % SAYINGS.length]!].map((say) => ({
      team,
      bar: bar.id,
      message: say(bar.name.toLowerCase()),
    })),
  ),
);

describe("a quality bar said inside a recommendation thread", () => {
  it.each(cases)("$team.useCase thread, then '$message'", ({ team, bar, message }) => {
    const c = chat(catalog);
    c.say(team.opening);
    expect(c.session.requirements.qualityFloor).toBeUndefined();
    const reply = c.say(message);
    const req = c.session.requirements;
    expect(reply.data?.intent).toBe("what-if");
    expect(req.qualityFloor?.id).toBe(bar);
    // The bar's model is neither ruled out nor the subject of the change.
    expect(req.exclude?.models ?? []).not.toContain(bar);
    expect(req.useCase).toBe(team.useCase);
    const rows = expectExpertShortlist(catalog, req, reply);
    const of = qualityBySlot(catalog, req.useCase, req.languages ?? []);
    const score = (id: string) => of({ model: catalog.modelById.get(id)!, slot: -1 }).score;
    for (const r of rows) expect(score(r.id), r.id).toBeGreaterThanOrEqual(score(bar) - QUALITY_FLOOR_MARGIN);
    const name = catalog.modelById.get(bar)!.name;
    expect(textOf(reply)).toContain(`Quality bar:** no worse than ${name}`);
  });

  it("a question comparing two models in the thread sets no bar", () => {
    for (const team of TEAMS) {
      const [low, , high] = barsFor(team.useCase);
      for (const q of [
        `is ${low!.name.toLowerCase()} as good as ${high!.name.toLowerCase()}?`,
        `how does ${low!.name.toLowerCase()} compare to ${high!.name.toLowerCase()}?`,
      ]) {
        const c = chat(catalog);
        c.say(team.opening);
        c.say(q);
        expect(c.session.requirements.qualityFloor, q).toBeUndefined();
      }
    }
  });

  it("the bar said in languages other than English names them, not their codes", () => {
    const c = chat(catalog);
    c.say("support bot in english and spanish, 30M tokens a month. which model?");
    const reply = c.say("answers must be no worse than gpt-4o");
    expect(textOf(reply)).toMatch(/Quality bar:\*\* no worse than GPT-4o for chat assistant in Spanish \(/);
    expect(rowsOf(reply).length).toBeGreaterThan(0);
  });
});
