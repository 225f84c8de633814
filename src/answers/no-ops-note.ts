// "No ops staff" and self-hosting: the estimate prices contracted on-call staff (at least
// SELF_HOST_DEFAULTS.noOpsMinimumFte), which on its own outweighs a small GPU bill, so a team with
// a budget of a few thousand dollars never sees a self-hosted pick. The answer says why, with the
// figure, and names the route an engineer would take instead: a hosted endpoint of the same open
// weights (per token, nobody on call), when the team required running the weights itself.
// A model on the users' own laptops or phones has no server anyone keeps up (and no ops line in
// its $0 figure), so a shortlist of on-device picks says nothing about on-call staff.
import { SELF_HOST_DEFAULTS } from "../costs/self-host-defaults.js";
import { formatUsd } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

export function noOpsSelfHostNote(req: Requirements, shown: readonly RankedModel[]): string | null {
  if (req.mlOpsExperience !== "none" || req.onDevice === true || !shown.some((m) => m.costBasis === "self-host"))
    return null;
  const fte = SELF_HOST_DEFAULTS.noOpsMinimumFte;
  const usd = formatUsd(fte * SELF_HOST_DEFAULTS.opsStaffMonthlyUsd);
  const selfHostOnly = req.selfHosted === true || req.deployment === "on-prem";
  return (
    `**No ops staff:** each self-hosted figure includes at least ${fte} FTE of contracted on-call MLOps (${usd} a month, OUR assumption: someone must patch, monitor and restart the servers), whatever the GPUs cost, so a small self-hosted deployment rarely fits a budget of a few thousand dollars.` +
    (selfHostOnly
      ? ` A hosted endpoint of the same open weights needs nobody on call (you pay per token): ask "what if a hosted API is fine?" to compare.`
      : " The hosted endpoints of open weights (per token, nobody on call) are already in this ranking.")
  );
}
