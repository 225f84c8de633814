// A licence question put for an organisation ("can a government ministry use deepseek-v3.2?", "may
// the police run llama 3.3 70b?", "could our city council deploy X?") asks the same as "can we use
// X?": the licence verdict for that model, not its model card (fifteenth round: Québec's ministry
// got DeepSeek-V3.2's card). The model as the subject ("can qwen3 32b use tools?") asks what it
// does, and stays a look-up. Through the real advisor and catalogue, over organisations, verbs and
// models spread across the catalogue.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import type { Model } from "../../src/catalog/schema.js";
import { chat } from "./recommend-helpers.js";

const catalog = readCatalog();

interface LicenceData {
  intent?: string;
  models?: { id: string }[];
  verdicts?: { modelId: string; verdict: string }[];
}
const dataOf = (r: { data?: unknown }) => (r.data ?? {}) as LicenceData;

const spread = <T>(xs: readonly T[], n: number): T[] =>
  Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
const models = spread(
  catalog.models.filter(
    (m: Model) => m.kind === "model" && m.status === "current" && m.licenseId && /^[a-z]/i.test(m.name),
  ),
  10,
);

const ORGANISATIONS = [
  "a government ministry",
  "a government",
  "the police",
  "our city council",
  "a federal agency",
  "a public hospital",
  "a small charity",
  "the university",
  "a regional bank",
  "an insurance company",
];
const ASKS = [
  "can {o} use {m}?",
  "could {o} deploy {m}?",
  "may {o} use {m} for its services?",
  "can {o} legally use {m}?",
];

describe("a licence question asked for an organisation is the licence verdict", () => {
  const cases = models.flatMap((m, i) =>
    ASKS.map(
      (a, j) =>
        [
          a.replace("{o}", ORGANISATIONS[(i + j) % ORGANISATIONS.length]!).replace("{m}", m.name.toLowerCase()),
          m,
        ] as const,
    ),
  );
  it.each(cases)("'%s' is that model's licence verdict", (q, model) => {
    const d = dataOf(chat(catalog).say(q));
    expect(d.intent).toBe("license");
    expect(d.models?.map((m) => m.id)).toEqual([model.id]);
    expect(d.verdicts?.map((v) => v.modelId)).toEqual([model.id]);
  });

  it.each(models.map((m) => [`can ${m.name.toLowerCase()} use tools?`]))(
    "'%s' asks what the model does, not a licence",
    (q) => {
      expect(dataOf(chat(catalog).say(q)).intent).not.toBe("license");
    },
  );
});
