// The issue's "done when", in the terminal over the real catalogue: a newcomer goes from "help me
// choose" to a justified shortlist, asks what-ifs, gets the decision record, and after a restart
// with the same --session carries on; and `ask --json` answers a one-shot recommendation.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../adapters/console/harness.js";

const tmp = mkdtempSync(join(tmpdir(), "modelwise-recommend-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("recommendation in the terminal", () => {
  it("help me choose -> shortlist within 8 messages; restart with --session; what-if; summarize", async () => {
    const env = { MODELWISE_DATA_DIR: join(tmp, "sessions"), REDIS_URL: "" };
    // First run: the use case by its number, then facts in words. Questions whose answer would
    // not change the top 3 are skipped, so each fact either answers the question asked or is noted.
    const first = await cli(
      ["chat", "--session", "team-x"],
      ["help me choose a model", "2", "internal data", "any managed API is fine"],
      env,
    );
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Question 2 of \d:/);
    expect(first.out).toMatch(/Noted: internal data/);
    // Restart: the saved thread continues where it was.
    const second = await cli(
      ["chat", "--session", "team-x"],
      [
        "20M tokens a month",
        "a budget of $500 a month",
        "some ML-ops experience",
        "no fine-tuning",
        "about 1,000 monthly users",
        "32k tokens of context",
      ],
      env,
    );
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Shortlist: coding/);
    expect(second.out).toMatch(/Why #1 beats #2/);
    expect(second.out).toMatch(/What would swap #1 and #2/);
    expect(second.out).toMatch(
      /Based on: .*coding.*internal data.*any managed API.*20M tokens\/month.*budget \$500\.00\/month/s,
    );
    // Third run: what-if and decision record on the same thread.
    const third = await cli(["chat", "--session", "team-x"], ["what if we self-host?", "back", "summarize"], env);
    expect(third.out).toMatch(/What if: runs in your own cloud/);
    expect(third.out).toMatch(/Undone/);
    expect(third.out).toMatch(/# Decision record: choosing an LLM for coding/);
    expect(third.out).toMatch(/## Licence verdicts/);
  }, 120_000);

  it("ask --json returns the ranked ids, scores and licence verdicts of a one-shot recommendation", async () => {
    const { code, out } = await cli(
      ["ask", "--json", "recommend an open-weights model for coding under $500 a month at 20M tokens"],
      [],
      { MODELWISE_DATA_DIR: join(tmp, "oneshot"), REDIS_URL: "" },
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out) as {
      text: string;
      data: {
        intent: string;
        assumed: string[];
        ranking: { id: string; score: number; licenseVerdict: string; monthlyCostUsd: number | null }[];
        excluded: { id: string; reason: string }[];
      };
    };
    expect(answer.data.intent).toBe("recommend");
    expect(answer.data.ranking.length).toBeGreaterThanOrEqual(3);
    for (const m of answer.data.ranking) {
      expect(typeof m.id).toBe("string");
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(["allowed", "conditional"]).toContain(m.licenseVerdict);
      expect(m.monthlyCostUsd ?? Infinity).toBeLessThanOrEqual(500);
    }
    expect(answer.data.excluded.length).toBeGreaterThan(0);
    // Same commercial-use assumption as the guided flow, stated: research-only weights are out.
    // One-shot: the questions it did not ask are said as assumptions, next to commercial use.
    expect(answer.data.assumed[0]).toBe("commercial use");
    for (const a of answer.data.assumed.slice(1)) expect(a).toMatch(/ not stated$/);
    expect(answer.text).toMatch(/Assumed:\*{0,2} nothing about/);
    expect(answer.text).toMatch(/Assumed: commercial use/);
    for (const id of ["command-r", "command-r-plus", "mistral-large-2"]) {
      expect(answer.data.ranking.some((m) => m.id === id)).toBe(false);
      expect(answer.data.excluded.find((e) => e.id === id)?.reason).toMatch(/non-commercial/);
    }
  }, 60_000);
});
