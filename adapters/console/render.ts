// Terminal rendering: the plain-text renderer, with one numbering for all choices of a turn so
// typing a number picks that option.
import type { Capabilities, OutboundMessage } from "../../src/ports.js";
import { renderPlainText } from "../../src/render/plain-text.js";

export const CONSOLE_CAPABILITIES: Capabilities = {
  maxButtons: 50,
  maxTextLength: 100_000,
  supportsThreads: false,
  supportsImages: false,
};

export interface NumberedChoice {
  number: number;
  id: string;
  label: string;
}

export interface ConsoleRendering {
  text: string;
  choices: NumberedChoice[];
}

/** All replies of one turn as terminal text, choices numbered 1..n across the replies. */
export function renderTurn(replies: OutboundMessage[]): ConsoleRendering {
  const texts: string[] = [];
  const choices: NumberedChoice[] = [];
  for (const reply of replies) {
    const rendered = renderPlainText(reply, {
      maxTextLength: CONSOLE_CAPABILITIES.maxTextLength,
      firstChoiceNumber: choices.length + 1,
    });
    texts.push(rendered.chunks.join("\n"));
    choices.push(...rendered.choices);
  }
  return { text: texts.filter((t) => t.length > 0).join("\n\n"), choices };
}

/** One reply as text (the JSON CLI's "text"). */
export function renderReply(reply: OutboundMessage): string {
  return renderPlainText(reply).chunks.join("\n");
}
