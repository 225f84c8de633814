// What the bot does with each Discord event: messages (DMs, mentions, its own threads), slash
// commands (deferred at once, then edited), autocomplete, and button / select clicks (deferred,
// then the flow message is updated in place).
import {
  ThreadAutoArchiveDuration,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type StringSelectMenuInteraction,
  type ThreadChannel,
} from "discord.js";
import { answersQuestion, decodeAction } from "../../src/action-id.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { sessionKey, type Block, type ConversationRef, type OutboundMessage } from "../../src/ports.js";
import type { SessionStore } from "../../src/conversation/session.js";
import type { Logger } from "../shared/logger.js";
import { INTERNAL_ERROR, SESSION_TTL_MS, type TurnRunner } from "../shared/run-turn.js";
import { modelChoices } from "./autocomplete.js";
import { COMMAND_NAME, MODEL_OPTIONS, type CommandOptions } from "./commands.js";
import { labelFor } from "./components.js";
import {
  commandToInbound,
  componentToInbound,
  messageToInbound,
  type InteractionLike,
  type MessageLike,
} from "./inbound.js";
import { renderMessage, type DiscordPayload } from "./render.js";
import { createOptions, editOptions } from "./send.js";
import { neutralize, truncate } from "./text.js";

type ChartBlock = Extract<Block, { kind: "chart" }>;

export interface HandlerDeps {
  runTurn: TurnRunner;
  logger: Logger;
  catalog: () => Catalog;
  renderChartPng?: (block: ChartBlock) => Promise<Buffer>;
  /** Lets a guided recommendation move its conversation into the thread it opens. */
  store?: SessionStore;
  /**
   * Claims an id once across replicas (SET NX PX in the shared store). With N replicas on one
   * token every gateway session receives every interaction; only the claimer answers it.
   * Messages need no claim here: the turn runner claims each message id the same way.
   */
  claim?: (id: string) => Promise<boolean>;
}

const SEND_FAILED = "Sorry, I couldn't post that answer here. Please try again, or ask in a direct message.";

