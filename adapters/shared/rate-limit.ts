// Per-person and per-workspace message limits, counted in the shared store so every replica sees
// the same totals: Redis when there is one, this process's memory otherwise (window-limiter.ts,
// which holds a bounded number of keys). In Redis both counters are taken by one Lua script, one
// command per message (it was two transactions of rate-limiter-flexible's, one per counter), with
// the same keys and the same fixed windows as that library used, so replicas of either release
// count together. If Redis fails or stops answering, this message is counted in memory instead,
// so limits still apply per replica and no message waits on the outage; a timer of our own bounds
// the wait whatever client is passed. A person over the limit gets a "slow down" reply; nobody
// else is slowed, because each counter is its own key and a refused message returns before it
// takes any conversation lock.
import type { InboundMessage } from "../../src/ports.js";
import { redisScript } from "./redis-script.js";
import type { RedisClient } from "./redis-session-store.js";
import type { RateDecision, RateLimit } from "./run-turn.js";
import { createWindowLimiter } from "./window-limiter.js";

// KEYS: the person's counter, the workspace's. ARGV: the person's points, the workspace's, the
// window in seconds. Each counter starts its window at its first message (SET NX with the expiry)
// and counts refused messages too; a refused person's workspace point is given back, so a flood
// from one person does not use the workspace's budget. Answers {allowed, ms until the window ends}.
const TAKE_BOTH = redisScript(`
local function take(key, seconds)
  redis.call('set', key, 0, 'EX', seconds, 'NX')
  local used = redis.call('incr', key)
  local ttl = redis.call('pttl', key)
  if ttl == -1 then
    redis.call('expire', key, seconds)
    ttl = 1000 * seconds
  end
  return used, ttl
end
local user, userTtl = take(KEYS[1], ARGV[3])
local team, teamTtl = take(KEYS[2], ARGV[3])
if user > tonumber(ARGV[1]) then
  if team <= tonumber(ARGV[2]) then redis.call('decr', KEYS[2]) end
  return {0, userTtl}
end
if team > tonumber(ARGV[2]) then return {0, teamTtl} end
return {1, 0}
`);

export interface RateLimitOptions {
  userPerMinute: number;
  workspacePerMinute: number;
  /** The shared store's Redis client, when sessions are in Redis. */
  redis?: RedisClient;
  /** Key prefix (tests use their own). */
  prefix?: string;
  /** Put before the prefix (REDIS_KEY_PREFIX, to share one Redis). */
  keyPrefix?: string | undefined;
  /** Window length (ms); a minute in production, shorter in tests. */
  windowMs?: number;
  /** Longest wait for Redis's counts before counting in memory instead (ms). */
  timeoutMs?: number;
}

export function createRateLimit(options: RateLimitOptions): RateLimit {
  const prefix = `${options.keyPrefix ?? ""}${options.prefix ?? "modelwise-rate"}`;
  const windowMs = options.windowMs ?? 60_000;
  const memory = {
    user: createWindowLimiter({ points: options.userPerMinute, windowMs }),
    workspace: createWindowLimiter({ points: options.workspacePerMinute, windowMs }),
  };
  const redis = options.redis;
  const seconds = String(Math.max(1, Math.round(windowMs / 1000)));
  const limits = [String(options.userPerMinute), String(options.workspacePerMinute)];

  const workspaceOf = (inbound: InboundMessage) =>
    `${inbound.ref.platform}:${inbound.ref.workspace ?? inbound.ref.channel}`;

  function inMemory(inbound: InboundMessage): RateDecision {
    const workspace = workspaceOf(inbound);
    const user = memory.user.consume(`${workspace}:${inbound.user.id}`);
    const team = memory.workspace.consume(workspace);
    // A flood from one person must not use the workspace's budget: a refused person's workspace
    // point is given back.
    if (!user.allowed) {
      if (team.allowed) memory.workspace.reward(workspace);
      return user;
    }
    return team;
  }

  async function inRedis(client: RedisClient, inbound: InboundMessage): Promise<RateDecision> {
    const workspace = workspaceOf(inbound);
    // The layout rate-limiter-flexible gave its keys: `<prefix>:user:<workspace>:<person>`.
    const keys = [`${prefix}:user:${workspace}:${inbound.user.id}`, `${prefix}:workspace:${workspace}`];
    const [allowed, retryAfterMs] = (await TAKE_BOTH.run(client, keys, [...limits, seconds])) as [number, number];
    return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs };
  }

  const timeoutMs = options.timeoutMs ?? 1500;
  return async function rateLimit(inbound: InboundMessage): Promise<RateDecision> {
    if (!redis) return inMemory(inbound);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
    try {
      const decision = await Promise.race([inRedis(redis, inbound), late]);
      return decision === "late" ? inMemory(inbound) : decision;
    } catch {
      // Redis refused or is reconnecting: count this message here instead.
      return inMemory(inbound);
    } finally {
      clearTimeout(timer);
    }
  };
}
