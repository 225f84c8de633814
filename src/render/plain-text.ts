// Plain-text rendering of the neutral reply: the terminal's renderer and every platform's
// fallback text. Tables are aligned, charts become text bars, choices a numbered list, and long
// replies are split into chunks that each fit `maxTextLength`.
import type { Block, OutboundMessage } from "../ports.js";
import { escapeUserText } from "./escape.js";
import { formatCount, formatNumber, formatUsd } from "./format.js";
import { markdownToPlain } from "./markdown.js";

export interface PlainTextOptions {
  /** Longest chunk a platform accepts; longer renderings are split at block and line boundaries. */
  maxTextLength?: number;
  /** Number the first choice with this (so several replies can share one numbering). */
  firstChoiceNumber?: number;
  /** Width of chart bars, in characters. */
  barWidth?: number;
}

export interface PlainTextRendering {
  chunks: string[];
  /** The numbered choices in display order: choices[i] is shown as number firstChoiceNumber + i. */
  choices: { number: number; id: string; label: string }[];
}

export function renderPlainText(message: OutboundMessage, options: PlainTextOptions = {}): PlainTextRendering {
  const choices: PlainTextRendering["choices"] = [];
  let next = options.firstChoiceNumber ?? 1;
  const parts: string[] = [];
  for (const block of message.blocks) {
    if (block.kind === "choices") {
      const lines = [block.prompt ? escapeUserText(block.prompt) : "Choose:"];
      for (const option of block.options) {
        choices.push({ number: next, id: option.id, label: option.label });
        lines.push(`  ${next}. ${escapeUserText(option.label)}`);
        next += 1;
      }
      parts.push(lines.join("\n"));
      continue;
    }
    const rendered = renderBlock(block, options.barWidth ?? 30);
    if (rendered) parts.push(rendered);
  }
  if (parts.length === 0 && message.fallbackText) parts.push(escapeUserText(message.fallbackText));
  return { chunks: splitToFit(parts, options.maxTextLength ?? Infinity), choices };
}

/** Plain text of blocks without a length limit: the fallbackText of every reply. */
export function plainTextOf(blocks: Block[]): string {
  return renderPlainText({ blocks, fallbackText: "" }).chunks.join("\n\n");
}

export function renderBlock(block: Block, barWidth = 30): string {
  switch (block.kind) {
    case "heading":
      return `== ${escapeUserText(block.text)} ==`;
    case "text":
      return escapeUserText(markdownToPlain(block.markdown));
    case "fields":
      return renderFields(block.fields);
    case "table":
      return renderTable(block.columns, block.rows);
    case "choices":
      return [block.prompt, ...block.options.map((o, i) => `  ${i + 1}. ${o.label}`)].map(escapeUserText).join("\n");
    case "chart":
      return renderChart(block, barWidth);
    case "sources":
      if (block.items.length === 0) return "";
      return [
        "Sources:",
        ...block.items.map((s) => escapeUserText(`- ${s.label}${s.url ? ` (${s.url})` : ""}, as of ${s.asOf}`)),
      ].join("\n");
    case "divider":
      return "----";
  }
}

function renderFields(entries: { label: string; value: string }[]): string {
  const width = Math.max(0, ...entries.map((f) => f.label.length));
  return entries
    .map((f) => {
      const value = escapeUserText(markdownToPlain(f.value)).replace(/\n/g, `\n${" ".repeat(width + 2)}`);
      return `${escapeUserText(f.label).padEnd(width)}: ${value}`;
    })
    .join("\n");
}

const NUMERIC = /^[-+]?[$€£]?[\d,.]+(\s?[%×KMBT]|\s?\/\s?1M)?$/;

/** Widest a table may get before its widest text columns wrap (a common terminal width). */
export const TABLE_MAX_WIDTH = 120;
const MIN_WRAP_WIDTH = 16;

