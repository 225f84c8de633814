// Models offered inside Azure Government, a cloud of its own (separate accounts, portal and
// endpoints: openai.azure.us) for US government agencies and their contractors, as Microsoft's
// "Azure OpenAI in Azure Government" page lists them (primary). Only Azure OpenAI models are there:
// models from other labs sold in Foundry are not, and a model or version the page does not list is
// not offered in Azure Government. Keyed by catalogue model id, like clouds-docs.ts.
import { countriesOfRegions } from "../../../src/catalog/region-countries.js";
import type { CloudAvailability } from "../../../src/catalog/signals-schema.js";

/** The page in Microsoft's docs repository at the commit we read (the file says ms.date 11/26/2025). */
const AZURE_GOVERNMENT =
  "https://github.com/MicrosoftDocs/azure-ai-docs/blob/6ca156d01e230294e136fbfb7c8213748e5d26b2/articles/ai-foundry/openai/azure-government.md";
const AS_OF = "2025-11-26";

/**
 * One model version's cells in the page's Standard (per-token) table: the Azure Government regions
 * with a tick, and whether its USGov DataZone row has one (processing in either of the two regions).
 */
function azureGovernment(cloudModelId: string, regions: readonly string[], dataZone: boolean): CloudAvailability[] {
  const base = {
    cloud: "azure" as const,
    cloudModelId,
    euProcessing: false,
    sourceUrl: AZURE_GOVERNMENT,
    sourceKind: "primary" as const,
    asOf: AS_OF,
  };
  const regional: CloudAvailability[] =
    regions.length > 0
      ? [
          {
            ...base,
            service: "Azure OpenAI in Azure Government (Standard)",
            regions: [...regions],
            countries: countriesOfRegions(regions),
            note: "Microsoft's Azure Government page, Standard deployment table: a regional deployment processes in its Azure Government region",
          },
        ]
      : [];
  const zone: CloudAvailability[] = dataZone
    ? [
        {
          ...base,
          service: "Azure OpenAI in Azure Government (USGov DataZone)",
          regions: ["usgovarizona", "usgovvirginia"],
          countries: countriesOfRegions(["usgovarizona", "usgovvirginia"]),
          note: "Microsoft's Azure Government page: a USGov DataZone deployment may process in either Azure Government region",
        },
      ]
    : [];
  return [...regional, ...zone];
}

const BOTH = ["usgovarizona", "usgovvirginia"];

export const AZURE_GOVERNMENT_DOCS: Readonly<Record<string, readonly CloudAvailability[]>> = {
  "gpt-4.1": azureGovernment("gpt-4.1 (2025-04-14)", BOTH, true),
  "gpt-4.1-mini": azureGovernment("gpt-4.1-mini (2025-04-14)", BOTH, true),
  "o3-mini": azureGovernment("o3-mini", [], true),
  "gpt-4o": azureGovernment("gpt-4o (2024-11-20)", BOTH, true),
  "gpt-4o-mini": azureGovernment("gpt-4o-mini (2024-07-18)", ["usgovarizona"], true),
};
