// Issue 11 (ranking judgement), finding 1, still open: with no budget stated, cost outweighs a
// clear quality gap at amounts immaterial to a business. Reproduction on main at 2b1e6be (compiled
// console, `printf '%s\n' "$SAO_PAULO_FINTECH" | node dist/cli.js chat`): 2.6B tokens a month
// (2M messages × 1K in + 300 out assumed), data control 0.25, cost 0.19, quality 0.17, fit 0.13 —
//   1. Gemma 3 12B     $160/month (Bedrock sa-east-1)  cost 1.00  quality 0.56 (chat minimum 0.55)
//   2. Qwen3-Next 80B  $8,201/month (self-hosted)      cost 0.35  quality 0.71
//   3. DeepSeek-V3.2   $2,350/month (Bedrock sa-east-1) cost 0.51  quality 0.72
// An ML lead at a fintech signs DeepSeek-V3.2 first: $2,190 a month is immaterial for a support
// bot at 2M messages. Cost enters as costScoreOf(log10((m + $100) / (anchor + $100))) with the
// anchor the cheapest candidate good enough for the job (criteria.ts monthlyCostScore); $160 →
// $2,350 is 0.97 decades and takes 0.49 off the cost score, 0.093 weighted, against DeepSeek's
// 0.047 lead on quality and fit.
//
// What was tried (ranknine, not merged) and why it is not enough alone:
// - Costs under a tenth of an engineer's month ($1,500 at SELF_HOST_DEFAULTS.opsStaffMonthlyUsd)
//   count as equal for a business with no budget (cost read on max(m, $1,500)): fixes the fintech
//   (DeepSeek-V3.2 #1, MiniMax-M2 $1,320 #2, Qwen3-Next #3), leaves a cost-first startup, a
//   personal project and a 400M-message consumer app unchanged, but breaks
//   shortlist-properties.test.ts "above the quality a job needs, cost and speed decide" (Claude
//   Opus 4.5 at $140 above Gemini 2.5 Flash at $10 for summarization at 20M tokens; GLM-4.5 $260
//   above Qwen3-235B $108): once costs tie, quality above the need (counted a quarter) decides.
// - A $1,500 additive floor, or dollars under $1,500 counted a quarter: a ratio over a floor is
//   scale-free, so either only moves the floor; no single floor makes $10 → $140 count (the
//   property above needs ≥ 1.18× to score, floor ≤ ~$700) and $160 → $2,350 not (≥ ~$3,000).
// - A tie below the volume at $0.50 per 1M tokens (at most $1,500): still breaks the property
//   (Gemini 2.5 Flash $260 above GPT-5 nano $43 for extraction at 500M tokens).
// The two rules a lead holds together are pairwise: a saving under the material amount is not
// worth a model SHORT of the job's need (quality-need.ts QUALITY_NEED), while above the need the
// cheaper one wins even by small amounts. A fix likely weighs the materiality through the
// quality-need side (how far below the need the cheaper pick is) rather than the cost score alone.
import { describe, it } from "vitest";

/** The team's words (a São Paulo fintech, no budget stated). */
export const SAO_PAULO_FINTECH =
  "Olá! We are a fintech in São Paulo. We want an LLM for our customer-support chat in Brazilian Portuguese, about 2M messages a month. LGPD applies and customer data must stay in Brazil. Which model should we use?";

describe("issue 11: cost materiality with no budget (open)", () => {
  it.todo(
    "São Paulo fintech (Portuguese support chat, 2M messages a month, LGPD, data in Brazil, no budget): #1 is not a pick barely over the chat minimum (Gemma 3 12B, quality 0.56, $160) ahead of a clearly better one (DeepSeek-V3.2, 0.72) that costs under a tenth of an engineer's month ($1,500) more; the answer says how cost gaps were read",
  );
  it.todo(
    "over generated businesses with no budget (chat, rag, summarization, extraction × 50M–2.6B tokens × regulated / no-China): no top-10 pick above one clearly better (quality and fit each +0.1) and under $1,500 a month dearer on cost alone — while shortlist-properties' 'above the quality a job needs, cost and speed decide' still holds, a team that says cost comes first still ranks by price, a non-commercial project keeps the $100 floor, and a consumer app's gaps of many engineers' months score as before",
  );
});
