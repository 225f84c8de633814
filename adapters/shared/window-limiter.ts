// Message counters in this process's memory, for when there is no Redis (or it stops answering):
// each key (a person, a workspace) gets `points` messages per window, the window starting at its
// first message, as rate-limiter-flexible's memory limiter counts. Unlike that limiter, which holds
// every key with a timer until its window ends, this one holds only keys whose window is still
// running, and at most `maxKeys` of them: a flood of distinct ids cannot grow the process without
// bound. Keys are kept in the order their windows started, so the one evicted when a new key does
// not fit is the oldest window, the one nearest to ending anyway. No timers: ended windows are
// dropped as new ones start.
import type { RateDecision } from "./run-turn.js";

/**
 * Keys held per counter kind. A person's entry is ~150 bytes, so 10,000 bound it near 1.5 MB; a
 * process answers far fewer distinct people a minute (a Slack workspace's limit is 120 messages a
 * minute by default). Past it, the person whose window began longest ago has it restarted early.
 */
export const WINDOW_LIMITER_MAX_KEYS = 10_000;

interface Window {
  used: number;
  endsAt: number;
}

export interface WindowLimiterOptions {
  points: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

export function createWindowLimiter(options: WindowLimiterOptions) {
  const { points, windowMs } = options;
  const maxKeys = options.maxKeys ?? WINDOW_LIMITER_MAX_KEYS;
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();

  /** The key's window if it is still running. */
  function current(key: string, at: number): Window | undefined {
    const window = windows.get(key);
    if (window && window.endsAt > at) return window;
    if (window) windows.delete(key);
    return undefined;
  }

  /**
   * Drops windows that have ended, then, if still full, the oldest running ones. Keys are in the
   * order their windows started, so the ended ones are at the front: each call looks only at those
   * and the first running one, and the map holds no more than the last window's keys.
   */
  function makeRoom(at: number): void {
    for (const [key, window] of windows) {
      if (window.endsAt > at) break;
      windows.delete(key);
    }
    while (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
  }

  return {
    /** Counts one message; refused past `points` in the window (refused ones count too, as before). */
    consume(key: string): RateDecision {
      const at = now();
      let window = current(key, at);
      if (!window) {
        makeRoom(at);
        window = { used: 0, endsAt: at + windowMs };
        windows.set(key, window);
      }
      window.used += 1;
      return window.used <= points ? { allowed: true } : { allowed: false, retryAfterMs: window.endsAt - at };
    },
    /** Gives one message back (a refused person's point of the workspace's budget). */
    reward(key: string): void {
      const window = current(key, now());
      if (window) window.used = Math.max(0, window.used - 1);
    },
    /** Keys held now (tests). */
    get size() {
      return windows.size;
    },
  };
}
