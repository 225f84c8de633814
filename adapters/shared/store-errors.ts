// The ways a session store call can fail that the turn runner answers differently. Every other
// rejection is treated as "the store is unreachable right now".

/** Another turn (in this process or another replica) held the conversation past the wait limit. */
export class SessionBusyError extends Error {
  constructor(key: string) {
    super(`session ${key} stayed locked by another turn`);
    this.name = "SessionBusyError";
  }
}

/** A store call or a lock wait took longer than its limit; the store is treated as unreachable. */
export class StoreTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = "StoreTimeoutError";
  }
}

/**
 * Rejects with StoreTimeoutError when `work` has not settled after `ms`. The work itself cannot be
 * cancelled, so callers must not act on it afterwards (run-turn drops the turn instead).
 *
 * The verdict waits one turn of the event loop after the timer: when another turn's synchronous
 * work blocked the loop past `ms`, the timer runs before the I/O callbacks that completed
 * meanwhile (timers come first in a loop iteration), and a write already on disk would be
 * reported as timed out. setImmediate runs after those callbacks, so only work still pending then
 * is late.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let verdict: ReturnType<typeof setImmediate> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      verdict = setImmediate(() => reject(new StoreTimeoutError(what, ms)));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => {
    clearTimeout(timer);
    if (verdict) clearImmediate(verdict);
  });
}

/** Error name and message for logs only; never shown to a user. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
