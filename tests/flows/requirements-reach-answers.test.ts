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

  it("'skip anything CC-BY-NC licensed': that licence's models are ruled out, each saying why", async () => {
    const t = await transcript(["skip anything CC-BY-NC licensed. agents for internal ops"]);
    const ranked = rankingOf(t.turns[0]?.data);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    for (const id of ranked) expect(model(id).licenseId, id).not.toBe("command-r");
    const excluded = (t.turns[0]?.data?.excluded as { id: string; reason: string }[]) ?? [];
    // Command A's weights are CC-BY-NC too (its own card, not Command R's): ruled out with them,
    // the reason saying the kind the team named rather than a licence id.
    for (const id of ["command-r", "command-a"])
      expect(excluded.find((e) => e.id === id)?.reason, id).toMatch(/you ruled out CC-BY-NC licences/);
  }, 60_000);

  it("'nothing with a non-commercial licence': no research-only or non-commercial weights on the shortlist", async () => {
    const t = await transcript(["nothing with a non-commercial licence please, we sell this. rag over product docs"]);
    const ranked = rankingOf(t.turns[0]?.data);
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    for (const id of ranked) {
      const licence = catalog.licenseById.get(model(id).licenseId);
      expect(licence?.terms.commercialUse, `${id} (${licence?.id})`).not.toBe("no");
    }
    expect(t.printed).toMatch(/Ruled out by you \(\d+\)/);
  }, 60_000);

  it("'must stay in the EU' is data residency: applied to the shortlist, not read as an EU-based team", async () => {
    const t = await transcript(["Client data is confidential, must stay in the EU. Contract summaries, which model?"]);
    expect(t.printed).toMatch(/Based on: .*data must stay in the EU/);
    const ranked = rankingOf(t.turns[0]?.data);
    const excluded = (t.turns[0]?.data?.excluded as { id: string; reason: string }[]) ?? [];
    const noResidency = excluded.filter((e) => /EU data residency/.test(e.reason)).map((e) => e.id);
    expect(noResidency.length).toBeGreaterThan(0);
    for (const id of ranked) expect(noResidency, id).not.toContain(id);
  }, 60_000);
});