export function createHandlers(deps: HandlerDeps) {
  const { runTurn, logger } = deps;

  async function render(replies: OutboundMessage[]): Promise<DiscordPayload[]> {
    const out: DiscordPayload[] = [];
    for (const reply of replies) {
      const charts = reply.blocks.filter((b): b is ChartBlock => b.kind === "chart");
      // A chart that fails to draw falls back to text bars rather than losing the answer.
      const chartPngs = await Promise.all(
        charts.map((c) =>
          deps.renderChartPng?.(c).catch((error: unknown) => {
            logger.warn("chart render failed", { error: describe(error) });
            return undefined;
          }),
        ),
      );
      out.push(...renderMessage(reply, { chartPngs }));
    }
    return out;
  }

  async function answerMessage(message: Message, routed: () => void): Promise<void> {
    const botId = message.client.user.id;
    const botRoleId = message.guild?.members.me?.roles.botRole?.id;
    const channel = message.channel;
    const like: MessageLike = {
      id: message.id,
      content: message.content ?? "",
      author: {
        id: message.author.id,
        bot: message.author.bot,
        username: message.author.username,
        globalName: message.author.globalName,
      },
      displayName: message.member?.displayName,
      webhookId: message.webhookId,
      guildId: message.guildId,
      channelId: message.channelId,
      isThread: channel.isThread(),
      parentId: channel.isThread() ? channel.parentId : null,
      threadOwnerId: channel.isThread() ? channel.ownerId : null,
      mentionsBot:
        message.mentions.users.has(botId) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId)),
      createdAt: message.createdAt,
    };
    const inbound = messageToInbound(like, botId, botRoleId ? [botRoleId] : []);
    if (!inbound) return;
    routed();
    // "modelwise is typing…" while a slow answer (costs, charts) is worked out; cosmetic only.
    if ("sendTyping" in channel) void channel.sendTyping().catch(() => undefined);
    const outcome = await runTurn(inbound);
    if (!outcome.handled) return;
    const payloads = await render(outcome.replies);

    // A guided recommendation started from a channel gets its own thread, so the team's
    // back-and-forth does not flood the channel and the thread keeps the decision together.
    if (message.inGuild() && !channel.isThread() && opensGuidedFlow(outcome.replies)) {
      const thread = await openThread(message, inbound.ref, inbound.text);
      if (thread) {
        await sendAll(payloads, (p) => thread.send(createOptions(p)));
        logger.info("discord turn answered", { messageId: message.id, replies: payloads.length, thread: thread.id });
        return;
      }
    }
    let first = true;
    await sendAll(payloads, (p) => {
      const options = createOptions(p);
      const sent = first ? message.reply({ ...options, failIfNotExists: false }) : sendTo(message, options);
      first = false;
      return sent;
    });
    logger.info("discord turn answered", { messageId: message.id, replies: payloads.length });
  }

  /**
   * Opens a thread on `message` and moves the conversation there. A thread started from a
   * message takes the message's id, so the session moves before the thread exists (a quick
   * first reply in the thread already finds it), and moves back if the thread cannot be opened.
   */
  async function openThread(
    message: Message<true>,
    ref: ConversationRef,
    topic: string,
  ): Promise<ThreadChannel | null> {
    const threadRef = { ...ref, thread: message.id };
    await moveSession(ref, threadRef);
    const thread = await message
      .startThread({ name: threadName(topic), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay })
      .catch((error: unknown) => {
        logger.warn("could not open a thread; answering in the channel", { error: describe(error) });
        return null;
      });
    if (!thread) await moveSession(threadRef, ref);
    else if (thread.id !== message.id) await moveSession(threadRef, { ...ref, thread: thread.id });
    return thread;
  }

  async function moveSession(from: ConversationRef, to: ConversationRef): Promise<void> {
    if (!deps.store) return;
    try {
      const session = await deps.store.get(sessionKey(from));
      if (!session) return;
      await deps.store.set(sessionKey(to), session, SESSION_TTL_MS);
      await deps.store.delete(sessionKey(from));
    } catch (error) {
      logger.error("moving the conversation into its thread failed", { error: describe(error) });
    }
  }

  async function sendAll(payloads: DiscordPayload[], send: (p: DiscordPayload) => Promise<unknown>): Promise<void> {
    for (const payload of payloads) {
      try {
        await send(payload);
      } catch (error) {
        logger.error("discord send failed", { error: describe(error) });
        await send({ content: SEND_FAILED, embeds: [], components: [], files: [] }).catch(() => undefined);
        return;
      }
    }
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (deps.claim && !(await deps.claim(`discord:interaction:${interaction.id}`))) return;
    if (interaction.isAutocomplete()) return onAutocomplete(interaction);
    try {
      if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME)
        return await onCommand(interaction);
      if (interaction.isButton() || interaction.isStringSelectMenu()) return await onComponent(interaction);
    } catch (error) {
      // Never leave a user looking at "modelwise is thinking..." forever.
      logger.error("discord interaction failed", { error: describe(error) });
      if (interaction.isRepliable() && (interaction.deferred || interaction.replied)) {
        await interaction
          .followUp({ content: INTERNAL_ERROR, allowedMentions: { parse: [], repliedUser: false } })
          .catch(() => undefined);
      }
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = MODEL_OPTIONS.has(focused.name) ? modelChoices(String(focused.value), deps.catalog()) : [];
    await interaction.respond(choices);
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    // Acknowledge first: Discord drops interactions not answered within 3 seconds.
    await interaction.deferReply();
    const sub = interaction.options.data[0];
    const options: CommandOptions = {};
    for (const option of sub?.options ?? []) {
      if (typeof option.value === "string" || typeof option.value === "number" || typeof option.value === "boolean")
        options[option.name] = option.value;
    }
    const inbound = commandToInbound(interactionLike(interaction), sub?.name ?? "ask", options);
    const outcome = await runTurn(inbound);
    const payloads = await render(outcome.replies);
    let first = true;
    await sendAll(payloads, (p) => {
      const sent = first ? interaction.editReply(editOptions(p)) : interaction.followUp(createOptions(p));
      first = false;
      return sent;
    });
    logger.info("discord turn answered", { interactionId: interaction.id, replies: payloads.length });
  }

  async function onComponent(interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
    const actionId = interaction.isStringSelectMenu() ? interaction.values[0] : interaction.customId;
    if (!actionId) return;
    const label = interaction.isStringSelectMenu()
      ? labelFor(interaction.message.components, interaction.customId, actionId)
      : labelFor(interaction.message.components, interaction.customId);
    await interaction.deferUpdate();
    const inbound = componentToInbound(interactionLike(interaction), actionId, label);
    const outcome = await runTurn(inbound);
    const payloads = await render(outcome.replies);
    // Answers to the flow's question (or to "which model did you mean?") replace the question;
    // other buttons ("show costs") keep the answer they sit on and post a new message.
    let replace = answersQuestion(decodeAction(actionId));
    // A button that starts a guided recommendation in a channel ("help me choose a model" under
    // help) opens its thread on the message clicked, as a mention would.
    const channel = interaction.channel;
    if (
      !replace &&
      interaction.inGuild() &&
      channel &&
      !channel.isThread() &&
      opensGuidedFlow(outcome.replies) &&
      interaction.message.inGuild()
    ) {
      const thread = await openThread(interaction.message, inbound.ref, label ?? "recommendation");
      if (thread) {
        await sendAll(payloads, (p) => thread.send(createOptions(p)));
        logger.info("discord turn answered", {
          interactionId: interaction.id,
          replies: payloads.length,
          thread: thread.id,
        });
        return;
      }
    }
    await sendAll(payloads, (p) => {
      const sent = replace ? interaction.editReply(editOptions(p)) : interaction.followUp(createOptions(p));
      replace = false;
      return sent;
    });
    logger.info("discord turn answered", { interactionId: interaction.id, replies: payloads.length });
  }

  async function onMessage(message: Message): Promise<void> {
    let forUs = false;
    try {
      await answerMessage(message, () => (forUs = true));
    } catch (error) {
      logger.error("discord message handling failed", { error: describe(error) });
      // Whatever failed, someone who asked us hears back rather than nothing (never a bot).
      if (forUs)
        await message
          .reply({
            content: INTERNAL_ERROR,
            allowedMentions: { parse: [], repliedUser: false },
            failIfNotExists: false,
          })
          .catch(() => undefined);
    }
  }

  return { onMessage, onInteraction };
}

