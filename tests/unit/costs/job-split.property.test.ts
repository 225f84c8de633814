// The input/output split assumed for a total given without one follows the job (issue 11 item 2):
// a summariser at the chat mix (3:1) was billed for output it never writes. Over use cases and
// volumes: a split the team states always wins; an assumed one is the job table's (3:1 with no
// job); the cost answer says the split and that it is assumed; a bill grows with the output share.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { volumeLine } from "../../../src/answers/cost.js";
import { apiCostAt } from "../../../src/costs/break-even.js";
import { DEFAULT_INPUT_SHARE, volumeAtDefaultSplit } from "../../../src/costs/volume.js";
import { parseRequirements } from "../../../src/intents/requirements-text.js";
import { parseVolume } from "../../../src/intents/volume.js";
import { assumedInputShare, atJobSplit, JOB_SPLITS, withJobSplit } from "../../../src/scoring/job-split.js";
import { newScoringCache } from "../../../src/scoring/constraints.js";
import { rankModels } from "../../../src/scoring/rank.js";
import { USE_CASE_LABELS, USE_CASES, type UseCase } from "../../../src/scoring/requirements.js";

const catalog = readCatalog();

// How a team names each job in one message (read by the same use-case reader as a recommendation).
const JOB_WORDS: Record<UseCase, string> = {
  summarization: "we summarise meeting transcripts",
  rag: "question answering over our internal wiki",
  extraction: "we classify support tickets into 12 categories",
  coding: "code completion for our developers",
  agents: "an agent that calls our internal APIs and books appointments",
  chat: "a customer support chatbot",
  creative: "marketing copy for product launches",
  translation: "we translate product manuals",
};
const TOTALS = [5e6, 40e6, 500e6, 2e9, 7.5e9];
const words = (n: number) => `${n / 1e6}M`;

const share = (v: { inputTokensPerMonth: number; outputTokensPerMonth: number }) =>
  v.inputTokensPerMonth / (v.inputTokensPerMonth + v.outputTokensPerMonth);

