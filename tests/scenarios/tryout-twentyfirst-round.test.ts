// A twenty-first tryout round: three new teams in their own words (twentyfirst-round-teams.ts: a
// Norwegian municipality on-premises with no ML-ops, an Antofagasta copper miner self-hosting on rented
// H200s, an Indonesian marketplace whose data stays in Indonesia), each run as a whole conversation
// through the console and read as a sceptical ML lead would. What holds is asserted as properties an
// expert checks, not rankings: every top-3 pick meets every hard constraint the team stated
// (firstShortlist → expectExpertShortlist), costs recompute from the line shown and stay within the
// budget's dollar bound, an on-premises team is shown self-hosted open weights only, a residency
// rule puts picks known to process in the country first; and, over generated small on-premises teams,
// no model that needs a multi-node deployment leads a team with little or no ML-ops. Still open:
// tryout-twentyfirst-round-open.test.ts.
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../src/answers/recommend-shortlist.js";
import { volumeAtDefaultSplit } from "../../src/costs/volume.js";
import type { Requirements, UseCase } from "../../src/scoring/requirements.js";
import { chat, rankingOf, textOf } from "../flows/recommend-helpers.js";
import { firstShortlist } from "./cost-working-checks.js";
import {
  ANTOFAGASTA_MINING,
  INDONESIA_SELLER_SUPPORT,
  NORWAY_MUNICIPALITY,
  TWENTYFIRST_ROUND_FOLLOW_UPS,
  TWENTYFIRST_ROUND_TEAMS,
} from "./twentyfirst-round-teams.js";

const catalog = readCatalog();
const modelOf = (id: string) => catalog.modelById.get(id)!;
/** The dollar bound a foreign budget was read as, from the line said back ("… (at most $4,283.00)"). */
/** A model's name as a literal in a regular expression. */
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const boundUsd = (text: string) => Number(/\(at most \$([\d,]+\.\d\d)\)/.exec(text)![1]!.replace(/,/g, ""));

