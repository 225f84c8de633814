// Availability of models inside Azure, Bedrock and Vertex as the clouds' own pages state it
// (primary), on top of what the price lists show (catalog-import/clouds.ts). Keyed by model id.
import type { CloudAvailability } from "../../../src/catalog/signals-schema.js";

export const CLOUD_DOCS: Readonly<Record<string, readonly CloudAvailability[]>> = {};
