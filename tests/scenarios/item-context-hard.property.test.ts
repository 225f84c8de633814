// A counted item whose size the team said (a case bundle, a transcript, a report) must fit one
// request: a model whose window cannot hold one is ruled out, as it is for a stated context need,
// and the reason names the item. Scored only as a lower context fit, GPT-4o (128K) was #3 for an
// Edinburgh law firm's 150K-token bundles. A size we assumed is no requirement of the team's, and
// an item within the use case's usual need changes nothing. Over generated jobs, counts, nouns and sizes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { formatTokens } from "../../src/render/format.js";
import type { Requirements } from "../../src/scoring/requirements.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;

const jobArb = fc.record({
  verb: fc.constantFrom("summarise", "summarize", "extract the key fields from", "classify"),
  count: fc.constantFrom(40, 300, 2_000),
  noun: fc.constantFrom("reports", "case bundles", "transcripts", "contracts"),
  size: fc.constantFrom(60_000, 150_000, 300_000, 700_000),
});
const JOBS = fc.sample(jobArb, { numRuns: 12, seed: 1818 });
const said = (j: (typeof JOBS)[number]) =>
  `We want to ${j.verb} ${j.count.toLocaleString("en-US")} ${j.noun} a month, about ${j.size.toLocaleString("en-US")} tokens each.`;

describe("a counted item's stated size is a hard context need", () => {
  it.each(JOBS.map((j) => ({ j, text: said(j) })))("$text", ({ j, text }) => {
    const req = parseRequirements(text, catalog) as Requirements;
    const item = req.volume?.perItem;
    expect(item?.sizeAssumed, text).toBeUndefined();
    const need = (item?.inputTokens ?? 0) + (item?.outputTokens ?? 0);
    // The item is read whole as input (a summary or fields may be written on top of it).
    expect(item?.inputTokens === j.size || need === j.size, text).toBe(true);
    expect(need).toBeGreaterThanOrEqual(j.size);
    const { ranking } = rankOnly(catalog, req);
    // Every candidate holds one item in a request (a window below the use case's usual need is another rule's).
    for (const r of ranking.ranked)
      expect(modelOf(r.id).contextWindow ?? 0, `${r.id} for ${text}`).toBeGreaterThanOrEqual(need);
    const tooSmall = ranking.excluded.filter((x) => x.constraint === "context");
    expect(tooSmall.length, text).toBeGreaterThan(0);
    for (const x of tooSmall) {
      expect(modelOf(x.id).contextWindow!).toBeLessThan(need);
      expect(x.reason).toContain(`cannot hold one of your ${item?.noun} (${formatTokens(need)} in a request)`);
    }
  });

  it("the first answer rules a 128K model out for a 150K-token item and says why when asked", () => {
    const c = chat(catalog);
    textOf(c.say("We want to summarise 40 case bundles a month, about 150,000 tokens each."));
    expect(textOf(c.say("why not gpt-4o?"))).toMatch(
      /ruled out before scoring: GPT-4o's context window of 128K tokens cannot hold one of your (?:cases|bundles|case bundles) \(150K tokens in a request\)/,
    );
  });

  it("a size we assumed rules nothing out: the same jobs with no size said exclude no model on context", () => {
    for (const j of JOBS) {
      const text = `We want to ${j.verb} ${j.count.toLocaleString("en-US")} ${j.noun} a month.`;
      const req = parseRequirements(text, catalog) as Requirements;
      if (req.contextTokens !== undefined) continue; // a context need said another way is the stated rule's
      const { ranking } = rankOnly(catalog, req);
      expect(
        ranking.excluded
          .filter((x) => x.constraint === "context" || x.constraint === "context-unknown")
          .map((x) => x.id),
        text,
      ).toEqual([]);
    }
  });
});
