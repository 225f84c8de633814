// Admissions are cached per catalogue by what decides them (constraints.ts, admissionKey). A key
// that leaves out something an admission reads makes one team's verdict leak into the next
// team's ranking; here every ranking in a random sequence must admit exactly what a catalogue
// that has never ranked anything admits for the same requirements.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATALOG_FILES, parseCatalog } from "../../../src/catalog/load.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASES, type Requirements } from "../../../src/scoring/requirements.js";
import { selfHostQuoter } from "../../../src/scoring/self-host-quote.js";
import { TEST_DAY } from "../../helpers/test-day.js";

const files = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([name, path]) => [name, JSON.parse(readFileSync(path, "utf8")) as unknown]),
) as Record<keyof typeof CATALOG_FILES, unknown>;
const freshCatalog = (): Catalog => parseCatalog(files, { today: TEST_DAY });

// One team's hardware, asked about by several teams in turn (the bot's usual day).
const rig = fc.constantFrom(
  { type: "L4-24GB", count: 1 },
  { type: "L40S-48GB", count: 2 },
  { type: "A100-80GB", count: 1 },
);
const ask = fc.record(
  {
    useCase: fc.constantFrom(...USE_CASES),
    contextTokens: fc.constantFrom(8_000, 32_000, 128_000),
    maxParamsB: fc.constantFrom(8, 70),
  },
  { requiredKeys: ["useCase"] },
);

const admitted = (catalog: Catalog, req: Requirements): string[] =>
  rankModels(catalog, req, { selfHost: selfHostQuoter(catalog.selfhost) })
    .ranked.map((m) => m.id)
    .sort();

describe("cached admissions", () => {
  it("property: a ranking admits what a catalogue that never ranked anything admits", () => {
    const shared = freshCatalog();
    fc.assert(
      fc.property(rig, fc.array(ask, { minLength: 2, maxLength: 6 }), (ownedGpus, asks) => {
        for (const a of asks) {
          const req: Requirements = { ...a, selfHosted: true, ownedGpus };
          expect(admitted(shared, req), JSON.stringify(req)).toEqual(admitted(freshCatalog(), req));
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it("a chat team on owned GPUs is judged at chat's context, after a coding team on the same GPUs", () => {
    const catalog = freshCatalog();
    const gpus = { type: "L40S-48GB", count: 2 };
    admitted(catalog, { useCase: "coding", selfHosted: true, ownedGpus: gpus });
    const chat: Requirements = { useCase: "chat", selfHosted: true, ownedGpus: gpus };
    expect(admitted(catalog, chat)).toEqual(admitted(freshCatalog(), chat));
  });
});
