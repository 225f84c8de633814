// Availability of models inside Azure, Bedrock and Vertex as the clouds' own pages state it
// (primary), on top of what the price lists show (catalog-import/clouds.ts). Keyed by model id.
import { countriesOfRegions } from "../../../src/catalog/region-countries.js";
import type { CloudAvailability } from "../../../src/catalog/signals-schema.js";

const READ = "2026-12-04";
const AZURE_DATAZONE =
  "https://github.com/MicrosoftDocs/azure-ai-docs/blob/32fdf2b24bf12ecfe130a86a215ac51b9e38f287/articles/foundry/openai/includes/model-matrix/datazone-standard.md";
/** The EU regions of Microsoft's Data Zone Standard availability table. */
const ALL_EU = [
  "francecentral",
  "germanywestcentral",
  "italynorth",
  "polandcentral",
  "spaincentral",
  "swedencentral",
  "westeurope",
];

/** A row of Microsoft's Data Zone Standard table: the model version can be deployed in these EU
 *  regions, and an EU data-zone deployment processes prompts and responses inside the EU. */
function azureEuDataZone(cloudModelId: string, regions: readonly string[] = ALL_EU): CloudAvailability {
  return {
    cloud: "azure",
    service: "Azure OpenAI in Microsoft Foundry (Data Zone Standard, EU)",
    cloudModelId,
    regions: [...regions],
    euProcessing: true,
    countries: ["EU"],
    allRegionsListed: true,
    sourceUrl: AZURE_DATAZONE,
    sourceKind: "primary",
    asOf: READ,
    note: "Microsoft's Data Zone Standard availability table (docs repository); EU data-zone deployments process data within EU member nations",
  };
}

// Microsoft's per-geography availability tables (docs repository, dated 2026-04-30 in each file).
// Their "Standard" tab is the regional deployment, which processes prompts in the region it is
// deployed in; "Data Zone Standard" keeps processing inside the data zone (US here). Both are
// billed per token. Global deployments may process anywhere and are left out on purpose; so are
// Provisioned Managed deployments (reserved throughput, not the per-token price we show).
const AZURE_TABLES = "https://github.com/MicrosoftDocs/azure-ai-docs/blob";
const MATRIX = "articles/foundry/openai/includes/model-matrix";
/** Each geography's table: where it was read, how answers name it, and the regions its Standard
 *  (regional) tab has columns for. Asia Pacific and the Middle East and Africa have no data zone
 *  ("Not available" in their Data Zone tabs), so the Standard tab is their only per-token deployment
 *  that keeps processing in the region. */
const AZURE_REGION_TABLE = {
  americas: {
    url: `${AZURE_TABLES}/1cfc4041a2f394314f7591173f964f8f06357938/${MATRIX}/region-americas.md`,
    name: "Americas table",
    columns: [
      "brazilsouth",
      "canadaeast",
      "centralus",
      "eastus",
      "eastus2",
      "northcentralus",
      "southcentralus",
      "westus",
      "westus3",
    ],
    noDataZone: false,
  },
  apac: {
    url: `${AZURE_TABLES}/3fe8b50d2182ef7b36effb515321cc4e9942e6a2/${MATRIX}/region-asia-pacific.md`,
    name: "Asia Pacific table",
    columns: ["australiaeast", "japaneast", "koreacentral", "southeastasia", "southindia"],
    noDataZone: true,
  },
  europe: {
    url: `${AZURE_TABLES}/0e06499e86ac6711457773f0a862586ce99fee8b/${MATRIX}/region-europe.md`,
    name: "Europe table",
    columns: [
      "francecentral",
      "germanywestcentral",
      "norwayeast",
      "polandcentral",
      "spaincentral",
      "swedencentral",
      "switzerlandnorth",
      "uksouth",
      "westeurope",
    ],
    noDataZone: false,
  },
  mea: {
    url: `${AZURE_TABLES}/469738e5be3744cd7a3dd02815d24ee08d29fe2b/${MATRIX}/region-middle-east-africa.md`,
    name: "Middle East and Africa table",
    columns: ["southafricanorth", "uaenorth"],
    noDataZone: true,
  },
} as const;
type AzureTable = keyof typeof AZURE_REGION_TABLE;
/** The date each table file carries (ms.date), and when we read them. */
const TABLES_DATED = "2026-04-30";
const TABLES_READ = "2026-12-05";
const US_DATA_ZONE = ["centralus", "eastus", "eastus2", "northcentralus", "southcentralus", "westus", "westus3"];
const US_SIX = US_DATA_ZONE.filter((r) => r !== "centralus");

