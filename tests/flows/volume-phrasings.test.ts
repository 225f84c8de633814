// Volumes as teams state them (a count of things a period × tokens each, people × tokens each),
// through the real terminal adapter and catalogue: the shortlist is priced on the volume they
// add up to, exactly as if the total had been typed, and the echo says the total.
import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/ports.js";
import { thinksBeforeAnswering } from "../../src/scoring/latency-target.js";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { transcript } from "./console-transcript.js";
import { rankingOf } from "./recommend-helpers.js";

// Each model's monthly cost, by id. A count × size also tells how many requests there are and how
// big one is: a model that reasons before answering is billed its hidden reasoning per request
// (src/scoring/hidden-reasoning.ts), which a bare total cannot count, and self-hosting sizes its
// sequences by the request, so those models' costs and the order may differ; every other model's
// cost is the total's.
const reasonsFirst = new Set(
  readCatalog()
    .models.filter(thinksBeforeAnswering)
    .map((m) => m.id),
);
const costs = (reply: OutboundMessage | undefined) =>
  rankingOf(reply ?? { blocks: [], fallbackText: "" })
    .filter((r) => !reasonsFirst.has(r.id))
    .map((r) => [r.id, r.monthlyCostUsd] as const)
    .sort(([a], [b]) => a.localeCompare(b));

async function firstReply(line: string) {
  const t = await transcript([line]);
  return { reply: t.turns[0]?.replies[0], printed: t.printed };
}

describe("count × size volumes price the shortlist", () => {
  // The PDFs are read whole (36M in) and each gets a summary at the job's share of it (333 out).
  it("12k PDFs a month at ~3k tokens each is priced as 36M tokens in a month, the summaries on top", async () => {
    const counted = await firstReply("which llm for summarising our PDFs? about 12k PDFs a month at ~3k tokens each");
    const total = await firstReply("which llm for summarising our PDFs? 36M input and 3,996,000 output tokens a month");
    expect(counted.printed).toContain("40M tokens/month");
    expect(costs(counted.reply).length).toBeGreaterThanOrEqual(3);
    expect(costs(counted.reply)).toEqual(costs(total.reply));
    // …and not as 12k or 3k tokens: the cheapest pick costs more than a cent.
    expect(rankingOf(counted.reply as OutboundMessage)[0]?.monthlyCostUsd ?? 0).toBeGreaterThan(1);
  });

  it("250 engineers, each burning ~2M tokens a month, is 500M tokens in total, not 2M", async () => {
    const each = await firstReply("coding copilot for 250 engineers, each burns ~2M tokens a month");
    const total = await firstReply("coding copilot for 250 engineers, 500M tokens a month");
    expect(each.printed).toContain("500M tokens/month");
    expect(each.printed).not.toContain("· 2M tokens/month");
    expect(costs(each.reply)).toEqual(costs(total.reply));
  });

  it("'in our cloud' after a volume is not input tokens", async () => {
    const { printed } = await firstReply("chat assistant at 50M tokens per month in our cloud, which model?");
    expect(printed).toContain("50M tokens/month");
  });
});
