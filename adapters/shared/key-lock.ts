// Serializes async work per key inside this process: turns on one conversation run one at a
// time, so two quick messages cannot both read the same session and lose one update. A turn
// waits at most `waitMs` for the ones ahead of it, then gives up with SessionBusyError instead of
// queueing: a message answered 40 s late (after a store outage) is worse than "try again".
import { SessionBusyError } from "./store-errors.js";

export function createKeyLock(waitMs = Infinity) {
  const tails = new Map<string, Promise<unknown>>();

  return function withKeyLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    const waited = Number.isFinite(waitMs)
      ? Promise.race([
          previous.then(
            () => undefined,
            () => undefined,
          ),
          new Promise<void>((_, reject) => {
            timer = setTimeout(() => {
              gaveUp = true;
              reject(new SessionBusyError(key));
            }, waitMs);
          }),
        ]).finally(() => clearTimeout(timer))
      : previous.then(
          () => undefined,
          () => undefined,
        );
    const run = waited.then(fn);
    // Whoever queues next waits for our turn, or, if we gave up, for the turn we were behind.
    const tail = run.catch(() => (gaveUp ? previous.catch(() => undefined) : undefined));
    tails.set(key, tail);
    // Drop the entry once nothing else queued behind us, so the map does not grow forever.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
