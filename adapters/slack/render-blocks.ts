// One neutral block -> Block Kit blocks, each already inside Slack's per-block limits (section text
// 3000, header 150, fields 10 x 2000, button text 75, 25 elements an actions block, 100 options a
// select, 10 elements a context block). Packing blocks into messages is render.ts's job.
import type { types as SlackTypes } from "@slack/bolt";
import { encodeAction } from "../../src/action-id.js";
import type { Block } from "../../src/ports.js";
import { clip, escapeSlack, plainSlack, slackLink, toMrkdwn } from "./mrkdwn.js";

export type SlackBlock = SlackTypes.KnownBlock;
type ChoicesBlock = Extract<Block, { kind: "choices" }>;
type ChartBlock = Extract<Block, { kind: "chart" }>;

export const LIMITS = {
  sectionText: 3000,
  header: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  buttonText: 75,
  elementsPerActions: 25,
  optionsPerSelect: 100,
  optionText: 75,
  elementsPerContext: 10,
  /** JSON budget for one select menu, well inside a message's ~13k aggregate limit. */
  selectChars: 9000,
  /** Widest monospace table line that still reads well in Slack; wider tables become fields. */
  codeWidth: 72,
  /** Up to this many options are buttons; more become a select menu. */
  maxButtons: 10,
} as const;

const section = (text: string): SlackBlock => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } });

export function renderBlock(block: Block): SlackBlock[] {
  switch (block.kind) {
    case "heading": {
      const text = clip(plainSlack(block.text.trim()), LIMITS.header);
      return text ? [{ type: "header", text: { type: "plain_text", text, emoji: true } }] : [];
    }
    case "text":
      return markdownSections(block.markdown);
    case "fields":
      return fieldSections(block.fields);
    case "table":
      return tableBlocks(block.columns, block.rows);
    case "choices":
      return choiceBlocks(block);
    case "chart":
      return chartAsText(block);
    case "sources":
      return sourceContexts(block.items);
    case "divider":
      return [{ type: "divider" }];
  }
}

/**
 * Split markdown at line breaks so each converted section fits; overlong lines are cut raw. Each
 * line is converted once: toMrkdwn works line by line, so a chunk's converted length is the sum
 * of its lines' converted lengths plus the line breaks between them.
 */
export function markdownSections(markdown: string): SlackBlock[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of splitLongLines(markdown.split("\n"))) {
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks.filter((t) => t.trim() !== "").map(section);
}

// Escaping can grow a character to five (& -> &amp;), so 500 raw characters always fit in 3000.
// Returns converted lines.
function splitLongLines(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const converted = toMrkdwn(line);
    if (converted.length <= LIMITS.sectionText) return [converted];
    const pieces: string[] = [];
    for (let i = 0; i < line.length; i += 500) pieces.push(toMrkdwn(line.slice(i, i + 500)));
    return pieces;
  });
}

