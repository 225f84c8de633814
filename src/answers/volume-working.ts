// "how did you get the volume?" inside a thread: the volume as the team put it, how it was turned
// into tokens a month (count × tokens each, the days a month, the input/output split and whether
// that was assumed), so a misread number can be caught and corrected in the team's own words.
import type { OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import { formatCount, formatTokens } from "../render/format.js";
import type { Requirements } from "../scoring/requirements.js";
import { DEFAULT_SPLIT_WORDS } from "../costs/volume.js";
import { splitRow } from "../scoring/job-split.js";

const CORRECT_IT =
  'Not what you meant? Tell me the volume as you count it ("about 50M tokens a month", "2,000 requests a day, 1,500 tokens in and 300 out") and I\'ll re-rank.';

export function volumeWorkingReply(req: Requirements): OutboundMessage {
  const v = req.volume;
  const lines: string[] = [];
  if (!v) {
    lines.push(
      "This thread has no monthly volume yet, so the shortlist scores cost on price per token, not on a monthly bill.",
    );
    if (req.oneOffVolume)
      lines.push(
        `It holds a one-off job of ${formatTokens(req.oneOffVolume.inputTokensPerMonth + req.oneOffVolume.outputTokensPerMonth)}, which the ranking does not price as a monthly volume.`,
      );
    lines.push(CORRECT_IT);
    return message([text(lines.join("\n"))], { intent: "what-if", models: [], volume: null });
  }
  const total = v.inputTokensPerMonth + v.outputTokensPerMonth;
  lines.push(`**Monthly volume:** ${formatTokens(total)} a month.`);
  if (v.description.trim()) lines.push(`- **What I read:** ${v.description.trim()}.`);
  const each = v.perItem;
  // A reading that already shows its arithmetic ("8,000 tickets a day × … = 288M input …") or its
  // split ("split 75% input …") is not said twice.
  const shown = /=|\bsplit\b/.test(v.description);
  if (each && !shown) {
    const tokens = each.inputTokens + each.outputTokens;
    lines.push(
      `- **Working:** ${each.countWords} × ${formatCount(tokens)} tokens each (${formatCount(each.inputTokens)} in + ${formatCount(each.outputTokens)} out${each.sizeAssumed ? (each.sideStated ? `, ${each.sideStated === "input" ? "output" : "input"} assumed` : ", size assumed") : each.splitAssumed ? ", split assumed" : ""}) = ${formatTokens(v.inputTokensPerMonth)} in + ${formatTokens(v.outputTokensPerMonth)} out a month.`,
    );
  } else if (!each && !shown) {
    lines.push(
      v.splitAssumed
        ? `- **Split:** you gave a total, so I split it ${DEFAULT_SPLIT_WORDS}: ${formatTokens(v.inputTokensPerMonth)} in + ${formatTokens(v.outputTokensPerMonth)} out a month.`
        : `- **In and out:** ${formatTokens(v.inputTokensPerMonth)} in + ${formatTokens(v.outputTokensPerMonth)} out a month.`,
    );
  }
  const job = v.splitAssumed ? splitRow(v.splitJob) : undefined;
  if (job)
    lines.push(
      `- **Split assumed for ${job.label}:** ${Math.round(job.inputShare * 100)}% in / ${Math.round((1 - job.inputShare) * 100)}% out, ${job.why}. An assumption: tell me yours.`,
    );
  if (v.cachedInputTokensPerMonth > 0)
    lines.push(`- Of the input, ${formatTokens(v.cachedInputTokensPerMonth)} is priced as cached.`);
  if (req.peakToAverage !== undefined)
    lines.push(
      `- Peaks at ${formatCount(req.peakToAverage)}× the average size a self-hosted fleet; the monthly total above is the average.`,
    );
  lines.push(CORRECT_IT);
  return message([text(lines.join("\n"))], {
    intent: "what-if",
    models: [],
    volume: { inputTokensPerMonth: v.inputTokensPerMonth, outputTokensPerMonth: v.outputTokensPerMonth },
  });
}
