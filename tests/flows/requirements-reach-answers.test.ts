// Requirements as teams phrase them reach the recommendation, in the terminal over the real
// catalogue: each fact read from the words is applied by the shortlist, and the shortlist says so.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { transcript } from "./console-transcript.js";

const catalog = readCatalog();
const rankingOf = (data: unknown) => ((data as { ranking?: { id: string }[] })?.ranking ?? []).map((r) => r.id);
const model = (id: string) => catalog.modelById.get(id)!;

describe("requirements reach the shortlist", () => {
  it("'we self-host on a single L40S': only weights the team can run, and closed APIs ruled out saying why", async () => {
    const t = await transcript(["we self-host on a single L40S; which model for extraction?"]);
    const ranked = rankingOf(t.turns[0]?.data);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    for (const id of ranked) expect(model(id).openWeights, id).toBe(true);
    expect(t.printed).toMatch(/Based on: .*you run the weights yourselves/);
    expect(t.printed).toMatch(/has no downloadable weights, so it cannot run on hardware you run yourselves/);
    expect(t.printed).not.toMatch(/undefined/);
  }, 60_000);
});
