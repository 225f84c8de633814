// Documents sized in pages: legal, insurance and regulatory teams say "contracts of 150 pages", not
// tokens. A page is read as about 500 words (4 tokens for 3 words) where the same text in tokens
// would be a size or a rated amount, and never where the pages are a collection searched.
import { describe, expect, it } from "vitest";
import { pagesAsTokens } from "../../../src/intents/page-amounts.js";
import { WORDS_PER_PAGE } from "../../../src/intents/text-units.js";
import { withElidedCountNoun } from "../../../src/intents/elided-count.js";
import { parseVolume, isRequestSize } from "../../../src/intents/volume.js";
import { parseContextTokens } from "../../../src/intents/assumptions-text.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { describeRequirements } from "../../../src/conversation/slot-labels.js";
import { resizedItems } from "../../../src/intents/item-size-text.js";

const TOKENS_PER_PAGE = (WORDS_PER_PAGE * 4) / 3;
const pages = (n: number) => Math.round(n * TOKENS_PER_PAGE);
const total = (text: string) => {
  const v = parseVolume(text);
  return v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined;
};

describe("a page amount becomes tokens where tokens would be a size or a rate", () => {
  it.each([
    ["200-page reports", `${pages(200)}-token reports`],
    ["contracts (often 150 pages) for lawyers", `contracts (often ${pages(150)} tokens) for lawyers`],
    ["5,000 pdfs a month, 40 pages on average", `5,000 pdfs a month, ${pages(40)} tokens on average`],
    ["about 4,000 pages a month", `about ${pages(4000)} tokens a month`],
    ["one-page summaries of 30-page court filings", null],
  ])("%s", (text, expected) => {
    const read = pagesAsTokens(text, isRequestSize);
    if (expected === null) expect(read.text).toContain(`${pages(30)}-token court filings`);
    else expect(read.text).toBe(expected);
    expect(read.converted).toBe(true);
  });

  it.each([
    "rag over 5k pages of product manuals",
    "our help centre has 300 pages; we want rag over it",
    "what does the licence say on page 12?",
    "4,000 pages a month, ~500 words per page",
    "reports of 300-800 pages, each with ~150k tokens of source documents",
    "we have 300 pages",
  ])("left as pages: %s", (text) => {
    expect(pagesAsTokens(text, isRequestSize)).toEqual({ text, converted: false });
  });
});

describe("pages in whole messages", () => {
  const toronto = "We want to summarise client contracts (often 150 pages) for lawyers, about 3,000 contracts a month.";

  it("a count of documents sized in pages is a volume, and its page assumption is said back", () => {
    expect(total(toronto)).toBe(3000 * pages(150));
    const req = parseRequirements(toronto);
    expect(req.contextTokens).toBe(pages(150));
    expect(describeRequirements(req).join(" ")).toMatch(/about 500 words a page .*\(assumed\)/);
  });

  it("a bare rated count after sized documents counts them", () => {
    expect(total("we summarise 200-page reports, 50 a day")).toBe(50 * 30 * pages(200));
    expect(total("our contracts run 40-60 pages and we review about 1,000 a month")).toBe(1000 * pages(50));
    expect(total("we summarise 130,000-token reports, 50 a day")).toBe(50 * 30 * 130_000);
    expect(total("we summarise 130,000-token reports, budget 500 a month")).toBeUndefined();
    expect(total("our reports are about 30k tokens each and we can spend up to 2k a month")).toBeUndefined();
    // A count whose noun is said before it with a colon keeps that noun.
    const calls = "calls: about 45,000 a day, transcripts ~1500 tokens";
    expect(withElidedCountNoun(calls)).toBe(calls);
    expect(withElidedCountNoun("reports are about 30000 tokens, about 300 a month")).toBe(
      "reports are about 30000 tokens, about 300 reports a month",
    );
    expect(total("we can spend up to 2k a month; reports are about 30k tokens each, 300 reports a month")).toBe(
      300 * 30_000,
    );
  });

  it("what comes back sized in pages is the output", () => {
    const v = parseVolume("we draft one-page summaries of 30-page court filings, about 400 filings a month");
    expect(v?.inputTokensPerMonth).toBe(400 * pages(30));
    expect(v?.outputTokensPerMonth).toBe(400 * pages(1));
  });

  it("an amount that names a document after it is the document's size, not the summary's", () => {
    const v = parseVolume("we draft summaries of 20,000-token court filings, about 400 filings a month");
    expect((v?.inputTokensPerMonth ?? 0) + (v?.outputTokensPerMonth ?? 0)).toBe(400 * 20_000);
  });

  it("a document length in pages is a context need", () => {
    expect(parseContextTokens("our contracts (often 150 pages) are sent whole", true)).toBe(pages(150));
    expect(parseContextTokens("RAG over 5k pages of manuals", true)).toBeUndefined();
  });

  it("a what-if sends fewer pages of each document", () => {
    const before = parseVolume("contract review, 2,000 contracts a month, 40 pages each");
    const after = resizedItems("what if we only send the last 10 pages of the contract?", before ?? undefined);
    expect(after?.volume.perItem?.inputTokens).toBe(pages(10));
    expect(after?.capped).toBe(true);
  });
});

describe("a cap word in another clause does not make a count a budget", () => {
  it("contracts up to 80k tokens each, about 200 a month: 200 contracts, no budget", () => {
    const req = parseRequirements("contracts up to 80k tokens each, about 200 a month. which model?");
    expect(req.monthlyBudgetUsd).toBeUndefined();
    expect(total("contracts up to 80k tokens each, about 200 a month")).toBe(200 * 80_000);
  });

  it("a cap word in the amount's own clause still makes a budget", () => {
    expect(parseRequirements("we can spend up to 2k a month on this").monthlyBudgetUsd).toBe(2000);
    expect(parseRequirements("reports are 30k tokens; budget under 800 a month").monthlyBudgetUsd).toBe(800);
  });
});
