// Two replicas on one bot token: both gateway sessions receive every message and interaction
// (the fake dispatches to every identified connection, as Discord does without sharding). Each
// message and interaction must be answered once: the turn runner claims the message id, and the
// adapter claims the interaction id, in the store the replicas share (Redis when REDIS_URL is
// set, else one SQLite file opened by both).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter, type DiscordAdapter } from "../../../adapters/discord/index.js";
import type { Logger } from "../../../adapters/shared/logger.js";
import { CLAIM_TTL_MS, createTurnRunner } from "../../../adapters/shared/run-turn.js";
import { createSessionStore, type ClosableSessionStore } from "../../../adapters/shared/session-store.js";
import { createAdvisor } from "../../../src/advisor.js";
import { testCatalog } from "../../helpers/fake-discord-harness.js";
import { APP_ID, BOT, startFakeDiscord, waitFor, type FakeDiscord } from "../../helpers/fake-discord.js";

const REDIS_URL = process.env.REDIS_URL;

describe("Discord with two replicas on one token", () => {
  let fake: FakeDiscord;
  const adapters: DiscordAdapter[] = [];
  const stores: ClosableSessionStore[] = [];
  const answered: string[] = [];
  // Each replica's own decision on every message and interaction it received, recorded as it is
  // made: a message's turn (handled or left to the replica that claimed it), an interaction's claim.
  const turns: { replica: string; id: string; handled: boolean }[] = [];
  const claims: { replica: string; id: string; won: boolean }[] = [];
  const dir = mkdtempSync(join(tmpdir(), "modelwise-discord-replicas-"));
  const namespace = `modelwise-discord-replicas-${randomUUID()}`;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const catalog = testCatalog();
    for (const replica of ["a", "b"]) {
      const store = REDIS_URL
        ? createSessionStore({ kind: "redis", redisUrl: REDIS_URL, namespace })
        : createSessionStore({ kind: "sqlite", dataDir: dir });
      stores.push(store);
      const note = (message: string, fields: Record<string, unknown> = {}) => {
        if (message === "discord turn answered")
          answered.push(`${replica}:${String(fields.messageId ?? fields.interactionId)}`);
      };
      const logger: Logger = { info: note, warn: () => undefined, error: () => undefined };
      const runner = createTurnRunner({ advisor: createAdvisor({ catalog }), store, logger });
      const runTurn = Object.assign(async (inbound: Parameters<typeof runner>[0]) => {
        const outcome = await runner(inbound);
        turns.push({ replica, id: inbound.messageId, handled: outcome.handled });
        return outcome;
      }, runner);
      const adapter = createDiscordAdapter({
        config: { token: "fake.bot.token", applicationId: APP_ID, apiUrl: fake.apiBase, messageContent: true },
        runTurn,
        logger,
        catalog: () => catalog,
        store,
        claim: async (id) => {
          const won = await store.claim(id, CLAIM_TTL_MS);
          claims.push({ replica, id, won });
          return won;
        },
        rest: { retries: 0, timeout: 5000 },
        readyTimeoutMs: 10_000,
      });
      await adapter.start();
      adapters.push(adapter);
    }
  });
  afterAll(async () => {
    for (const a of adapters) await a.stop();
    // Leave nothing behind in the shared Redis.
    const redis = stores[0]?.redis;
    if (redis?.isReady) {
      const keys = await redis.keys(`${namespace}*`);
      if (keys.length > 0) await redis.del(keys);
    }
    for (const s of stores) await s.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("both replicas are connected", () => {
    expect(fake.identifies).toHaveLength(2);
  });

  it("answers a mention once", async () => {
    const id = fake.messageCreate(`<@${BOT.id}> price of gpt-4o`);
    await waitFor(() => answered.find((a) => a.endsWith(`:${id}`)), `answer to ${id}`);
    // Both replicas received the mention; once each has decided (its turn ended), exactly one
    // handled it, and a replica that handled it has sent its reply before the answer is logged.
    const decided = await waitFor(() => {
      const own = turns.filter((t) => t.id === id);
      return own.length === 2 && own;
    }, `both replicas' turns for ${id}`);
    expect(decided.filter((t) => t.handled)).toHaveLength(1);
    const replies = fake.rest.filter(
      (c) => c.method === "POST" && /\/channels\/\d+\/messages$/.test(c.path) && JSON.stringify(c.body).includes(id),
    );
    expect(answered.filter((a) => a.endsWith(`:${id}`))).toHaveLength(1);
    expect(replies).toHaveLength(1);
  });

  it("answers a slash command once (one interaction callback)", async () => {
    const { id, token } = fake.command("ask", { question: "price of gpt-4o" });
    // Both replicas received the interaction and claimed it in the shared store: one won.
    const decided = await waitFor(() => {
      const own = claims.filter((c) => c.id === `discord:interaction:${id}`);
      return own.length === 2 && own;
    }, `both replicas' claims of ${id}`);
    expect(decided.filter((c) => c.won)).toHaveLength(1);
    await waitFor(() => answered.find((a) => a.endsWith(`:${id}`)), `answer to ${id}`);
    expect(fake.rest.filter((c) => c.path === `/interactions/${id}/${token}/callback`)).toHaveLength(1);
    expect(answered.filter((a) => a.endsWith(`:${id}`))).toHaveLength(1);
  });
});
