// Start-up failures of the adapter itself: a token Slack refuses and an API it cannot reach each
// give a message that says which, names the variable, and never contains the token.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createAdvisor } from "../../../src/advisor.js";
import { createSlackAdapter, SlackStartError } from "../../../adapters/slack/index.js";
import { silentLogger } from "../../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../../adapters/shared/memory-session-store.js";
import { createTurnRunner } from "../../../adapters/shared/run-turn.js";
import { readCatalog } from "../../../adapters/shared/read-catalog.js";
import { startFakeSlack } from "../../helpers/fake-slack.js";
import { SIGNING_SECRET } from "../../helpers/fake-slack-requests.js";

const TOKEN = "xoxb-start-errors-secret-1";

function adapter(apiUrl: string) {
  const runTurn = createTurnRunner({
    advisor: createAdvisor({ catalog: readCatalog() }),
    store: createMemorySessionStore(),
    logger: silentLogger,
  });
  return createSlackAdapter({
    config: { botToken: TOKEN, signingSecret: SIGNING_SECRET, apiUrl, port: 0 },
    runTurn,
    logger: silentLogger,
    apiRetries: 0,
  });
}

async function startError(apiUrl: string): Promise<Error> {
  const a = adapter(apiUrl);
  try {
    await a.start();
  } catch (error) {
    return error as Error;
  } finally {
    await a.stop();
  }
  throw new Error("start() should have failed");
}

describe("Slack adapter start-up errors", () => {
  it("a token Slack refuses", async () => {
    const fake = await startFakeSlack({ invalidAuth: true });
    try {
      const error = await startError(fake.apiUrl);
      expect(error).toBeInstanceOf(SlackStartError);
      expect(error.message).toBe("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
    } finally {
      await fake.close();
    }
  });

  it("an API that cannot be reached", async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
    const error = await startError(`http://127.0.0.1:${port}/api/`);
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toMatch(/^Could not reach the Slack Web API at SLACK_API_URL to check SLACK_BOT_TOKEN/);
    expect(error.message).not.toContain(TOKEN);
  });
});

describe("Slack adapter start-up: port", () => {
  it("a PORT already in use", async () => {
    const fake = await startFakeSlack();
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, r));
    const port = (busy.address() as { port: number }).port;
    const runTurn = createTurnRunner({
      advisor: createAdvisor({ catalog: readCatalog() }),
      store: createMemorySessionStore(),
      logger: silentLogger,
    });
    const a = createSlackAdapter({
      config: { botToken: TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, port },
      runTurn,
      logger: silentLogger,
      apiRetries: 0,
    });
    try {
      await expect(a.start()).rejects.toThrow(`PORT ${port} is already in use`);
    } finally {
      await a.stop();
      await new Promise<void>((r) => busy.close(() => r()));
      await fake.close();
    }
  });
});

describe("Slack adapter start-up: Socket Mode", () => {
  it("an app token Slack refuses", async () => {
    const fake = await startFakeSlack({ invalidAppToken: true });
    const runTurn = createTurnRunner({
      advisor: createAdvisor({ catalog: readCatalog() }),
      store: createMemorySessionStore(),
      logger: silentLogger,
    });
    const a = createSlackAdapter({
      config: { botToken: TOKEN, appToken: "xapp-refused-1", apiUrl: fake.apiUrl, port: 0 },
      runTurn,
      logger: silentLogger,
      apiRetries: 0,
    });
    try {
      await expect(a.start()).rejects.toThrow("Slack refused SLACK_APP_TOKEN (invalid_auth)");
    } finally {
      await a.stop();
      await fake.close();
    }
  });
});
