// A terminal line -> the neutral inbound message. A bare number that matches a numbered choice
// of the previous turn becomes a click on that choice (its action id), like a button elsewhere.
import type { ConversationRef, InboundMessage } from "../../src/ports.js";
import type { NumberedChoice } from "./render.js";

export interface ConsoleInboundOptions {
  ref: ConversationRef;
  user: { id: string; name?: string };
  messageId: string;
  receivedAt: Date;
}

export function toInbound(
  line: string,
  lastChoices: readonly NumberedChoice[],
  opts: ConsoleInboundOptions,
): InboundMessage {
  const base = { ref: opts.ref, user: opts.user, messageId: opts.messageId, receivedAt: opts.receivedAt };
  const number = /^\s*(\d{1,3})\s*[.)]?\s*$/.exec(line);
  const choice = number ? lastChoices.find((c) => c.number === Number(number[1])) : undefined;
  if (choice) return { ...base, text: choice.label, action: { id: choice.id, value: choice.id } };
  return { ...base, text: line };
}
