// A team whose cloud service must be FedRAMP authorised at a level ("must be FedRAMP Moderate
// authorized", "what if we need FedRAMP High?") is told, for each pick, what the catalogue knows of
// its host at that level. It holds no FedRAMP authorisation records (the FedRAMP Marketplace is the
// register), so no host is ruled out or confirmed on a guess: each is named as not on record, and
// a self-hosted pick's authorisation is the environment it runs in, not the weights'.
import { GOVERNMENT_CLOUD_NAMES } from "../scoring/hosting.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

/** Where a team checks a service's FedRAMP authorisation and its level. */
const FEDRAMP_REGISTER = "the FedRAMP Marketplace (marketplace.fedramp.gov)";

/** The note, or null when no level is required or nothing was picked. */
export function fedrampNote(req: Requirements, top: readonly RankedModel[]): string | null {
  const level = req.fedrampLevel;
  if (level === undefined || top.length === 0) return null;
  const said = `FedRAMP ${level[0]!.toUpperCase()}${level.slice(1)}`;
  const cloud = req.usGovernmentCloud && req.cloudProvider ? ` in ${GOVERNMENT_CLOUD_NAMES[req.cloudProvider]}` : "";
  const lines = top.map((m) =>
    m.costBasis === "self-host"
      ? `- ${m.name} (self-hosted): the weights carry no FedRAMP status; the ${said} authorisation that counts is the one of the cloud or data centre you run it in, and your own system's.`
      : `- ${m.name} (${m.costLabel}${cloud}): its host's ${said} authorisation is not on record here: unverified.`,
  );
  return `**${said} required:** the catalogue holds no FedRAMP authorisation records, so no pick is ruled out or confirmed at that level:\n${lines.join("\n")}\nCheck each service and its level on ${FEDRAMP_REGISTER} before you commit.`;
}
