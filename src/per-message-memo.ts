// Caches that last for one message. Reading a message runs many parsers over the same text and
// the same words (each one folds, cleans, spells out numbers, tokenises names again), so a pure
// function of a string can keep its answers while one message is handled. They are dropped when
// the next message starts (advisor.handleTurn calls startMessage), never reused across messages:
// a chat sees the same speed-up whatever its people write, and a benchmark that repeats one
// question gains nothing from it that a real conversation would not.

let message = 0;

/** A new message is being handled: every per-message cache forgets what it kept. */
export function startMessage(): void {
  message++;
}

/**
 * `fn` with its answers kept for the current message, at most `limit` of them (a message has a
 * bounded length; the limit also bounds work done outside any message, such as building an index).
 * Answers are shared between callers, so `fn` must return strings or frozen values.
 */
export function perMessage<R>(fn: (text: string) => R, limit = 512): (text: string) => R {
  const kept = new Map<string, R>();
  let keptFor = message;
  return (text) => {
    if (keptFor !== message || kept.size >= limit) {
      kept.clear();
      keptFor = message;
    }
    // `has`, not an undefined answer: "nothing found" (undefined) is most readers' usual answer,
    // and it is kept like any other.
    if (kept.has(text)) return kept.get(text) as R;
    const answer = fn(text);
    kept.set(text, answer);
    return answer;
  };
}

/**
 * `perMessage` for a parser whose answer is a plain object its callers may change (a volume, the
 * self-hosting edits): it runs once per text in a message and each caller gets its own copy.
 */
export function perMessageCopies<R>(fn: (text: string) => R, limit = 16): (text: string) => R {
  const kept = perMessage(fn, limit);
  return (text) => copyOf(kept(text));
}

/**
 * What structuredClone makes of `value`, made by hand for what the parsers return (null, numbers,
 * strings, plain objects and arrays): structuredClone is a call into the engine's serializer
 * that cost more than the copy itself, for answers that are mostly null. Anything else (a Date,
 * a Map, a sparse array) is left to structuredClone.
 */
export function copyOf<R>(value: R): R {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return structuredClone(value);
      out.push(copyOf(value[i] as unknown));
    }
    return out as R;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyOf((value as Record<string, unknown>)[key]);
  return out as R;
}
