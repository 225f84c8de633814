// Per-person and per-workspace message limits, counted in the shared store so every replica sees
// the same totals: Redis when there is one (rate-limiter-flexible), this process's memory
// otherwise (window-limiter.ts, which holds a bounded number of keys). If Redis fails or stops
// answering, this message is counted in memory instead, so limits still apply per replica and no
// message waits on the outage. A Redis that keeps the connection open but stops answering is
// caught by a timer of our own (the library's calls are transactions, which node-redis's
// per-command timeout does not cover). A person over the limit gets a "slow down" reply; nobody
// else is slowed, because each counter is its own key and a refused message returns before it
// takes any conversation lock.
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { InboundMessage } from "../../src/ports.js";
import type { RedisClient } from "./redis-session-store.js";
import type { RateDecision, RateLimit } from "./run-turn.js";
import { createWindowLimiter } from "./window-limiter.js";

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
  const shared = redis && {
    user: sharedLimiter(redis, `${prefix}:user`, options.userPerMinute, windowMs),
    workspace: sharedLimiter(redis, `${prefix}:workspace`, options.workspacePerMinute, windowMs),
  };

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

  async function inRedis(limiters: NonNullable<typeof shared>, inbound: InboundMessage): Promise<RateDecision> {
    const workspace = workspaceOf(inbound);
    // Both counters at once: the two commands travel together (one round trip per message).
    const [user, team] = await Promise.all([
      take(limiters.user, `${workspace}:${inbound.user.id}`),
      take(limiters.workspace, workspace),
    ]);
    if (!user.allowed) {
      if (team.allowed) await limiters.workspace.reward(workspace, 1);
      return user;
    }
    return team;
  }

  const timeoutMs = options.timeoutMs ?? 1500;
  return async function rateLimit(inbound: InboundMessage): Promise<RateDecision> {
    if (!shared) return inMemory(inbound);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
    try {
      const decision = await Promise.race([inRedis(shared, inbound), late]);
      return decision === "late" ? inMemory(inbound) : decision;
    } catch {
      // Redis refused or is reconnecting: count this message here instead.
      return inMemory(inbound);
    } finally {
      clearTimeout(timer);
    }
  };
}

function sharedLimiter(redis: RedisClient, keyPrefix: string, points: number, windowMs: number) {
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    // Don't wait for a Redis that is reconnecting: count in memory meanwhile.
    rejectIfRedisNotReady: true,
    keyPrefix,
    points,
    duration: Math.max(1, Math.round(windowMs / 1000)),
  });
}

/** One message counted in Redis; a refusal is a decision, anything else (Redis failing) is thrown. */
async function take(limiter: RateLimiterRedis, key: string): Promise<RateDecision> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (result) {
    if (result instanceof RateLimiterRes) return { allowed: false, retryAfterMs: result.msBeforeNext };
    throw result;
  }
}
