// Making user-supplied text safe to show again. The core only ever quotes short, cleaned
// fragments (quoteUserText); every renderer also runs escapeUserText over what it sends, so a
// message can never ping @everyone / @here / a channel / a user, whatever the platform.

const ZERO_WIDTH_SPACE = "\u200b";

// C0/C1 control characters except tab and newline, plus bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- terminal escape sequences start with ESC
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
// Every text a reply is made of passes here, and almost none has anything to strip: one scan
// for any character of CONTROL (ESC, which every ANSI escape starts with, is one) tells.
// eslint-disable-next-line no-control-regex -- the same characters as CONTROL
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Removes terminal escapes and control characters; keeps tabs, newlines and all printable text. */
export function stripControl(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ANSI, "").replace(CONTROL, "");
}

/**
 * Neutralizes every mention syntax we know of: Slack `<!channel>`, `<@U123>`, `<#C1>`,
 * `<!subteam^…>`; Discord `<@123>`, `<@&role>`, `@everyone`, `@here`. Angle brackets become
 * look-alike-free fullwidth forms and a zero-width space breaks the @-words, so the text still
 * reads the same but no platform parses a ping out of it.
 */
export function defusePings(text: string): string {
  // Each pattern starts with its own character: a text without it is returned as it is.
  const angled = text.includes("<") ? text.replace(/<([@#!])/g, `‹$1`) : text;
  return angled.includes("@") ? angled.replace(/@(everyone|here|channel)\b/gi, `@${ZERO_WIDTH_SPACE}$1`) : angled;
}

/** What renderers apply to any text that may contain user input. */
export function escapeUserText(text: string): string {
  return defusePings(stripControl(text));
}

/** A short, single-line, ping-free fragment of user text for the core to quote back. */
export function quoteUserText(text: string, maxLength = 60): string {
  const oneLine = escapeUserText(text).replace(/\s+/g, " ").trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}
