// Posting an unprompted message (a catalogue alert) into the thread a conversation lives in:
// chat.postMessage with thread_ts. A slash-command conversation has no thread (its answers were
// ephemeral), so its alert goes to the person in a direct message instead.
import type { webApi } from "@slack/bolt";
import type { ConversationRef, OutboundMessage } from "../../src/ports.js";
import { messagesOnly, renderReply } from "./render.js";
import { postArgs } from "./send.js";

const EPHEMERAL = /^ephemeral-(.+)$/;

/** true when every part was posted; false (nothing thrown) when Slack refused one. */
export async function notifyThread(
  client: webApi.WebClient,
  ref: ConversationRef,
  reply: OutboundMessage,
): Promise<boolean> {
  const person = EPHEMERAL.exec(ref.thread ?? "")?.[1];
  const channel = person ?? ref.channel;
  const threadTs = person ? undefined : ref.thread;
  for (const message of messagesOnly(renderReply(reply, { images: false }))) {
    const res = await client.chat.postMessage(postArgs(channel, threadTs, message));
    if (!res.ok) return false;
  }
  return true;
}