describe("the split assumed for a job", () => {
  it("is the table's for the job a message names, 3:1 without one, and the total is kept", () => {
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES, undefined), fc.constantFrom(...TOTALS), (job, total) => {
        const text = `${job ? `${JOB_WORDS[job]}, ` : ""}about ${words(total)} tokens a month`;
        const req = parseRequirements(text, catalog);
        expect(req.useCase).toBe(job);
        const v = req.volume!;
        expect(v.splitAssumed).toBe(true);
        expect(v.inputTokensPerMonth + v.outputTokensPerMonth).toBeCloseTo(total, -1);
        expect(share(v)).toBeCloseTo(job ? JOB_SPLITS[job].inputShare : DEFAULT_INPUT_SHARE, 4);
        expect(assumedInputShare(job)).toBe(job ? JOB_SPLITS[job].inputShare : DEFAULT_INPUT_SHARE);
      }),
      { numRuns: 60 },
    );
  });

  it("gives way to a split the team states, in the same message or with the job said later", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...USE_CASES),
        fc.constantFrom(...TOTALS),
        fc.constantFrom(0.2, 0.5, 0.6, 0.8, 0.95),
        (job, total, stated) => {
          const pct = Math.round(stated * 100);
          const text = `${JOB_WORDS[job]}, about ${words(total)} tokens a month, ${pct}/${100 - pct} input/output`;
          const req = parseRequirements(text, catalog);
          expect(req.volume!.splitAssumed).toBe(false);
          expect(share(req.volume!)).toBeCloseTo(stated, 4);
          // A job said after the stated split does not re-split it.
          const later = withJobSplit({
            volume: parseVolume(`${words(total)} tokens a month, ${pct}% input`)!,
            useCase: job,
          });
          expect(share(later.volume!)).toBeCloseTo(stated, 4);
          expect(later.volume!.splitJob).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is said in the answer, as an assumption, with the job's name", () => {
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES), fc.constantFrom(...TOTALS), (job, total) => {
        const v = atJobSplit(volumeAtDefaultSplit(total, `${words(total)} tokens a month`), job);
        const line = volumeLine(v);
        const s = JOB_SPLITS[job].inputShare;
        const pcts = `${Math.round(s * 100)}% in / ${Math.round((1 - s) * 100)}% out`;
        expect(line).toContain(
          s === DEFAULT_INPUT_SHARE ? `split assumed: ${pcts}` : `split assumed for ${USE_CASE_LABELS[job]}: ${pcts}`,
        );
        expect(line).toContain("tell me yours");
        // Said once in the description too, and the default's words are gone from it.
        expect(v.description).not.toMatch(/by default/);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps a side the team said and assumes the other at the job's ratio", () => {
    fc.assert(
      fc.property(fc.constantFrom(...USE_CASES), fc.constantFrom(...TOTALS), (job, total) => {
        const req = parseRequirements(`${JOB_WORDS[job]}, ${words(total)} input tokens a month`, catalog);
        const v = req.volume!;
        expect(v.inputTokensPerMonth).toBeCloseTo(total, -1);
        expect(share(v)).toBeCloseTo(JOB_SPLITS[job].inputShare, 2);
      }),
      { numRuns: 40 },
    );
  });

  it("re-splits when the job changes and goes back to 3:1 when it is dropped", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...USE_CASES),
        fc.constantFrom(...USE_CASES),
        fc.constantFrom(...TOTALS),
        (a, b, total) => {
          const first = atJobSplit(volumeAtDefaultSplit(total, "t"), a);
          const second = atJobSplit(first, b);
          const direct = atJobSplit(volumeAtDefaultSplit(total, "t"), b);
          expect([second.inputTokensPerMonth, second.outputTokensPerMonth, second.splitJob]).toEqual([
            direct.inputTokensPerMonth,
            direct.outputTokensPerMonth,
            direct.splitJob,
          ]);
          expect(atJobSplit(second, b)).toBe(second);
          expect(share(atJobSplit(second, undefined))).toBeCloseTo(DEFAULT_INPUT_SHARE, 6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("blends list prices at the job's split when no volume is given (the shortlist's price per token)", () => {
    // One cost cache for every job, as rankings share one per catalogue: its key holds the share.
    const cache = newScoringCache();
    for (const job of USE_CASES) {
      const ranking = rankModels(catalog, { useCase: job, deployment: "any-api" }, { cache });
      // Scored as a ranking of this job alone (its own cache) scores it: no other job's blend reused.
      const alone = rankModels(catalog, { useCase: job, deployment: "any-api" });
      expect(ranking.ranked.map((m) => [m.id, m.score])).toEqual(alone.ranked.map((m) => [m.id, m.score]));
      const priced = ranking.ranked.filter((m) => m.listPrice !== null).slice(0, 10);
      expect(priced.length, job).toBeGreaterThan(0);
      for (const m of priced) {
        const p = m.listPrice!;
        const s = JOB_SPLITS[job].inputShare;
        expect(p.perMTok, `${job} ${m.id}`).toBeCloseTo(s * p.inputPerMTok + (1 - s) * p.outputPerMTok, 9);
      }
    }
  });

  it("prices a bill that grows with the output share (output costs more than input)", () => {
    const pairs = catalog.models
      .flatMap((m) => m.offerings)
      .filter((o) => o.outputPerMTok > o.inputPerMTok)
      .slice(0, 200);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.constantFrom(...TOTALS),
        fc.constantFrom(...USE_CASES),
        fc.constantFrom(...USE_CASES),
        (o, total, a, b) => {
          const sa = assumedInputShare(a);
          const sb = assumedInputShare(b);
          const [ca, cb] = [apiCostAt(o, total, sa), apiCostAt(o, total, sb)];
          // Less input share is more output share: never cheaper.
          if (sa < sb) expect(ca).toBeGreaterThan(cb);
          if (sa === sb) expect(ca).toBe(cb);
        },
      ),
      { numRuns: 200 },
    );
  });
});
