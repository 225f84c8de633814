// Vega-Lite spec for a neutral chart block: horizontal bars, or lines when the block carries
// `series` (e.g. API vs self-hosting cost over monthly volume). Pure data in, spec out.
import type { TopLevelSpec } from "vega-lite";
import type { Block } from "../../../src/ports.js";

export type ChartBlock = Extract<Block, { kind: "chart" }>;

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
export const CHART_FONT = "DejaVu Sans";

const baseConfig = {
  font: CHART_FONT,
  background: "#ffffff",
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 13, gridColor: "#e6e6e6" },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom" as const, labelLimit: 360 },
  title: { fontSize: 16, anchor: "start" as const },
};

/** SI axis labels with "B" for billions ("2.5B", not d3's "2.5G"). */
const SI_LABEL = "replace(format(datum.value, '~s'), 'G', 'B')";

/** Keep labels readable and the spec bounded whatever the block holds. */
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function chartSpec(block: ChartBlock): TopLevelSpec {
  const title = clip(block.title, 90);
  if (block.series && block.series.length > 0) {
    const values = block.series.flatMap((s) =>
      s.points
        .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
        .map((p) => ({ series: clip(s.name, 60), x: p.x, y: p.y })),
    );
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      data: { values },
      mark: { type: "line", strokeWidth: 2.5, interpolate: "linear" },
      encoding: {
        x: { field: "x", type: "quantitative", title: clip(block.xLabel ?? "", 60), axis: { labelExpr: SI_LABEL } },
        y: {
          field: "y",
          type: "quantitative",
          title: clip(block.unit, 60),
          axis: { labelExpr: block.unit.includes("USD") ? `'$' + ${SI_LABEL}` : SI_LABEL },
        },
        color: {
          field: "series",
          type: "nominal",
          title: null,
          scale: { range: ["#d1495b", "#00798c", "#edae49", "#30638e"] },
        },
      },
      config: baseConfig,
    };
  }
  const values = block.bars
    .filter((b) => Number.isFinite(b.value))
    .map((b) => ({ label: clip(b.label, 60), value: b.value }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title,
    width: CHART_WIDTH,
    height: Math.max(120, Math.min(CHART_HEIGHT * 2, values.length * 34)),
    data: { values },
    layer: [
      {
        mark: { type: "bar", color: "#00798c" },
        encoding: {
          y: { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: 520 } },
          x: { field: "value", type: "quantitative", title: clip(block.unit, 60) },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 12 },
        encoding: {
          y: { field: "label", type: "nominal", sort: null },
          x: { field: "value", type: "quantitative" },
          text: { field: "value", type: "quantitative", format: block.unit.includes("USD") ? "$,.0f" : ",.2~f" },
        },
      },
    ],
    config: baseConfig,
  };
}
