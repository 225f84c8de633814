// A model shipped inside a product that is sold ("which open model under 15B can we fine-tune and
// ship inside a commercial product?") reaches the buyers with its weights: the recommendation says
// back that the team ships the weights and keeps only licences that allow it, and a licence
// question on the thread's use ("is phi-4 ok for that?") answers for distributing them (twelfth
// round's one-shot question: shipping was not noted, and Phi-4 was judged for commercial use and
// fine-tuning only). A feature shipped inside the product ("a support chatbot") hands no weights
// over. Through the real advisor and catalogue, over sizes, verbs, products and picks.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

const SIZES = [4, 8, 15];
const SHIPS = [
  "ship inside a commercial product",
  "ship it in our paid app",
  "bundle it with a commercial game",
  "embed the model in a paid desktop app",
];
const ASKS = [
  (n: number, ship: string) => `which open-weights model under ${n}B parameters can we fine-tune and ${ship}?`,
  (n: number, ship: string) => `quick question: what open model below ${n}B can we ${ship}?`,
];

interface LicenceData {
  intent?: string;
  facts?: { distributeWeights?: boolean };
  verdicts?: { modelId: string }[];
}

describe("a model shipped inside a product that is sold is its weights handed to the buyers", () => {
  const cases = SIZES.flatMap((n, i) => SHIPS.map((s, j) => [ASKS[(i + j) % ASKS.length]!(n, s)] as const));
  it.each(cases)("'%s' is said back as shipping the weights, and the thread's licence question is for that", (q) => {
    const c = chat(catalog);
    const reply = c.say(q);
    expect(c.session.requirements.redistributeWeights).toBe(true);
    expect(textOf(reply)).toMatch(/you ship the weights to customers/);
    const top = rankingOf(reply)[0];
    expect(top).toBeDefined();
    const name = catalog.modelById.get(top!.id)!.name.toLowerCase();
    const licence = c.say(`is ${name} ok for that?`);
    const d = (licence.data ?? {}) as LicenceData;
    expect(d.intent).toBe("license");
    expect(d.verdicts?.map((v) => v.modelId)).toEqual([top!.id]);
    expect(d.facts?.distributeWeights).toBe(true);
    expect(textOf(licence)).toMatch(/distributing weights or derivatives/);
  });

  it.each([
    "we ship a support chatbot inside our commercial product, which model should we use?",
    "we want to ship a search feature in our paid app. which open model?",
  ])("'%s' ships a feature, not the weights", (q) => {
    const c = chat(catalog);
    c.say(q);
    expect(c.session.requirements.redistributeWeights).toBeUndefined();
  });
});
