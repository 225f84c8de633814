// Neutral replies -> Discord message payloads. Rich answers become embeds (title, description,
// fields, footer with sources and as-of dates); short conversational replies become plain
// content. Everything is cut or split to Discord's limits, so the API never rejects a reply.
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Block, OutboundMessage } from "../../src/ports.js";
import { layoutChoices, type ActionRow } from "./components.js";
import { chartLines, codeBlocks, neutralize, splitText, tableLines, truncate } from "./text.js";

export const MESSAGE_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;

/** Room kept per embed below the 6,000 total, so a footer still fits on the last one. */
const EMBED_BUDGET = 5000;
const DESCRIPTION_CHUNK = 4000;
const EMBED_COLOR = 0x5865f2;
/** Wider code blocks wrap inside an embed on a desktop client, and worse on a phone. */
const MAX_CODE_WIDTH = 60;

export interface DiscordFile {
  name: string;
  data: Buffer;
}

export interface DiscordPayload {
  content: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  files: DiscordFile[];
}

export interface RenderOptions {
  /** PNGs for the message's chart blocks, in order; a missing one falls back to text bars. */
  chartPngs?: (Buffer | undefined)[];
}

type ChartBlock = Extract<Block, { kind: "chart" }>;
type ChoicesBlock = Extract<Block, { kind: "choices" }>;
/** Replies made only of these read better as plain messages; anything else becomes embeds. */
const PLAIN_KINDS = new Set<Block["kind"]>(["text", "choices", "divider"]);

export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

export function renderMessage(message: OutboundMessage, options: RenderOptions = {}): DiscordPayload[] {
  const blocks = message.blocks.length ? message.blocks : [{ kind: "text", markdown: message.fallbackText } as Block];
  const choices = blocks.filter((b): b is ChoicesBlock => b.kind === "choices");
  const { rows, overflow } = layoutChoices(choices);
  const overflowText = overflow.length ? overflow.map((label, i) => `${i + 1}. ${label}`).join("\n") : undefined;

  const payloads = blocks.every((b) => PLAIN_KINDS.has(b.kind))
    ? renderContent(blocks, overflowText)
    : renderEmbeds(blocks, overflowText, options);
  const last = payloads[payloads.length - 1];
  if (last) last.components = rows;
  return payloads;
}

/** Short replies (text and choices only) read better as plain messages. */
function renderContent(blocks: Block[], overflowText: string | undefined): DiscordPayload[] {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.kind === "text") paragraphs.push(neutralize(block.markdown));
    if (block.kind === "choices" && block.prompt) paragraphs.push(neutralize(block.prompt));
  }
  if (overflowText) paragraphs.push(overflowText);
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs.flatMap((p) => splitText(p, MESSAGE_LIMITS.content))) {
    const candidate = current ? `${current}\n\n${paragraph}` : paragraph;
    if (candidate.length <= MESSAGE_LIMITS.content) current = candidate;
    else {
      chunks.push(current);
      current = paragraph;
    }
  }
  chunks.push(current || "…");
  return chunks.map((content) => ({ content, embeds: [], components: [], files: [] }));
}

