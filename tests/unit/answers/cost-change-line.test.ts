// What a what-if says about a pick's monthly cost (cost-change-line.ts): an arrow only between prices
// the thread's rule allowed, with the routes named when they differ.
import { describe, expect, it } from "vitest";
import { costChangeLine } from "../../../src/answers/cost-change-line.js";

const api = (usd: number, host: string, unchecked = false) => ({
  name: "Model A",
  monthlyCostUsd: usd,
  costLabel: `API via ${host}`,
  costBasis: "api" as const,
  residencyUnchecked: unchecked,
});
const selfHosted = (usd: number) => ({
  name: "Model A",
  monthlyCostUsd: usd,
  costLabel: "self-hosted: 2× NVIDIA L40S (fp8) at $1.55/GPU-hour, plus $3,000.00 ops",
  costBasis: "self-host" as const,
  residencyUnchecked: false,
});
const swiss = { residencyElsewhere: "Switzerland" };

describe("a what-if's before → after cost", () => {
  it("a price through a host not on record where the data must stay is not compared, and the line says why", () => {
    const line = costChangeLine(api(126, "Deep Infra", true), selfHosted(5263), swiss)!;
    expect(line).not.toMatch(/→/);
    expect(line).toContain("$5,263.00 a month (self-hosted)");
    expect(line).toContain(
      "its earlier $126.00 was through Deep Infra, a host not on record as processing in Switzerland",
    );
  });

  it("a change of route names both routes, shortly", () => {
    expect(costChangeLine(api(126, "Deep Infra"), selfHosted(5263), {})).toBe(
      "Model A: $126.00 (API via Deep Infra) → $5,263.00 (self-hosted) a month.",
    );
  });

  it("the same route keeps the plain arrow, and no change says nothing", () => {
    expect(costChangeLine(api(100, "Azure"), api(200, "Azure"), {})).toBe("Model A: $100.00 → $200.00 a month.");
    expect(costChangeLine(api(100, "Azure"), api(100, "Azure"), {})).toBeNull();
  });

  it("both unchecked (the same caveat before and after): compared as before", () => {
    expect(costChangeLine(api(100, "Deep Infra", true), api(200, "Deep Infra", true), swiss)).toBe(
      "Model A: $100.00 → $200.00 a month.",
    );
  });
});
