// Where a team profile is kept: through the same SessionStore port as conversations (so every
// store kind, timeout and replica rule applies), under its own key per workspace rather than per
// thread. The port stores Session records, so the profile travels inside one (`teamProfile`); it
// is versioned JSON of its own and is checked on every read (src/profile/profile.ts).
import { newSession, type Session, type SessionStore } from "../../src/conversation/session.js";
import type { ConversationRef } from "../../src/ports.js";
import { applyProfileChange } from "../../src/profile/apply-change.js";
import { readProfile, type TeamProfile } from "../../src/profile/profile.js";

/** Profiles are standing facts: kept five years from their last change. */
export const PROFILE_TTL_MS = 5 * 365 * 24 * 60 * 60 * 1000;

/**
 * Slack: the workspace; Discord: the guild (a DM is its own profile, not every DM user's);
 * terminal: the profile name (ref.workspace), "default" unless one is given.
 */
export function profileKey(ref: ConversationRef): string {
  const where =
    ref.platform === "console"
      ? (ref.workspace ?? "default")
      : ref.platform === "discord" && (ref.workspace ?? "dm") === "dm"
        ? `dm:${ref.channel}`
        : (ref.workspace ?? "-");
  return `profile:${ref.platform}:${where}`;
}

type ProfileRecord = Session & { teamProfile?: unknown };

/** The stored profile, or null. Store failures reject (the caller decides what to say). */
export async function loadProfile(store: SessionStore, ref: ConversationRef): Promise<TeamProfile | null> {
  return profileOf(await store.get(profileKey(ref)));
}

/** The profile a record read under its key holds, or null. */
export function profileOf(record: Session | undefined): TeamProfile | null {
  return record ? readProfile((record as ProfileRecord).teamProfile) : null;
}

/** Saves a changed profile; null deletes it. */
export async function saveProfile(
  store: SessionStore,
  ref: ConversationRef,
  profile: TeamProfile | null,
  now: Date,
  ttlMs: number = PROFILE_TTL_MS,
): Promise<void> {
  const key = profileKey(ref);
  if (!profile) return store.delete(key);
  const record: ProfileRecord = { ...newSession(now), teamProfile: profile };
  return store.set(key, record, ttlMs);
}

/** What saving a profile change needs from the store: locks and claims when it has them. */
export type ProfileStore = SessionStore & {
  withLock?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  claim?(id: string, ttlMs: number): Promise<boolean>;
  release?(id: string): Promise<void>;
};

/** A profile change holds its key at most this long, and waits at most this long for it. */
export const PROFILE_LOCK_TTL_MS = 5_000;
export const PROFILE_LOCK_WAIT_MS = 2_000;
const PROFILE_LOCK_RETRY_MS = 25;

/**
 * Runs fn while no other writer of this profile runs: Redis' cross-replica lock, else a claim in
 * the store shared by every process (SQLite's claims table: two terminals on one data folder),
 * released afterwards; a store with neither is one process, and a turn is one await chain there.
 */
async function exclusive<T>(store: ProfileStore, key: string, fn: () => Promise<T>): Promise<T> {
  if (store.withLock) return store.withLock(key, fn);
  const { claim, release } = store;
  if (!claim || !release) return fn();
  const id = `lock:${key}`;
  const deadline = Date.now() + PROFILE_LOCK_WAIT_MS;
  while (!(await claim.call(store, id, PROFILE_LOCK_TTL_MS))) {
    if (Date.now() > deadline) throw new Error("the team profile is being changed elsewhere");
    await new Promise((resolve) => setTimeout(resolve, PROFILE_LOCK_RETRY_MS));
  }
  try {
    return await fn();
  } finally {
    await release.call(store, id).catch(() => undefined);
  }
}

/**
 * Saves what this turn changed in the profile (read as `before` at the turn's start) onto the
 * profile as stored now, under the profile's lock, so concurrent writers of one team's profile
 * do not undo each other's facts.
 */
export async function saveProfileChange(
  store: ProfileStore,
  ref: ConversationRef,
  before: TeamProfile | null,
  after: TeamProfile | null,
  now: Date,
): Promise<void> {
  await exclusive(store, profileKey(ref), async () => {
    const stored = await loadProfile(store, ref);
    await saveProfile(store, ref, applyProfileChange(stored, before, after), now);
  });
}
