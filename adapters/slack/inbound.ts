// Slack payloads -> the neutral InboundMessage. The conversation key decides whose session a
// message belongs to: a channel thread is one team decision (a mention starts a thread on its own
// ts), a DM is the DM channel (or a thread in it), and slash commands, whose answers only the
// caller sees, get a per-user key so two people's private questions never share state.
//
// Which deliveries can repeat: Slack retries an Events API delivery (a mention, a message) that
// was not acked with a 2xx in 3 s, up to three times, marked X-Slack-Retry-Num (Socket Mode:
// retry_attempt, which @slack/socket-mode passes on for events_api envelopes only). A slash
// command or a button click that is not acked in time is not sent again: the person sees an error.
// So only events go through the turn runner's duplicate check (a store write per message); a
// command or a click is marked deliveredOnce and skips it.
import type { ConversationRef, InboundMessage } from "../../src/ports.js";

/** The slash-command fields we use (form fields in HTTP mode, the payload in Socket Mode). */
export interface SlashCommandPayload {
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
  text?: string;
  trigger_id?: string;
}

export interface MessageEventPayload {
  type: string;
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  client_msg_id?: string;
  bot_id?: string;
  subtype?: string;
  team?: string;
}

export interface BlockActionPayload {
  team?: { id: string } | null;
  user: { id: string; name?: string; username?: string; team_id?: string };
  channel?: { id: string };
  container?: { type?: string; channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts: string; thread_ts?: string };
  trigger_id?: string;
}

export interface ActionElement {
  action_id: string;
  action_ts?: string;
  type: string;
  value?: string;
  text?: { text: string };
  selected_option?: { value: string; text: { text: string } } | null;
}

/** Per-user pseudo-thread for slash-command conversations (their replies are ephemeral). */
export function slashThread(userId: string): string {
  return `ephemeral-${userId}`;
}

const isDirectChannel = (channel: string, channelType?: string) => channelType === "im" || channel.startsWith("D");

export function fromSlashCommand(command: SlashCommandPayload, receivedAt: Date): InboundMessage {
  const text = normalizeSlackText(command.text ?? "").trim();
  return {
    ref: {
      platform: "slack",
      workspace: command.team_id,
      channel: command.channel_id,
      thread: slashThread(command.user_id),
    },
    user: { id: command.user_id, ...(command.user_name ? { name: command.user_name } : {}) },
    // An empty command is a request for help: the help reply carries the buttons to start from.
    text: text || "help",
    messageId: `cmd:${command.trigger_id ?? `${command.user_id}:${receivedAt.getTime()}`}`,
    deliveredOnce: true,
    receivedAt,
  };
}

/**
 * A mention or message event. The message ts is the id: Slack's retries and the app_mention +
 * message pair for one message all carry the same ts, so the turn runner's dedupe drops repeats.
 */
export function fromMessageEvent(
  event: MessageEventPayload,
  teamId: string,
  botUserId: string | undefined,
  receivedAt: Date,
): InboundMessage {
  const direct = isDirectChannel(event.channel, event.channel_type);
  const thread = direct ? event.thread_ts : (event.thread_ts ?? event.ts);
  return {
    ref: { platform: "slack", workspace: teamId, channel: event.channel, ...(thread ? { thread } : {}) },
    user: { id: event.user ?? "unknown" },
    text: normalizeSlackText(stripBotMention(event.text ?? "", botUserId)).trim(),
    messageId: `msg:${event.ts}`,
    receivedAt,
  };
}

export function fromBlockAction(
  body: BlockActionPayload,
  action: ActionElement,
  receivedAt: Date,
): InboundMessage | null {
  const picked =
    action.type === "static_select"
      ? action.selected_option
      : action.value !== undefined
        ? { value: action.value, text: action.text ?? { text: action.value } }
        : null;
  if (!picked) return null;
  const teamId = body.team?.id ?? body.user.team_id ?? "-";
  const name = body.user.name ?? body.user.username;
  return {
    ref: actionRef(body, teamId),
    user: { id: body.user.id, ...(name ? { name } : {}) },
    text: picked.text.text,
    action: { id: picked.value, value: picked.value },
    messageId: `act:${body.trigger_id ?? `${action.action_id}:${action.action_ts ?? receivedAt.getTime()}`}`,
    deliveredOnce: true,
    receivedAt,
  };
}

/** The conversation a clicked message belongs to, matching how the message was posted. */
export function actionRef(body: BlockActionPayload, teamId: string): ConversationRef {
  const channel = body.container?.channel_id ?? body.channel?.id ?? "-";
  if (body.container?.is_ephemeral)
    return { platform: "slack", workspace: teamId, channel, thread: slashThread(body.user.id) };
  const messageTs = body.message?.ts ?? body.container?.message_ts;
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
  const thread = isDirectChannel(channel) ? threadTs : (threadTs ?? messageTs);
  return { platform: "slack", workspace: teamId, channel, ...(thread ? { thread } : {}) };
}

export function mentionsBot(text: string | undefined, botUserId: string | undefined): boolean {
  return !!botUserId && !!text && text.includes(`<@${botUserId}`);
}

function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>\\s*`, "g"), "");
}

/**
 * Slack's wire format -> what the user typed: <url|label> -> label (or url), <#C1|name> -> #name,
 * other mentions -> @name or @someone, and &lt; &gt; &amp; unescaped last.
 */
export function normalizeSlackText(text: string): string {
  return text
    .replace(/<(https?:[^>|]+)(?:\|([^>]+))?>/g, (_m, url: string, label?: string) => label ?? url)
    .replace(/<mailto:[^>|]+\|([^>]+)>/g, "$1")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<@[A-Z0-9]+\|([^>]+)>/g, "@$1")
    .replace(/<@[A-Z0-9]+>/g, "@someone")
    .replace(/<!(here|channel|everyone)(\|[^>]*)?>/g, "@$1")
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]+))?>/g, (_m, label?: string) => label ?? "@group")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
