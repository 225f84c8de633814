// Which models run inside a team's own cloud account (Azure, Bedrock, Vertex) and where, from
// the catalogue's sourced availability records.
import type { Model } from "./schema.js";
import type { CloudAvailability, CloudId } from "./signals-schema.js";

export type { CloudAvailability, CloudId } from "./signals-schema.js";

/** AWS's own table of which Bedrock model runs in which Region, and how (In-Region, geographic,
 *  global): the catalogue's Bedrock records cite it and answers point to it. AWS moved it here from
 *  models-regions.html, which now only links to it. */
export const BEDROCK_REGIONAL_AVAILABILITY =
  "https://docs.aws.amazon.com/bedrock/latest/userguide/models-region-compatibility.html";

/** Every availability record of the model in that cloud (empty when none is sourced). */
export function cloudAvailability(model: Model, cloud: CloudId): CloudAvailability[] {
  return (model.clouds ?? []).filter((c) => c.cloud === cloud);
}

/** Whether a source shows the model inside that cloud (optionally with EU processing). */
export function offeredInCloud(model: Model, cloud: CloudId, options: { eu?: boolean } = {}): boolean {
  return cloudAvailability(model, cloud).some((c) => !options.eu || c.euProcessing);
}

/** The clouds a source shows the model in. */
export function cloudsOf(model: Model): CloudId[] {
  return [...new Set((model.clouds ?? []).map((c) => c.cloud))];
}

/**
 * The regions of the US government clouds (AWS GovCloud (US), Azure Government): separate partitions
 * with their own accounts and endpoints, for US government agencies and their contractors (CUI,
 * FedRAMP High). A record naming one of them, or Bedrock's GovCloud geographic profile, shows the
 * model offered there; a commercial region never does.
 */
const US_GOVERNMENT_REGION = /^(?:us-gov-[a-z]+-\d|usgov[a-z]+|US GovCloud geographic cross-Region inference)$/;

/** The records of the model in that cloud's US government partition (empty: not on record there). */
export function usGovernmentAvailability(model: Model, cloud: CloudId): CloudAvailability[] {
  return cloudAvailability(model, cloud).filter((c) => c.regions.some((r) => US_GOVERNMENT_REGION.test(r)));
}