function interactionLike(
  interaction: ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction,
): InteractionLike {
  const channel = interaction.channel;
  const isThread = channel?.isThread() ?? false;
  return {
    id: interaction.id,
    user: { id: interaction.user.id, username: interaction.user.username, globalName: interaction.user.globalName },
    displayName: interaction.member && "displayName" in interaction.member ? interaction.member.displayName : undefined,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    isThread,
    parentId: channel?.isThread() ? channel.parentId : null,
    createdAt: interaction.createdAt,
  };
}

function sendTo(message: Message, options: ReturnType<typeof createOptions>): Promise<Message> {
  const channel = message.channel;
  if (!("send" in channel)) throw new Error("channel cannot receive messages");
  return channel.send(options);
}

/** A reply that starts or continues the guided recommendation flow. */
export function opensGuidedFlow(replies: OutboundMessage[]): boolean {
  return replies.some(
    (r) =>
      r.data?.intent === "recommend" ||
      r.blocks.some((b) => b.kind === "choices" && b.options.some((o) => decodeAction(o.id)?.kind === "flow-answer")),
  );
}

function threadName(text: string): string {
  const cleaned = neutralize(text).replace(/\s+/g, " ").trim();
  return truncate(`modelwise: ${cleaned || "recommendation"}`, 100);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
