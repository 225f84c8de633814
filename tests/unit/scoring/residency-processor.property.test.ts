// Where a cloud resells a lab's closed model with the lab as the data processor (Claude on Azure
// Foundry: Anthropic processes the data, per Microsoft's own page), where the data is processed is
// the processor's to say. Two facts the catalogue holds are joined: the cloud's processor record
// and the processor's own residency terms. Over places × models × cloud hosts with another
// processor on record: a host the cloud's region tables do not place in the country takes the
// processor's answer (yes where its terms keep processing there, no where they keep it only
// elsewhere), said with both sources; a cloud that processes the model itself is unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { labIdOf } from "../../../src/catalog/labs.js";
import { PLACES_ELSEWHERE } from "../../../src/catalog/places-elsewhere.js";
import { cloudOf } from "../../../src/scoring/catalog-facts.js";
import { offeringResidency } from "../../../src/scoring/residency.js";
import { firstShortlist } from "../../scenarios/cost-working-checks.js";
import { CHICAGO_LAW_FIRM } from "../../scenarios/fifteenth-round-teams.js";
import { JOHANNESBURG_MEDICAL_SCHEME } from "../../scenarios/fourteenth-round-teams.js";

const catalog = readCatalog();
const places = Object.values(PLACES_ELSEWHERE);

/** The processor a cloud host names for the model's lab, when it is not the host itself. */
function otherProcessor(modelLab: string, provider: string): string | null {
  const records = catalog.providerPolicyById?.get(provider)?.processors ?? [];
  const lab = labIdOf(modelLab, catalog);
  const named = records.find((r) => r.lab === lab) ?? records.find((r) => r.lab === "*");
  return named && named.processor !== provider ? named.processor : null;
}

const resold = catalog.models.flatMap((model) =>
  model.offerings
    .filter((o) => cloudOf(o) !== null && otherProcessor(model.lab, o.provider) !== null)
    .map((o) => ({ model, offering: o, processor: otherProcessor(model.lab, o.provider)! })),
);

describe("a cloud's resold model is processed where its processor processes", () => {
  it("the catalogue holds such hosts (Claude on Azure)", () => {
    expect(resold.some((r) => r.offering.provider === "azure" && r.processor === "anthropic")).toBe(true);
  });

  it("over places × resold models: a host not placed there by the cloud takes the processor's own terms", () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...resold), (place, r) => {
        const evidence = offeringResidency(catalog, r.model, r.offering, place);
        const cloudYes = (r.model.clouds ?? []).some(
          (c) => c.cloud === cloudOf(r.offering) && c.countries?.includes(place.country),
        );
        if (cloudYes) return;
        const terms = catalog.providerPolicyById?.get(r.processor)?.residency?.value;
        if (!terms) return;
        const theirs = terms.byModel ? (terms.byModel[r.model.id] ?? []) : terms.places;
        if (theirs.includes(place.country)) expect(evidence.state, `${r.model.id} in ${place.said}`).toBe("yes");
        else if (terms.allListed) expect(evidence.state, `${r.model.id} in ${place.said}`).toBe("no");
        else return;
        expect(evidence.detail).toMatch(/is the data processor \(.*\d{4}-\d{2}-\d{2}\), and /);
      }),
      { numRuns: 80 },
    );
  });

  it("Chicago law firm (US only, on Azure): Claude on Azure is processed in the US, joined from both records", () => {
    const { req, text, top } = firstShortlist(catalog, CHICAGO_LAW_FIRM);
    expect(req.residencyElsewhere).toBeDefined();
    const section = text.slice(text.indexOf("Where the data is processed")).split("\n\n")[0]!;
    const claude = top.filter((r) => catalog.modelById.get(r.id)?.lab === "Anthropic");
    expect(claude.length).toBeGreaterThan(0);
    for (const r of claude) {
      const line = section.split("\n").find((l) => l.startsWith(`- **${r.name}** via Azure`)) ?? "";
      expect(line, r.id).toMatch(/processed in the US: on Azure, .* is the data processor/);
    }
    expect(section).not.toMatch(/not checked/);
  });

  it("Johannesburg medical scheme (data must stay in South Africa): Claude via Azure is known not to process there, so none is picked", () => {
    const { text, top } = firstShortlist(catalog, JOHANNESBURG_MEDICAL_SCHEME);
    for (const r of top) expect(catalog.modelById.get(r.id)?.lab, r.id).not.toBe("Anthropic");
    expect(text).toMatch(/Known not to process[^\n]*Claude[^\n]*on Azure, .* is the data processor/);
  });
});
