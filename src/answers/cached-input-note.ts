// What a prompt cache said in a thread ("what if we cache the 2,500-token system prompt?") rests
// on: how much of the month's input is now cached and how it was counted, that an API pick bills
// it at its host's cache-read price (ordinary input where the host publishes none), and that a
// self-hosted pick's GPUs are still sized for every input token (a prefix cache on your own
// servers saves compute this estimate does not count).
import type { Volume } from "../costs/volume.js";
import { formatCount } from "../render/format.js";
import type { RankedModel } from "../scoring/rank.js";

const SHOWN = 3;

/** The line a changed cached share adds to a what-if answer, or none when it did not change. */
export function cachedInputLines(
  before: Volume | undefined,
  after: Volume | undefined,
  how: string | undefined,
  ranked: readonly RankedModel[],
): string[] {
  if (!after || how === undefined) return [];
  const was = before?.cachedInputTokensPerMonth ?? 0;
  const now = after.cachedInputTokensPerMonth;
  if (was === now) return [];
  const share = `${formatCount(now)} of the ${formatCount(after.inputTokensPerMonth)} input tokens a month${was > 0 ? ` (was ${formatCount(was)})` : ""}`;
  const top = ranked.slice(0, SHOWN);
  const selfHosted = top.filter((m) => m.costBasis === "self-host").map((m) => m.name);
  const lines = [
    `**Cached input:** ${now > 0 ? `${share} are cached: ${how}` : `none of the input is cached now${was > 0 ? ` (was ${formatCount(was)})` : ""}`}. An API pick bills cached input at its host's cache-read price, or as ordinary input where the host publishes none.`,
  ];
  if (selfHosted.length > 0)
    lines.push(
      `${selfHosted.join(", ")} ${selfHosted.length === 1 ? "is" : "are"} self-hosted: ${selfHosted.length === 1 ? "its" : "their"} GPUs are still sized for every input token, so the cache does not change ${selfHosted.length === 1 ? "its" : "their"} cost here (a prefix cache on your own servers saves compute this estimate does not count).`,
    );
  return lines;
}
