// Residency outside the EU, over countries × hosts × models of the real catalogue: a host is kept
// only when its sourced records place processing in the country (or, when none does, when no
// record rules it out, and then it is flagged), a model is ruled out only when every host of it is
// known not to process there, open weights self-host when the team may, and every top-3 pick of
// a ranking either keeps the data in the country or is flagged "not checked" in the answer. The
// oracle reads the catalogue's records directly, not through the code under test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { residencyHostsSection } from "../../../src/answers/residency-hosts.js";
import { PLACES_ELSEWHERE } from "../../../src/catalog/places-elsewhere.js";
import type { Model, Offering } from "../../../src/catalog/schema.js";
import { applyHosting } from "../../../src/scoring/hosting.js";
import { offeringResidency } from "../../../src/scoring/residency.js";
import { rankModels } from "../../../src/scoring/rank.js";
import type { Requirements } from "../../../src/scoring/requirements.js";
import { residencyOracle } from "../../flows/recommend-scenarios-checks.js";
import { volume } from "./scoring-fixture.js";

const catalog = readCatalog();
const places = Object.values(PLACES_ELSEWHERE);
/** What the catalogue's records say of this host processing in the country, read directly. */
const oracle = (model: Model, o: Pick<Offering, "provider">, country: string) =>
  residencyOracle(catalog, model, o.provider, country);

const withOfferings = catalog.models.filter((m) => m.offerings.length > 0);

