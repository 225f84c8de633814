// A model's status (legacy, deprecated, retired) is a claim answers and alerts state: it carries
// its source (the lab's own model page: primary; a price list's deprecation mark: secondary), the
// audit lists statuses without one, and answers say "per <source>, <date>" or that none is on file.
import { describe, expect, it } from "vitest";
import { readCatalog, readCommittedFiles } from "../../../adapters/shared/read-catalog.js";
import { auditCatalog, FINDING_SEVERITY } from "../../../adapters/tools/catalog-audit/checks.js";
import { statusLabel } from "../../../src/answers/common.js";
import { parseCatalog } from "../../../src/catalog/load.js";
import type { License, Model } from "../../../src/catalog/schema.js";
import { detectChanges } from "../../../src/watch/changes.js";
import { createWatch } from "../../../src/watch/watch.js";
import { TEST_DAY } from "../../helpers/test-day.js";

const catalog = readCatalog();
const TODAY = new Date("2026-12-08T00:00:00Z");
const byId = (id: string) => catalog.modelById.get(id)!;

const labPage = {
  label: "the lab's model page",
  sourceUrl: "https://example.org/models/m-1/overview",
  sourceKind: "primary" as const,
  asOf: "2026-12-08",
  verified: true,
};
const base: Model = { ...byId("claude-opus-4.5"), id: "m-1", name: "Lab M 1", lab: "Lab", statusSource: undefined };
const statusFindings = (models: Model[]) =>
  auditCatalog({ models, licenses: [] }, TODAY).findings.filter((f) => f.kind.startsWith("status"));

describe("status sources in the audit", () => {
  it("lists a status other than current with no source, and not once the lab's page gives it", () => {
    expect(statusFindings([{ ...base, status: "legacy" }]).map((f) => `${f.kind} ${f.detail}`)).toEqual([
      "status-unsourced legacy: no source on file",
    ]);
    expect(statusFindings([{ ...base, status: "legacy", statusSource: labPage }])).toEqual([]);
    expect(statusFindings([{ ...base, status: "current" }])).toEqual([]);
  });

  it("takes the lab's retirement record as the source of a deprecated status", () => {
    const retirement = {
      deprecatedOn: null,
      retiresOn: "2027-01-31",
      replacement: null,
      label: "the lab's deprecations page",
      sourceUrl: "https://example.org/deprecations",
      sourceKind: "primary" as const,
      asOf: "2026-12-01",
    };
    expect(statusFindings([{ ...base, status: "deprecated", retirement }])).toEqual([]);
    // A retirement does not make a "legacy" status the lab's word.
    expect(statusFindings([{ ...base, status: "legacy", retirement }]).map((f) => f.kind)).toEqual([
      "status-unsourced",
    ]);
  });

  it("warns on a secondary status source and fails one marked verified", () => {
    const copy = { ...labPage, sourceKind: "secondary" as const, verified: false };
    const found = auditCatalog(
      { models: [{ ...base, status: "deprecated", statusSource: copy }], licenses: [] },
      TODAY,
    );
    expect(found.findings.filter((f) => f.kind === "status-secondary")).toHaveLength(1);
    expect(FINDING_SEVERITY["status-secondary"]).toBe("warning");
    expect(found.failures.filter((f) => f.detail.startsWith("status"))).toEqual([]);
    const claimed = auditCatalog(
      { models: [{ ...base, status: "deprecated", statusSource: { ...copy, verified: true } }], licenses: [] },
      TODAY,
    );
    expect(claimed.failures.map((f) => f.detail)).toContain(
      "status marked verified but sourced from the lab's model page",
    );
  });

  it("lists a 'current' with no source when the lab calls a later release of its line legacy", () => {
    const earlier = { ...base, id: "m-1", name: "Lab M 1", status: "current" as const };
    const later = { ...base, id: "m-2", name: "Lab M 2", status: "legacy" as const, statusSource: labPage };
    expect(statusFindings([earlier, later]).map((f) => f.subject)).toEqual(["model m-1"]);
    // Only the lab's own word on the later release counts.
    const copied = { ...later, statusSource: { ...labPage, sourceKind: "secondary" as const, verified: false } };
    expect(statusFindings([earlier, copied]).filter((f) => f.subject === "model m-1")).toEqual([]);
  });
});

describe("status sources in the committed catalogue", () => {
  it("records Claude Opus 4.5's status from Anthropic's own page (primary)", () => {
    const opus = byId("claude-opus-4.5");
    expect(opus.status).toBe("legacy");
    expect(opus.statusSource).toMatchObject({ sourceKind: "primary", verified: true });
    expect(opus.statusSource!.sourceUrl).toMatch(/^https:\/\/platform\.claude\.com\/docs\/.+\/models\/opus-4-5\//);
  });

  it("marks statuses read in a price list as secondary and unverified, never primary", () => {
    const kinds = new Set<string>();
    for (const m of catalog.models) {
      const s = m.statusSource;
      if (!s) continue;
      const fromList = /models\.dev|LiteLLM/.test(s.label);
      expect(s.sourceKind, m.id).toBe(fromList ? "secondary" : "primary");
      expect(s.verified, m.id).toBe(s.sourceKind === "primary");
      kinds.add(s.sourceKind);
    }
    expect([...kinds].sort()).toEqual(["primary", "secondary"]);
  });

  it("lists Claude Opus 4.7's 'current' as unsourced: Anthropic calls Opus 4.8 legacy", () => {
    const found = auditCatalog(catalog, TODAY).findings.filter((f) => f.kind === "status-unsourced");
    expect(found.find((f) => f.subject === "model claude-opus-4.7")?.detail).toMatch(
      /Claude Opus 4\.8 is legacy per Anthropic/,
    );
    expect(found.map((f) => f.subject)).not.toContain("model claude-opus-4.5");
  });
});

describe("status in answers and alerts", () => {
  it("says where the status comes from, or that no source is on file", () => {
    expect(statusLabel(byId("claude-opus-4.5"))).toMatch(
      /^legacy \(per Anthropic's Claude Opus 4\.5 page \(platform\.claude\.com docs\), \d{4}-\d{2}-\d{2}\)$/,
    );
    expect(statusLabel({ ...base, status: "legacy" })).toBe("legacy (no source on file; unverified)");
    expect(statusLabel({ ...base, status: "current" })).toBeNull();
    const listed = catalog.models.find((m) => m.statusSource?.sourceKind === "secondary")!;
    expect(statusLabel(listed)).toMatch(/; secondary, unverified\)$/);
  });

  it("an alert on a status change names the status source", () => {
    // Claude Sonnet 4.5 is deprecated per Anthropic's page; a watch made when it was current is told so.
    const files = readCommittedFiles().values as {
      licenses: { licenses: License[] };
      models: { models: Model[] };
      selfhost: unknown;
    };
    const ref = { platform: "slack" as const, workspace: "T1", channel: "C1", thread: "1.1" };
    const copy = structuredClone(files);
    copy.models.models.find((m) => m.id === "claude-sonnet-4.5")!.status = "current";
    const before = parseCatalog(copy, { today: TEST_DAY });
    const watch = createWatch({ catalog: before, ref, modelIds: ["claude-sonnet-4.5"], decision: null, now: TODAY });
    const change = detectChanges(watch, catalog).find((c) => c.kind === "lifecycle" && c.now === "deprecated");
    expect(change?.source).toMatchObject({ url: byId("claude-sonnet-4.5").statusSource!.sourceUrl });
    expect(change?.source.label).toMatch(/^Anthropic's Claude Sonnet 4\.5 page .*\(status\)$/);
  });
});
