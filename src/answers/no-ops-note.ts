// "No ops staff" and self-hosting: the estimate prices contracted on-call staff at twice an
// experienced team's time (noOpsPenaltyWords), which can outweigh a small GPU bill, so a team with
// a budget of a few thousand dollars may see no self-hosted pick. The answer says why, with the
// figures, and names the route an engineer would take instead: a hosted endpoint of the same open
// weights (per token, nobody on call), when the team required running the weights itself.
// A model on the users' own laptops or phones has no server anyone keeps up (and no ops line in
// its $0 figure), so a shortlist of on-device picks says nothing about on-call staff.
import { noOpsPenaltyWords } from "../costs/self-host-assumptions.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";
import { noCashOwnGpus } from "../scoring/group-tier.js";

export function noOpsSelfHostNote(req: Requirements, shown: readonly RankedModel[]): string | null {
  if (req.mlOpsExperience !== "none" || req.onDevice === true || !shown.some((m) => m.costBasis === "self-host"))
    return null;
  // With no cash and cards of its own, the team's own people are the ops (no-cash-note.ts says so).
  if (noCashOwnGpus(req)) return null;
  const selfHostOnly = req.selfHosted === true || req.deployment === "on-prem";
  return (
    `**No ops staff:** each self-hosted figure includes ${noOpsPenaltyWords()} (OUR assumption: someone must patch, monitor and restart the servers), so a self-hosted deployment may not fit a budget of a few thousand dollars.` +
    (selfHostOnly
      ? ` A hosted endpoint of the same open weights needs nobody on call (you pay per token): ask "what if a hosted API is fine?" to compare.`
      : " The hosted endpoints of open weights (per token, nobody on call) are already in this ranking.")
  );
}
