// The Bolt listeners. Events and button clicks are acknowledged first (Slack wants an answer
// within 3 s, and the advisor may take longer), then the turn runs and replies are sent; a slash
// command's ack waits for its answer up to a bound and carries it (answer-in-ack.ts). Bot messages and edits are dropped
// before any work happens. Slack's retries are NOT dropped here: a retry of an event no replica
// ever handled (the first delivery hit a restart) must be answered; the turn runner drops true
// duplicates by message id, claimed once in the shared store across replicas.
import type { App } from "@slack/bolt";
import { answersQuestion, decodeAction } from "../../src/action-id.js";
import type { Session, SessionStore } from "../../src/conversation/session.js";
import { sessionKey, type InboundMessage, type OutboundMessage } from "../../src/ports.js";
import type { Logger } from "../shared/logger.js";
import type { TurnRunner } from "../shared/run-turn.js";
import { ANSWER_IN_ACK_WITHIN_MS, deferAck, type DeferredAck } from "./answer-in-ack.js";
import {
  fromBlockAction,
  fromMessageEvent,
  fromSlashCommand,
  mentionsBot,
  type ActionElement,
  type BlockActionPayload,
  type MessageEventPayload,
  type SlashCommandPayload,
} from "./inbound.js";
import { escapeSlack } from "./mrkdwn.js";
import { ephemeralPage, type SlackMessage } from "./render.js";
import { responder, type Respond } from "./respond.js";
import { EPHEMERAL_PAGE, ephemeralBody, slackError, type Sender } from "./send.js";
import type { ShareStore } from "./share-store.js";
import { isLiveThread, shouldPostUnmentioned } from "./thread-policy.js";

export interface HandlerDeps {
  runTurn: TurnRunner;
  sender: Sender;
  shares: ShareStore;
  logger: Logger;
  /** Read-only access to sessions, to tell live threads (answered without a mention) from chatter. */
  sessions?: Pick<SessionStore, "get">;
  bot: { userId: string; botId: string; teamId: string };
  now?: () => Date;
  /** Longest a slash command's ack waits for its answer to carry (default ANSWER_IN_ACK_WITHIN_MS). */
  answerInAckWithinMs?: number;
  /** Called when a listener has finished everything it will do for one request (metrics, tests). */
  onHandled?: (kind: HandledKind) => void;
}

export type HandledKind = "command" | "mention" | "message" | "action";

// Message subtypes that are still a person writing; the rest are edits, joins, bot posts, etc.
const HUMAN_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share"]);