export function renderTable(columns: string[], rows: string[][], maxWidth = TABLE_MAX_WIDTH): string {
  const clean = (cell: string | undefined) => escapeUserText(markdownToPlain(cell ?? "")).replace(/\s*\n\s*/g, " ");
  const header = columns.map(clean);
  const body = rows.map((row) => columns.map((_, i) => clean(row[i])));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const numeric = header.map(
    (_, i) =>
      body.length > 0 &&
      body.every((r) => (r[i] ?? "") === "" || NUMERIC.test(r[i] ?? "") || r[i] === "n/a" || r[i] === "-"),
  );
  // Too wide: narrow the widest text column step by step; its cells wrap onto more lines.
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const candidates = widths.map((w, i) => ({ w, i })).filter(({ w, i }) => !numeric[i] && w > MIN_WRAP_WIDTH);
    const widest = candidates.sort((a, b) => b.w - a.w)[0];
    if (!widest) break;
    // One column at a time, a character at a time: wide text columns end up sharing the room.
    widths[widest.i] = widest.w - 1;
  }
  const line = (cells: string[]) => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i] ?? cell.length));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k += 1) {
      out.push(
        wrapped
          .map((parts, i) => {
            const part = parts[k] ?? "";
            return numeric[i] ? part.padStart(widths[i] ?? 0) : part.padEnd(widths[i] ?? 0);
          })
          .join("  ")
          .trimEnd(),
      );
    }
    return out.join("\n");
  };
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Word-wraps one cell to `width` (words longer than the width are cut). */
function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    let rest = word;
    while (rest.length > width) {
      if (current) {
        lines.push(current);
        current = "";
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function renderChart(block: Extract<Block, { kind: "chart" }>, barWidth: number): string {
  const lines = [escapeUserText(block.title)];
  const series = block.series ?? [];
  if (series.length > 0) {
    // Line charts (break-even curves) read best as a table of the curve points.
    const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
    const columns = [block.xLabel ?? "x", ...series.map((s) => `${s.name} (${block.unit})`)];
    const rows = xs.map((x) => [
      formatCount(x),
      ...series.map((s) => formatValue(s.points.find((p) => p.x === x)?.y, block.unit)),
    ]);
    lines.push(renderTable(columns, rows));
  }
  if (block.bars.length > 0) {
    const max = Math.max(...block.bars.map((b) => Math.abs(b.value)), 0);
    const labelWidth = Math.max(...block.bars.map((b) => escapeUserText(b.label).length));
    for (const bar of block.bars) {
      const size = max > 0 ? Math.round((Math.abs(bar.value) / max) * barWidth) : 0;
      const drawn = size > 0 ? "█".repeat(size) : bar.value !== 0 ? "▏" : "";
      lines.push(
        `${escapeUserText(bar.label).padEnd(labelWidth)} ${drawn.padEnd(barWidth)} ${formatValue(bar.value, block.unit)}`.trimEnd(),
      );
    }
  }
  return lines.join("\n");
}

function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined) return "-";
  if (unit === "$" || unit === "USD" || unit.startsWith("$/") || unit.startsWith("USD")) return formatUsd(value);
  return `${formatNumber(Math.round(value * 100) / 100, 3)} ${unit}`.trim();
}

/**
 * Joins parts with blank lines into as few chunks as fit `max`. A part that alone is too long is
 * split at line boundaries, and a line that alone is too long is cut hard.
 */
export function splitToFit(parts: string[], max: number): string[] {
  if (!Number.isFinite(max)) return parts.length > 0 ? [parts.join("\n\n")] : [];
  const limit = Math.max(1, Math.floor(max));
  const pieces = parts.flatMap((part) => (part.length <= limit ? [part] : splitLong(part, limit)));
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    const candidate = current ? `${current}\n\n${piece}` : piece;
    if (candidate.length <= limit) current = candidate;
    else {
      if (current) chunks.push(current);
      current = piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitLong(part: string, limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of part.split("\n")) {
    const lines = line.length <= limit ? [line] : hardCut(line, limit);
    for (const l of lines) {
      const candidate = current ? `${current}\n${l}` : l;
      if (candidate.length <= limit) current = candidate;
      else {
        if (current) out.push(current);
        current = l;
      }
    }
  }
  if (current) out.push(current);
  return out;
}

function hardCut(line: string, limit: number): string[] {
  const out: string[] = [];
  // Cut by code points so an emoji is never split in half.
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i += limit) out.push(chars.slice(i, i + limit).join(""));
  // A code-point slice can still exceed `limit` UTF-16 units; trim those rare cases.
  return out.flatMap((s) => (s.length <= limit ? [s] : [s.slice(0, limit), s.slice(limit)]));
}
