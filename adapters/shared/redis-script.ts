// A Lua script run by its SHA1 (EVALSHA): Redis keeps compiled scripts, so each call sends 40
// characters instead of the script's text, and Redis does not hash the text again on every call.
// A Redis that does not know the script yet (first call, a restart, SCRIPT FLUSH) answers NOSCRIPT;
// the call is then sent once with the text (EVAL), which also stores it for the next calls.
import { createHash } from "node:crypto";

/** What a script call needs of a node-redis client (the session store's, or any other). */
interface ScriptClient {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisScript {
  run(client: ScriptClient, keys: string[], args: string[]): Promise<unknown>;
}

export function redisScript(source: string): RedisScript {
  const sha = createHash("sha1").update(source).digest("hex");
  return {
    async run(client, keys, args) {
      try {
        return await client.evalSha(sha, { keys, arguments: args });
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
        return client.eval(source, { keys, arguments: args });
      }
    },
  };
}
