// The watch core against the real catalogue and edited copies of it: which changes are worth an
// alert (prices beyond the threshold, licence, output-use and user-limit terms, deprecations),
// that told changes are not told again, and what the alert says (old -> new, source, ranking).
import { describe, expect, it } from "vitest";
import { readCatalog, readCommittedFiles } from "../../../adapters/shared/read-catalog.js";
import { rankOnly } from "../../../src/answers/recommend-shortlist.js";
import type { Catalog } from "../../../src/catalog/catalog.js";
import { parseCatalog } from "../../../src/catalog/load.js";
import type { License, Model } from "../../../src/catalog/schema.js";
import { alertMessage, rankingCheck } from "../../../src/answers/watch-alert.js";
import { applyChanges, detectChanges } from "../../../src/watch/changes.js";
import { createWatch } from "../../../src/watch/watch.js";
import { TEST_DAY } from "../../helpers/test-day.js";

const catalog = readCatalog();
const files = readCommittedFiles().values as {
  licenses: { licenses: License[] };
  models: { models: Model[] };
  selfhost: unknown;
};
const ref = { platform: "slack" as const, workspace: "T1", channel: "C1", thread: "1700000000.000100" };
const NOW = new Date("2026-12-04T10:00:00Z");

/** The committed catalogue with some edits. */
function edited(edit: (models: Model[], licenses: License[]) => void): Catalog {
  const copy = structuredClone(files);
  edit(copy.models.models, copy.licenses.licenses);
  return parseCatalog(copy, { today: TEST_DAY });
}
const model = (models: Model[], id: string) => models.find((m) => m.id === id)!;

const watch = createWatch({ catalog, ref, modelIds: ["gpt-4o", "llama-3.1-70b", "gpt-4.1"], decision: null, now: NOW });

