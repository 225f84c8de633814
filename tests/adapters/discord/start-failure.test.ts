// A refused token: start() must fail with a clear message that never contains the token.
import { expect, it } from "vitest";
import { createDiscordAdapter } from "../../../adapters/discord/index.js";
import { silentLogger } from "../../../adapters/shared/logger.js";
import { createMemorySessionStore } from "../../../adapters/shared/memory-session-store.js";
import { createTurnRunner } from "../../../adapters/shared/run-turn.js";
import { createAdvisor } from "../../../src/advisor.js";
import { testCatalog } from "../../helpers/fake-discord-harness.js";
import { APP_ID, startFakeDiscord } from "../../helpers/fake-discord.js";

it("start() rejects a refused token with a message that does not contain it", async () => {
  const fake = await startFakeDiscord();
  const token = "MTAwMDAwMDAwMDAwMDAwMDAx.Grefus.refused-token-value-do-not-print-000000";
  fake.failNext("GET", /^\/gateway\/bot$/, 401);
  const catalog = testCatalog();
  const adapter = createDiscordAdapter({
    config: { token, applicationId: APP_ID, apiUrl: fake.apiBase, messageContent: true },
    runTurn: createTurnRunner({
      advisor: createAdvisor({ catalog }),
      store: createMemorySessionStore(),
      logger: silentLogger,
    }),
    logger: silentLogger,
    catalog: () => catalog,
    rest: { retries: 0 },
    readyTimeoutMs: 10_000,
  });
  const error = await adapter.start().then(
    () => null,
    (e: unknown) => e as Error,
  );
  await fake.close();
  expect(error?.message).toMatch(/^Could not connect to Discord: .*invalid token/i);
  expect(error?.message).not.toContain(token);
  expect(adapter.client).toBeNull();
});
