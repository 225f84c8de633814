// The first chart a process draws loads Vega and Vega-Lite: seconds of CPU on a busy machine.
// Chart tests draw one in their set-up (which may wait on the machine), so the test's own time
// is the answer and its upload, not a module load.
import { renderChartPng } from "../../adapters/shared/chart/render-png.js";

export async function warmUpCharts(): Promise<void> {
  await renderChartPng({ kind: "chart", title: "warm-up", unit: "$", bars: [{ label: "a", value: 1 }] });
}
