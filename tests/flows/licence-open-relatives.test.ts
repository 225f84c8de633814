// "Is codestral ok for internal use?" in a thread that self-hosts (eleventh tryout round: the
// Ingolstadt carmaker got Codestral's model card; Codestral has no weights, and the Codestral it
// could run, Codestral 22B, is under the non-production MNPL). A use asked of a named model is a
// licence verdict, and for a team that self-hosts, a model with no weights is answered with its
// family's open-weights relatives under other licences, each with its own verdict. Over the
// catalogue's closed models that have such relatives, and phrasings of an internal use.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { INGOLSTADT_CARMAKER } from "../scenarios/eleventh-round-teams.js";
import { chat, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();

// Closed models whose family holds open weights under another licence (the relatives answered).
const WITH_OPEN_RELATIVES = catalog.models
  .filter((m) => !m.openWeights && m.kind === "model")
  .map((m) => ({
    model: m,
    relatives: catalog.models.filter(
      (r) => r.family === m.family && r.openWeights && r.licenseId !== m.licenseId && r.kind === "model",
    ),
  }))
  // A family of two licences at most, so every relative is one the answer names (not a long list).
  .filter((x) => x.relatives.length > 0 && new Set([x.model, ...x.relatives].map((m) => m.licenseId)).size <= 2)
  .slice(0, 4);

const SELF_HOSTING =
  "internal coding assistant for 300 developers; source code never leaves our servers, we self-host. which model?";
const ASKS = [
  (name: string) => `is ${name} ok for internal use?`,
  (name: string) => `is ${name} fine for internal tools?`,
  (name: string) => `is ${name} ok to use internally?`,
];

type Verdicts = { modelId: string; verdict: string }[];
const verdictsOf = (r: { data?: unknown }) => ((r.data as { verdicts?: Verdicts })?.verdicts ?? []) as Verdicts;

describe("a use asked of a model with no weights, in a self-hosting thread, is answered for its open relatives too", () => {
  it("the catalogue has such models to ask about", () => expect(WITH_OPEN_RELATIVES.length).toBeGreaterThan(0));

  WITH_OPEN_RELATIVES.forEach(({ model }, i) => {
    const ask = ASKS[i % ASKS.length]!(model.name.toLowerCase());
    it(`'${ask}' after a self-hosting thread gives verdicts for ${model.name} and its open-weights relatives`, () => {
      const c = chat(catalog);
      c.say(SELF_HOSTING);
      const reply = c.say(ask);
      expect(reply.data?.intent).toBe("license");
      const ids = verdictsOf(reply).map((v) => v.modelId);
      expect(ids[0]).toBe(model.id);
      // Every relative the answer adds is open weights of the same family under another licence.
      const added = ids.slice(1).map((id) => catalog.modelById.get(id)!);
      expect(added.length).toBeGreaterThan(0);
      for (const r of added) {
        expect(r.openWeights).toBe(true);
        expect(r.family).toBe(model.family);
        expect(r.licenseId).not.toBe(model.licenseId);
      }
      expect(textOf(reply)).toContain(`${model.name} has no downloadable weights, so for a team that self-hosts`);
    });

    it(`'${ask}' with no self-hosting said answers for ${model.name} alone`, () => {
      const reply = chat(catalog).say(ask);
      expect(reply.data?.intent).toBe("license");
      expect(verdictsOf(reply).map((v) => v.modelId)).toEqual([model.id]);
    });
  });
});

describe("the Ingolstadt carmaker's 'is codestral ok for internal use?'", () => {
  it("is a licence verdict, and Codestral 22B, the one it could self-host, is blocked under the MNPL", () => {
    const c = chat(catalog);
    c.say(INGOLSTADT_CARMAKER);
    const reply = c.say("is codestral ok for internal use?");
    expect(reply.data?.intent).toBe("license");
    const verdicts = verdictsOf(reply);
    expect(verdicts.find((v) => v.modelId === "codestral-22b")?.verdict).toBe("blocked");
    expect(textOf(reply)).toMatch(/Blocked: Codestral 22B/);
    expect(textOf(reply)).toMatch(/non-commercial use only/);
  });
});