/** What a table's Standard tab says of a model version it has no row for, in an answer's words. */
function noRowNote(table: (typeof AZURE_REGION_TABLE)[AzureTable]): string {
  const zone = table.noDataZone ? "; this geography has no data zone ('Not available' in its Data Zone tabs)" : "";
  return `Microsoft's ${table.name} (${TABLES_DATED}) lists no regional (Standard) deployment of this version${zone}. Global deployments (which may process anywhere) and Provisioned Managed (reserved capacity) are not counted`;
}

/** The regional Standard rows of Microsoft's tables, one record per table, every table included: the
 *  model version in these regions, processing there, and none at all where its table has no row. */
function azureRegional(
  cloudModelId: string,
  byTable: Partial<Record<AzureTable, readonly string[]>> = {},
): CloudAvailability[] {
  return (Object.keys(AZURE_REGION_TABLE) as AzureTable[]).map((key) => {
    const table = AZURE_REGION_TABLE[key];
    const regions = byTable[key] ?? [];
    return {
      cloud: "azure",
      service: "Azure OpenAI in Microsoft Foundry (Standard, regional)",
      cloudModelId,
      regions: [...regions],
      euProcessing: countriesOfRegions(regions).includes("EU"),
      countries: countriesOfRegions(regions),
      allRegionsListed: true,
      tableRegions: [...table.columns],
      sourceUrl: table.url,
      sourceKind: "primary",
      asOf: TABLES_READ,
      note:
        regions.length > 0
          ? `Microsoft's ${table.name} (${TABLES_DATED}), Standard (regional) tab: a regional deployment processes prompts and responses in its own region`
          : noRowNote(table),
    };
  });
}

/** A row of the US Data Zone Standard table: processing stays inside the US data zone. */
function azureUsDataZone(cloudModelId: string, regions: readonly string[] = US_DATA_ZONE): CloudAvailability {
  return {
    cloud: "azure",
    service: "Azure OpenAI in Microsoft Foundry (Data Zone Standard, US)",
    cloudModelId,
    regions: [...regions],
    euProcessing: false,
    countries: ["US"],
    allRegionsListed: true,
    sourceUrl: AZURE_REGION_TABLE.americas.url,
    sourceKind: "primary",
    asOf: TABLES_READ,
    note: "Microsoft's Americas availability table, Data Zone Standard tab: a US data-zone deployment processes data within the US",
  };
}

const WITHOUT_ITALY = ALL_EU.filter((r) => r !== "italynorth");

/**
 * The Data Zone Standard rows of a version newer than the all-zones table we read (datazone-standard.md
 * has no EU row for gpt-5.4 and no row for gpt-5.5): Microsoft's Europe and Americas tables, dated
 * 2026-04-30, list them. Only the data-zone rows are recorded: their Standard (regional) tabs have no
 * row for these versions, and the Asia Pacific and Middle East tables were not read for them, so no
 * regional record claims where they are or are not.
 */
function azureDataZonesFromGeographyTables(cloudModelId: string, eu: readonly string[], us: readonly string[]) {
  // Not every table was read for these versions, so neither record rules out the places it leaves out.
  return [
    {
      ...azureEuDataZone(cloudModelId, eu),
      allRegionsListed: false,
      sourceUrl: AZURE_REGION_TABLE.europe.url,
      asOf: TABLES_READ,
      note: `Microsoft's Europe availability table (${TABLES_DATED}), Data Zone Standard tab; EU data-zone deployments process data within EU member nations`,
    },
    { ...azureUsDataZone(cloudModelId, us), allRegionsListed: false },
  ];
}

// Google's data-residency page for generative AI on Vertex AI (now under the Gemini Enterprise
// Agent Platform name): ML processing stays in the region or multi-region a request is sent to,
// for the models and jurisdictions in its table; a regional endpoint outside the table has no
// ML-processing guarantee. The stored copy keeps the table's columns and rows but not its tick
// marks, so which jurisdictions a model's row marks is not known: those stay not checked, and
// every place outside the table is known not to be guaranteed.
const VERTEX_RESIDENCY = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/data-residency";
const VERTEX_JURISDICTIONS = [
  "us (multi-region)",
  "eu (multi-region)",
  "southamerica-east1",
  "northamerica-northeast1",
  "europe-west9",
  "europe-west3",
  "europe-west4",
  "europe-west2",
  "australia-southeast1",
  "asia-south1",
  "asia-northeast1",
  "asia-southeast1",
  "asia-northeast3",
];

