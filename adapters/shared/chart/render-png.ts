// Renders a chart block to PNG with maintained libraries: Vega-Lite compiles the spec to Vega,
// Vega draws it as SVG headlessly (renderer "none" + toSVG, no canvas), and resvg rasterizes the
// SVG. resvg draws text only with a font it can load: system fonts (the Dockerfile installs
// fonts-dejavu-core), plus DejaVu Sans by path when present.
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import type * as VegaModule from "vega";
import type * as VegaLiteModule from "vega-lite";
import { CHART_FONT, chartSpec, type ChartBlock } from "./chart-spec.js";

// Vega and Vega-Lite load on first use, not on import: vega-lite adds Set.prototype.toJSON when it
// loads, which breaks discord.js if that happens before discord.js is first imported; it also
// keeps start-up fast for processes that never draw a chart.
type Libraries = { vega: typeof VegaModule; vegaLite: typeof VegaLiteModule };
let libraries: Promise<Libraries> | undefined;
function loadLibraries(): Promise<Libraries> {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => ({ vega, vegaLite }));
  return libraries;
}

const FONT_CANDIDATES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/TTF/DejaVuSans.ttf",
  "/Library/Fonts/Arial.ttf",
  "C:\\Windows\\Fonts\\arial.ttf",
];

let fontFiles: string[] | undefined;
function knownFontFiles(): string[] {
  fontFiles ??= FONT_CANDIDATES.filter((p) => existsSync(p));
  return fontFiles;
}

/** The SVG text of a chart block (also useful where SVG is accepted directly). */
export async function renderChartSvg(block: ChartBlock): Promise<string> {
  const { vega, vegaLite } = await loadLibraries();
  const vegaSpec = vegaLite.compile(chartSpec(block)).spec;
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG(2);
  } finally {
    view.finalize();
  }
}

export async function renderChartPng(block: ChartBlock): Promise<Buffer> {
  const svg = await renderChartSvg(block);
  const files = knownFontFiles();
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    // Scanning every system font costs more than drawing the chart: do it only when no known file exists.
    font: {
      loadSystemFonts: files.length === 0,
      fontFiles: files,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
  });
  return resvg.render().asPng();
}