function renderEmbeds(blocks: Block[], overflowText: string | undefined, options: RenderOptions): DiscordPayload[] {
  const embeds: APIEmbed[] = [];
  const files = new Map<APIEmbed, DiscordFile>();
  let current: APIEmbed = {};
  let chartIndex = 0;
  const sources: Extract<Block, { kind: "sources" }>["items"] = [];
  let footer: string | undefined;

  const isEmpty = (e: APIEmbed) => !e.title && !e.description && !e.fields?.length && !e.image;
  const next = (title?: string) => {
    if (!isEmpty(current)) embeds.push(current);
    current = title ? { title: truncate(neutralize(title), MESSAGE_LIMITS.title) } : {};
  };
  const addParagraph = (text: string) => {
    for (const chunk of splitText(text, DESCRIPTION_CHUNK)) {
      const description = current.description ? `${current.description}\n\n${chunk}` : chunk;
      if (description.length > MESSAGE_LIMITS.description || embedSize(current) + chunk.length + 2 > EMBED_BUDGET) {
        next();
        current.description = chunk;
      } else current.description = description;
    }
  };
  const addField = (field: APIEmbedField) => {
    if (
      (current.fields?.length ?? 0) >= MESSAGE_LIMITS.fields ||
      embedSize(current) + field.name.length + field.value.length > EMBED_BUDGET
    )
      next();
    (current.fields ??= []).push(field);
  };

  function addChart(chart: ChartBlock, png: Buffer | undefined, index: number) {
    if (!png) {
      for (const code of codeBlocks(chartLines(chart), DESCRIPTION_CHUNK)) addParagraph(code);
      return;
    }
    const name = `chart-${index + 1}.png`;
    next(chart.title);
    current.image = { url: `attachment://${name}` };
    files.set(current, { name, data: png });
    next();
  }

  function addSources(items: typeof sources) {
    const seen = new Set<string>();
    const unique = items.filter((s) => !seen.has(`${s.label}|${s.asOf}`) && seen.add(`${s.label}|${s.asOf}`));
    // As many whole sources as fit in the footer; any others go to a field, never dropped.
    const entries = unique.map((s) => `${truncate(neutralize(s.label), 300)} (as of ${s.asOf})`);
    let text = "Sources: ";
    const rest: string[] = [];
    entries.forEach((entry, i) => {
      const candidate = i === 0 ? text + entry : `${text}; ${entry}`;
      if (rest.length === 0 && candidate.length <= MESSAGE_LIMITS.footer) text = candidate;
      else rest.push(entry);
    });
    footer = text;
    for (const chunk of splitText(rest.map((r) => `- ${r}`).join("\n"), MESSAGE_LIMITS.fieldValue)) {
      if (chunk) addField({ name: "More sources", value: chunk, inline: false });
    }
    const links: string[] = [];
    let length = 0;
    for (const s of unique) {
      if (!s.url || !/^https?:\/\//.test(s.url)) continue;
      const link = `[${neutralize(s.label).replace(/[[\]]/g, "")}](${s.url})`;
      if (length + link.length + 3 > MESSAGE_LIMITS.fieldValue) break;
      links.push(link);
      length += link.length + 3;
    }
    if (links.length) addField({ name: "Source links", value: links.join(" · "), inline: false });
  }

  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        next(block.text);
        break;
      case "text":
        addParagraph(neutralize(block.markdown));
        break;
      case "fields":
        for (const f of block.fields) {
          const name = truncate(neutralize(f.label), MESSAGE_LIMITS.fieldName) || "\u200b";
          const parts = splitText(neutralize(f.value), MESSAGE_LIMITS.fieldValue);
          parts.forEach((value, i) =>
            addField({
              name: i === 0 ? name : `${truncate(name, 240)} (cont.)`,
              value: value || "\u200b",
              inline: parts.length === 1 && value.length <= 40,
            }),
          );
        }
        break;
      case "table": {
        const lines = tableLines(block.columns, block.rows);
        if (Math.max(...lines.map((l) => l.length)) <= MAX_CODE_WIDTH) {
          for (const code of codeBlocks(lines, DESCRIPTION_CHUNK)) addParagraph(code);
          break;
        }
        // Too wide for a code block in an embed (it would wrap into a mess): one field per row,
        // named by its first cell, listing "column: value" for the others.
        for (const row of block.rows) {
          const name = truncate(neutralize(row[0] ?? "").trim(), MESSAGE_LIMITS.fieldName) || "\u200b";
          const value = block.columns
            .slice(1)
            .map((column, i) => `${neutralize(column) || "…"}: ${neutralize(row[i + 1] ?? "") || "-"}`)
            .join("\n");
          const parts = splitText(value, MESSAGE_LIMITS.fieldValue);
          parts.forEach((part, i) =>
            addField({
              name: i === 0 ? name : `${truncate(name, 240)} (cont.)`,
              value: part || "\u200b",
              inline: parts.length === 1 && Math.max(...part.split("\n").map((l) => l.length)) <= 40,
            }),
          );
        }
        break;
      }
      case "chart":
        addChart(block, options.chartPngs?.[chartIndex], chartIndex++);
        break;
      case "choices":
        if (block.prompt) addParagraph(`**${neutralize(block.prompt)}**`);
        break;
      case "sources":
        sources.push(...block.items);
        break;
      case "divider":
        break;
      default: {
        // A new block kind must be given a Discord form here: this stops compiling until it is.
        const unhandled: never = block;
        void unhandled;
      }
    }
  }
  if (overflowText) addParagraph(overflowText);

  if (sources.length) addSources(sources);
  next();
  if (embeds.length === 0) embeds.push({ description: "…" });
  for (const embed of embeds) embed.color = EMBED_COLOR;
  if (footer) {
    const last = embeds[embeds.length - 1] as APIEmbed;
    if (embedSize(last) + footer.length > MESSAGE_LIMITS.embedTotal || last.image)
      embeds.push({ color: EMBED_COLOR, footer: { text: footer } });
    else last.footer = { text: footer };
  }
  return pack(embeds, files);
}
/** Embeds into messages of at most 10 embeds and 6,000 characters; files go with their embed. */
function pack(embeds: APIEmbed[], files: Map<APIEmbed, DiscordFile>): DiscordPayload[] {
  const payloads: DiscordPayload[] = [];
  let current: DiscordPayload = { content: "", embeds: [], components: [], files: [] };
  let size = 0;
  for (const embed of embeds) {
    const s = embedSize(embed);
    if (
      current.embeds.length &&
      (current.embeds.length >= MESSAGE_LIMITS.embedsPerMessage || size + s > MESSAGE_LIMITS.embedTotal)
    ) {
      payloads.push(current);
      current = { content: "", embeds: [], components: [], files: [] };
      size = 0;
    }
    current.embeds.push(embed);
    size += s;
    const file = files.get(embed);
    if (file) current.files.push(file);
  }
  payloads.push(current);
  return payloads;
}
