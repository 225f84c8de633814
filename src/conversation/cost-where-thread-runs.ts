// A team that runs the weights itself ("patient data may not leave the hospital: it has to run on
// our own servers") cannot use an API's per-token price: in its thread, a cost asked of open-weights
// models is what running them there costs, on the GPUs and at the ops capacity the thread stated.
// Twenty-sixth tryout round: Ghent's hospital, whose shortlist was sized on its own 4 A100s, was
// quoted Replicate and Deep Infra prices when it asked what running it would cost a month.
// Asked through an API on purpose ("via an API instead?", "on Bedrock") it stays an API cost, and
// a closed model, which has no weights to run, is priced as an API.
import type { Catalog } from "../catalog/catalog.js";
import { VIA_API } from "../intents/cues.js";
import type { Intent } from "../intents/types.js";
import { mustSelfHost } from "../scoring/monthly-cost.js";
import type { Requirements } from "../scoring/requirements.js";

/** The cost intent as the thread's deployment reads it (every other intent unchanged). */
export function costWhereThreadRuns(
  intent: Intent,
  requirements: Partial<Requirements>,
  catalog: Catalog,
  said: string,
): Intent {
  if (intent.kind !== "cost" || intent.selfHost || intent.viaApi || intent.batch || intent.fineTune) return intent;
  if (intent.host !== undefined || !runsOnGpus(requirements) || VIA_API.test(said.toLowerCase())) return intent;
  const models = intent.modelIds.map((id) => catalog.modelById.get(id));
  const allOpen = models.length > 0 && models.every((m) => m?.openWeights === true);
  return allOpen ? { ...intent, selfHost: true } : intent;
}

/** Every API is ruled out and the weights run on GPUs (a device's cost is no GPU fleet's). */
function runsOnGpus(requirements: Partial<Requirements>): boolean {
  return mustSelfHost(requirements as Requirements) && requirements.onDevice !== true;
}