describe("detectChanges", () => {
  it("the catalogue the watch was made from has no changes", () => {
    expect(detectChanges(watch, catalog)).toEqual([]);
  });

  it("a first-party price moving by more than the threshold is a change; a smaller move is not", () => {
    const changed = edited((models) => {
      const gpt = model(models, "gpt-4o").offerings.find((o) => o.provider === "openai")!;
      gpt.inputPerMTok = 3; // +20%
      gpt.outputPerMTok = 10.5; // +5%: under the 10% threshold
    });
    const changes = detectChanges(watch, changed);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "price", modelId: "gpt-4o", old: "$2.50 / 1M", now: "$3.00 / 1M" });
    expect(changes[0]!.pct).toBeCloseTo(20);
    expect(changes[0]!.source.label).toContain("models.dev");
  });

  it("licence, output-use, user-limit and deprecation changes are each reported", () => {
    const changed = edited((models, licenses) => {
      const llama = licenses.find((l) => l.id === model(models, "llama-3.1-70b").licenseId)!;
      llama.terms.userThreshold = { maxMonthlyActiveUsers: 100_000_000, consequence: "ask Meta" };
      llama.terms.outputsToTrainOtherModels = "no";
      model(models, "gpt-4.1").status = "deprecated";
      model(models, "gpt-4o").licenseId = "mistral-api-terms";
    });
    const kinds = detectChanges(watch, changed).map((c) => `${c.modelId}:${c.kind}:${c.old}->${c.now}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "llama-3.1-70b:user-limit:700,000,000 monthly active users->100,000,000 monthly active users",
        "llama-3.1-70b:output-use:allowed with conditions->not allowed",
        "gpt-4.1:lifecycle:current->deprecated",
        expect.stringMatching(/^gpt-4o:licence:.+->.*Mistral/),
      ]),
    );
    expect(kinds).toHaveLength(4);
  });

  it("a retirement date the lab announces is one lifecycle change, told once, and again if it moves", () => {
    const retiring = {
      deprecatedOn: "2027-01-15",
      retiresOn: "2027-03-31",
      replacement: "GPT-5",
      label: "OpenAI's deprecations page",
      sourceUrl: "https://example.org/deprecations",
      sourceKind: "primary" as const,
      asOf: "2026-12-01",
    };
    const announced = edited((models) => {
      model(models, "gpt-4.1").retirement = retiring;
    });
    const changes = detectChanges(watch, announced);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "lifecycle",
      modelId: "gpt-4.1",
      old: "none announced",
      now: "2027-03-31 (replacement named: GPT-5)",
      source: { label: "OpenAI's deprecations page", url: "https://example.org/deprecations", asOf: "2026-12-01" },
    });
    const told = applyChanges(watch, changes, announced);
    expect(detectChanges(told, announced)).toEqual([]);
    const moved = edited((models) => {
      model(models, "gpt-4.1").retirement = { ...retiring, retiresOn: "2027-06-30" };
    });
    expect(detectChanges(told, moved).map((c) => `${c.old}->${c.now}`)).toEqual([
      "2027-03-31->2027-06-30 (replacement named: GPT-5)",
    ]);
  });

  it("changes applied to the watch are not reported again; small moves still add up", () => {
    const first = edited((models) => {
      model(models, "gpt-4o").offerings.find((o) => o.provider === "openai")!.inputPerMTok = 2.7; // +8%
    });
    expect(detectChanges(watch, first)).toEqual([]);
    const second = edited((models) => {
      model(models, "gpt-4o").offerings.find((o) => o.provider === "openai")!.inputPerMTok = 2.9; // +16% on the basis
    });
    const changes = detectChanges(watch, second);
    expect(changes.map((c) => c.kind)).toEqual(["price"]);
    const told = applyChanges(watch, changes, second);
    expect(detectChanges(told, second)).toEqual([]);
    expect(told.models.find((m) => m.id === "gpt-4o")?.prices.find((p) => p.provider === "openai")?.input).toBe(2.9);
  });
});

describe("alertMessage", () => {
  const requirements = { useCase: "chat" as const, volume: { inputTokensPerMonth: 40e6, outputTokensPerMonth: 10e6 } };
  const top = rankOnly(catalog, requirements as never)
    .ranking.ranked.slice(0, 3)
    .map((m) => m.id);
  const decided = createWatch({
    catalog,
    ref,
    modelIds: top,
    decision: { requirements: requirements as never, assumptions: {}, top },
    now: NOW,
  });

  it("says what changed, old -> new, the source and date, and that the ranking holds", () => {
    const first = top[0]!;
    const changed = edited((models) => {
      for (const o of model(models, first).offerings) o.outputPerMTok *= 1.2;
    });
    const changes = detectChanges(decided, changed);
    expect(changes.length).toBeGreaterThan(0);
    const reply = alertMessage(decided, changes, changed);
    const name = catalog.modelById.get(first)!.name;
    expect(reply.fallbackText).toContain(`${name} output price at`);
    expect(reply.fallbackText).toMatch(/→ \$[\d.]+ \/ 1M \(\+20\.0%\), per .+, \d{4}-\d{2}-\d{2}\./);
    expect(reply.fallbackText).toContain("stop watching");
    expect(rankingCheck(decided, catalog)?.changed).toBe(false);
  });

  it("says when the decision's #1 would change", () => {
    const first = top[0]!;
    const changed = edited((models) => {
      const m = model(models, first);
      m.status = "retired";
      for (const o of m.offerings) {
        o.inputPerMTok *= 50;
        o.outputPerMTok *= 50;
      }
    });
    const check = rankingCheck(decided, changed)!;
    expect(check.changed).toBe(true);
    expect(check.after[0]).not.toBe(first);
    const reply = alertMessage(decided, detectChanges(decided, changed), changed);
    expect(reply.fallbackText).toContain("would now change");
    expect(reply.fallbackText).toContain(`instead of ${catalog.modelById.get(first)!.name}`);
  });
});
