// Reading a stored session back: sessions are versioned JSON, so a value written by another
// version of modelwise is migrated step by step, or reported as unreadable. It is never silently
// replaced by a fresh session, because the next save would then overwrite the team's thread.
import { historyEntry } from "../../src/conversation/flows/flow-state.js";
import { SESSION_VERSION, type HistoryEntry, type Session } from "../../src/conversation/session.js";
import { withKnownUseCase, type Requirements } from "../../src/scoring/requirements.js";

/** One step: turns a session stored as version N into version N + 1. */
export type SessionMigration = (stored: Record<string, unknown>) => Record<string, unknown>;

/** Migrations keyed by the version they upgrade FROM. */
export const SESSION_MIGRATIONS: Readonly<Record<number, SessionMigration>> = {
  1: (s) => ({
    ...s,
    version: 2,
    flow: isRecord(s.flow) ? { ...s.flow, history: historyV2(s.flow, s.requirements) } : s.flow,
  }),
};

/**
 * Version 1 kept, for each answered step, the whole requirements before it; version 2 keeps only
 * what the step changed. Step i changed the requirements from its own snapshot to the next
 * step's (the last one: to the session's requirements), so "back" restores exactly what it did.
 * Entries without a readable snapshot were ignored by version 1 too.
 */
function historyV2(flow: Record<string, unknown>, current: unknown): HistoryEntry[] {
  const entries = (Array.isArray(flow.history) ? flow.history : []).flatMap((h: unknown) => {
    if (!isRecord(h) || typeof h.step !== "string" || !isRecord(h.previous) || !isRecord(h.previous.requirements))
      return [];
    return [{ step: h.step, before: h.previous.requirements as Requirements, skipped: h.previous.skipped === true }];
  });
  const now = (isRecord(current) ? current : {}) as Requirements;
  return entries.map((e, i) => historyEntry(e.step, e.before, entries[i + 1]?.before ?? now, e.skipped));
}

export class SessionFormatError extends Error {
  constructor(
    readonly key: string,
    readonly storedVersion: unknown,
    detail: string,
  ) {
    super(`session ${key}: ${detail}`);
    this.name = "SessionFormatError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields every handler relies on; a value missing them is not a session we wrote. */
function looksLikeSession(value: Record<string, unknown>): boolean {
  return (
    Array.isArray(value.focus) &&
    Array.isArray(value.lastList) &&
    isRecord(value.requirements) &&
    isRecord(value.assumptions) &&
    typeof value.turns === "number" &&
    typeof value.updatedAt === "string" &&
    (value.flow === null || isRecord(value.flow)) &&
    (value.pending === null || isRecord(value.pending))
  );
}

/**
 * Upgrade a stored value to the current Session shape, or throw SessionFormatError naming why.
 * `current` and `migrations` are parameters so tests can exercise a real upgrade path.
 */
export function readStoredSession(
  key: string,
  stored: unknown,
  migrations: Readonly<Record<number, SessionMigration>> = SESSION_MIGRATIONS,
  current: number = SESSION_VERSION,
): Session {
  if (!isRecord(stored)) throw new SessionFormatError(key, undefined, "stored value is not an object");
  let value = stored;
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    throw new SessionFormatError(key, version, "stored session has no version number");
  }
  if (version > current) {
    // Written by a newer release (e.g. after a rollback): keep it for that release to read.
    throw new SessionFormatError(
      key,
      version,
      `stored by a newer version (${version}); this release reads up to ${current}`,
    );
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new SessionFormatError(key, version, `no migration from session version ${v} to ${v + 1}`);
    value = step(value);
    if (value.version !== v + 1)
      throw new SessionFormatError(key, version, `migration from ${v} did not produce version ${v + 1}`);
  }
  if (!looksLikeSession(value)) throw new SessionFormatError(key, version, "stored session is missing required fields");
  const session = value as unknown as Session;
  return { ...session, requirements: withKnownUseCase(session.requirements) };
}
