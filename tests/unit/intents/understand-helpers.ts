// Shared helpers for understand() tests: a session with optional context, and a short call.
import type { Catalog } from "../../../src/catalog/catalog.js";
import { newSession, type Session } from "../../../src/conversation/session.js";
import { understand } from "../../../src/intents/understand.js";
import type { Intent } from "../../../src/intents/types.js";

export function session(overrides: Partial<Session> = {}): Session {
  return { ...newSession(new Date("2026-01-01T00:00:00Z")), ...overrides };
}

export function makeU(catalog: Catalog) {
  return (text: string, s: Session = session()): Intent => understand(text, { catalog, session: s });
}

export function ids(intent: Intent): string[] {
  return "modelIds" in intent && Array.isArray(intent.modelIds) ? intent.modelIds : [];
}
