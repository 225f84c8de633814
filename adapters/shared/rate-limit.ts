// Per-person and per-workspace message limits (rate-limiter-flexible), counted in the shared
// store so every replica sees the same totals: Redis when there is one, this process's memory
// otherwise. If Redis stops answering, a memory limiter takes over (the library's "insurance"),
// so limits still apply per replica and no message waits on the outage. A Redis that keeps the
// connection open but stops answering is caught by a timer of our own (the library's calls are
// transactions, which node-redis's per-command timeout does not cover): past it, this message is
// counted in memory too. A person over the limit
// gets a "slow down" reply; nobody else is slowed, because each counter is its own key and a
// refused message returns before it takes any conversation lock.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { InboundMessage } from "../../src/ports.js";
import type { RedisClient } from "./redis-session-store.js";
import type { RateDecision, RateLimit } from "./run-turn.js";

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

/** Counters of one kind: in Redis when there is one (falling back to memory), else in memory. */
interface Counters {
  shared: RateLimiterAbstract;
  memory: RateLimiterAbstract;
}

export function createRateLimit(options: RateLimitOptions): RateLimit {
  const prefix = `${options.keyPrefix ?? ""}${options.prefix ?? "modelwise-rate"}`;
  const duration = Math.max(1, Math.round((options.windowMs ?? 60_000) / 1000));
  const limiter = (name: string, points: number): Counters => {
    const memory = new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration });
    if (!options.redis) return { shared: memory, memory };
    const shared = new RateLimiterRedis({
      storeClient: options.redis,
      useRedisPackage: true,
      // Don't wait for a Redis that is reconnecting: count in memory meanwhile.
      rejectIfRedisNotReady: true,
      keyPrefix: `${prefix}:${name}`,
      points,
      duration,
      insuranceLimiter: memory,
    });
    return { shared, memory };
  };
  const perUser = limiter("user", options.userPerMinute);
  const perWorkspace = limiter("workspace", options.workspacePerMinute);

  async function take(l: RateLimiterAbstract, key: string): Promise<RateDecision> {
    try {
      await l.consume(key);
      return { allowed: true };
    } catch (result) {
      if (result instanceof RateLimiterRes) return { allowed: false, retryAfterMs: result.msBeforeNext };
      throw result;
    }
  }

  async function decide(kind: keyof Counters, inbound: InboundMessage): Promise<RateDecision> {
    const workspace = `${inbound.ref.platform}:${inbound.ref.workspace ?? inbound.ref.channel}`;
    // Both counters at once: with Redis the two commands travel together (one round trip per
    // message instead of two). A flood from one person must not use the workspace's budget, so a
    // refused person's workspace point is given back.
    const [user, shared] = await Promise.all([
      take(perUser[kind], `${workspace}:${inbound.user.id}`),
      take(perWorkspace[kind], workspace),
    ]);
    if (!user.allowed) {
      if (shared.allowed) await perWorkspace[kind].reward(workspace, 1);
      return user;
    }
    return shared;
  }

  const timeoutMs = options.timeoutMs ?? 1500;
  return async function rateLimit(inbound: InboundMessage): Promise<RateDecision> {
    if (!options.redis) return decide("memory", inbound);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
    try {
      const decision = await Promise.race([decide("shared", inbound), late]);
      return decision === "late" ? decide("memory", inbound) : decision;
    } finally {
      clearTimeout(timer);
    }
  };
}