describe("twenty-first tryout round: every team gets an answer an expert can check", () => {
  it.each(Object.entries(TWENTYFIRST_ROUND_TEAMS))(
    "%s: the first message and every follow-up get an answer, never an internal error",
    (team, first) => {
      const c = chat(catalog);
      for (const message of [first, ...TWENTYFIRST_ROUND_FOLLOW_UPS[team as keyof typeof TWENTYFIRST_ROUND_TEAMS]]) {
        const said = textOf(c.say(message));
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toMatch(/internal error|stack trace|\bundefined\b|\bNaN\b/);
      }
    },
  );

  it("Norwegian municipality (on-prem, no ML-ops, NOK 40,000): self-hosted open weights within the bound, ops for a team without staff", () => {
    const { top, text } = firstShortlist(catalog, NORWAY_MUNICIPALITY);
    const bound = boundUsd(text);
    for (const row of top) {
      expect(modelOf(row.id).openWeights, row.id).toBe(true);
      expect(row.costBasis, row.id).toBe("self-host");
      expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(bound);
    }
    expect(text).toMatch(/no ops staff/i);
  });

  it("Antofagasta miner (open weights on its own GPUs, quality first, $30,000): self-hosted picks within budget, the #1 vs #2 gap named", () => {
    const { top, text } = firstShortlist(catalog, ANTOFAGASTA_MINING);
    for (const row of top) {
      expect(modelOf(row.id).openWeights, row.id).toBe(true);
      expect(row.costBasis, row.id).toBe("self-host");
      expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(30_000);
    }
    expect(text).toMatch(/Why #1 beats #2|#1 and #2 are tied/);
  });

  it("Indonesian seller support (data stays in Indonesia, Rp 400M): API picks within the bound, those known to process in Indonesia first", () => {
    const { top, text } = firstShortlist(catalog, INDONESIA_SELLER_SUPPORT);
    const bound = boundUsd(text);
    for (const row of top) expect(row.monthlyCostUsd!, row.id).toBeLessThanOrEqual(bound);
    const section = text.slice(text.indexOf("Where the data is processed"));
    const state = (name: string) =>
      new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} via [^:]+: processed in Indonesia`).test(section);
    const checked = top.map((r) => state(r.name));
    // Checked picks come before unchecked ones: never an unchecked pick above a checked one.
    expect(checked.indexOf(false) === -1 || checked.lastIndexOf(true) < checked.indexOf(false), checked.join()).toBe(
      true,
    );
  });
});

describe("a small team on its own premises is not handed a model that needs a cluster", () => {
  // The finding: 671B models (16 H200s, two nodes) proposed to a two-person hospital team with
  // no ML-ops. Over jobs × volumes × ops capacity × budget or none, each top-3 pick of an on-premises
  // team with little or no ML-ops runs on at most one 8-GPU node (a 235B or 355B model on one node
  // may still be #2 or #3 for translation without a budget; DeepSeek-V3.2 on 16 H200s is not).
  const JOBS: UseCase[] = ["summarization", "chat", "extraction", "rag", "translation"];
  const cases: { req: Requirements; label: string }[] = [];
  for (const useCase of JOBS)
    for (const total of [5e6, 50e6, 500e6])
      for (const ops of ["none", "some"] as const)
        for (const budget of [undefined, 5_000])
          cases.push({
            label: `${useCase} · ${total} tokens · ops ${ops} · budget ${budget ?? "none"}`,
            req: {
              useCase,
              volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
              deployment: "on-prem",
              dataSensitivity: "regulated",
              mlOpsExperience: ops,
              ...(budget ? { monthlyBudgetUsd: budget } : {}),
            },
          });

  it.each(cases)("$label", ({ req }) => {
    const top = rankOnly(catalog, req).ranking.ranked.slice(0, 3);
    expect(top.length).toBeGreaterThan(0);
    for (const m of top) {
      const gpus = Number(/(\d+)× /.exec(m.costLabel)?.[1] ?? 0);
      expect(gpus, `${m.id}: ${m.costLabel}`).toBeLessThanOrEqual(8);
    }
  });
});

describe("a near-tie between self-hosted deployments of different sizes", () => {
  // The finding: 8× H200 and 2× H200 deployments nearly tied, the bigger one first for no
  // stated reason. Over jobs × volumes × priorities for a team that self-hosts open weights: when #1
  // and #2 are within 0.01 and #1 needs more GPUs, #1 is ahead on quality or use-case fit (the reason
  // to pay for the bigger fleet), and the answer names what it is ahead on, never the ids.
  const gpusOf = (label: string) => Number(/(\d+)× /.exec(label)?.[1] ?? 0);
  const JOBS: UseCase[] = ["summarization", "chat", "coding", "rag", "agents"];
  const cases: { req: Requirements; label: string }[] = [];
  for (const useCase of JOBS)
    for (const total of [50e6, 2e9, 20e9])
      for (const priorities of [[], ["quality"]] as Requirements["priorities"][])
        cases.push({
          label: `${useCase} · ${total} tokens · ${priorities?.join(",") || "no priority"}`,
          req: {
            useCase,
            volume: volumeAtDefaultSplit(total, `${total} tokens a month`),
            openWeightsOnly: true,
            mlOpsExperience: "strong",
            selfHosted: true,
            ...(priorities && priorities.length > 0 ? { priorities } : {}),
          },
        });

  it.each(cases)("$label", ({ req }) => {
    const rec = rankOnly(catalog, req);
    const [a, b] = rec.ranking.ranked;
    if (!a || !b || Math.abs(a.score - b.score) >= 0.01 || gpusOf(a.costLabel) <= gpusOf(b.costLabel)) return;
    const ahead = (k: "quality" | "useCaseFit") => a.breakdown[k] > b.breakdown[k];
    expect(ahead("quality") || ahead("useCaseFit"), `${a.id} (${a.costLabel}) over ${b.id} (${b.costLabel})`).toBe(
      true,
    );
    expect(rec.explanation?.text ?? "").toMatch(/ahead on/);
    expect(rec.explanation?.text ?? "").not.toMatch(/id sorts first|by id/);
  });
});

// Fixed after the round (words36): what the teams wrote in their first messages, read as they meant it.
describe("twenty-first tryout round: the teams' words", () => {
  it("Norwegian municipality: 'about 60,000 residents' are whom the council serves, said back as its base, not users", () => {
    const { text } = firstShortlist(catalog, NORWAY_MUNICIPALITY);
    expect(text).toMatch(/60K residents \(the organisation's, not counted as users of the tool\)/);
    expect(text).not.toMatch(/monthly active users: 60/i);
  });

  it("Antofagasta miner: 'the night shift sends 4 times the average load at handover' sizes the fleet for a 4× peak", () => {
    const { top, text } = firstShortlist(catalog, ANTOFAGASTA_MINING);
    expect(top.length).toBeGreaterThan(0);
    for (const row of top) expect(text, row.id).toMatch(new RegExp(`${row.name}[^\\n]*for a 4× peak`));
  });

  it("Antofagasta miner: 'self-host open weights on rented H200s' (a card kind, no count) sizes every self-hosted pick on H200s", () => {
    const { req, top, text } = firstShortlist(catalog, ANTOFAGASTA_MINING);
    expect(req.namedGpus?.type).toMatch(/h200/i);
    expect(req.namedGpus?.count).toBeUndefined();
    for (const row of top.filter((r) => r.costBasis === "self-host")) {
      expect(text, row.id).toMatch(new RegExp(`${escaped(row.name)}\\W*self-hosted[^\\n]*: \\d+× NVIDIA H200`));
    }
  });
});

describe("twenty-first tryout round: the teams' follow-ups", () => {
  it("Norwegian municipality: 'what if we use a smaller model?' caps the size below the #1's and ranks again", () => {
    const { c, top } = firstShortlist(catalog, NORWAY_MUNICIPALITY);
    const firstParams = modelOf(top[0]!.id).parameters!.totalB;
    const reply = c.say("what if we use a smaller model?");
    expect(textOf(reply)).not.toMatch(/couldn't tell which requirement/);
    expect(c.session.requirements.maxParamsB).toBeLessThan(firstParams);
    const after = rankingOf(reply).slice(0, 3);
    expect(after.length).toBe(3);
    for (const row of after) expect(modelOf(row.id).parameters!.totalB, row.id).toBeLessThan(firstParams);
  });

  it("Antofagasta miner: 'what if we only rent 2 H200s?' holds the shortlist to what fits on two H200s", () => {
    const { c } = firstShortlist(catalog, ANTOFAGASTA_MINING);
    c.say("why is the first one better than the second?");
    const reply = c.say("what if we only rent 2 H200s?");
    const text = textOf(reply);
    expect(text).not.toMatch(/couldn't tell which requirement/);
    expect(c.session.requirements.namedGpus).toMatchObject({ count: 2 });
    expect(c.session.requirements.namedGpus?.type).toMatch(/h200/i);
    const after = rankingOf(reply).slice(0, 3);
    expect(after.length).toBe(3);
    for (const row of after) {
      expect(row.costBasis, row.id).toBe("self-host");
      expect(text, row.id).toMatch(new RegExp(`${escaped(row.name)}\\W*self-hosted[^\\n]*: 2× NVIDIA H200`));
    }
  });
});
