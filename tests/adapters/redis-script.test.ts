// Runs against a real Redis when REDIS_URL is set (CI sets it; skipped otherwise).
import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { describe, expect, it } from "vitest";
import { redisScript } from "../../adapters/shared/redis-script.js";

describe.skipIf(!process.env.REDIS_URL)("a Lua script run by its SHA1", () => {
  it("runs on a Redis that has never seen it (EVAL once), then by EVALSHA alone", async () => {
    const client = createClient({ url: process.env.REDIS_URL });
    await client.connect();
    const sent: string[] = [];
    // Every command name this client sends, to see which form each call took.
    const counting = {
      evalSha: (sha: string, o: { keys: string[]; arguments: string[] }) => (
        sent.push("EVALSHA"),
        client.evalSha(sha, o)
      ),
      eval: (script: string, o: { keys: string[]; arguments: string[] }) => (sent.push("EVAL"), client.eval(script, o)),
    };
    try {
      const key = `modelwise-script-test-${randomUUID()}`;
      // A text no Redis has stored yet (its own id in a comment), so its first EVALSHA is NOSCRIPT.
      const script = redisScript(`-- ${randomUUID()}\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])`);
      expect(await script.run(counting, [key], ["2"])).toBe(2);
      expect(await script.run(counting, [key], ["3"])).toBe(5);
      expect(sent).toEqual(["EVALSHA", "EVAL", "EVALSHA"]);
      await client.del(key);
    } finally {
      client.destroy();
    }
  });

  it("passes on errors that are not NOSCRIPT", async () => {
    const client = createClient({ url: process.env.REDIS_URL });
    await client.connect();
    try {
      const script = redisScript(`-- ${randomUUID()}\nreturn redis.error_reply('BROKEN on purpose')`);
      await expect(script.run(client, [], [])).rejects.toThrow(/BROKEN/);
    } finally {
      client.destroy();
    }
  });
});
