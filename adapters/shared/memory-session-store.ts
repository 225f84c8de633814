// The simplest SessionStore, for tests and as a fallback; Keyv-backed stores live beside it.
import type { Session, SessionStore } from "../../src/conversation/session.js";

export function createMemorySessionStore(): SessionStore {
  const map = new Map<string, { session: Session; expires: number }>();
  return {
    async get(key) {
      const hit = map.get(key);
      if (!hit) return undefined;
      if (hit.expires <= Date.now()) {
        map.delete(key);
        return undefined;
      }
      return structuredClone(hit.session);
    },
    async set(key, session, ttlMs) {
      map.set(key, { session: structuredClone(session), expires: Date.now() + ttlMs });
    },
    async delete(key) {
      map.delete(key);
    },
  };
}
