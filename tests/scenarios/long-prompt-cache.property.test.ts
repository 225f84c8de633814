// A long prompt sent many times a month ("reads our whole 600k-token codebase in one prompt, 200
// questions a day") was priced as fresh input every time with no word on prompt caching (the
// eighteenth round's monorepo one-shot: DeepSeek V4 Pro $1,567.57 a month, nearly all of it the same
// 600K tokens resent). What a lead checks, over generated teams (prompt size x how often x job):
// the caching line appears exactly for a prompt of 100K tokens or more sent at least 30 times a
// month with nothing cached yet; each API pick's "at least" figure is its own host's bill with all
// input at that host's cache-read price, below the table's cost; self-hosted picks are never in
// it; and the re-rank it offers ("what if we cache the N-token prompt?") is understood.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly, shortlistReply } from "../../src/answers/recommend-shortlist.js";
import { LONG_PROMPT_TOKENS } from "../../src/answers/prompt-cache-note.js";
import { apiMonthlyCost } from "../../src/costs/api-cost.js";
import { itemsPerMonth } from "../../src/costs/volume.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import { formatUsd } from "../../src/render/format.js";
import { chat, textOf } from "../flows/recommend-helpers.js";

const catalog = readCatalog();
const SIZES = ["20k", "150k", "600k"];
const RATES = ["200 questions a day", "5 questions a day", "10 questions a month"];
const JOBS = [
  "a coding assistant that reads our whole SIZE-token codebase in one prompt",
  "an assistant that reads our whole SIZE-token manual in one prompt",
];
const NOTE = /\*\*Prompt caching, not counted above:\*\*[^\n]*(\n- [^\n]*)*/;

describe("a long prompt sent many times says what prompt caching would save", () => {
  it("over generated teams: said exactly for a long, repeated, uncached prompt, with each API pick's ceiling at its own host's cache-read price", () => {
    let said = 0;
    let quiet = 0;
    for (const size of SIZES)
      for (const rate of RATES)
        for (const job of JOBS) {
          const message = `We want ${job.replace("SIZE", size)}, ${rate}. Commercial.`;
          const req = parseRequirements(message, catalog);
          const volume = req.volume;
          expect(volume?.perItem, message).toBeDefined();
          const rec = rankOnly(catalog, req);
          const top = rec.ranking.ranked.slice(0, 3);
          const text = textOf(shortlistReply(rec, catalog, { intent: "recommend" }));
          const note = NOTE.exec(text)?.[0];
          const long = volume!.perItem!.inputTokens >= LONG_PROMPT_TOKENS && itemsPerMonth(volume!)! >= 30;
          const api = top.filter((m) => m.costBasis === "api" && m.apiProvider);
          if (!long || api.length === 0) {
            expect(note, message).toBeUndefined();
            quiet++;
            continue;
          }
          said++;
          expect(note, message).toBeDefined();
          for (const m of top.filter((x) => x.costBasis !== "api"))
            expect(note, message).not.toContain(`**${m.name}**`);
          for (const m of api) {
            const offering = catalog.modelById.get(m.id)!.offerings.find((o) => o.provider === m.apiProvider)!;
            const now = apiMonthlyCost(offering, volume!);
            expect(now.totalUsd, message).toBeCloseTo(m.monthlyCostUsd!, 2);
            const line = note!.split("\n").find((l) => l.startsWith(`- **${m.name}**`));
            expect(line, `${message}: ${m.name}`).toBeDefined();
            const cachedPrice = now.prices.cachedInputPerMTok;
            if (cachedPrice === null || cachedPrice >= now.prices.inputPerMTok) {
              expect(line, message).toMatch(/no cache-read price on file/);
              continue;
            }
            const all = apiMonthlyCost(offering, {
              ...volume!,
              cachedInputTokensPerMonth: volume!.inputTokensPerMonth,
            });
            expect(all.totalUsd, message).toBeLessThan(m.monthlyCostUsd!);
            expect(line, message).toContain(
              `${formatUsd(m.monthlyCostUsd!)} → at least ${formatUsd(all.totalUsd)} a month`,
            );
          }
        }
    expect(said).toBeGreaterThan(2);
    expect(quiet).toBeGreaterThan(2);
  });

  it("the monorepo one-shot says the cache ceiling per pick, and the re-rank it offers is read as a cache", () => {
    const c = chat(catalog);
    const reply = textOf(
      c.say("We want a coding assistant that reads our whole 600k-token codebase in one prompt, 200 questions a day."),
    );
    expect(reply).toMatch(
      /Prompt caching, not counted above:\*\* each of the 6,000 requests a month sends a 600K-token prompt/,
    );
    const ask = /Say "(what if we cache the 600K-token prompt\?)"/.exec(reply)?.[1];
    expect(ask).toBeDefined();
    const after = textOf(c.say(ask!));
    expect(after).toMatch(/Cached input:\*\* 3\.6B of the 3\.6B input tokens a month are cached/);
    // Nothing is left to cache: the line is not said again.
    expect(after).not.toMatch(/Prompt caching, not counted above/);
  });
});
