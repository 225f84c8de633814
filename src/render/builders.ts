// Small constructors for the neutral reply model (src/ports.ts), so answers read as a list of
// blocks and every reply gets a fallback text and its data.
import { encodeAction, type Action } from "../action-id.js";
import type { AnswerData, Block, OutboundMessage, SourceRef } from "../ports.js";
import { plainTextOf } from "./plain-text.js";

export const heading = (text: string): Block => ({ kind: "heading", text });
export const text = (markdown: string): Block => ({ kind: "text", markdown });

export function fields(entries: [label: string, value: string | null | undefined][]): Block {
  return {
    kind: "fields",
    fields: entries
      .filter((e): e is [string, string] => typeof e[1] === "string" && e[1].length > 0)
      .map(([label, value]) => ({ label, value })),
  };
}

export function table(columns: string[], rows: string[][]): Block {
  return { kind: "table", columns, rows };
}

/** Buttons (or a select): each option is a typed action, encoded to its id by the one codec. */
export function choices(prompt: string, options: { action: Action; label: string }[]): Block {
  return { kind: "choices", prompt, options: options.map((o) => ({ id: encodeAction(o.action), label: o.label })) };
}

/** `ask` buttons: a click acts as if the user typed the text. */
export function askChoices(prompt: string, questions: string[]): Block {
  return choices(
    prompt,
    questions.map((q) => ({ action: { kind: "ask", text: q }, label: q })),
  );
}

/** Sources, de-duplicated by label + date, in first-seen order. */
export function sources(items: SourceRef[]): Block {
  const seen = new Set<string>();
  const unique: SourceRef[] = [];
  for (const item of items) {
    const key = `${item.label}|${item.asOf}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return { kind: "sources", items: unique };
}

/** A whole reply: the fallback text is the plain rendering of the blocks. */
export function message(blocks: Block[], data: AnswerData): OutboundMessage {
  return { blocks, fallbackText: plainTextOf(blocks), data };
}
