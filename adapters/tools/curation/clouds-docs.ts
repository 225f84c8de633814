// Availability of models inside Azure, Bedrock and Vertex as the clouds' own pages state it
// (primary), on top of what the price lists show (catalog-import/clouds.ts). Keyed by model id.
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
    sourceUrl: AZURE_DATAZONE,
    sourceKind: "primary",
    asOf: READ,
    note: "Microsoft's Data Zone Standard availability table (docs repository); EU data-zone deployments process data within EU member nations",
  };
}

const WITHOUT_ITALY = ALL_EU.filter((r) => r !== "italynorth");

export const CLOUD_DOCS: Readonly<Record<string, readonly CloudAvailability[]>> = {
  "gpt-5.1": [azureEuDataZone("gpt-5.1 (2025-11-13)", ["francecentral", "swedencentral"])],
  "gpt-5": [azureEuDataZone("gpt-5 (2025-08-07)")],
  "gpt-5-mini": [azureEuDataZone("gpt-5-mini (2025-08-07)")],
  "gpt-5-nano": [azureEuDataZone("gpt-5-nano (2025-08-07)")],
  o3: [azureEuDataZone("o3 (2025-04-16)")],
  "o4-mini": [azureEuDataZone("o4-mini (2025-04-16)")],
  "gpt-4.1": [azureEuDataZone("gpt-4.1 (2025-04-14)")],
  "gpt-4.1-mini": [azureEuDataZone("gpt-4.1-mini (2025-04-14)")],
  "gpt-4.1-nano": [azureEuDataZone("gpt-4.1-nano (2025-04-14)")],
  "o3-mini": [azureEuDataZone("o3-mini (2025-01-31)")],
  o1: [azureEuDataZone("o1 (2024-12-17)")],
  "gpt-4o": [azureEuDataZone("gpt-4o (2024-11-20)"), azureEuDataZone("gpt-4o (2024-08-06)", WITHOUT_ITALY)],
  "gpt-4o-mini": [azureEuDataZone("gpt-4o-mini (2024-07-18)")],
};
