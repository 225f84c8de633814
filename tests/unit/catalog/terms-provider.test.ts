// termsProvider is dataProcessor's provider, falling back to the host: it reads the named processor
// record alone (the data-control score asks it per candidate and pass), so it must agree with the
// full answer for every model on every host, including hosts with no record and labs no record names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { dataProcessor, termsProvider } from "../../../src/catalog/data-processor.js";

const catalog = readCatalog();
const hosts = [
  ...new Set([
    ...catalog.models.flatMap((m) => m.offerings.map((o) => o.provider)),
    ...(catalog.providerPolicyById?.keys() ?? []),
  ]),
  "no-such-host",
];

describe("termsProvider", () => {
  it("is dataProcessor's provider, else the host, for every catalogue model on every host", () => {
    for (const m of catalog.models)
      for (const h of hosts) expect(termsProvider(catalog, m, h)).toBe(dataProcessor(catalog, m, h).provider ?? h);
  });

  it("agrees over models moved to other labs, opened or closed, with or without a first-party offering", () => {
    const labs = [...new Set(catalog.models.map((m) => m.lab)), "Some New Lab"];
    fc.assert(
      fc.property(
        fc.constantFrom(...catalog.models),
        fc.constantFrom(...labs),
        fc.constantFrom(...hosts),
        fc.boolean(),
        fc.boolean(),
        (model, lab, host, open, firstParty) => {
          const m = {
            ...model,
            lab,
            openWeights: open,
            offerings: model.offerings.map((o) => (o.provider === host ? { ...o, firstParty } : o)),
          };
          expect(termsProvider(catalog, m, host)).toBe(dataProcessor(catalog, m, host).provider ?? host);
        },
      ),
      { numRuns: 300 },
    );
  });
});
