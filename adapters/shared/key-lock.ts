// Serializes async work per key inside this process: turns on one conversation run one at a
// time, so two quick messages cannot both read the same session and lose one update. A turn
// waits at most `waitMs` for the ones ahead of it, then gives up with SessionBusyError instead of
// queueing: a message answered 40 s late (after a store outage) is worse than "try again".
import { SessionBusyError } from "./store-errors.js";

export function createKeyLock(waitMs = Infinity) {
  const tails = new Map<string, Promise<unknown>>();

  /** Settles when `previous` does, or rejects with SessionBusyError after waitMs (then calls gaveUp). */
  function waitFor(previous: Promise<unknown>, key: string, gaveUp: () => void): Promise<void> {
    const settled = previous.then(
      () => undefined,
      () => undefined,
    );
    if (!Number.isFinite(waitMs)) return settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      settled,
      new Promise<void>((_, reject) => {
        timer = setTimeout(() => {
          gaveUp();
          reject(new SessionBusyError(key));
        }, waitMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  return function withKeyLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key);
    let gaveUp = false;
    // Nobody ahead (the usual case): nothing to wait for, so no timer to set and clear.
    const run = (previous ? waitFor(previous, key, () => (gaveUp = true)) : Promise.resolve()).then(fn);
    // Whoever queues next waits for our turn, or, if we gave up, for the turn we were behind.
    const tail = run.catch(() => (gaveUp ? previous?.catch(() => undefined) : undefined));
    tails.set(key, tail);
    // Drop the entry once nothing else queued behind us, so the map does not grow forever.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
