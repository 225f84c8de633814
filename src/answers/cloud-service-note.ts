// A team that keeps the work in its own cloud account ("no data may leave our AWS VPC", "through our
// Azure subscription") gets picks served by that cloud's own model service (Amazon Bedrock, Azure
// AI Foundry, Vertex AI). That is a reading of the rule, not the only one: the New York hedge fund
// also said "no third-party API sees our prompts" and had three picks "API via Amazon Bedrock" with
// no word on why an API passed. The service runs in the team's account and under its cloud
// contract, so the picks stand, but the answer says it read the rule that way, and how to ask for
// weights run on the team's own GPUs in that account instead.
import { CLOUD_HOSTS } from "../catalog/cloud-hosts.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

/** The note, or null when the team named no cloud account or no pick is its cloud's model service. */
export function cloudServiceNote(req: Requirements, top: readonly RankedModel[]): string | null {
  const cloud = req.cloudProvider;
  if (req.deployment !== "own-cloud" || cloud === undefined || req.selfHosted) return null;
  const { service } = CLOUD_HOSTS[cloud];
  const served = top.filter((r) => r.costBasis === "api" && r.costLabel.includes(service));
  if (served.length === 0) return null;
  const names = served.map((r) => r.name);
  const which =
    names.length === top.length ? "every pick runs" : `${names.join(", ")} run${names.length === 1 ? "s" : ""}`;
  return `**Inside your cloud account:** ${which} on ${service}, read as inside your account: it is billed and governed there, and the model's maker serves nothing. It is still a model service your cloud runs for you, not weights on your own GPUs: if your rule means nothing leaves your own network or instances, say "what if we self-host only?" and the picks become open weights run on GPUs in your account.`;
}
