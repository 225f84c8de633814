// Serializes async work per key inside this process: turns on one conversation run one at a
// time, so two quick messages cannot both read the same session and lose one update.
export function createKeyLock() {
  const tails = new Map<string, Promise<unknown>>();

  return function withKeyLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    // Drop the entry once nothing else queued behind us, so the map does not grow forever.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

export type KeyLock = ReturnType<typeof createKeyLock>;
