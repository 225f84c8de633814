// Any stated multiple of the work scales a recommendation thread's volume (ninth tryout round: the
// code-review bot's "what if we also run it on every commit not just PRs, like 5x the volume" was
// read as "why not Codestral?" again, with 'it' taken for the model last asked about, and 5x was
// in no table: only 2x, 3x, 4x and 10x were). The factor is said back, the volume is the thread's
// times it, and a pronoun in a change means the work, not a model to explain.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { multiplierIn } from "../../src/intents/multipliers.js";
import { CODE_REVIEW_BOT } from "../scenarios/ninth-round-teams.js";
import { chat, textOf, totalTokens } from "./recommend-helpers.js";

const catalog = readCatalog();
const SUPPORT_BOT = "what should we run for a support bot, 50M tokens a month, english only?";

beforeAll(() => void chat(catalog).say(SUPPORT_BOT), 120_000);

const FACTORS = [5, 1.5, 6, 2.5, 12] as const;
const PHRASINGS = [
  (n: number) => `what if traffic grows ${n}x?`,
  (n: number) => `what if we also run it on nightly builds, like ${n}x the volume`,
  (n: number) => `and if usage ends up ${n} times higher?`,
  (n: number) => `what if requests go up ${n}-fold`,
  (n: number) => `what if the load is x${n}`,
];

describe("a multiple of the work scales the thread's volume", () => {
  for (const factor of FACTORS)
    it.each(PHRASINGS.map((p) => [p(factor)]))("'%s' multiplies the volume and says so", (said) => {
      const c = chat(catalog);
      c.say(SUPPORT_BOT);
      const before = totalTokens(c.session.requirements.volume)!;
      const reply = c.say(said);
      expect(reply.data?.intent).toBe("what-if");
      expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(before * factor, -3);
      expect(textOf(reply)).toContain(`volume ×${factor}`);
    });

  it("spelled-out factors count like digits ('eight times the requests')", () => {
    const c = chat(catalog);
    c.say(SUPPORT_BOT);
    c.say("what if we get eight times the requests");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(400_000_000, -3);
  });

  it("how often ('3 times a day') and how many cards ('8x H100') are no factor", () => {
    expect(multiplierIn("what if each agent asks 3 times a day")).toBeUndefined();
    expect(multiplierIn("what if we run it on 8x h100")).toBeUndefined();
    expect(multiplierIn("what if we run it 24x7")).toBeUndefined();
    expect(multiplierIn("what if it is 1x")).toBeUndefined();
    expect(multiplierIn("what if volume triples")?.factor).toBe(3);
  });
});

describe("the code-review bot's every-commit what-if", () => {
  it("after 'what about codestral?', 'run it … 5x the volume' scales the PRs, with no 'why not' for any model", () => {
    const c = chat(catalog);
    c.say(CODE_REVIEW_BOT);
    const before = totalTokens(c.session.requirements.volume)!;
    c.say("what about codestral?");
    const reply = c.say("what if we also run it on every commit not just PRs, like 5x the volume");
    expect(reply.data?.intent).toBe("what-if");
    expect(totalTokens(c.session.requirements.volume)).toBeCloseTo(before * 5, -3);
    // Still counted per PR: each PR's tokens are unchanged, only how many.
    expect(c.session.requirements.volume?.perItem?.inputTokens).toBe(12_000);
    const said = c.replies.map(textOf).join("\n");
    expect(said).toContain("volume ×5");
    expect(said).not.toMatch(/Why not/);
  });

  it("'why not it?' still asks about the model the pronoun points at", () => {
    const c = chat(catalog);
    c.say(CODE_REVIEW_BOT);
    c.say("what about codestral?");
    const reply = c.say("why not it?");
    expect(reply.data?.intent).toBe("what-if");
    expect(reply.data?.asked).toEqual(["codestral"]);
  });
});
