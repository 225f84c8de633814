import { describe, expect, it } from "vitest";
import type { ChartBlock } from "../../../adapters/shared/chart/chart-spec.js";
import { renderChartPng, renderChartSvg } from "../../../adapters/shared/chart/render-png.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngInfo(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // The first chunk is IHDR: 4-byte length (13), "IHDR", then width and height (big-endian).
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const bars: ChartBlock = {
  kind: "chart",
  title: "Monthly cost at 1B tokens",
  unit: "USD per month",
  bars: [
    { label: "GPT-4o (OpenAI)", value: 4375 },
    { label: "Llama 3.3 70B (DeepInfra)", value: 272.5 },
    { label: "Llama 3.3 70B self-hosted, 2× H100", value: 12736.3 },
  ],
};

const curves: ChartBlock = {
  kind: "chart",
  title: "Break-even at about 2.9B tokens a month",
  unit: "USD per month",
  xLabel: "Tokens per month (input + output)",
  bars: [],
  series: [
    { name: "GPT-4o API", points: [0, 1e9, 2e9, 3e9, 6e9].map((x) => ({ x, y: (x * 4.375) / 1e6 })) },
    { name: "Self-hosted", points: [0, 1e9, 2e9, 3e9, 6e9].map((x) => ({ x, y: 12736.3 })) },
  ],
};

describe("renderChartPng", () => {
  it("renders bars as a valid PNG of sensible size", async () => {
    const png = await renderChartPng(bars);
    const { width, height } = pngInfo(png);
    expect(width).toBeGreaterThanOrEqual(400);
    expect(width).toBeLessThanOrEqual(4000);
    expect(height).toBeGreaterThanOrEqual(100);
    expect(height).toBeLessThanOrEqual(4000);
    expect(png.length).toBeGreaterThan(1024);
  });

  it("renders two cost curves as a valid PNG", async () => {
    const png = await renderChartPng(curves);
    const { width, height } = pngInfo(png);
    expect(width).toBeGreaterThan(height);
    expect(height).toBeGreaterThanOrEqual(300);
    expect(png.length).toBeGreaterThan(1024);
  });

  it("draws the title, axis labels and legend as text", async () => {
    const svg = await renderChartSvg(curves);
    expect(svg).toContain("Break-even at about 2.9B tokens a month");
    expect(svg).toContain("GPT-4o API");
    expect(svg).toContain("3B"); // SI labels say B for billions, not G
    expect(svg).not.toContain("3G");
  });

  it("copes with empty, hostile and huge inputs", async () => {
    const odd: ChartBlock = {
      kind: "chart",
      title: '<script>alert(1)</script> & "quotes" '.repeat(10),
      unit: "USD",
      bars: [
        { label: "<@U123> @everyone", value: 1 },
        { label: "x".repeat(500), value: Number.NaN },
        { label: "négatif", value: -5 },
      ],
    };
    expect(pngInfo(await renderChartPng(odd)).width).toBeGreaterThan(0);
    expect(pngInfo(await renderChartPng({ ...bars, bars: [] })).width).toBeGreaterThan(0);
    const svg = await renderChartSvg(odd);
    expect(svg).not.toContain("<script>");
  });
});
