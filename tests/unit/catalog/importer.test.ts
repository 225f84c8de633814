// The importer: deterministic output, both prices kept where the lists disagree, unresolvable
// curation refused, and the committed catalogue up to date with the reference data.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalogFiles, toJsonText } from "../../../adapters/tools/catalog-import/build-catalog.js";
import { buildLicenses } from "../../../adapters/tools/catalog-import/build-licenses.js";
import type { SourceLicenseFamily } from "../../../adapters/tools/catalog-import/build-licenses.js";
import { buildModels } from "../../../adapters/tools/catalog-import/build-models.js";
import type { SourceData } from "../../../adapters/tools/catalog-import/build-models.js";
import type { LiteLlmRow, ModelsDevRow } from "../../../adapters/tools/catalog-import/source-types.js";
import { permissiveTerms } from "../../../adapters/tools/curation/license-types.js";
import type { LicenseCuration } from "../../../adapters/tools/curation/license-types.js";
import type { ModelCuration } from "../../../adapters/tools/curation/model-types.js";
import { readImportInputs } from "../../../adapters/tools/import-catalog.js";

const family: SourceLicenseFamily = {
  id: "mistral-7b",
  family: "Mistral 7B",
  developer: "Mistral AI",
  license_name: "Apache License 2.0",
  spdx_id: "Apache-2.0",
  osi_approved: true,
  weights_available: true,
  license_history: null,
  verified: true,
  verification_notes: "Primary.",
  seed_correction: null,
  sources: [
    {
      claim: "Apache list",
      source: "https://docs.example/open",
      primary: true,
      checked: "stored page",
      quote: "Mistral 7B ... under Apache 2 License",
    },
  ],
};
const licenseCuration: LicenseCuration[] = [
  {
    id: "mistral-7b",
    family: "mistral-7b",
    kind: "osi-open-source",
    summary: "Apache.",
    terms: permissiveTerms("Keep notices."),
    clauses: { "Apache list": "commercial-use" },
  },
];

function mdRow(provider: string, id: string, input: number, output: number): ModelsDevRow {
  return {
    provider,
    provider_name: provider.toUpperCase(),
    model_id: id,
    status: null,
    release_date: "2023-09-27",
    context: 32000,
    output: 8000,
    input_modalities: ["text"],
    output_modalities: ["text"],
    reasoning: false,
    tool_call: true,
    structured_output: null,
    cost_input_per_mtok: input,
    cost_output_per_mtok: output,
    cost_cache_read_per_mtok: null,
  };
}
function llRow(key: string, provider: string, input: number, output: number): LiteLlmRow {
  return {
    key,
    litellm_provider: provider,
    max_input_tokens: 32000,
    max_output_tokens: 8000,
    input_per_mtok: input,
    output_per_mtok: output,
    cache_read_per_mtok: null,
    supports_function_calling: true,
    supports_response_schema: null,
    supports_vision: null,
    supports_pdf_input: null,
    supports_audio_input: null,
    supports_reasoning: null,
    deprecation_date: null,
  };
}
const data: SourceData = {
  modelsDev: {
    commit: "abc123",
    commit_date: "2026-07-02T00:40:28+08:00",
    providers: [
      { id: "mistral", name: "Mistral" },
      { id: "togetherai", name: "Together AI" },
    ],
    base_models: [],
    models: [mdRow("mistral", "open-mistral-7b", 0.25, 0.25), mdRow("togetherai", "mistral-7b", 0.2, 0.2)],
  },
  litellm: {
    obtained_via: {
      mirror_repo: "someone/mirror",
      mirror_commit: "def456",
      upstream_fetched_at: "2026-07-24T18:23:43Z",
    },
    models: [
      llRow("mistral/open-mistral-7b", "mistral", 0.25, 0.25),
      llRow("together_ai/mistral-7b", "together_ai", 0.3, 0.3),
      llRow("fireworks_ai/mistral-7b", "fireworks_ai", 0.2, 0.2),
    ],
  },
  selfhost: {
    as_of: "2026-11-29",
    parameters: [
      {
        model: "Mistral 7B",
        total_params_b: 7.3,
        active_params_b: 7.3,
        verified: false,
        sources: [{ source: "https://x.example", date: "not stated (read 2026-11-29)" }],
      },
    ],
  },
};
const modelCuration: ModelCuration[] = [
  {
    id: "mistral-7b",
    name: "Mistral 7B",
    lab: "Mistral AI",
    family: "Mistral",
    aliases: ["mistral 7b"],
    openWeights: true,
    licenseId: "mistral-7b",
    params: "Mistral 7B",
    md: ["mistral:open-mistral-7b", "togetherai:mistral-7b"],
    ll: ["mistral/open-mistral-7b", "together_ai/mistral-7b", "fireworks_ai/mistral-7b"],
    description: "A 7B model.",
  },
];

