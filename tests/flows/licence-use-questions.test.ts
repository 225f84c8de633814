// Licence questions about a use (issue 11): a model put in a machine the team makes ("is gemma 3 4b
// ok to ship in our cars?") is handed over with its weights, so the verdict is for distributing
// them, with the licence's distribution duties; a place in a shortlist asked about for a
// non-profit ("is the top pick ok for a non profit?") gets that pick's licence verdict for a
// non-commercial use, not its model card. Through the real advisor and catalogue, over many models,
// machines, places and phrasings; what each reply must say is read from the catalogue or the
// thread's own shortlist.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Model } from "../../src/catalog/schema.js";
import { MONTREAL_LAW_CLINIC } from "../scenarios/tenth-round-teams.js";
import { LAGOS_WALLET } from "../scenarios/ninth-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

interface LicenceData {
  intent?: string;
  models?: { id: string }[];
  facts?: { distributeWeights?: boolean; commercial?: boolean; nonprofit?: boolean };
  verdicts?: { modelId: string; verdict: string }[];
}
const dataOf = (r: { data?: unknown }) => (r.data ?? {}) as LicenceData;

const spread = <T>(xs: readonly T[], n: number): T[] =>
  Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
const small = spread(
  catalog.models.filter(
    (m: Model) =>
      m.kind === "model" && m.status === "current" && m.openWeights && m.licenseId && /^[a-z]/i.test(m.name),
  ),
  8,
);

describe("a model put in a machine the team makes is a question about distributing its weights", () => {
  const MACHINES = ["our cars", "the trucks we sell", "our kiosks", "each robot", "our vehicles", "the edge boxes"];
  const SHAPES = ["is {m} ok to ship in {p}?", "can we put {m} in {p}?", "can we embed {m} inside {p}?"];
  const cases = small.flatMap((m, i) =>
    SHAPES.map((s, j) => [s.replace("{m}", m.name.toLowerCase()).replace("{p}", MACHINES[(i + j) % 6]!), m] as const),
  );
  it.each(cases)("'%s' is that model's verdict for distributing its weights", (q, model) => {
    const reply = chat(catalog).say(q);
    const d = dataOf(reply);
    expect(d.intent).toBe("license");
    expect(d.models?.map((m) => m.id)).toEqual([model.id]);
    expect(d.facts?.distributeWeights).toBe(true);
    expect(textOf(reply)).toMatch(/What you told me:\*\*[^\n]*distributing weights or derivatives/);
  });

  it("a name with a '+' ('command r+') is a model put in the machine too", () => {
    for (const q of ["can we put command r+ in our kiosks?", "can we embed command r+ inside each robot?"]) {
      const d = dataOf(chat(catalog).say(q));
      expect(
        d.models?.map((m) => m.id),
        q,
      ).toEqual(["command-r-plus"]);
      expect(d.facts?.distributeWeights, q).toBe(true);
    }
  });

  it("'is gemma 3 4b ok to ship in our cars?' gives the Gemma terms' duties to pass on to recipients", () => {
    const t = textOf(chat(catalog).say("is gemma 3 4b ok to ship in our cars?"));
    expect(t).toMatch(/Allowed with conditions:\*?\*? Gemma 3 4B/);
    expect(t).toMatch(/Pass the terms on to recipients/);
    expect(t).toMatch(/Notice file/);
  });

  it("a machine the team only uses, or an app, is not read as handing weights over", () => {
    for (const q of [
      "can we use gemma 3 4b for our car dealership's chat?",
      "is gemma 3 4b ok for our trucking company?",
    ]) {
      const reply = chat(catalog).say(q);
      expect(dataOf(reply).facts?.distributeWeights, q).toBeUndefined();
    }
  });
});

// A nonprofit is who the team is, not a non-commercial use (words17, thirteenth round's Minnesota
// health system): the verdict names the organisation and leaves the use as the team stated it.
describe("a place in the shortlist asked about for a non-profit gets that pick's licence verdict", () => {
  const THREADS = [
    { name: "Montreal law clinic", opening: MONTREAL_LAW_CLINIC },
    { name: "Lagos wallet", opening: LAGOS_WALLET },
    { name: "a short coding request", opening: "recommend a coding model, 50M tokens a month, no Meta models" },
  ];
  const PLACES = [
    { words: "the top pick", at: 0 },
    { words: "#2", at: 1 },
    { words: "the third option", at: 2 },
  ];
  const SHAPES = ["is {p} ok for a non profit?", "is {p} fine for a nonprofit", "can we use {p} as a non-profit?"];
  for (const thread of THREADS)
    for (const [i, place] of PLACES.entries()) {
      const q = SHAPES[i]!.replace("{p}", place.words);
      it(`${thread.name}: '${q}' is the licence verdict for that pick, for a nonprofit (not a non-commercial use)`, () => {
        const c = chat(catalog);
        const shown = rankingOf(c.say(thread.opening));
        const before = structuredClone(c.session.requirements);
        const reply = c.say(q);
        const d = dataOf(reply);
        expect(d.intent).toBe("license");
        expect(d.models?.map((m) => m.id)).toEqual([shown[place.at]!.id]);
        expect(d.facts?.nonprofit).toBe(true);
        expect(d.facts?.commercial).not.toBe(false);
        expect(d.verdicts?.[0]?.modelId).toBe(shown[place.at]!.id);
        expect(textOf(reply)).toMatch(/What you told me:\*\*[^\n]*a nonprofit organisation/);
        expect(textOf(reply)).not.toMatch(/What you told me:\*\*[^\n]*non-commercial use/);
        expect(c.session.requirements).toEqual(before);
      });
    }
});