describe("residency outside the EU: hosts are kept by their sourced regions", () => {
  it("every place × model × deployment: no host known not to process there is kept; a model is ruled out only when every host is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom(...withOfferings),
        fc.constantFrom<Requirements["deployment"]>(undefined, "any-api"),
        (place, model, deployment) => {
          const req: Requirements = { residencyElsewhere: place.said, ...(deployment ? { deployment } : {}) };
          const states = model.offerings.map((o) => oracle(model, o, place.country));
          const result = applyHosting(catalog, model, req);
          const kept = result.model.offerings.map((o) => oracle(model, o, place.country));
          expect(kept).not.toContain("no");
          if (states.includes("yes")) expect(new Set(kept)).toEqual(new Set(["yes"]));
          const selfHostable = model.openWeights && deployment !== "any-api";
          // Every host known not to: self-hosting alone, when the team may self-host.
          if (selfHostable && states.every((st) => st === "no")) expect(result.model.offerings).toEqual([]);
          if (result.failure) {
            expect(result.failure.constraint).toBe("residency");
            expect(states.every((s) => s === "no")).toBe(true);
            expect(selfHostable).toBe(false);
            expect(result.failure.reason).toContain(place.said);
          } else if (!states.every((st) => st === "no")) expect(result.model.offerings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("no place rules out every closed model: a host without a region record is not checked, not a no", () => {
    const closed = withOfferings.filter((m) => !m.openWeights);
    for (const place of places) {
      const out = closed.filter((m) => applyHosting(catalog, m, { residencyElsewhere: place.said }).failure);
      expect(out.length, place.said).toBeLessThan(closed.length);
    }
  });

  it("India: a model OpenAI's API serves keeps only hosts on record as processing in India", () => {
    const india = { residencyElsewhere: "India" };
    const gpt = withOfferings.find(
      (m) => oracle(m, { provider: "openai" }, "IN") === "yes" && m.offerings.some((o) => o.provider === "openai"),
    );
    expect(gpt).toBeDefined();
    const kept = applyHosting(catalog, gpt!, india).model.offerings;
    expect(kept.length).toBeGreaterThan(0);
    for (const o of kept) expect(oracle(gpt!, o, "IN"), o.provider).toBe("yes");
  });
});

describe("residency outside the EU: hosts that pin only the models on their list", () => {
  const perModel = [...(catalog.providerPolicyById?.values() ?? [])].filter((p) => p.residency?.value.byModel);
  const served = (provider: string) => withOfferings.filter((m) => m.offerings.some((o) => o.provider === provider));

  it("some host's residency terms name the models they cover, and every model named is one it serves", () => {
    expect(perModel.length).toBeGreaterThan(0);
    for (const p of perModel) {
      const ids = new Set(served(p.provider).map((m) => m.id));
      for (const id of Object.keys(p.residency!.value.byModel!)) expect(ids.has(id), `${p.provider}: ${id}`).toBe(true);
    }
  });

  it("every place × model such a host serves: kept in a place only when its list gives that model that place", () => {
    const pairs = perModel.flatMap((p) => served(p.provider).map((m) => ({ p, m })));
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...pairs), (place, { p, m }) => {
        const { byModel, allListed } = p.residency!.value;
        const offering = m.offerings.find((o) => o.provider === p.provider)!;
        const evidence = offeringResidency(catalog, m, offering, { said: place.said, country: place.country });
        const listed = byModel![m.id] ?? [];
        if (listed.includes(place.country)) expect(evidence.state).toBe("yes");
        else expect(evidence.state).toBe(allListed ? "no" : "unknown");
        // A model off the list is said to be off it, by name, with the page it was read on.
        if (listed.length === 0 && allListed) {
          expect(evidence.detail).toContain(m.name);
          expect(evidence.sourceUrl).toBe(p.residency!.sourceUrl);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("residency outside the EU: Mistral's API, from Mistral's own regional-inference page", () => {
  // Mistral names its geographies in full ("currently the European Union or the United States"):
  // outside them its API is known not to keep processing in the country, inside the US it can.
  const onMistral = withOfferings.filter((m) => m.offerings.some((o) => o.provider === "mistral"));

  it("every place × model on Mistral's API: yes in the US, no elsewhere, with Mistral's own page as the source", () => {
    expect(onMistral.length).toBeGreaterThan(3);
    for (const place of places)
      for (const model of onMistral) {
        const o = model.offerings.find((x) => x.provider === "mistral")!;
        const evidence = offeringResidency(catalog, model, o, place);
        expect(evidence.state, `${model.id} in ${place.said}`).toBe(place.country === "US" ? "yes" : "no");
        expect(evidence.sourceKind).toBe("primary");
        expect(evidence.sourceUrl).toMatch(/^https:\/\/docs\.mistral\.ai\//);
      }
  });
});

describe("residency outside the EU: a cloud table whose cells were not read", () => {
  const partial = withOfferings.flatMap((m) =>
    (m.clouds ?? []).filter((c) => c.unreadCountries?.length).map((record) => ({ m, record })),
  );

  it("every place × such a model: a place the table covers stays not checked, any other is known not offered", () => {
    expect(partial.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...partial), (place, { m, record }) => {
        const offering = m.offerings.find((o) => o.provider === record.cloud)!;
        expect(offering, `${m.id} on ${record.cloud}`).toBeDefined();
        const evidence = offeringResidency(catalog, m, offering, { said: place.said, country: place.country });
        const other = (m.clouds ?? []).filter((c) => c.cloud === record.cloud && c !== record);
        // Only a record read cell by cell (none here yet) could say yes.
        if (other.some((c) => c.countries?.includes(place.country))) return;
        expect(evidence.state).toBe(record.unreadCountries!.includes(place.country) ? "unknown" : "no");
        if (evidence.state === "no") expect(evidence.sourceUrl).toBe(record.sourceUrl);
      }),
      { numRuns: 300 },
    );
  });
});

describe("residency outside the EU: every top-3 pick keeps the data there or is flagged", () => {
  it("rankings over places × deployments × volumes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom<Requirements["deployment"]>(undefined, "any-api"),
        fc.constantFrom<Requirements["cloudProvider"]>(undefined, "azure", "aws"),
        fc.integer({ min: 1, max: 3_000 }),
        (place, deployment, cloudProvider, millions) => {
          const req: Requirements = {
            useCase: "chat",
            residencyElsewhere: place.said,
            volume: volume(millions * 1_000_000),
            ...(deployment ? { deployment } : {}),
            ...(cloudProvider ? { cloudProvider } : {}),
          };
          const top = rankModels(catalog, req).ranked.slice(0, 3);
          const section = residencyHostsSection(catalog, req, top);
          expect(section).not.toBeNull();
          for (const m of top) {
            const model = catalog.modelById.get(m.id)!;
            const line = section!.text.split("\n").find((l) => l.startsWith(`- **${m.name}**`)) ?? "";
            if (m.costBasis === "self-host") {
              expect(deployment, m.id).not.toBe("any-api");
              expect(line).toMatch(/self-hosted/);
              continue;
            }
            const state = m.apiProvider ? oracle(model, { provider: m.apiProvider }, place.country) : "unknown";
            expect(state, `${m.id} via ${m.apiProvider}`).not.toBe("no");
            if (state === "yes")
              expect(line, m.id).toMatch(new RegExp(`processed in ${place.said}|hosts known to process`));
            else {
              expect(line, m.id).toMatch(/\*\*not checked\*\*/);
              expect(section!.unchecked).toContain(m.name);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