export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { runTurn, sender, shares, logger, bot } = deps;
  const now = deps.now ?? (() => new Date());

  // Every listener reports when it is done, whatever path it took, so callers can wait on it.
  async function settle(kind: HandledKind, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } finally {
      deps.onHandled?.(kind);
    }
  }

  async function turn(inbound: InboundMessage): Promise<OutboundMessage[] | null> {
    const outcome = await runTurn(inbound);
    return outcome.handled ? outcome.replies : null;
  }

  const fromPerson = (e: MessageEventPayload) =>
    !e.bot_id && HUMAN_SUBTYPES.has(e.subtype) && !!e.user && e.user !== bot.userId;

  // The answer's first message rides on the ack when it is ready in time (answer-in-ack.ts); the
  // rest goes to response_url. Bolt's `respond` posts there through fetch; ours costs a quarter
  // of its CPU.
  app.command(/.*/, async ({ ack, command, respond }) =>
    settle("command", async () => {
      const acked = deferAck(ack, deps.answerInAckWithinMs ?? ANSWER_IN_ACK_WITHIN_MS, (error) =>
        logger.error("slack ack failed", { error: slackError(error) }),
      );
      try {
        const replies = await turn(fromSlashCommand(command as SlashCommandPayload, now()));
        const post = responder(command.response_url) ?? respond;
        if (replies) await answerEphemeral(post, replies, command.channel_id, command.user_id, false, acked);
      } finally {
        await acked.close();
      }
    }),
  );

  app.event("app_mention", async ({ event, body }) =>
    settle("mention", async () => {
      const e = event as unknown as MessageEventPayload;
      if (!fromPerson({ ...e, subtype: undefined })) return;
      const inbound = fromMessageEvent(e, teamOf(body, bot.teamId), bot.userId, now());
      const replies = await turn(inbound);
      if (replies) await sender.post(e.channel, inbound.ref.thread, replies);
    }),
  );

  app.event("message", async ({ event, body }) =>
    settle("message", async () => {
      const e = event as unknown as MessageEventPayload;
      if (!fromPerson(e)) return;
      const direct = e.channel_type === "im";
      // A mention in a channel also arrives as app_mention, which answers it.
      if (!direct && (!e.thread_ts || mentionsBot(e.text, bot.userId))) return;
      const inbound = fromMessageEvent(e, teamOf(body, bot.teamId), bot.userId, now());
      let before: Session | undefined;
      if (!direct) {
        before = await readSession(inbound);
        if (!isLiveThread(before, now())) return;
      }
      const replies = await turn(inbound);
      if (!replies || (!direct && !shouldPostUnmentioned(before, replies))) return;
      await sender.post(e.channel, inbound.ref.thread, replies);
    }),
  );

  app.action(/.*/, async ({ ack, body, action, respond: boltRespond }) =>
    settle("action", async () => {
      await ack();
      const a = action as unknown as ActionElement;
      if (body.type !== "block_actions") return;
      const b = body as unknown as BlockActionPayload;
      const respond = responder(body.response_url) ?? boltRespond;
      const control = decodeAction(a.action_id);
      if (control?.kind === "share") return share(b, control.answerId, respond);
      if (control?.kind === "more") return showMore(control.answerId, control.from, respond);
      const inbound = fromBlockAction(b, a, now());
      if (!inbound) return;
      const replies = await turn(inbound);
      if (!replies) return;
      // Answers to a flow step or a "which one?" question take the place of the question;
      // other buttons (help's starting points, "ask" actions) leave the message they sit on alone.
      const inPlace = answersQuestion(decodeAction(inbound.action?.id));
      if (b.container?.is_ephemeral) {
        await answerEphemeral(respond, replies, inbound.ref.channel, b.user.id, inPlace);
        return;
      }
      const messageTs = b.message?.ts ?? b.container?.message_ts;
      if (inPlace && messageTs)
        await sender.replaceThenPost(inbound.ref.channel, messageTs, inbound.ref.thread, replies);
      else await sender.post(inbound.ref.channel, inbound.ref.thread, replies);
    }),
  );

  app.error(async (error) => {
    logger.error("slack listener failed", { error: slackError(error) });
  });

  async function readSession(inbound: InboundMessage): Promise<Session | undefined> {
    if (!deps.sessions) return undefined;
    try {
      return await deps.sessions.get(sessionKey(inbound.ref));
    } catch (error) {
      logger.warn("slack live-thread check failed", { error: slackError(error) });
      return undefined;
    }
  }

  async function answerEphemeral(
    respond: Respond,
    replies: OutboundMessage[],
    channel: string,
    userId: string,
    replaceFirst: boolean,
    acked?: DeferredAck,
  ) {
    const messages = sender.ephemeralMessages(replies);
    const answerId = shares.put({ messages, channel, userId });
    const page = ephemeralPage(messages, answerId, 0, EPHEMERAL_PAGE);
    const first = page[0];
    if (acked && first && (await acked.carry(ephemeralBody(first)))) page.shift();
    await sender.respond(respond, page, replaceFirst);
  }

  async function showMore(answerId: string, start: number, respond: Respond) {
    const answer = shares.get(answerId);
    if (!answer || start >= answer.messages.length) {
      await sender.respond(respond, [GONE], false);
      return;
    }
    await sender.respond(respond, ephemeralPage(answer.messages, answerId, start, EPHEMERAL_PAGE), false);
  }

  async function share(body: BlockActionPayload, answerId: string, respond: Respond) {
    const answer = shares.take(answerId);
    if (!answer) {
      await sender.respond(respond, [GONE], false);
      return;
    }
    const name = body.user.name ?? body.user.username;
    const [first, ...rest] = withSharer(answer.messages, name);
    if (first && (await sender.postMessage(answer.channel, undefined, first)) !== undefined) {
      for (const m of rest) await sender.postMessage(answer.channel, undefined, m);
    } else {
      // Not a member of this channel: response_url can still post where the command was used
      // (its five uses: up to four messages, then removing the ephemeral one).
      for (const m of [first, ...rest].slice(0, EPHEMERAL_PAGE)) {
        if (!m) continue;
        try {
          await respond({
            response_type: "in_channel",
            replace_original: false,
            text: m.text,
            ...(m.blocks.length ? { blocks: m.blocks } : {}),
          });
        } catch (error) {
          logger.error("slack share failed", { error: slackError(error) });
        }
      }
    }
    try {
      await respond({ delete_original: true });
    } catch (error) {
      logger.warn("slack could not remove the ephemeral answer", { error: slackError(error) });
    }
  }
}

const GONE: SlackMessage = {
  text: "That answer is no longer available (I keep recent answers for a while). Run the command again.",
  blocks: [],
};

function withSharer(messages: SlackMessage[], name: string | undefined): SlackMessage[] {
  const note = {
    type: "context" as const,
    elements: [{ type: "mrkdwn" as const, text: `Shared by ${escapeSlack(name ?? "a teammate")} from /modelwise` }],
  };
  return messages.map((m, i) =>
    i === messages.length - 1 && m.blocks.length < 50 ? { ...m, blocks: [...m.blocks, note] } : m,
  );
}

function teamOf(body: unknown, fallback: string): string {
  const b = body as { team_id?: string };
  return b.team_id ?? fallback;
}
