// Chart rendering speed (Vega-Lite -> SVG -> PNG), for `npm run bench`. Exported so the main
// bench runner can call it; also runs alone: `npx tsx tests/bench/chart-bench.ts`.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type { ChartBlock } from "../../adapters/shared/chart/chart-spec.js";
import { renderChartPng } from "../../adapters/shared/chart/render-png.js";

export interface BenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

const curves: ChartBlock = {
  kind: "chart",
  title: "Break-even at about 2.9B tokens a month",
  unit: "USD per month",
  xLabel: "Tokens per month (input + output)",
  bars: [
    { label: "API at 2.9B tokens/month", value: 12736.3 },
    { label: "Self-hosted at 2.9B tokens/month", value: 12736.3 },
  ],
  series: [
    { name: "GPT-4o API", points: Array.from({ length: 11 }, (_, i) => ({ x: i * 6e8, y: (i * 6e8 * 4.375) / 1e6 })) },
    { name: "Self-hosted Llama 3.3 70B", points: Array.from({ length: 11 }, (_, i) => ({ x: i * 6e8, y: 12736.3 })) },
  ],
};

const bars: ChartBlock = { ...curves, series: undefined, title: "Monthly cost at 1B tokens" };

async function time(name: string, runs: number, fn: () => Promise<unknown>): Promise<BenchResult> {
  await fn(); // warm-up: module init and font loading are not per-chart costs
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number): number => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), maxMs: ms[ms.length - 1] ?? 0 };
}

export async function runChartBench(runs = 10): Promise<BenchResult[]> {
  return [
    await time("chart png: two cost curves", runs, () => renderChartPng(curves)),
    await time("chart png: bars", runs, () => renderChartPng(bars)),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await runChartBench()) {
    console.log(
      `${r.name.padEnd(30)} median ${r.medianMs.toFixed(1)} ms  p95 ${r.p95Ms.toFixed(1)} ms  max ${r.maxMs.toFixed(1)} ms  (${r.runs} runs)`,
    );
  }
}
