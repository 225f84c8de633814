// "On your hardware" for a team that runs the weights on GPUs it has: for each model on the
// shortlist, the best precision at which it loads on those GPUs and how many sequences of the
// team's context still fit (models that cannot load even at 4-bit are ruled out, with the reason),
// and for a team that fine-tunes there, the fine-tuning method that fits.
import type { Catalog } from "../catalog/catalog.js";
import { ownedAsNeeded, ownedGpusWords } from "../costs/owned-gpus.js";
import { resolveGpu } from "../costs/self-host.js";
import { hardwareFit } from "../scoring/hardware-fit.js";
import { fineTunesOnOwnedGpus } from "../scoring/monthly-cost.js";
import type { RankedModel } from "../scoring/rank.js";
import type { Requirements } from "../scoring/requirements.js";

export function hardwareSection(catalog: Catalog, req: Requirements, top: RankedModel[]): string | null {
  const unknown = unknownOwnedNote(catalog, req);
  if (unknown) return unknown;
  const lines = top.flatMap((m) => {
    const model = catalog.modelById.get(m.id);
    const fit = model ? hardwareFit(catalog, model, req) : null;
    return fit?.fits ? [`- **${m.name}**: ${fit.note}`] : [];
  });
  if (lines.length === 0) return null;
  // Cards named, not owned: rented, the whole group from the first token.
  if (!req.ownedGpus && req.namedGpus)
    return `**On the GPUs you named** (a model that cannot load on them even at 4-bit is ruled out; the monthly cost rents them at their median price, more of them only if your volume and peak need more):\n${lines.join("\n")}`;
  // On premises nothing is rented: GPUs beyond the team's are bought, and a spare they cannot hold is left out.
  const beyond =
    req.deployment === "on-prem"
      ? "and a spare where your GPUs hold one, and prices any GPU beyond yours as bought (on premises nothing is rented)"
      : "and a spare, and prices any GPU beyond yours as rented";
  // Fine-tuning is what put this team on its own cards: say so, or the APIs' absence reads as an oversight.
  const why = fineTunesOnOwnedGpus(req)
    ? "you fine-tune on your own GPUs, so each pick is trained and served there: a shared API serves the base model, not your fine-tune; "
    : "";
  return `**On your hardware** (${why}a model that cannot load on it even at 4-bit is ruled out; the monthly cost sizes a fleet for your volume, peak ${beyond}):\n${lines.join("\n")}`;
}

/**
 * Cards the team owns that the GPU data holds no specifications for (memory, bandwidth): read and
 * said back, but neither checked against the picks nor priced as owned, and the answer says so
 * rather than sizing silently on other GPUs.
 */
function unknownOwnedNote(catalog: Catalog, req: Requirements): string | null {
  const owned = req.ownedGpus;
  if (!owned || resolveGpu(catalog.selfhost, owned.type)) return null;
  const yours = ownedAsNeeded(owned.count)
    ? `your ${owned.type}s`
    : `your ${ownedGpusWords(owned.count, owned.type, "× ")}`;
  const beyond = req.deployment === "on-prem" ? "bought (on premises nothing is rented)" : "rented";
  return `**On your hardware:** we hold no specifications for ${yours} yet, so the picks are not checked against those cards and the self-hosted costs are for GPUs we know, ${beyond}.`;
}
