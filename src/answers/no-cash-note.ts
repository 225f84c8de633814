// A team with no money to spend ("we have literally no budget ($0)", "no budget for API fees, only
// electricity"; Requirements.noCashBudget). Never a $0 cap: every self-hosted figure carries ops
// staff even on a card the team owns, so a cap would rule out everything. With GPUs of its own,
// the picks those run with nothing rented or bought are listed first (group-tier.ts needsSpendOf),
// and the note says so, and what their figures are: the owned card written off and ops staff, not
// new cash; what the team pays is the power, on OUR assumption that its own people run it. With no
// GPUs of its own nothing is free to run: the note says so and asks what hardware it has.
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

/** How the note opens (a test finds it by this). */
export const NO_CASH = "**No cash budget:**";

const names = (ms: readonly RankedModel[]) => ms.map((m) => m.name).join(", ");

export function noCashNote(
  req: Requirements,
  top: readonly RankedModel[],
  ranked: readonly RankedModel[],
): string | null {
  if (!req.noCashBudget || req.onDevice) return null;
  const owned = req.ownedGpus;
  if (!owned)
    return `${NO_CASH} nothing here is free to run: an API bills per token, and running open weights yourselves needs GPUs, rented by the hour or bought. Without a cap to apply, the shortlist is ranked as with no budget. What hardware do you already own (for example "we have one RTX 4090")? Then I'll rank first what runs on it at no extra spend.`;
  const one = owned.count === 1;
  const cards = `your ${!one && owned.count > 0 && Number.isFinite(owned.count) ? `${owned.count}× ` : ""}${owned.type}`;
  const apis = req.selfHosted !== true && req.deployment !== "on-prem";
  const money = apis ? "an API billed per token, or GPUs beyond yours" : "GPUs beyond yours";
  const onOwn = top.filter((m) => !m.budgetAtRisk);
  const needMoney = top.filter((m) => m.budgetAtRisk);
  if (onOwn.length === 0) {
    const anyOwn = ranked.some((m) => !m.budgetAtRisk);
    return `${NO_CASH} ${anyOwn ? "only models below the bar for this job run" : "no candidate runs"} on ${cards} at your volume with nothing rented or bought, so every pick here needs money (${names(needMoney)}). A smaller volume, or a smaller model at 4-bit, is what your own hardware carries.`;
  }
  return [
    `${NO_CASH} only what runs on hardware you own. ${names(onOwn)} ${onOwn.length === 1 ? "runs" : "run"} on ${cards} with no GPU rented or bought, so ${onOwn.length === 1 ? "it is" : "they are"} listed before any pick that needs money (${money})${needMoney.length > 0 ? `: ${names(needMoney)} ${needMoney.length === 1 ? "comes" : "come"} after for that reason, not on ${needMoney.length === 1 ? "its" : "their"} score` : ""}.`,
    `The self-hosted monthly figures are not new cash: they write off the ${one ? "card" : "cards"} you already own and price ops staff; what you would actually pay is the electricity.`,
    `OUR assumption: your own people run it as part of their time, unpaid; if you would pay someone to keep it up, the ops line in each figure is what that costs.`,
  ].join(" ");
}