/** A Google model in the ML-processing table: guaranteed nowhere outside its jurisdictions, which
 *  are kept as not-checked countries rather than regions, since this model's cells were not read. */
function vertexTable(cloudModelId: string): CloudAvailability[] {
  return [
    {
      cloud: "google-vertex",
      service: "Vertex AI (Google's data-residency table)",
      cloudModelId,
      // Left empty: a region named here would read as this model offered there (answers/hosting.ts).
      regions: [],
      euProcessing: false,
      countries: [],
      unreadCountries: ["US", "EU", ...countriesOfRegions(VERTEX_JURISDICTIONS.slice(2)).filter((c) => c !== "EU")],
      allRegionsListed: true,
      sourceUrl: VERTEX_RESIDENCY,
      sourceKind: "primary",
      asOf: TABLES_READ,
      note: "Google's data-residency table lists this model; ML processing stays in the jurisdiction of the request only for the US and EU multi-regions, Brazil, Canada, France, Germany, the Netherlands, the UK, Australia, India, Japan, Singapore and South Korea, and which of them this model's row marks was not read. Elsewhere (the Middle East, Switzerland, Hong Kong, Taiwan, ...) no ML-processing guarantee is given.",
    },
  ];
}

/** A model version on Azure: its EU and US data-zone rows, and its Standard row in each regional table. */
const azure = (id: string, byTable?: Partial<Record<AzureTable, readonly string[]>>, eu?: readonly string[]) => [
  azureEuDataZone(id, eu),
  azureUsDataZone(id),
  ...azureRegional(id, byTable),
];

export const CLOUD_DOCS: Readonly<Record<string, readonly CloudAvailability[]>> = {
  "gemini-3.5-flash": vertexTable("gemini-3.5-flash"),
  "gemini-3.1-flash-lite": vertexTable("gemini-3.1-flash-lite"),
  "gemini-2.5-pro": vertexTable("gemini-2.5-pro"),
  "gemini-2.5-flash": vertexTable("gemini-2.5-flash"),
  "gemini-2.5-flash-lite": vertexTable("gemini-2.5-flash-lite"),
  "gpt-5.1": azure("gpt-5.1 (2025-11-13)", { americas: US_DATA_ZONE, europe: ["swedencentral"] }, [
    "francecentral",
    "swedencentral",
  ]),
  "gpt-5.5": azureDataZonesFromGeographyTables(
    "gpt-5.5 (2026-04-24)",
    ["polandcentral", "swedencentral"],
    ["eastus2", "southcentralus"],
  ),
  "gpt-5.4": azureDataZonesFromGeographyTables("gpt-5.4 (2026-03-05)", ALL_EU, US_DATA_ZONE),
  "gpt-5": azure("gpt-5 (2025-08-07)"),
  "gpt-5-mini": azure("gpt-5-mini (2025-08-07)"),
  "gpt-5-nano": azure("gpt-5-nano (2025-08-07)"),
  o3: azure("o3 (2025-04-16)"),
  "o4-mini": azure("o4-mini (2025-04-16)", { americas: US_SIX, europe: ["swedencentral"] }),
  "gpt-4.1": azure("gpt-4.1 (2025-04-14)", { americas: US_SIX, europe: ["swedencentral", "switzerlandnorth"] }),
  "gpt-4.1-mini": azure("gpt-4.1-mini (2025-04-14)", {
    apac: ["australiaeast", "japaneast", "southindia"],
    americas: ["canadaeast", ...US_SIX],
    europe: ["francecentral", "swedencentral", "switzerlandnorth", "uksouth", "westeurope"],
  }),
  "gpt-4.1-nano": azure("gpt-4.1-nano (2025-04-14)"),
  "o3-mini": azure("o3-mini (2025-01-31)"),
  o1: azure("o1 (2024-12-17)", { americas: US_SIX, europe: ["swedencentral"] }),
  "gpt-4o": [
    ...azure("gpt-4o (2024-11-20)", {
      apac: ["australiaeast", "japaneast", "southindia"],
      americas: ["canadaeast", ...US_DATA_ZONE],
      europe: ["francecentral", "norwayeast", "swedencentral", "switzerlandnorth", "uksouth"],
    }),
    azureEuDataZone("gpt-4o (2024-08-06)", WITHOUT_ITALY),
  ],
  "gpt-4o-mini": azure("gpt-4o-mini (2024-07-18)", { americas: US_SIX, europe: ["swedencentral"] }),
};
