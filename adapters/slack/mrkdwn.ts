// Our markdown subset -> Slack mrkdwn, with user text made harmless. Every string that reaches
// Slack passes through here: &, < and > are escaped so no <!channel>, <@U…> or <#C…> can be formed,
// and bare @channel/@here/@everyone get a zero-width joiner so Slack never turns them into pings.

import { stripControl } from "../../src/render/escape.js";

const ZERO_WIDTH = "\u2060";

/** Escape control characters and defuse broadcast words; the result is safe inside mrkdwn. */
export function escapeSlack(text: string): string {
  let safe = stripControl(text);
  // Each replace only when its character is there: most texts have none of them.
  if (safe.includes("&")) safe = safe.replace(/&/g, "&amp;");
  if (safe.includes("<")) safe = safe.replace(/</g, "&lt;");
  if (safe.includes(">")) safe = safe.replace(/>/g, "&gt;");
  return defuseBroadcasts(safe);
}

/**
 * For plain_text fields (headers, button and option labels): Slack shows these literally, so
 * escaping would show "&lt;"; a look-alike angle bracket keeps mention syntax from ever forming.
 */
export function plainSlack(text: string): string {
  return defuseBroadcasts(stripControl(text).replace(/<([@#!])/g, "‹$1"));
}

function defuseBroadcasts(text: string): string {
  if (!text.includes("@")) return text;
  return text.replace(/@(channel|here|everyone)\b/gi, `@${ZERO_WIDTH}$1`);
}

// A URL is only turned into a link when it is plainly http(s) and has nothing that could close the
// <url|label> form early; anything else stays as escaped text.
const SAFE_URL = /^https?:\/\/[^\s<>|]+$/;

/**
 * Convert **bold**, _italic_, `code`, [label](url) and "- " bullets. Inline code is kept verbatim
 * (still escaped) so markup inside it is not converted.
 */
export function toMrkdwn(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => convertLine(line))
    .join("\n");
}

function convertLine(line: string): string {
  const bullet = /^(\s*)- (.*)$/.exec(line);
  const body = bullet ? (bullet[2] ?? "") : line;
  const converted = body
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? escapeSlack(part) : convertInline(part)))
    .join("");
  return bullet ? `${bullet[1] ?? ""}• ${converted}` : converted;
}

function convertInline(text: string): string {
  // Links first, on the raw text, so the URL is checked before escaping touches it.
  const pieces: string[] = [];
  let last = 0;
  const linkPattern = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
  for (let m = linkPattern.exec(text); m; m = linkPattern.exec(text)) {
    pieces.push(emphasis(escapeSlack(text.slice(last, m.index))));
    const label = m[1] ?? "";
    const url = m[2] ?? "";
    pieces.push(
      SAFE_URL.test(url)
        ? `<${url.replace(/&/g, "&amp;")}|${emphasis(escapeSlack(label))}>`
        : emphasis(escapeSlack(m[0])),
    );
    last = m.index + m[0].length;
  }
  pieces.push(emphasis(escapeSlack(text.slice(last))));
  return pieces.join("");
}

function emphasis(text: string): string {
  if (!text.includes("**")) return text;
  return text.replace(/\*\*([^*\n]+)\*\*/g, "*$1*");
}

/** A link to show in context blocks; falls back to the escaped label when the URL is unusual. */
export function slackLink(label: string, url: string | undefined): string {
  if (url && SAFE_URL.test(url)) return `<${url.replace(/&/g, "&amp;")}|${escapeSlack(label)}>`;
  return escapeSlack(label);
}

/** Cut text to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).trimEnd() + "…";
}
