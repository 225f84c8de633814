// A use case the scoring does not know (a session saved by an older version, a hand-edited profile)
// must read as "no job stated" for the quality need, never crash the shortlist: before, the need's
// level was undefined and the note that explains it (sayNeed) threw reading `toFixed` of it.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../../src/answers/recommend-shortlist.js";
import { qualityMinimumOf, qualityNeedOf, sayNeed } from "../../../src/scoring/quality-need.js";
import { volumeAtDefaultSplit } from "../../../src/costs/volume.js";
import type { Requirements, UseCase } from "../../../src/scoring/requirements.js";

const unknown = "poetry" as UseCase;

describe("an unknown use case in the requirements", () => {
  it("has no quality need or minimum, and its note says nothing", () => {
    expect(qualityNeedOf({ useCase: unknown })).toBeUndefined();
    expect(qualityMinimumOf({ useCase: unknown })).toBeUndefined();
    let said = "";
    sayNeed(0.9, qualityNeedOf({ useCase: unknown }), (part) => (said += part));
    expect(said).toBe("");
  });

  it("still ranks the catalogue, every note readable", () => {
    const req: Requirements = { useCase: unknown, volume: volumeAtDefaultSplit(4e6, "4M tokens/month") };
    const rec = rankOnly(readCatalog(), req);
    expect(rec.ranking.ranked.length).toBeGreaterThan(0);
    for (const r of rec.ranking.ranked.slice(0, 5))
      for (const note of Object.values(r.notes ?? {})) expect(String(note)).not.toMatch(/undefined|NaN/);
  });
});

describe("a stored session with a use case this release does not know", () => {
  it("is read without it, the rest kept", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { readStoredSession } = await import("../../../adapters/shared/session-format.js");
    const file = path.join(import.meta.dirname, "../../fixtures/sessions/v1-guided-coding.json");
    const stored = JSON.parse(readFileSync(file, "utf8")) as { requirements: Record<string, unknown> };
    stored.requirements = { ...stored.requirements, useCase: "poetry" };
    const session = readStoredSession("k", stored);
    expect(session.requirements.useCase).toBeUndefined();
    expect(Object.keys(session.requirements).length).toBeGreaterThan(0);
  });
});
