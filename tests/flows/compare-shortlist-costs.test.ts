// "compare the top 2" in a thread with a shortlist compares each pick at the monthly cost the
// shortlist used for it (eleventh tryout round: Osaka pharma's Mistral Large 3 was $58,861 a month
// self-hosted on the shortlist, because no API keeps the data in Japan, and the comparison priced
// it at Mistral's own API, per token, a host that thread may not use). Over generated teams (use
// case × volume × the thread's rules) and phrasings: every compared pick's monthly cost is the
// shortlist's, in the table and in the reply's data, and the comparison of costs is of those.
import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { formatUsd } from "../../src/render/format.js";
import { OSAKA_PHARMA } from "../scenarios/eleventh-round-teams.js";
import { chat, rankingOf, textOf } from "./recommend-helpers.js";
import type { Block } from "../../src/ports.js";
import { HOST_NOT_CHECKED } from "../../src/answers/passed-over.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";

const catalog = readCatalog();

const WORK = [
  "we summarise contracts, 2,000 documents a day, ~8k tokens in and 500 out each.",
  "support chatbot for our customers, 40,000 conversations a month, ~3k tokens in and 400 out each.",
  "we extract fields from invoices: 90k invoices a month, 2,500 tokens in and 300 out per invoice.",
] as const;
const RULES = [
  "",
  " Data must stay in Japan.",
  " We are on Azure and everything must stay in our Azure tenant.",
  " We must self-host on our own servers.",
  " Personal data, must stay in Germany.",
] as const;
const ASKS = ["compare the top 2", "compare #1 and #2", "compare the top two"] as const;

const tableOf = (blocks: readonly Block[]) => blocks.find((b) => b.kind === "table");

beforeAll(() => void chat(catalog).say(`${WORK[0]} which model?`), 120_000);

describe("'compare the top 2' uses the costs the shortlist used", () => {
  WORK.forEach((work, w) =>
    RULES.forEach((rule, r) => {
      const ask = ASKS[(w + r) % ASKS.length]!;
      const team = `${work}${rule} which model?`;
      it(`${team} → '${ask}'`, () => {
        const c = chat(catalog);
        const shortlist = c.say(team);
        const top = rankingOf(shortlist).slice(0, 2);
        expect(top).toHaveLength(2);
        const reply = c.say(ask);
        expect(reply.data?.intent).toBe("compare");
        expect(reply.data?.list).toEqual(top.map((p) => p.id));
        // Each pick at the shortlist's own figure, in the table's cost row and in the reply's data.
        const table = tableOf(reply.blocks);
        const costRow = table?.kind === "table" ? table.rows.find((row) => row[0] === "Monthly cost") : undefined;
        top.forEach((p, i) => {
          if (p.monthlyCostUsd !== null) expect(costRow?.[i + 1]).toContain(formatUsd(p.monthlyCostUsd));
        });
        // (A thread that self-hosts prices every compared model self-hosted: its own field.)
        const costs = (reply.data?.threadCosts ?? reply.data?.selfHosted) as { monthlyUsd: number | null }[];
        expect(costs.map((x) => x.monthlyUsd)).toEqual(top.map((p) => p.monthlyCostUsd));
        // Compared per token only when both are API prices (at the thread's mix), else a month.
        const unit = top.every((p) => p.costBasis === "api") ? "per token" : "a month";
        if (reply.data?.threadCosts) expect(textOf(reply)).toMatch(new RegExp(`(?:as much|the same) ${unit}`));
      });
    }),
  );
});

describe("Osaka pharma's 'compare the top 2'", () => {
  // "source" reworded, as the tryout did ('traceability to the source' asks for sources today).
  const OSAKA = OSAKA_PHARMA.replaceAll("the source", "the study reports").replace("source documents", "study reports");

  it("compares the picks at the shortlist's costs: a self-hosted pick at its self-hosted figure, not its lab's API", () => {
    const c = chat(catalog);
    const shortlist = c.say(OSAKA);
    const [first, second] = rankingOf(shortlist);
    expect(second?.costBasis).toBe("self-host");
    const reply = c.say("compare the top 2");
    const said = textOf(reply);
    expect(said).toContain(`→ **${formatUsd(second!.monthlyCostUsd!)}** a month`);
    expect(said).toContain(`→ **${formatUsd(first!.monthlyCostUsd!)}** a month`);
    expect(said).toMatch(/as much a month as/);
    expect(said).not.toMatch(/per token/);
  });
});

describe("a compared model priced at a host not checked where the data must stay", () => {
  // São Paulo fintech: Llama 3.3 70B was compared at $320 via Deep Infra (no region record for
  // Brazil) beside DeepSeek-V3.2 on Bedrock in sa-east-1, with nothing said of the rule.
  const PLACES = ["Brazil", "Japan", "India", "Canada"] as const;
  it.each(PLACES)("data must stay in %s: the caveat is said of the unchecked model only", (place) => {
    const c = chat(catalog);
    c.say(
      `support chatbot for our customers, 2 million messages a month, 800 tokens in and 250 out each. Data must stay in ${place}.`,
    );
    const ranked = rankOnly(catalog, c.session.requirements, c.session.assumptions).ranking.ranked;
    const unchecked = ranked.find((r) => r.residencyUnchecked && r.costBasis === "api" && r.monthlyCostUsd !== null);
    const checked = ranked.find((r) => !r.residencyUnchecked && r.monthlyCostUsd !== null);
    expect(unchecked, "a model whose only API host has no region record there").toBeDefined();
    expect(checked).toBeDefined();
    const said = textOf(c.say(`compare ${unchecked!.name} and ${checked!.name}`));
    const lineOf = (name: string) => said.split("\n").find((l) => l.includes(`**${name}** (#`)) ?? "";
    expect(lineOf(unchecked!.name)).toContain(HOST_NOT_CHECKED);
    expect(lineOf(checked!.name)).not.toContain(HOST_NOT_CHECKED);
    expect(said).toContain("host not checked");
  });
});
