// A total given without its split is split as the job reads and writes (issue 11 item 2): a
// one-shot cost question for a summariser, and a recommendation thread whose job and volume come
// in different messages, price the same assumed split in every answer that reads the volume (the
// shortlist, the cost answer, break-even, self-hosting) and say it as an assumption.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatUsd } from "../../src/render/format.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";

const catalog = readCatalog();
const share = (v: { inputTokensPerMonth: number; outputTokensPerMonth: number } | undefined) =>
  v ? v.inputTokensPerMonth / (v.inputTokensPerMonth + v.outputTokensPerMonth) : undefined;

describe("the split assumed for the job", () => {
  it("one-shot: a summariser's 500M tokens a month are priced at 90% in / 10% out, said as assumed", () => {
    const reply = chat(catalog).say("what would claude sonnet 4.5 cost for summarising 500M tokens a month?");
    const said = textOf(reply);
    expect(said).toContain("split assumed for summarisation: 90% input (450M) / 10% output (50M)");
    expect(said).toContain("tell me yours");
    // $3 in / $15 out per 1M: 450M × $3 + 50M × $15, not the 3:1 bill ($3,000).
    expect(said).toContain(formatUsd(2_100));
    expect(said).not.toContain(formatUsd(3_000));
  });

  it("one-shot: a split the team states wins over the job's", () => {
    const said = textOf(
      chat(catalog).say("what would claude sonnet 4.5 cost for summarising 500M tokens a month, 75/25 input/output?"),
    );
    expect(said).toContain(formatUsd(3_000));
    expect(said).not.toContain("split assumed");
  });

  it("a thread: the job said first, the total later; shortlist, cost, break-even and self-hosting read one split", () => {
    const c = chat(catalog);
    c.say("We need to translate product manuals from German into English and French, API is fine. Which model?");
    const shortlist = c.say("about 300M tokens a month");
    const v = c.session.requirements.volume;
    expect(share(v)).toBeCloseTo(0.5, 6);
    expect(v?.splitJob).toBe("translation");
    const top = rankingOf(shortlist)[0]!;
    expect(top.monthlyCostUsd).not.toBeNull();

    // The cost answer for the top pick prices the thread's volume at the same split and figure.
    const cost = c.say(`what would ${top.name} cost?`);
    const costText = textOf(cost);
    expect(costText).toContain("split assumed for translation: 50% input (150M) / 50% output (150M)");

    // As the shortlist priced it (its cheapest API offering, at the same split).
    expect(costText).toContain(formatUsd(top.monthlyCostUsd!));

    // Break-even and self-hosting size for the same mix.
    const be = c.say("break-even llama 3.3 70b vs gpt-4o");
    expect((be.data?.breakEven as { inputShare: number }).inputShare).toBeCloseTo(0.5, 6);
    const sh = c.say("self-host llama 3.3 70b");
    expect(textOf(sh)).toContain("split assumed for translation: 50% in / 50% out");
    expect(share(c.session.costView?.volume ?? undefined)).toBeCloseTo(0.5, 6);
  });

  it("a thread with a job and no volume: break-even weighs the API at the job's split, said as assumed", () => {
    const c = chat(catalog);
    c.say("We summarise long legal filings, API is fine. Which model?");
    const be = c.say("break-even llama 3.3 70b vs gpt-4o");
    expect((be.data?.breakEven as { inputShare: number }).inputShare).toBeCloseTo(0.9, 6);
  });

  it("a thread whose job changes later re-splits its assumed total", () => {
    const c = chat(catalog);
    c.say("We summarise long reports, 1B tokens a month, API is fine. Which model?");
    expect(share(c.session.requirements.volume)).toBeCloseTo(0.9, 6);
    c.say("what if it's marketing copy instead?");
    expect(c.session.requirements.useCase).toBe("creative");
    expect(share(c.session.requirements.volume)).toBeCloseTo(0.3, 6);
  });
});
