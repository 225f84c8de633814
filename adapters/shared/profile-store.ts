// Where a team profile is kept: through the same SessionStore port as conversations (so every
// store kind, timeout and replica rule applies), under its own key per workspace rather than per
// thread. The port stores Session records, so the profile travels inside one (`teamProfile`); it
// is versioned JSON of its own and is checked on every read (src/profile/profile.ts).
import { newSession, type Session, type SessionStore } from "../../src/conversation/session.js";
import type { ConversationRef } from "../../src/ports.js";
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
  const record = (await store.get(profileKey(ref))) as ProfileRecord | undefined;
  return record ? readProfile(record.teamProfile) : null;
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
