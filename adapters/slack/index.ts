// The Slack adapter: Bolt in Socket Mode when an app token is set (no public URL needed), else
// HTTP on PORT at /slack/events with signed requests. The bot token is checked once at start-up
// (auth.test), so a wrong token stops start-up with a clear message instead of failing later.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel, webApi, type Logger as BoltLogger } from "@slack/bolt";
import type { SessionStore } from "../../src/conversation/session.js";
import type { ConversationRef, OutboundMessage } from "../../src/ports.js";
import type { Logger } from "../shared/logger.js";
import { networkCause } from "../shared/network-cause.js";
import type { OpsRoute } from "../shared/ops-http.js";
import type { TurnRunner } from "../shared/run-turn.js";
import type { SlackConfig } from "./config.js";
import { registerHandlers, type HandledKind } from "./handlers.js";
import { createSender, slackError, type RenderChartPng } from "./send.js";
import { guardRequests } from "./request-guard.js";
import { createShareStore } from "./share-store.js";
import { notifyThread } from "./notify.js";

export type { HandledKind } from "./handlers.js";

export interface SlackAdapterOptions {
  config: SlackConfig;
  /** Operator endpoints served beside /slack/events in HTTP mode (readiness, metrics). */
  opsRoutes?: readonly OpsRoute[];
  runTurn: TurnRunner;
  logger: Logger;
  /** When given, charts are uploaded as PNG images into the thread; otherwise text bars. */
  renderChartPng?: RenderChartPng;
  /** Read access to the session store: thread replies without a mention continue a live session. */
  sessions?: Pick<SessionStore, "get">;
  /** Web API retries per call; tests use 0 so a refused call fails at once. */
  apiRetries?: number;
  /** Longest a slash command's ack waits to carry the answer (ms); tests shorten it. */
  answerInAckWithinMs?: number;
  /** Called when a request has been fully handled (replies sent, or dropped as a retry/bot message). */
  onHandled?: (kind: HandledKind) => void;
}

export interface SlackAdapter {
  start(): Promise<{ mode: "http" | "socket"; port?: number }>;
  stop(): Promise<void>;
  /** Posts an unprompted message (a catalogue alert) in a conversation's thread; rejects when it could not. */
  notify(ref: ConversationRef, reply: OutboundMessage): Promise<void>;
}

export class SlackStartError extends Error {
  override name = "SlackStartError";
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, logger } = options;
  let app: App | undefined;

  return {
    async start() {
      const clientOptions: webApi.WebClientOptions = {
        ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
        retryConfig: { retries: options.apiRetries ?? 2 },
        logger: boltLogger(logger),
      };
      const bot = await whoAmI(config, clientOptions);
      const common = {
        token: config.botToken,
        botId: bot.botId,
        botUserId: bot.userId,
        tokenVerificationEnabled: false,
        // Conversations live in our session store (run-turn.ts); Bolt's own conversation store
        // would only look each request up in an empty map and throw "not found" on every one.
        convoStore: false as const,
        logger: boltLogger(logger),
        clientOptions,
      };
      if (config.appToken) {
        app = new App({ ...common, appToken: config.appToken, socketMode: true });
      } else {
        const receiver: HTTPReceiver = new HTTPReceiver({
          signingSecret: config.signingSecret ?? "",
          endpoints: "/slack/events",
          logger: boltLogger(logger),
          customRoutes: options.opsRoutes?.length
            ? options.opsRoutes.map((r) => ({ path: r.path, method: ["GET"], handler: r.handler }))
            : [{ path: "/healthz", method: ["GET"], handler: (_req, res) => void res.writeHead(200).end("ok") }],
        });
        // Malformed but signed bodies get a 400 here instead of reaching Bolt (request-guard.ts).
        receiver.requestListener = guardRequests(receiver.requestListener, logger);
        app = new App({ ...common, receiver });
      }
      registerHandlers(app, {
        runTurn: options.runTurn,
        sender: createSender({
          client: app.client,
          logger,
          ...(options.renderChartPng ? { renderChartPng: options.renderChartPng } : {}),
        }),
        shares: createShareStore(),
        logger,
        bot,
        ...(options.sessions ? { sessions: options.sessions } : {}),
        ...(options.onHandled ? { onHandled: options.onHandled } : {}),
        ...(options.answerInAckWithinMs !== undefined ? { answerInAckWithinMs: options.answerInAckWithinMs } : {}),
      });
      if (config.appToken) {
        try {
          await app.start();
        } catch (error) {
          app = undefined;
          const code = slackError(error);
          throw new SlackStartError(
            (error as { code?: string }).code === "slack_webapi_platform_error"
              ? `Slack refused SLACK_APP_TOKEN (${code})`
              : `could not open a Socket Mode connection (${networkCause(error) ?? code})`,
          );
        }
        logger.info("slack connected (Socket Mode)", { team: bot.teamId });
        return { mode: "socket" as const };
      }
      let server: Server;
      try {
        server = (await app.start(config.port)) as Server;
      } catch (error) {
        app = undefined; // nothing is running, so stop() has nothing to do
        const code = (error as { code?: string }).code;
        throw new SlackStartError(
          code === "EADDRINUSE"
            ? `PORT ${config.port} is already in use`
            : `could not listen on PORT ${config.port} (${code ?? "error"})`,
        );
      }
      const port = (server.address() as AddressInfo).port;
      logger.info("slack listening (HTTP)", { port, path: "/slack/events", team: bot.teamId });
      return { mode: "http" as const, port };
    },
    async stop() {
      const running = app;
      app = undefined;
      await running?.stop();
    },
    async notify(ref, reply) {
      if (!app) throw new Error("slack is not running");
      if (!(await notifyThread(app.client, ref, reply))) throw new Error("slack refused the post");
    },
  };
}

async function whoAmI(config: SlackConfig, clientOptions: webApi.WebClientOptions) {
  const client = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 0 } });
  try {
    const res = await client.auth.test();
    if (!res.user_id || !res.bot_id)
      throw new SlackStartError("SLACK_BOT_TOKEN is not a bot token (auth.test returned no bot id)");
    return { userId: res.user_id, botId: res.bot_id, teamId: res.team_id ?? "-" };
  } catch (error) {
    if (error instanceof SlackStartError) throw error;
    // A platform error is Slack answering "no" (invalid_auth, account_inactive, ...); anything else
    // means it could not be asked (wrong SLACK_API_URL, no network).
    if ((error as { code?: string }).code === "slack_webapi_platform_error") {
      throw new SlackStartError(`Slack refused SLACK_BOT_TOKEN (${slackError(error)})`);
    }
    throw new SlackStartError(
      `Could not reach the Slack Web API${config.apiUrl ? " at SLACK_API_URL" : ""} to check SLACK_BOT_TOKEN: ${networkCause(error) ?? slackError(error)}`,
    );
  }
}

/** Bolt and the Web API log through ours: warnings and errors only, tokens redacted by our logger. */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const text = (args: unknown[]) =>
    args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(" ");
  return {
    debug() {},
    info() {},
    warn: (...args: unknown[]) => logger.warn("slack: " + text(args)),
    error: (...args: unknown[]) => logger.error("slack: " + text(args)),
    setLevel(l: LogLevel) {
      level = l;
    },
    getLevel: () => level,
    setName() {},
  };
}
