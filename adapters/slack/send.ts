// Delivering rendered replies: posts in a thread (charts uploaded as images there), in-place updates
// of a clicked flow message, and ephemeral answers through response_url. A failed send is logged
// with Slack's error code only; the next part is still tried, so one bad part never loses the rest.
import type { RespondArguments, webApi } from "@slack/bolt";
import type { OutboundMessage } from "../../src/ports.js";
import type { Logger } from "../shared/logger.js";
import { clip, plainSlack } from "./mrkdwn.js";
import { messagesOnly, renderReply, type ChartBlock, type SlackMessage, type SlackPart } from "./render.js";
import type { Respond } from "./respond.js";

export type RenderChartPng = (block: ChartBlock) => Promise<Buffer>;

/** response_url accepts five posts; a page of an ephemeral answer uses at most this many. */
export const EPHEMERAL_PAGE = 4;

export interface SenderDeps {
  client: webApi.WebClient;
  logger: Logger;
  renderChartPng?: RenderChartPng;
}

/** chat.postMessage arguments for one rendered message: in a thread when given, no link previews. */
export function postArgs(channel: string, threadTs: string | undefined, message: SlackMessage) {
  return {
    channel,
    text: message.text,
    ...(message.blocks.length ? { blocks: message.blocks } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  };
}

export function createSender(deps: SenderDeps) {
  const { client, logger } = deps;
  const images = deps.renderChartPng !== undefined;

  const partsOf = (replies: OutboundMessage[]) => replies.flatMap((r) => renderReply(r, { images }));

  async function postMessage(
    channel: string,
    threadTs: string | undefined,
    message: SlackMessage,
  ): Promise<string | undefined> {
    try {
      const res = await client.chat.postMessage(postArgs(channel, threadTs, message));
      return res.ts;
    } catch (error) {
      logger.error("slack post failed", { channel, error: slackError(error) });
      return undefined;
    }
  }

  async function uploadChart(
    channel: string,
    threadTs: string | undefined,
    part: Extract<SlackPart, { kind: "chart" }>,
  ): Promise<void> {
    try {
      const png = await deps.renderChartPng!(part.chart);
      const file = {
        file: png,
        filename: "chart.png",
        title: clip(plainSlack(part.chart.title), 250) || "Chart",
        alt_text: part.fallback.text,
      };
      await client.filesUploadV2(
        threadTs ? { ...file, channel_id: channel, thread_ts: threadTs } : { ...file, channel_id: channel },
      );
    } catch (error) {
      // No files:write scope, a rendering problem, a refused upload: the text bars say the same thing.
      logger.warn("slack chart upload failed; sending text bars", { channel, error: slackError(error) });
      await postMessage(channel, threadTs, part.fallback);
    }
  }

  async function postParts(channel: string, threadTs: string | undefined, parts: SlackPart[]): Promise<void> {
    for (const part of parts) {
      if (part.kind === "message") await postMessage(channel, threadTs, part.message);
      else await uploadChart(channel, threadTs, part);
    }
  }

  return {
    /** Replies as new messages in the thread (or at the top of a DM when threadTs is unset). */
    async post(channel: string, threadTs: string | undefined, replies: OutboundMessage[]): Promise<void> {
      await postParts(channel, threadTs, partsOf(replies));
    },

    /** The first message replaces the clicked one (the flow moves on in place); the rest follow in the thread. */
    async replaceThenPost(
      channel: string,
      messageTs: string,
      threadTs: string | undefined,
      replies: OutboundMessage[],
    ): Promise<void> {
      const parts = partsOf(replies);
      const index = parts.findIndex((p) => p.kind === "message");
      const first = parts[index];
      if (first?.kind === "message") {
        try {
          await client.chat.update({ channel, ts: messageTs, text: first.message.text, blocks: first.message.blocks });
          parts.splice(index, 1);
        } catch (error) {
          logger.warn("slack update failed; posting instead", { channel, error: slackError(error) });
        }
      }
      await postParts(channel, threadTs, parts);
    },

    /** Ephemeral messages for one user, via response_url; charts as text (files can't be ephemeral). */
    ephemeralMessages(replies: OutboundMessage[]): SlackMessage[] {
      return messagesOnly(replies.flatMap((r) => renderReply(r, { images: false })));
    },

    async respond(respond: Respond, messages: SlackMessage[], replaceFirst: boolean): Promise<void> {
      for (const [i, m] of messages.entries()) {
        try {
          await respond(ephemeralBody(m, replaceFirst && i === 0));
        } catch (error) {
          logger.error("slack respond failed", { error: slackError(error) });
        }
      }
    },

    postMessage,
    postParts,
  };
}

export type Sender = ReturnType<typeof createSender>;

/** One ephemeral message as response_url (and a slash command's ack) take it. */
export function ephemeralBody(message: SlackMessage, replaceOriginal = false): RespondArguments {
  return {
    response_type: "ephemeral",
    replace_original: replaceOriginal,
    text: message.text,
    ...(message.blocks.length ? { blocks: message.blocks } : {}),
  };
}

/** Slack's error code (e.g. not_in_channel) or the error's name: never a token, never a payload. */
export function slackError(error: unknown): string {
  if (error && typeof error === "object") {
    const data = (error as { data?: { error?: unknown } }).data;
    if (data && typeof data.error === "string") return data.error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return error instanceof Error ? error.name : "unknown";
}
