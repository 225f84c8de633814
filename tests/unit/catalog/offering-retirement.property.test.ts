// An offering past its host's end of life (a cloud's own lifecycle date, e.g. AWS's Bedrock model
// cards) is no longer sold: the catalogue loaded on any day holds exactly the
// offerings still sold that day, keeps the ended ones with their source, the ranking never prices a
// pick at an ended host, and the model-info, price and monthly-cost answers say since when.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_FILES, parseCatalog } from "../../../src/catalog/load.js";
import { offeringEndOfLife } from "../../../src/catalog/offering-lifecycle.js";
import type { Model } from "../../../src/catalog/schema.js";
import { retiredOfferingLines } from "../../../src/answers/retirement.js";
import { priceReply } from "../../../src/answers/price.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";

const files = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([name, path]) => [name, JSON.parse(readFileSync(path, "utf8")) as unknown]),
) as Record<keyof typeof CATALOG_FILES, unknown>;
const raw = (files.models as { models: Model[] }).models;

/** Every offering on file with an end of life, and that date. */
const ending = raw.flatMap((model) =>
  model.offerings.flatMap((offering) => {
    const end = offeringEndOfLife(offering);
    return end ? [{ model, offering, end: end.retiredOn }] : [];
  }),
);
const hostEnded = ending.filter((e) => e.offering.retirement !== undefined);

const day = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("offerings past their end of life", () => {
  it("the catalogue on file has host retirements, each with its source", () => {
    expect(hostEnded.length).toBeGreaterThanOrEqual(4);
    for (const { offering } of hostEnded) expect(offering.retirement?.sourceUrl).toMatch(/^https:\/\//);
  });

  it("property: loaded on any day, the catalogue sells exactly the offerings not yet ended, and keeps the ended ones", () => {
    fc.assert(
      fc.property(day, (today) => {
        const catalog = parseCatalog(files, { today });
        for (const { model, offering, end } of ending) {
          const loaded = catalog.modelById.get(model.id)!;
          const sold = loaded.offerings.some(
            (o) => o.provider === offering.provider && o.providerModelId === offering.providerModelId,
          );
          const kept = (catalog.retiredOfferings?.get(model.id) ?? []).some(
            (r) => r.offering.provider === offering.provider && r.retiredOn === end,
          );
          expect(sold).toBe(end > today);
          expect(kept).toBe(end <= today);
        }
      }),
      { numRuns: 12 },
    );
  });

  it("property: a host-retired offering's model info, price and cost lines say it is retired and since when", () => {
    fc.assert(
      fc.property(fc.constantFrom(...hostEnded), day, ({ model, offering, end }, today) => {
        const catalog = parseCatalog(files, { today });
        const loaded = catalog.modelById.get(model.id)!;
        const lines = retiredOfferingLines(catalog, loaded);
        const said = lines.some((l) => l.startsWith(`${offering.providerName}: retired on ${end}`));
        expect(said).toBe(end <= today);
        if (end > today) return;
        // A secondary source is never stated as a plain fact.
        if (offering.retirement?.sourceKind === "secondary") expect(lines.join(" ")).toMatch(/unverified/);
        const reply = JSON.stringify(priceReply(loaded, catalog, new Date(`${today}T12:00:00Z`)));
        expect(reply).toContain(`retired on ${end}`);
      }),
      { numRuns: 16 },
    );
  });

  it("a ranking inside the team's AWS account never prices a pick at an ended Bedrock offering", () => {
    const today = "2026-12-07";
    const catalog = parseCatalog(files, { today });
    const endedOnBedrock = new Set(
      hostEnded.filter((e) => e.offering.provider === "amazon-bedrock" && e.end <= today).map((e) => e.model.id),
    );
    expect(endedOnBedrock.size).toBeGreaterThan(0);
    for (const useCase of ["chat", "rag", "agents"] as const) {
      const ranking = rankModels(
        catalog,
        { useCase, deployment: "own-cloud", cloudProvider: "aws", maxParamsB: 500 },
        { selfHost: selfHostQuoter(catalog.selfhost) },
      );
      for (const m of ranking.ranked) if (endedOnBedrock.has(m.id)) expect(m.costLabel).not.toMatch(/Bedrock/);
    }
  });
});
