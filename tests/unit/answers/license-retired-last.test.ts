// A licence answer over several models leads with the ones a team can still adopt: a section of
// retired models only (Gemini 1.5, PaLM 2, Jurassic) comes after the current ones, whatever the
// order the question named them in.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { chat } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const retired = catalog.models.filter((m) => m.status === "retired" && m.kind === "model");
const current = ["gpt-4o", "llama-3.3-70b", "mistral-small-3.2"].map((id) => catalog.modelById.get(id)!);

describe("licence answers lead with models a team can adopt", () => {
  it("the catalogue has retired models to try", () => expect(retired.length).toBeGreaterThan(2));

  for (const old of retired)
    for (const now of current)
      it(`"can we use ${old.name} and ${now.name} in our product?" answers ${now.name} first`, () => {
        const reply = chat(catalog).say(`can we use ${old.name} and ${now.name} in our product?`);
        const order = reply.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
        const at = (name: string) => order.findIndex((h) => h.includes(name));
        expect(at(now.name), order.join(" | ")).toBeGreaterThanOrEqual(0);
        if (at(old.name) >= 0) expect(at(now.name)).toBeLessThan(at(old.name));
      });

  it("'can we use gemini outputs to train our own model?' leads with the current Gemini models", () => {
    const reply = chat(catalog).say("can we use gemini outputs to train our own model?");
    const first = reply.blocks.find((b) => b.kind === "heading");
    expect(first?.kind === "heading" ? first.text : "").not.toMatch(/1\.5/);
  });
});