function fieldSections(fields: { label: string; value: string }[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    const group = fields.slice(i, i + LIMITS.fieldsPerSection).map((f) => ({
      type: "mrkdwn" as const,
      text: clipMrkdwn(`*${escapeSlack(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText),
      verbatim: true,
    }));
    if (group.length) out.push({ type: "section", fields: group });
  }
  return out;
}

/** Clip converted mrkdwn without leaving half a <url|label> link behind. */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = clip(text, max);
  const open = cut.lastIndexOf("<");
  if (open > cut.lastIndexOf(">")) cut = cut.slice(0, open).trimEnd() + "…";
  return cut;
}

// Small two-column tables read best as fields; narrow ones as an aligned monospace block. Wide
// ones would wrap into an unreadable grid in Slack's message column (and on phones), so each row
// becomes a field that names its columns: "*Lab*  GPT-4o: OpenAI / Llama 3.1 70B: Meta".
function tableBlocks(columns: string[], rows: string[][]): SlackBlock[] {
  if (columns.length === 2 && rows.length > 0 && rows.length <= LIMITS.fieldsPerSection) {
    return fieldSections(rows.map((r) => ({ label: r[0] ?? "", value: r[1] ?? "" })));
  }
  const lines = alignedLines([columns, ...rows], true);
  if (columns.length <= 2 || Math.max(...lines.map((l) => l.length)) <= LIMITS.codeWidth || rows.length === 0)
    return codeSections(lines);
  return fieldSections(
    rows.map((r) => ({
      label: r[0] ?? "",
      value: columns
        .slice(1)
        .map((c, i) => `- ${c}: ${r[i + 1] ?? "–"}`)
        .join("\n"),
    })),
  );
}

/** Pad cells on their raw text, escape afterwards, so columns line up as the user sees them. */
export function alignedLines(table: string[][], header: boolean): string[] {
  const cells = table.map((r) => r.map((c) => clip(c.replace(/\s+/g, " ").replace(/`/g, "'"), 40)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const lines = cells.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  if (header && lines.length > 1) lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return lines;
}

/** Lines in ``` blocks, as many sections as needed to stay under the section limit. */
export function codeSections(lines: string[]): SlackBlock[] {
  const out: SlackBlock[] = [];
  let current: string[] = [];
  const wrap = (ls: string[]) => "```\n" + ls.map(escapeSlack).join("\n") + "\n```";
  for (const line of lines) {
    if (current.length && wrap([...current, line]).length > LIMITS.sectionText) {
      out.push(section(wrap(current)));
      current = [];
    }
    current.push(clip(line, 500));
  }
  if (current.length) out.push(section(wrap(current)));
  return out;
}

function choiceBlocks(block: ChoicesBlock): SlackBlock[] {
  const out: SlackBlock[] = block.prompt.trim() ? markdownSections(block.prompt) : [];
  const options = uniqueActionIds(block.options);
  if (options.length === 0) return out;
  if (options.length <= LIMITS.maxButtons) {
    out.push({
      type: "actions",
      elements: options.map((o) => ({
        type: "button" as const,
        action_id: o.actionId,
        value: o.id,
        text: {
          type: "plain_text" as const,
          text: clip(plainSlack(o.label), LIMITS.buttonText) || o.id.slice(0, 75),
          emoji: true,
        },
      })),
    });
    return out;
  }
  // One select per actions block, each small enough that a message holding it stays under
  // Slack's aggregate size limit (100 long labels alone come close to it).
  const groups: (typeof options)[] = [[]];
  let groupSize = 0;
  for (const o of options) {
    const optionSize = Math.min(o.label.length, LIMITS.optionText) + o.id.length + 60;
    const group = groups[groups.length - 1]!;
    if (group.length >= LIMITS.optionsPerSelect || groupSize + optionSize > LIMITS.selectChars) {
      groups.push([o]);
      groupSize = optionSize;
    } else {
      group.push(o);
      groupSize += optionSize;
    }
  }
  let first = 1;
  groups.forEach((group, n) => {
    const range = groups.length > 1 ? `Choose (${first}–${first + group.length - 1})` : "Choose…";
    first += group.length;
    out.push({
      type: "actions",
      elements: [
        {
          type: "static_select",
          action_id: encodeAction({ kind: "select", index: n }),
          placeholder: { type: "plain_text", text: range },
          options: group.map((o) => ({
            text: {
              type: "plain_text" as const,
              text: clip(plainSlack(o.label), LIMITS.optionText) || o.id.slice(0, 75),
            },
            value: o.id,
          })),
        },
      ],
    });
  });
  return out;
}

// Slack wants action ids unique within a message; the option id travels in `value` regardless.
function uniqueActionIds(options: ChoicesBlock["options"]): { id: string; label: string; actionId: string }[] {
  const used = new Set<string>();
  return options.map((o, i) => {
    let actionId = o.id.slice(0, 200) || `choice-${i}`;
    if (used.has(actionId)) actionId = `${actionId}~${i}`;
    used.add(actionId);
    return { ...o, actionId };
  });
}

/** A chart as monospace bars (or a table of points for line charts), for when no image is sent. */
export function chartAsText(block: ChartBlock): SlackBlock[] {
  const title = block.title.trim() ? [section(`*${escapeSlack(block.title)}*`)] : [];
  if (block.series && block.series.length && block.bars.length === 0) {
    const xs = [...new Set(block.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
    const rows = xs.map((x) => [
      formatNumber(x),
      ...block.series!.map((s) => formatNumber(s.points.find((p) => p.x === x)?.y)),
    ]);
    return [
      ...title,
      ...codeSections(
        alignedLines([[block.xLabel ?? "x", ...block.series.map((s) => `${s.name} (${block.unit})`)], ...rows], true),
      ),
    ];
  }
  const max = Math.max(0, ...block.bars.map((b) => b.value));
  const rows = block.bars.map((b) => {
    const length = max > 0 && b.value > 0 ? Math.max(1, Math.round((b.value / max) * 24)) : 0;
    return [b.label, "█".repeat(length), `${formatNumber(b.value)} ${block.unit}`.trim()];
  });
  return [...title, ...codeSections(alignedLines(rows, false))];
}

function formatNumber(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 0 });
}

function sourceContexts(items: { label: string; url?: string; asOf: string }[]): SlackBlock[] {
  const per = LIMITS.elementsPerContext - 1;
  const out: SlackBlock[] = [];
  for (let i = 0; i < items.length; i += per) {
    const elements = items.slice(i, i + per).map((s) => ({
      type: "mrkdwn" as const,
      text: clipMrkdwn(`${slackLink(clip(s.label, 200), s.url)} (as of ${escapeSlack(s.asOf)})`, 1000),
      verbatim: true,
    }));
    out.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: i === 0 ? "*Sources:*" : "*More sources:*" }, ...elements],
    });
  }
  return out;
}
