// The twentieth tryout round's findings that hold now, asserted as properties an ML lead checks. The
// round's messages were not kept in a teams file; KRAKOW_GAMES_STUDIO is the Kraków studio's first
// message rewritten from the facts the round recorded (tryout-twentieth-round-open.test.ts header).
// Still open: tryout-twentieth-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";

const catalog = readCatalog();

const KRAKOW_GAMES_STUDIO =
  "We're a 45-person games studio in Krakow. We want NPC dialogue generated offline on the player's PC or Steam Deck, in English and Polish. The model must be under 4 GB and reply within a second. We ship the weights in the game, about 2 million players.";

describe("twentieth tryout round: the teams' follow-ups", () => {
  it("Kraków games studio: 'does qwen3 4b licence let us fine-tune and ship it?' answers on Qwen3 4B's own licence, fine-tuning and shipping each judged", () => {
    const c = chat(catalog);
    c.say(KRAKOW_GAMES_STUDIO);
    const reply = c.say("does qwen3 4b licence let us fine-tune and ship it?");
    const text = textOf(reply);
    expect(text).not.toMatch(/don't know a model/);
    expect(text).toMatch(/Qwen3 4B/);
    expect(text).toMatch(/Fine-tuning Qwen3 4B is (allowed|not allowed|allowed with conditions)/);
    expect(text).toMatch(/Distributing Qwen3 4B or its derivatives is (allowed|not allowed|allowed with conditions)/);
    // The team's own facts are carried into the verdict: it ships weights to 2M players.
    expect(text).toMatch(/distributing weights or derivatives/);
  });
});

// words46: 'a 30-person legal-tech startup … Two backend developers, no ML-ops' was said back as
// 'team of 30'; the two developers build it, the 30 are the company.
describe("twentieth tryout round: the Munich startup's builders are its team", () => {
  const MUNICH_LEGAL_TECH =
    "Hi, we're a 30-person legal-tech startup in Munich. We want a model to review commercial contracts: flag risky clauses (liability caps, indemnities, termination) and write a short summary of each contract in German or English. About 4,000 contracts a month, 12,000 tokens in and 800 out. EU data only, no training on our data. Two backend developers, no ML-ops. Budget €3,000 a month.";
  it("team of 2, the 30 the organisation, no users", () => {
    const req = parseRequirements(MUNICH_LEGAL_TECH);
    expect(req).toMatchObject({ teamSize: 2, organisationSize: 30, mlOpsExperience: "none" });
    expect(req.monthlyActiveUsers).toBeUndefined();
    const said = textOf(chat(catalog).say(MUNICH_LEGAL_TECH));
    expect(said).toMatch(/team of 2\b/);
    expect(said).not.toMatch(/team of 30\b/);
  }, 120_000);
});
