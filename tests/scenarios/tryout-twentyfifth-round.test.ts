// A twenty-fifth tryout round: three new teams in their own words (twentyfifth-round-teams.ts: a
// Bengaluru exam-prep edtech on ₹8 lakh a month at 1.5M questions a day, an open-source MIT
// note-taking app that ships the weights in its installer, a US state Department of Labor on Azure
// Government), each run as a whole conversation through the console and read as a sceptical ML lead
// would. What holds is asserted as properties an expert checks, not rankings.
//
// How a sceptical ML lead read them (tryoutfive): Bengaluru's first message got only "Which open model
// should I compare with an API?" ('self-host … if it's cheaper' read as a break-even question); the
// notes app was read as on-prem with GPUs to buy and offered DeepSeek-V3.2; the Department of Labor's
// '4 turns of 2,500 tokens' was billed as one turn (a quarter of its tokens). Fixed in the round:
// cues.ts and hedges.ts (a conditional offer to self-host), volume-chain.ts (parts joined to their
// size by "of"), placement-text.ts (the installer carries the model) and hardware-purchase-text.ts
// ("no money for servers"). Then (issue 11): device-memory.ts (a cap on what the weights add to the
// download caps the weights file, not the memory) and fedramp-text.ts with answers/fedramp-note.ts
// (the FedRAMP level read; each pick's host named as not on record at it), budget-risk-note.ts (a
// reasoning model within budget only at its shortest trace is at risk of it) and the self-hosted cost
// in the country the data must stay in. Nothing of the round is open; its findings are tested below.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { chat, textOf } from "../flows/recommend-helpers.js";
import { BUDGET_AT_RISK } from "../../src/answers/budget-risk-note.js";
import { formatUsd } from "../../src/render/format.js";
import { firstShortlist } from "./cost-working-checks.js";
import { parseRequirements } from "../../src/intents/requirements-text.js";
import {
  BENGALURU_EXAM_PREP,
  OPEN_SOURCE_NOTES_APP,
  STATE_LABOR_DEPARTMENT,
  TWENTYFIFTH_ROUND_FOLLOW_UPS,
  TWENTYFIFTH_ROUND_TEAMS,
} from "./twentyfifth-round-teams.js";

const catalog = readCatalog();

describe("twenty-fifth tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYFIFTH_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    { timeout: 120_000 },
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYFIFTH_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYFIFTH_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Bengaluru exam prep: a shortlist (not a break-even question), 1.5M questions a day, both routes open, every pick within ₹8 lakh", () => {
    const { req, top } = firstShortlist(catalog, BENGALURU_EXAM_PREP);
    expect(req.selfHosted).toBeUndefined();
    expect(req.volume?.inputTokensPerMonth).toBe(1_500_000 * 30 * 800);
    expect(req.volume?.outputTokensPerMonth).toBe(1_500_000 * 30 * 600);
    expect(req.statedBudget).toEqual({ currency: "INR", perMonth: 800_000 });
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(row.monthlyCostUsd).not.toBeNull();
      // Within ₹8 lakh at ₹90 to the dollar (a weaker rupee than the rates the answer reads), not only its bound.
      expect(row.monthlyCostUsd!).toBeLessThanOrEqual(800_000 / 90);
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });

  it("open-source notes app: weights in the installer run on the users' laptops, nothing to buy, every pick shippable to 400K users with no user cap", () => {
    const { req, top } = firstShortlist(catalog, OPEN_SOURCE_NOTES_APP);
    expect(req.onDevice).toBe(true);
    expect(req.deployment).toBeUndefined();
    expect(req.hardwareToBuy).toBeUndefined();
    expect(req.redistributeWeights).toBe(true);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(catalog.modelById.get(row.id)?.openWeights).toBe(true);
      expect(row.monthlyCostUsd ?? 0).toBe(0);
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });

  it("open-source notes app: 'at most 3 GB to the download' caps the weights file (about 4.8B at 4-bit) and the 8 GB RAM the memory; 3–4B models are considered", () => {
    const { req, top } = firstShortlist(catalog, OPEN_SOURCE_NOTES_APP);
    expect(req.deviceMemoryGb).toBe(8);
    expect(req.weightsFileGb).toBe(3);
    // The file holds more than 3 GB of memory's worth would (3B), and less than the RAM would (9B).
    expect(req.maxParamsB).toBeGreaterThan(4);
    expect(req.maxParamsB).toBeLessThan(5);
    const ids = top.map((r) => r.id);
    expect(ids.some((id) => id === "qwen3-4b" || id === "phi-4-mini")).toBe(true);
    for (const row of top)
      expect(catalog.modelById.get(row.id)!.parameters!.totalB).toBeLessThanOrEqual(req.maxParamsB!);
    // Said back as a cap on the download, not as device memory.
    expect(textOf(chat(catalog).say(OPEN_SOURCE_NOTES_APP))).toMatch(/3 GB added to the download/);
  });

  it("state labor department: 'FedRAMP Moderate', then 'what if we need FedRAMP High?', is read as that level, and every pick's host is named as not on record at it (no certification invented)", () => {
    expect(parseRequirements(STATE_LABOR_DEPARTMENT).fedrampLevel).toBe("moderate");
    const c = chat(catalog);
    const first = textOf(c.say(STATE_LABOR_DEPARTMENT));
    expect(first).toMatch(/FedRAMP Moderate required/);
    const high = textOf(c.say(TWENTYFIFTH_ROUND_FOLLOW_UPS["state labor department"][0]!));
    expect(high).toMatch(/FedRAMP High authorised/);
    const note = high.slice(high.indexOf("FedRAMP High required"));
    expect(note.length).toBeGreaterThan(0);
    // Each pick is named in the note, as unverified or as resting on where it is self-hosted.
    const { top } = firstShortlist(catalog, STATE_LABOR_DEPARTMENT);
    for (const row of top) expect(note).toContain(row.name);
    expect(note).toMatch(/not on record here: unverified|self-hosted/);
    expect(note).not.toMatch(/\bis FedRAMP High authori[sz]ed\b/);
  });

  it("state labor department: 4 turns a conversation are billed, in a US government cloud, every pick within $25,000", () => {
    const { req, top } = firstShortlist(catalog, STATE_LABOR_DEPARTMENT);
    expect(req.volume?.inputTokensPerMonth).toBe(40_000 * 30 * 4 * 2_500);
    expect(req.volume?.outputTokensPerMonth).toBe(40_000 * 30 * 4 * 300);
    expect(req.usGovernmentCloud).toBe(true);
    expect(top.length).toBe(3);
    for (const row of top) {
      expect(row.monthlyCostUsd).not.toBeNull();
      expect(row.monthlyCostUsd!).toBeLessThanOrEqual(25_000);
      expect(row.licenseVerdict).not.toBe("blocked");
    }
  });
});

