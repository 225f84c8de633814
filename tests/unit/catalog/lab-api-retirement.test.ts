// A lab's retirement of a model from its own API ends the lab's own offering on that day, like a
// cloud's end of life ends the cloud's: Anthropic retired Claude Sonnet 4.5 from its API on
// 2026-11-30 and Mistral Small 3.2 left Mistral's on 2026-07-31. After the date no ranking or cost
// prices the lab's own API, the answers say "retired on <date>, per <source>" with the replacement
// the lab names, and the model stays on offer at the hosts with their own schedules (Bedrock,
// Vertex, DeepInfra). Before it, nothing changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCommittedFiles } from "../../../adapters/shared/read-catalog.js";
import { createAdvisor } from "../../../src/advisor.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { cloudOfHost } from "../../../src/catalog/cloud-hosts.js";
import { parseCatalog } from "../../../src/catalog/load.js";
import type { Model } from "../../../src/catalog/schema.js";
import { newSession } from "../../../src/conversation/session.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { renderPlainText } from "../../../src/render/plain-text.js";
import { inboundFor } from "../../flows/recommend-helpers.js";

const files = readCommittedFiles().values;
const raw = (files.models as { models: Model[] }).models;
const at = (today: string) => parseCatalog(files, { today });

/** Every lab API offering (first-party, not a cloud marketplace) of a model its lab retires. */
const labEnding = raw.flatMap((model) =>
  model.retirement
    ? model.offerings
        .filter((o) => o.firstParty && cloudOfHost(o.provider) === null && !o.retirement)
        .map((offering) => ({ model, offering, end: model.retirement!.retiresOn }))
    : [],
);

const day = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** One turn's text through the real advisor, on `today` by both the catalogue and the turn's clock. */
function ask(catalog: Catalog, today: string, text: string): string {
  const advisor = createAdvisor({ catalog, now: () => new Date(`${today}T12:00:00Z`), warmUp: false });
  const result = advisor.handleTurn(newSession(new Date(`${today}T12:00:00Z`)), inboundFor(text, 0));
  return result.replies.map((r) => renderPlainText(r).chunks.join("\n")).join("\n\n");
}

describe("a lab's retirement from its own API", () => {
  it("covers the labs' own offerings on file, Anthropic's and Mistral's among them", () => {
    const ids = new Set(labEnding.map((e) => e.model.id));
    for (const id of ["claude-sonnet-4.5", "claude-opus-4.1", "mistral-small-3.2", "mistral-nemo"])
      expect(ids).toContain(id);
  });

  it("property: loaded on any day, the lab's own offering is sold exactly until the lab's date, and the other hosts' are untouched by it", () => {
    fc.assert(
      fc.property(day, (today) => {
        const catalog = at(today);
        for (const { model, offering, end } of labEnding) {
          const loaded = catalog.modelById.get(model.id)!;
          const sold = loaded.offerings.some((o) => o.provider === offering.provider);
          const kept = (catalog.retiredOfferings?.get(model.id) ?? []).some(
            (r) => r.offering.provider === offering.provider && r.endedBy === "lab" && r.retiredOn === end,
          );
          expect(sold).toBe(end > today);
          expect(kept).toBe(end <= today);
          // Hosts without their own end of life still sell it, whatever the lab's date.
          for (const other of model.offerings.filter((o) => o !== offering && !o.retirement && !o.firstParty))
            expect(loaded.offerings.some((o) => o.provider === other.provider)).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });

  it("a ranking on 2026-12-07 never prices Claude Sonnet 4.5 at Anthropic, and still ranks it at the clouds", () => {
    // Anthropic's page calls Sonnet 4.5 deprecated, so an API ranking now leaves it out for that
    // (withdrawn-release.ts). The mechanics of a lab's retirement are checked on a copy that keeps it
    // current: the lab's date ends the lab's own offering and no other.
    const ranking = (catalog: Catalog) =>
      rankModels(catalog, { useCase: "chat", deployment: "any-api" }, { selfHost: selfHostQuoter(catalog.selfhost) });
    expect(ranking(at("2026-12-07")).excluded.find((e) => e.id === "claude-sonnet-4.5")?.reason).toMatch(
      /deprecated by its provider/,
    );
    const keptCurrent = (today: string) => {
      const copy = structuredClone(files) as { models: { models: Model[] } };
      copy.models.models.find((m) => m.id === "claude-sonnet-4.5")!.status = "current";
      return parseCatalog(copy as typeof files, { today });
    };
    const after = ranking(keptCurrent("2026-12-07")).ranked.find((m) => m.id === "claude-sonnet-4.5");
    expect(after).toBeDefined();
    expect(after!.costLabel).not.toMatch(/Anthropic/);
    expect(after!.costLabel).toMatch(/Bedrock|Vertex/);
    // The day before, Anthropic's own price is one the ranking may use: the change is the date's.
    const before = at("2026-11-29").modelById.get("claude-sonnet-4.5")!;
    expect(before.offerings.some((o) => o.provider === "anthropic")).toBe(true);
  });

  it("the cost answer prices Claude Sonnet 4.5 elsewhere after 2026-11-30 and says Anthropic retired it, per Anthropic's page", () => {
    const q = "cost of claude sonnet 4.5 for 10M input and 2M output tokens a month";
    const after = ask(at("2026-12-07"), "2026-12-07", q);
    expect(after).toMatch(
      /Anthropic: retired on 2026-11-30, no longer sold or priced; Anthropic names Claude Sonnet 5\.5 as the replacement, per Anthropic's Claude Sonnet 4\.5 page \(platform\.claude\.com docs\), 2026-12-05/,
    );
    // Microsoft Foundry follows Anthropic's date; Bedrock and Vertex keep their own calendars.
    expect(after).toMatch(/Azure: retired on 2026-11-30/);
    expect(after).toMatch(/Claude Sonnet 4\.5 at (Amazon Bedrock|Google Vertex)/);
    const before = ask(at("2026-11-29"), "2026-11-29", q);
    expect(before).not.toMatch(/retired on 2026-11-30/);
  });

  it("Mistral Small 3.2's price answer says Mistral retired it, names Mistral Small 4, and lists the host still selling it", () => {
    const text = ask(at("2026-12-07"), "2026-12-07", "price of mistral small 3.2");
    expect(text).toMatch(
      /Mistral( AI)?: retired on 2026-07-31 \(deprecated 2026-04-30\), no longer sold or priced; Mistral( AI)? names Mistral Small 4 as the replacement, per Mistral AI's model card/,
    );
    expect(text).toMatch(/Deep Infra/);
    expect(text).not.toMatch(/\(first-party\)/);
  });
});
