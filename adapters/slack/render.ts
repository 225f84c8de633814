// A neutral reply -> what to send to Slack: one or more messages (each ≤ 50 blocks and well under
// the undocumented ~13k aggregate size), and chart parts to upload as images when the adapter can.
// Ephemeral answers are paged ("Show more"), since response_url allows only five posts.
import type { types as SlackTypes } from "@slack/bolt";
import { encodeAction, type Action } from "../../src/action-id.js";
import type { Block, OutboundMessage } from "../../src/ports.js";
import { clip, escapeSlack } from "./mrkdwn.js";
import { chartAsText, clipMrkdwn, renderBlock, type SlackBlock } from "./render-blocks.js";

export type { SlackBlock } from "./render-blocks.js";
export type ChartBlock = Extract<Block, { kind: "chart" }>;

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export type SlackPart =
  | { kind: "message"; message: SlackMessage }
  /** Upload `chart` as an image; post `fallback` instead if that is impossible. */
  | { kind: "chart"; chart: ChartBlock; fallback: SlackMessage };

export interface RenderOptions {
  /** Charts become image parts (the caller uploads them); otherwise text bars. */
  images: boolean;
}

export const MAX_BLOCKS = 50;
/** Sum of JSON block sizes a message may carry; Slack refuses far below 50 x 3000 (msg_blocks_too_long). */
export const MAX_MESSAGE_CHARS = 11000;

export function renderReply(reply: OutboundMessage, options: RenderOptions): SlackPart[] {
  const text = fallbackText(reply);
  const parts: SlackPart[] = [];
  let pending: SlackBlock[] = [];
  const flush = () => {
    for (const blocks of pack(pending)) parts.push({ kind: "message", message: { text, blocks } });
    pending = [];
  };
  for (const block of reply.blocks) {
    if (block.kind === "chart" && options.images && block.bars.length + (block.series?.length ?? 0) > 0) {
      flush();
      parts.push({
        kind: "chart",
        chart: block,
        fallback: { text: clip(escapeSlack(block.title), 300) || text, blocks: chartAsText(block) },
      });
    } else {
      pending.push(...renderBlock(block));
    }
  }
  flush();
  if (parts.length === 0) parts.push({ kind: "message", message: { text, blocks: [] } });
  return labelContinuations(parts);
}

/** The message's plain text: what notifications and clients without blocks show. Never empty. */
export function fallbackText(reply: OutboundMessage): string {
  for (const candidate of [reply.fallbackText, firstText(reply.blocks)]) {
    const text = clip(escapeSlack(candidate).trim(), 3000);
    if (text) return text;
  }
  return "modelwise";
}

function firstText(blocks: Block[]): string {
  for (const b of blocks) {
    if (b.kind === "heading") return b.text;
    if (b.kind === "text") return b.markdown;
  }
  return "";
}

// A block's JSON size is asked for when packing and again when a page gets its buttons; blocks
// are never changed once rendered, so each is serialised once. Most replies fit one message, and
// one JSON.stringify of all their blocks gives the total ("[" + blocks joined by "," + "]"), so
// blocks are measured one by one only when a reply has to be split.
const sizes = new WeakMap<SlackBlock, number>();
function size(block: SlackBlock): number {
  let n = sizes.get(block);
  if (n === undefined) {
    n = JSON.stringify(block).length;
    sizes.set(block, n);
  }
  return n;
}
/** The summed block sizes of a packed message, by its blocks array (read back by ephemeralPage). */
const totals = new WeakMap<SlackBlock[], number>();

/** Greedy packing that keeps block order; a share button needs one spare block in the last one. */
export function pack(blocks: SlackBlock[]): SlackBlock[][] {
  if (blocks.length === 0) return [];
  const total = JSON.stringify(blocks).length - 1 - blocks.length;
  // Nothing to split: the loop below would never start a second message.
  if (blocks.length <= MAX_BLOCKS - 1 && total <= MAX_MESSAGE_CHARS) {
    totals.set(blocks, total);
    return [blocks];
  }
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (current.length && (current.length >= MAX_BLOCKS - 1 || chars + size(block) > MAX_MESSAGE_CHARS)) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    current.push(block);
    chars += size(block);
  }
  if (current.length) messages.push(current);
  return messages;
}

/**
 * One page of an ephemeral answer: response_url takes five posts, so a long answer is shown a few
 * messages at a time; the last message of a page carries "Show more" (when more is left) and
 * "Share in channel". Each click brings a fresh response_url with five uses of its own.
 */
export function ephemeralPage(
  messages: SlackMessage[],
  answerId: string,
  start: number,
  pageSize: number,
): SlackMessage[] {
  const page = messages.slice(start, start + pageSize).map((m) => ({ ...m, blocks: [...m.blocks] }));
  const lastTotal = totalSize(messages[Math.min(messages.length, start + pageSize) - 1]?.blocks ?? []);
  const next = start + pageSize;
  const buttons: SlackTypes.Button[] = [];
  if (next < messages.length)
    buttons.push(button({ kind: "more", answerId, from: next }, `Show more (${messages.length - next} left)`));
  buttons.push(button({ kind: "share", answerId }, "Share in channel"));
  const actions: SlackBlock = { type: "actions", elements: buttons };
  const last = page[page.length - 1];
  if (last && last.blocks.length < MAX_BLOCKS && lastTotal + size(actions) <= MAX_MESSAGE_CHARS)
    last.blocks.push(actions);
  else page.push({ text: "More of this answer, or share it", blocks: [actions] });
  return page;
}

function button(action: Action, text: string): SlackTypes.Button {
  const id = encodeAction(action);
  return { type: "button", action_id: id, value: id, text: { type: "plain_text", text } };
}

const totalSize = (blocks: SlackBlock[]) => totals.get(blocks) ?? blocks.reduce((n, b) => n + size(b), 0);

function labelContinuations(parts: SlackPart[]): SlackPart[] {
  const messages = parts.filter((p): p is Extract<SlackPart, { kind: "message" }> => p.kind === "message");
  if (messages.length > 1) {
    messages.forEach((p, i) => {
      // Continuations repeat only the start of the text: it is what a notification shows.
      if (i > 0) p.message.text = `(${i + 1}/${messages.length}) ${clipMrkdwn(messages[0]!.message.text, 300)}`;
    });
  }
  return parts;
}

/** Every message to post for a reply, charts replaced by their text form (ephemeral replies). */
export function messagesOnly(parts: SlackPart[]): SlackMessage[] {
  return parts.map((p) => (p.kind === "message" ? p.message : p.fallback));
}
