// Speed is not a criterion: the catalogue holds no sourced tokens-per-second or time-to-first-token
// figure for any API host, and a host's speed depends on its hardware and load, not only on the
// model. A team that said latency matters is told so plainly, with the one derivable fact the
// catalogue has: the parameters a model computes with per token (active parameters; all of them
// for a dense model). Fewer of them generate faster on the same hardware.
import type { Model } from "../catalog/schema.js";
import type { Requirements } from "./requirements.js";

/** "37B active of 671B", "8B (dense)", or null when the count is not in the catalogue. */
export function activeParameters(model: Model): string | null {
  const p = model.parameters;
  if (!p) return null;
  const size =
    p.activeB !== undefined && p.activeB !== null && p.activeB !== p.totalB
      ? `${p.activeB}B active of ${p.totalB}B`
      : `${p.totalB}B, all active`;
  return p.verified === false ? `${size} (unverified)` : size;
}

/** The shortlist's speed note for a team that said latency matters, else null. */
export function speedNote(req: Requirements, top: readonly Model[]): string | null {
  if (req.latency !== "interactive" || top.length === 0) return null;
  const sizes = top.map((m) => `${m.name} ${activeParameters(m) ?? "not published (closed weights)"}`);
  return (
    "**Speed is not scored:** no measured tokens-per-second or time-to-first-token for any API host is in the catalogue, so nothing in this ranking rewards a faster model (you said latency matters: it only raises the weight of integration effort). " +
    `What the catalogue does say: parameters computed per generated token, ${sizes.join("; ")}. Fewer active parameters generate faster on the same hardware. ` +
    "Before you commit, measure time to first token and tokens per second for your prompt length on the host you would use."
  );
}
