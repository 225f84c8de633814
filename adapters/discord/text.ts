// Text helpers for Discord: neutralize anything that could ping, cut to limits, split long text
// on line boundaries, and lay out tables and bar charts as monospaced code blocks.
import type { Block } from "../../src/ports.js";
import { escapeUserText } from "../../src/render/escape.js";

/**
 * Breaks every mention form (@everyone, @here, <@id>, <@&id>, <#id>) and drops control
 * characters. allowed_mentions is already empty on every send; this keeps echoed text from even
 * looking like a ping.
 */
export function neutralize(text: string): string {
  return escapeUserText(text);
}

/** Cuts to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).replace(/[\uD800-\uDBFF]$/, "") + "…";
}

/** Splits text into chunks of at most `max` characters, preferring line breaks, then spaces. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  const flush = () => {
    if (current) chunks.push(current);
    current = "";
  };
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > max) {
      const space = rest.lastIndexOf(" ", max);
      const cut = space > max / 2 ? space : max;
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, "");
    }
    current = rest;
  }
  flush();
  return chunks.length ? chunks : [""];
}

/** Lines packed into ``` code blocks, each block at most `max` characters. */
export function codeBlocks(lines: string[], max: number): string[] {
  const inner = max - 8; // "```\n" + "\n```"
  const safe = lines.map((line) => truncate(line.replace(/`/g, "ˋ"), inner));
  return splitText(safe.join("\n"), inner).map((chunk) => "```\n" + chunk + "\n```");
}

const CELL_MAX = 32;

/** A table as aligned monospaced lines: header, rule, rows. */
export function tableLines(columns: string[], rows: string[][]): string[] {
  const cell = (value: string | undefined) => truncate(neutralize(value ?? "").replace(/\s+/g, " "), CELL_MAX);
  const header = columns.map(cell);
  const body = rows.map((row) => columns.map((_, i) => cell(row[i])));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)];
}

type ChartBlock = Extract<Block, { kind: "chart" }>;

function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 0 });
}

/** A chart as text: horizontal bars, or a sampled table of points for line series. */
export function chartLines(chart: ChartBlock): string[] {
  const title = `${neutralize(chart.title)}${chart.unit ? ` (${neutralize(chart.unit)})` : ""}`;
  if (chart.bars.length > 0) {
    const max = Math.max(...chart.bars.map((b) => Math.abs(b.value)), 0);
    const labels = chart.bars.map((b) => truncate(neutralize(b.label), 24));
    const width = Math.max(...labels.map((l) => l.length));
    const lines = chart.bars.map((bar, i) => {
      const length = max > 0 ? Math.round((Math.abs(bar.value) / max) * 20) : 0;
      return `${(labels[i] ?? "").padEnd(width)}  ${"█".repeat(length)}${length ? " " : ""}${formatNumber(bar.value)}`;
    });
    return [title, ...lines];
  }
  const series = chart.series ?? [];
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(xs.length / 12));
  const sampled = xs.filter((_, i) => i % step === 0 || i === xs.length - 1);
  const rows = sampled.map((x) => [
    formatNumber(x),
    ...series.map((s) => {
      const point = s.points.find((p) => p.x === x);
      return point ? formatNumber(point.y) : "";
    }),
  ]);
  return [title, ...tableLines([chart.xLabel ?? "x", ...series.map((s) => s.name)], rows)];
}
