// A turn changes the team profile it read at its start; another thread of the same team (another
// terminal, another Slack channel, another replica) may have changed the stored profile since.
// Writing the turn's whole profile back would undo that change (a lost update), so only what this
// turn changed is applied, fact by fact, onto the profile as it is stored now.
import { PROFILE_VERSION, type StandingFacts, type TeamProfile } from "./profile.js";

type Key = keyof StandingFacts;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The stored profile with this turn's change applied: facts the turn set or changed take its
 * value, facts it removed are removed, others keep the stored value. A turn that cleared the
 * profile (after = null) clears it.
 */
export function applyProfileChange(
  stored: TeamProfile | null,
  before: TeamProfile | null,
  after: TeamProfile | null,
): TeamProfile | null {
  if (after === null) return null;
  const was = before?.facts ?? {};
  const now = after.facts;
  const facts: Record<string, unknown> = { ...(stored?.facts ?? {}) };
  const keys = new Set([...Object.keys(was), ...Object.keys(now)] as Key[]);
  for (const k of keys) {
    if (same(was[k], now[k])) continue;
    if (now[k] === undefined) delete facts[k];
    else facts[k] = now[k];
  }
  if (Object.keys(facts).length === 0) return null;
  return { version: PROFILE_VERSION, facts: facts as StandingFacts, updatedAt: after.updatedAt };
}