describe("catalogue importer", () => {
  it("is deterministic", () => {
    const run = () => toJsonText(buildModels(data, modelCuration, new Set(["mistral-7b"])).models);
    expect(run()).toBe(run());
    const lic = () => toJsonText(buildLicenses([family], licenseCuration, "2026-11-29"));
    expect(lic()).toBe(lic());
  });

  it("copies quotes verbatim with source and check date", () => {
    const [license] = buildLicenses([family], licenseCuration, "2026-11-29");
    expect(license?.clauses).toEqual([
      {
        topic: "commercial-use",
        quote: family.sources[0]!.quote,
        source: "https://docs.example/open",
        checkedAt: "2026-11-29",
        primary: true,
        checkedHow: "stored page",
      },
    ]);
  });

  it("keeps one price where the lists agree, both where they disagree, and reports it", () => {
    const built = buildModels(data, modelCuration, new Set(["mistral-7b"]));
    const offerings = built.models[0]!.offerings.map((o) => `${o.provider}/${o.source}/${o.inputPerMTok}`);
    expect(offerings).toEqual([
      "mistral/models.dev/0.25",
      "togetherai/models.dev/0.2",
      "togetherai/litellm/0.3",
      "fireworks-ai/litellm/0.2",
    ]);
    expect(built.priceDisagreements).toEqual([
      expect.objectContaining({ modelId: "mistral-7b", provider: "togetherai", sameProviderModelId: true }),
    ]);
    expect(built.models[0]!.offerings[0]).toMatchObject({ firstParty: true, asOf: "2026-07-02" });
    expect(built.models[0]!.offerings[3]).toMatchObject({ firstParty: false, asOf: "2026-07-24" });
    // Mistral's own card (7B, as it rounds) wins over selfhost.json's unverified 7.3B row.
    expect(built.models[0]!.parameters).toMatchObject({
      totalB: 7,
      activeB: 7,
      asOf: "2026-08-21",
      verified: true,
      sourceKind: "primary",
    });
  });

  it("refuses curation that points at nothing", () => {
    const broken: ModelCuration[] = [{ ...modelCuration[0]!, md: ["mistral:no-such-model"], licenseId: "nope" }];
    expect(() => buildModels(data, broken, new Set(["mistral-7b"]))).toThrow(
      /no models\.dev offering "mistral:no-such-model"[\s\S]*unknown licence "nope"/,
    );
    expect(() =>
      buildLicenses([family], [{ ...licenseCuration[0]!, clauses: { "Made up": "general" } }], "2026-11-29"),
    ).toThrow(/no source claim "Made up"/);
  });

  const DATA = resolve(__dirname, "../../../../shared/data");
  it.skipIf(!existsSync(join(DATA, "models-dev.json")))(
    "produces exactly the committed catalogue from the reference data",
    () => {
      const inputs = readImportInputs({
        modelsDev: join(DATA, "models-dev.json"),
        litellm: join(DATA, "litellm-prices.json"),
        selfhost: join(DATA, "selfhost.json"),
        licenses: join(DATA, "licenses.json"),
      });
      const first = buildCatalogFiles(inputs);
      const second = buildCatalogFiles(inputs);
      const catalogDir = resolve(__dirname, "../../../catalog");
      expect(toJsonText(first.files.models)).toBe(toJsonText(second.files.models));
      expect(toJsonText(first.files.licenses)).toBe(readFileSync(join(catalogDir, "licenses.json"), "utf8"));
      expect(toJsonText(first.files.models)).toBe(readFileSync(join(catalogDir, "models.json"), "utf8"));
    },
  );
});
