// A wish to avoid some makers rules nothing out, so the answer says which shown picks it covers and,
// when none of the shown picks is clear of it, the best-ranked model that is.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { avoidedPickNote } from "../../../src/answers/avoided-pick-note.js";
import type { RankedModel } from "../../../src/scoring/rank.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { chat, textOf } from "../../flows/recommend-helpers.js";

const catalog = readCatalog();
const row = (id: string, rank: number) => ({ id, name: catalog.modelById.get(id)!.name, rank }) as RankedModel;
const req = (avoid: Requirements["avoidIfPossible"]) => ({ avoidIfPossible: avoid }) as Requirements;

describe("avoidedPickNote", () => {
  const ranked = [row("llama-3.3-70b", 1), row("gemma-3-27b", 2), row("mistral-large-3", 3)];

  it("names the covered picks with their places, and that they are kept", () => {
    const note = avoidedPickNote(catalog, req({ labs: ["meta"] }), ranked, ranked);
    expect(note).toMatch(
      /^\*\*Rather avoided:\*\* Llama 3\.3 70B[^ ]* \(#1\) is covered by your wish \(avoiding models by Meta where possible\); it is kept/,
    );
    // The shown #2 is clear of it already: nothing more to name.
    expect(note).not.toMatch(/best-ranked model clear/);
  });

  it("names the best-ranked model clear of the wish when every shown pick is covered", () => {
    const note = avoidedPickNote(catalog, req({ labs: ["meta", "google"] }), ranked, ranked.slice(0, 2));
    expect(note).toMatch(/The best-ranked model clear of it is Mistral Large 3 \(#3\)\./);
  });

  it("says nothing when no pick is covered or nothing is avoided", () => {
    expect(avoidedPickNote(catalog, req({ labs: ["openai"] }), ranked, ranked)).toBeNull();
    expect(avoidedPickNote(catalog, {} as Requirements, ranked, ranked)).toBeNull();
  });

  it("is part of the shortlist a wish to avoid is said with", () => {
    const c = chat(catalog);
    const said = textOf(c.say("Support chat for our shop, 5M tokens a month. We'd rather avoid Chinese labs."));
    const note = /\*\*Rather avoided:\*\*[^\n]*/.exec(said)?.[0] ?? "";
    expect(note).toMatch(/avoiding models from Chinese labs where possible/);
  });
});
