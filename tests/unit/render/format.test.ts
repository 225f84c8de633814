import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatHourlyUsd,
  formatPerMTok,
  formatPercent,
  formatRatio,
  formatTokens,
  formatUsd,
} from "../../../src/render/format.js";

describe("money and token formatting", () => {
  it("formats dollars with thousands separators and cents", () => {
    expect(formatUsd(1234.56)).toBe("$1,234.56");
    expect(formatUsd(1234.5678)).toBe("$1,234.57");
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(10)).toBe("$10.00");
    expect(formatUsd(-5.5)).toBe("-$5.50");
  });
  it("keeps the precision of sub-dollar prices", () => {
    expect(formatUsd(0.6)).toBe("$0.60");
    expect(formatUsd(0.075)).toBe("$0.075");
    expect(formatUsd(0.0375)).toBe("$0.0375");
    expect(formatUsd(0.003625)).toBe("$0.00363");
  });
  it("rounds computed sub-dollar figures to three significant digits, GPU-hours to the cent", () => {
    expect(formatUsd(0.6781)).toBe("$0.678");
    expect(formatUsd(0.87354)).toBe("$0.874");
    expect(formatUsd(0.061254)).toBe("$0.0613");
    expect(formatUsd(0.5)).toBe("$0.50");
    expect(formatHourlyUsd(0.6781)).toBe("$0.68");
    expect(formatHourlyUsd(3.99)).toBe("$3.99");
    expect(formatPerMTok(2.5)).toBe("$2.50 / 1M");
  });
  it("formats token counts compactly", () => {
    expect(formatTokens(10_000_000)).toBe("10M tokens");
    expect(formatTokens(1_500_000)).toBe("1.5M tokens");
    expect(formatTokens(128_000)).toBe("128K tokens");
    expect(formatTokens(2_000_000_000)).toBe("2B tokens");
    expect(formatTokens(1)).toBe("1 token");
    expect(formatCount(950)).toBe("950");
  });
  it("formats ratios and percentages", () => {
    expect(formatRatio(9.83)).toBe("9.83×");
    expect(formatRatio(12.4)).toBe("12×");
    expect(formatPercent(0.75)).toBe("75%");
    expect(formatUsd(Number.NaN)).toBe("n/a");
  });
});
