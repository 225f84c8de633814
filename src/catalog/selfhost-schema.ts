// Self-hosting reference data (GPUs, $/GPU-hour, KV cache, throughput, rules of thumb).
// PLACEHOLDER shape: the cost-engine work refines this schema and catalog/selfhost.json.
import { z } from "zod";

export const selfHostDataSchema = z.object({
  asOf: z.string(),
}).passthrough();
export type SelfHostData = z.infer<typeof selfHostDataSchema>;