describe("findings of the twenty-fifth tryout round, fixed since", () => {
  describe("words: what the team wrote in its first message", () => {
    it("Bengaluru exam prep: 'in English or Hinglish' is read as Hindi and English (was 'languages: English')", () => {
      expect([...(parseRequirements(BENGALURU_EXAM_PREP).languages ?? [])].sort()).toEqual(["en", "hi"]);
    });
  });

  describe("answers: what the team gets", () => {
    it("Bengaluru exam prep ('Student data should stay in India'): a pick on an API host not on record in India has its self-hosted-in-India cost in the table and its residency line, against ₹8 lakh, with no GPU price in India on record said (was: 'not checked' with no cost)", () => {
      const { reply, text, top } = firstShortlist(catalog, BENGALURU_EXAM_PREP);
      const rows = reply.blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
      const row = rows.find((r) => r[0] === "Self-hosted in India")?.join(" | ");
      expect(row, "a table row for the self-hosted cost in India").toBeDefined();
      const section = text.split("**Where the data is processed**")[1]?.split("\n\n")[0] ?? "";
      expect(section).toMatch(
        /No GPU rental price read in India is on record, so a self-hosted figure here rents its GPUs at the verified median/,
      );
      const unchecked = section.split("\n").filter((l) => /\*\*not checked\*\*/.test(l));
      expect(unchecked.length, "the round's picks on Deep Infra").toBeGreaterThan(0);
      for (const line of unchecked) {
        const m = line.match(
          /would meet the rule: about \*\*(\$[\d,.]+)\*\* a month on rented GPUs \((\d+)× .*? at \$([\d.]+)\/GPU-hour \(verified median\).*, (within|over) your INR 800,000 \(at most (\$[\d,.]+)\) budget\.$/,
        );
        expect(m, line).not.toBeNull();
        // The cell in the table is the figure the line states, and within/over is read against the bound.
        expect(row).toContain(m![1]!);
        const usd = Number(m![1]!.replace(/[$,]/g, ""));
        const bound = Number(m![5]!.replace(/[$,]/g, ""));
        expect(m![4]).toBe(usd <= bound ? "within" : "over");
      }
      // A pick on record as processing in India needs no self-hosted figure.
      for (const pick of top)
        if (
          section.includes(`- **${pick.name}** via`) &&
          new RegExp(`${pick.name} via [^:]+: processed in India`).test(section)
        )
          expect(row).toContain("not needed (in India)");
    });
    it("state labor department (small IT team, no GPU experience): o3-mini, $184 under the $25,000 budget only at the low end of hidden reasoning (it was #2), is flagged as at risk of the budget and ranked after every pick within it at the longest published trace, the answer saying both ends", () => {
      const { reply, req, rows, top, text } = firstShortlist(catalog, STATE_LABOR_DEPARTMENT);
      const budget = req.monthlyBudgetUsd!;
      expect(budget).toBe(25_000);
      // Every top pick is within the budget at the estimate the answer states (both ends for a reasoning model).
      for (const row of top) expect(row.reasoningHighUsd ?? row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(budget);
      const o3 = rows.find((r) => r.id === "o3-mini");
      expect(o3, "o3-mini is still ranked: within budget at the low end").toBeDefined();
      expect(o3!.monthlyCostUsd!).toBeLessThanOrEqual(budget);
      expect(o3!.reasoningHighUsd!).toBeGreaterThan(budget);
      expect(top.map((r) => r.id)).not.toContain("o3-mini");
      const note = text.split("\n").find((l) => l.startsWith(BUDGET_AT_RISK));
      expect(note).toContain(`o3-mini (listed #${o3!.rank}`);
      expect(note).toContain(`${formatUsd(o3!.monthlyCostUsd!)} a month at 1,000 hidden reasoning tokens a request`);
      expect(note).toContain(`${formatUsd(o3!.reasoningHighUsd!)} at 15,000`);
      expect(note).toMatch(/budget is checked at 15,000, the longest published trace/);
      expect(reply.data?.intent).toBe("recommend");
    });
  });
});
