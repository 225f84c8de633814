// Starts the real Slack adapter (real Bolt, HTTP or Socket Mode) against the fake Slack, with
// the given advisor and session store, and lets tests wait until a request has been fully handled.
import type { Advisor } from "../../src/advisor.js";
import type { SessionStore } from "../../src/conversation/session.js";
import { createSlackAdapter, type HandledKind } from "../../adapters/slack/index.js";
import type { RenderChartPng } from "../../adapters/slack/send.js";
import { createLogger, type Logger } from "../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../adapters/shared/memory-session-store.js";
import { createTurnRunner } from "../../adapters/shared/run-turn.js";
import { startFakeSlack, type FakeSlackOptions } from "./fake-slack.js";
import { SIGNING_SECRET, slackRequests } from "./fake-slack-requests.js";

export interface HarnessOptions {
  advisor: Advisor;
  store?: SessionStore;
  renderChartPng?: RenderChartPng;
  fake?: FakeSlackOptions;
  socketMode?: boolean;
  /** How long a slash command's ack waits to carry the answer (the adapter's default when unset). */
  answerInAckWithinMs?: number;
}

export async function startSlackHarness(options: HarnessOptions) {
  const fake = await startFakeSlack({ ...options.fake, ...(options.socketMode ? { socketMode: true } : {}) });
  const store = options.store ?? createMemorySessionStore();
  const logLines: string[] = [];
  const logger: Logger = createLogger((line) => logLines.push(line), "warn");
  let handled = 0;
  const waiters: { target: number; resolve: () => void }[] = [];
  const onHandled = (_kind: HandledKind) => {
    handled++;
    for (const w of waiters.filter((w) => handled >= w.target)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const adapter = createSlackAdapter({
    config: {
      botToken: "xoxb-test-token-1",
      signingSecret: SIGNING_SECRET,
      ...(options.socketMode ? { appToken: "xapp-test-token-1" } : {}),
      apiUrl: fake.apiUrl,
      port: 0,
    },
    runTurn: createTurnRunner({ advisor: options.advisor, store, logger }),
    logger,
    sessions: store,
    apiRetries: 0,
    onHandled,
    ...(options.answerInAckWithinMs !== undefined ? { answerInAckWithinMs: options.answerInAckWithinMs } : {}),
    ...(options.renderChartPng ? { renderChartPng: options.renderChartPng } : {}),
  });
  const started = await adapter.start();
  const url = `http://127.0.0.1:${started.port ?? 0}/slack/events`;

  return {
    fake,
    store,
    logLines,
    url,
    slack: slackRequests(url, { acks: fake }),
    /**
     * Runs `act` and resolves once `count` more requests have been fully handled by the adapter
     * (replies sent, or the request dropped). No sleeping: the adapter reports when it is done.
     */
    async handled<T>(act: () => Promise<T>, count = 1): Promise<T> {
      const done = new Promise<void>((resolve) => waiters.push({ target: handled + count, resolve }));
      const result = await act();
      await done;
      return result;
    },
    handledCount: () => handled,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
