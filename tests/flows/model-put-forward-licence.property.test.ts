// A model put forward with a permission question after it ("what about gemma 3 12b, can we publish
// the weights?", "what about gemma 3 4b, can we ship it in the game?") asks for that model's
// licence verdict for the use said, not "why not X?" or "X is already #1" (ninth round: Chennai's
// lab; sixth round: the games studio). "what about X?" alone after a shortlist stays the why-not,
// and a question of money stays with the priced readings. Through the real advisor and catalogue,
// over threads, open models and phrasings.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Model } from "../../src/catalog/schema.js";
import { CHENNAI_LAB } from "../scenarios/ninth-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const GAME =
  "we're a games studio: NPC dialogue generated on the player's PC, the model has to run on-device within 4GB of VRAM, English only, commercial game on Steam. which model?";
const THREADS = [CHENNAI_LAB, GAME];

const spread = <T>(xs: readonly T[], n: number): T[] =>
  Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
const models = spread(
  catalog.models.filter(
    (m: Model) =>
      m.kind === "model" && m.status === "current" && m.openWeights && m.licenseId && /^[a-z]/i.test(m.name),
  ),
  6,
);

const ASKS = [
  "what about {m}, can we publish the weights?",
  "what about {m}, can we ship it in the game?",
  "and what about {m} — are we allowed to release a fine-tune of it?",
  "how about {m}, is it ok to bundle with our app?",
];

interface LicenceData {
  intent?: string;
  verdicts?: { modelId: string }[];
  facts?: { distributeWeights?: boolean };
}
const dataOf = (r: { data?: unknown }) => (r.data ?? {}) as LicenceData;

describe("a model put forward with a permission question is that model's licence verdict", () => {
  const cases = models.flatMap((m, i) =>
    ASKS.map(
      (a, j) =>
        [
          THREADS[(i + j) % THREADS.length] === GAME ? "game" : "lab",
          a.replace("{m}", m.name.toLowerCase()),
          m,
        ] as const,
    ),
  );
  it.each(cases)("%s thread: '%s' is the verdict for distributing it", (thread, q, model) => {
    const c = chat(catalog);
    c.say(thread === "game" ? GAME : CHENNAI_LAB);
    const d = dataOf(c.say(q));
    expect(d.intent).toBe("license");
    expect(d.verdicts?.map((v) => v.modelId)).toEqual([model.id]);
    expect(d.facts?.distributeWeights).toBe(true);
  });

  it.each(models.map((m) => [m.name.toLowerCase()]))(
    "'what about %s?' after a shortlist is still the why-not, and its cost a priced question",
    (name) => {
      const c = chat(catalog);
      c.say(GAME);
      expect(dataOf(c.say(`what about ${name}?`)).intent).not.toBe("license");
      expect(dataOf(c.say(`what about ${name}, how much would it cost?`)).intent).not.toBe("license");
    },
  );

  it("Chennai lab: 'what about gemma 3 12b, can we publish the weights?' is Gemma 3 12B's verdict for publishing a fine-tune, with the pass-through duty", () => {
    const c = chat(catalog);
    c.say(CHENNAI_LAB);
    const t = textOf(c.say("what about gemma 3 12b, can we publish the weights?"));
    expect(t).toMatch(/Allowed with conditions:\*?\*? Gemma 3 12B/);
    expect(t).toMatch(/What you told me:\*\*[^\n]*non-commercial use[^\n]*distributing weights or derivatives/);
    expect(t).toMatch(/Pass the terms on to recipients/);
  });
});
