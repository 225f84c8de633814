// Speed has no measured figure in the catalogue: no tokens-per-second or time-to-first-token for
// any API host, and a host's speed depends on its hardware and load, not only on the model. A
// team that said latency matters gets speed scored from the one derivable fact (speed.ts): the
// parameters a model computes per generated token (active parameters; all of them for a dense
// model), or a closed model's smaller-tier name. The note says so, and what to measure.
import type { Model } from "../catalog/schema.js";
import type { Requirements } from "./requirements.js";
import { JOB_SPEED_WEIGHT } from "./weights.js";

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

/** The shortlist's speed note when speed is weighed (latency said, or the job's own speed weight), else null. */
export function speedNote(req: Requirements, top: readonly Model[]): string | null {
  const job = req.useCase !== undefined && JOB_SPEED_WEIGHT[req.useCase] > 0;
  if ((req.latency !== "interactive" && !job) || top.length === 0) return null;
  const sizes = top.map((m) => `${m.name} ${activeParameters(m) ?? "not published (closed weights)"}`);
  const why =
    req.latency === "interactive"
      ? "you said latency matters"
      : "labels and fields are short answers run over every record, so speed weighs a little";
  return (
    `**Speed is scored from a proxy:** ${why}, and no measured tokens-per-second or time-to-first-token for any host is in the catalogue, so speed is read from the parameters a model computes per generated token (fewer generate faster on the same hardware; a closed model's smaller tier, such as Flash, Mini or Nano, counts as faster). ` +
    `Per token: ${sizes.join("; ")}. Short answers (a label, a few fields) wait mostly on this and on the time to the first token, so small and sparse models lead. ` +
    "Before you commit, measure time to first token and tokens per second for your prompt length on the host you would use."
  );
}
