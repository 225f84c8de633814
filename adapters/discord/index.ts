// The Discord adapter: a discord.js gateway client that feeds messages and interactions to the
// shared turn runner and posts the rendered replies. Thin on purpose: decisions live in
// inbound.ts (what is for us), handlers.ts (how to answer) and render.ts (what it looks like).
import "./load-discord.js"; // first: makes loading discord.js safe after vega-lite (see there)
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from "discord.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { Block, ConversationRef, OutboundMessage } from "../../src/ports.js";
import type { SessionStore } from "../../src/conversation/session.js";
import type { Logger } from "../shared/logger.js";
import { networkCause } from "../shared/network-cause.js";
import type { TurnRunner } from "../shared/run-turn.js";
import type { DiscordConfig } from "./config.js";
import { createHandlers } from "./handlers.js";
import { renderMessage } from "./render.js";
import { discordRestAgent } from "./rest-dispatcher.js";
import { createOptions, NO_MENTIONS } from "./send.js";

export interface DiscordAdapterDeps {
  config: DiscordConfig;
  runTurn: TurnRunner;
  logger: Logger;
  /** The catalogue in service (it changes when a refresh is swapped in). */
  catalog: () => Catalog;
  renderChartPng?: (block: Extract<Block, { kind: "chart" }>) => Promise<Buffer>;
  /** Optional: lets a guided recommendation started by a mention continue in the thread it opens. */
  store?: SessionStore;
  /** Claims an interaction id once across replicas (see handlers.ts); every replica answers without it. */
  claim?: (id: string) => Promise<boolean>;
  /** Extra discord.js REST options (tests set retries: 0). */
  rest?: ClientOptions["rest"];
  /** How long start() waits for the gateway to be ready. */
  readyTimeoutMs?: number;
}

export interface DiscordAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The connected client, for diagnostics and tests. */
  readonly client: Client | null;
  /** Posts an unprompted message (a catalogue alert) in a conversation's thread or channel; rejects when it could not. */
  notify(ref: ConversationRef, reply: OutboundMessage): Promise<void>;
}

const DISALLOWED_INTENTS = "Used disallowed intents";

export function intentsFor(messageContent: boolean): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Privileged: lets the bot read follow-ups in its threads without a mention. Mentions, DMs and
  // slash commands work without it.
  if (messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createDiscordAdapter(deps: DiscordAdapterDeps): DiscordAdapter {
  const { config, logger } = deps;
  const handlers = createHandlers(deps);
  let client: Client | null = null;
  // One connection pool for every client this adapter builds (rest-dispatcher.ts says why it is ours).
  const restAgent = discordRestAgent();

  function build(messageContent: boolean): Client {
    const c = new Client({
      intents: intentsFor(messageContent),
      // DM channels are not cached until used; without this partial their messages are dropped.
      partials: [Partials.Channel],
      allowedMentions: NO_MENTIONS,
      rest: { agent: restAgent, ...(config.apiUrl ? { api: config.apiUrl } : {}), ...deps.rest },
    });
    c.on(Events.MessageCreate, (message) => {
      handlers
        .onMessage(message)
        .catch((error: unknown) => logger.error("discord message handling failed", { error: describe(error) }));
    });
    c.on(Events.InteractionCreate, (interaction) => {
      handlers
        .onInteraction(interaction)
        .catch((error: unknown) => logger.error("discord interaction handling failed", { error: describe(error) }));
    });
    // Without a listener an 'error' event would crash the process.
    c.on(Events.Error, (error) => logger.error("discord client error", { error: describe(error) }));
    return c;
  }

  async function connect(messageContent: boolean): Promise<"ready" | "disallowed"> {
    const c = build(messageContent);
    client = c;
    const timeoutMs = deps.readyTimeoutMs ?? 60_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = new Promise<"ready" | "disallowed">((resolve, reject) => {
      c.once(Events.ClientReady, () => resolve("ready"));
      c.on(Events.ShardError, (error) => {
        if (error.message === DISALLOWED_INTENTS) resolve("disallowed");
      });
      timer = setTimeout(() => reject(new Error(`Discord gateway not ready after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      // login() may settle before or after READY (or never, when the gateway refuses an intent).
      return await Promise.race([outcome, c.login(config.token).then(() => outcome)]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get client() {
      return client;
    },
    async start() {
      try {
        let result = await connect(config.messageContent);
        if (result === "disallowed") {
          logger.warn(
            "Discord refused the Message Content intent (enable it under Bot > Privileged Gateway Intents). " +
              "Continuing without it: mentions, DMs and slash commands still work; thread follow-ups need a mention.",
          );
          await client?.destroy();
          result = await connect(false);
          if (result !== "ready") throw new Error("Discord refused the gateway intents");
        }
        logger.info("discord connected", { user: client?.user?.tag, guilds: client?.guilds.cache.size });
      } catch (error) {
        await client?.destroy().catch(() => undefined);
        client = null;
        // discord.js errors never contain the token, but make sure nothing else does either.
        throw new Error(
          `Could not connect to Discord: ${(networkCause(error) ?? describe(error)).replaceAll(config.token, "[redacted]")}`,
          {
            cause: error,
          },
        );
      }
    },
    async stop() {
      await client?.destroy();
      client = null;
      await restAgent.close().catch(() => undefined);
    },
    async notify(ref, reply) {
      if (!client) throw new Error("discord is not running");
      // A thread is its own channel; a conversation outside one (a DM) posts in its channel.
      const channel = await client.channels.fetch(ref.thread ?? ref.channel);
      if (!channel?.isSendable()) throw new Error("the conversation's channel cannot be posted to");
      for (const payload of renderMessage(reply)) await channel.send(createOptions(payload));
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
