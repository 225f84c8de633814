// Claude Opus 4.1 was on file as a current model with no release date ("not on file: the only date,
// 2025-08-05, is the snapshot date in the model id"), though Anthropic retired it from its API on
// 5 August 2026. Anthropic's own SDK now dates both: its changelog's release that added the model
// (5 August 2025) and the last edition of its deprecation table that lists it (end of life
// 5 August 2026). A lead is told it is retired, and the ranking lists it after current releases
// (a withdrawn release, scoring/withdrawn-release.ts).
import { describe, expect, it } from "vitest";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { retiredFromLabApi, retirementLine } from "../../../src/answers/retirement.js";
import { withdrawnByLab } from "../../../src/scoring/withdrawn-release.js";

const catalog = readCatalog();
const opus41 = catalog.modelById.get("claude-opus-4.1")!;
const SDK = /^https:\/\/github\.com\/anthropics\/anthropic-sdk-python\/blob\/[0-9a-f]{40}\//;

describe("Claude Opus 4.1 from Anthropic's own SDK", () => {
  it("is dated by the SDK release that added it, read in Anthropic's own text", () => {
    expect(opus41.releaseDate).toBe("2025-08-05");
    expect(opus41.releaseDateSource).toMatchObject({ sourceKind: "primary", verified: true });
    expect(opus41.releaseDateSource?.sourceUrl).toMatch(SDK);
    expect(opus41.releaseDateSource?.sourceUrl).toMatch(/CHANGELOG\.md$/);
  });

  it("is retired from Anthropic's API since 2026-08-05 and no longer a current release", () => {
    expect(opus41.retirement).toMatchObject({ retiresOn: "2026-08-05", sourceKind: "primary" });
    expect(opus41.retirement?.sourceUrl).toMatch(SDK);
    expect(retiredFromLabApi(opus41, new Date("2026-12-07T12:00:00Z"))).toBe(true);
    expect(retiredFromLabApi(opus41, new Date("2026-08-04T12:00:00Z"))).toBe(false);
    expect(retirementLine(opus41, new Date("2026-12-07T12:00:00Z"))).toMatch(
      /^Retired from Anthropic's API on 2026-08-05/,
    );
    expect(opus41.status).toBe("deprecated");
    expect(withdrawnByLab(opus41)).toBe(true);
  });
});
