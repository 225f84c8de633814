// Applying the team profile to a turn without storing it in the thread: the thread's own answers
// win over the profile, the profile fills what the thread did not say, and what came from the
// profile is taken out again before the thread is saved, so "forget the EU part" reaches every
// thread of the workspace at its next turn.
import type { HistoryEntry, Session } from "./session.js";
import type { Intent } from "../intents/types.js";
import type { OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import type { Requirements } from "../scoring/requirements.js";
import { factLabels } from "../profile/describe.js";
import { IDS_AS_NAMES, type DisplayNames } from "../catalog/display-names.js";
import { editsFromRequirements, threadCostEdits, type AssumptionEdits } from "../costs/assumptions.js";
import type { TeamFacts } from "../licensing/facts.js";
import {
  hasFacts,
  profileRequirements,
  profileTeamFacts,
  type StandingFacts,
  type TeamProfile,
} from "../profile/profile.js";

type Key = keyof StandingFacts;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Profile requirements the thread (and this message) left unsaid: the ones this turn applies. */
export function appliedKeys(profile: TeamProfile | null | undefined, ...own: Partial<Requirements>[]): Set<Key> {
  const keys = new Set<Key>();
  if (!hasFacts(profile)) return keys;
  for (const k of Object.keys(profile.facts) as Key[]) {
    if (k === "fieldOfUse") {
      if (profile.facts.dataSensitivity === undefined || !own.some((r) => r.dataSensitivity !== undefined)) keys.add(k);
      continue;
    }
    if (!own.some((r) => (r as Record<string, unknown>)[k] !== undefined)) keys.add(k);
  }
  return keys;
}

/** The session a recommendation turn reads: the profile's requirements under the thread's. */
export function sessionWithProfile(session: Session, profile: TeamProfile | null | undefined): Session {
  if (!hasFacts(profile)) return session;
  return { ...session, requirements: { ...profileRequirements(profile), ...session.requirements } };
}

/** A new recommendation request: the profile's requirements under the message's. */
export function intentWithProfile(intent: Intent, profile: TeamProfile | null | undefined): Intent {
  if (!hasFacts(profile) || intent.kind !== "recommend" || intent.flowStep) return intent;
  return { ...intent, requirements: { ...profileRequirements(profile), ...intent.requirements } };
}

/**
 * The thread's requirements without what only the profile supplied (a key the thread did not
 * have before the turn and that still holds the profile's value), also in the flow's history.
 */
export function withoutProfile(next: Session, before: Session, profile: TeamProfile | null | undefined): Session {
  if (!hasFacts(profile)) return next;
  const strip = (req: Requirements, had: Requirements): Requirements => {
    const out: Requirements = { ...req };
    const prof = profileRequirements(profile) as Record<string, unknown>;
    for (const [k, v] of Object.entries(prof)) {
      const key = k as keyof Requirements;
      if (had[key] === undefined && same(out[key], v)) delete out[key];
    }
    return out;
  };
  const flow = next.flow
    ? { ...next.flow, history: next.flow.history.map((h) => withoutProfileValues(h, profile)) }
    : null;
  return { ...next, requirements: strip(next.requirements, before.requirements), flow };
}

/**
 * A history entry whose replaced values came from the profile: the thread never had them, so
 * "back" removes the key (the profile fills it again) instead of writing the profile's value in.
 */
function withoutProfileValues(entry: HistoryEntry, profile: TeamProfile): HistoryEntry {
  const prof = profileRequirements(profile) as Record<string, unknown>;
  const fromProfile = Object.entries(entry.was ?? {}).filter(([k, v]) => same(prof[k], v));
  if (fromProfile.length === 0) return entry;
  const was = Object.fromEntries(Object.entries(entry.was ?? {}).filter(([k, v]) => !same(prof[k], v)));
  const added = [...(entry.added ?? []), ...fromProfile.map(([k]) => k as keyof Requirements)];
  const { was: _, ...rest } = entry;
  return { ...rest, ...(Object.keys(was).length > 0 ? { was } : {}), added };
}

/**
 * The thread's own requirements within a turn: the handler's session carries the profile's too
 * (sessionWithProfile), and a fact that came from the profile is applied and named as the profile's.
 */
export function threadOwnRequirements(req: Requirements, profile: TeamProfile | null | undefined): Requirements {
  if (!hasFacts(profile)) return req;
  const prof = profileRequirements(profile) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(req).filter(([k, v]) => !same(prof[k], v))) as Requirements;
}

/** Labels of the facts a reply used, for "using your team profile: …" (labs and models by `names`). */
export function usedLabels(
  profile: TeamProfile | null | undefined,
  keys: ReadonlySet<Key>,
  names: DisplayNames = IDS_AS_NAMES,
): string[] {
  if (!hasFacts(profile)) return [];
  return factLabels(profile.facts, keys, names).map((l) => l.label);
}

/** Names the profile facts a reply used, right under its heading, and records them in its data. */
export function noteProfileUse(reply: OutboundMessage, labels: string[]): OutboundMessage {
  if (labels.length === 0 || reply.data?.profileUsed) return reply;
  const line = text(`_Using your team profile: ${labels.join(", ")}._ (say _profile_ to see or change it)`);
  const at = reply.blocks[0]?.kind === "heading" ? 1 : 0;
  const blocks = [...reply.blocks.slice(0, at), line, ...reply.blocks.slice(at)];
  return message(blocks, { intent: reply.data?.intent ?? "unknown", ...reply.data, profileUsed: labels });
}

/** TeamFacts key -> the profile fact it comes from. */
const LICENCE_KEYS: Record<string, Key> = {
  inEu: "inEu",
  monthlyActiveUsers: "monthlyActiveUsers",
  commercial: "commercial",
  fineTune: "fineTuning",
  trainOnOutputs: "trainOnOutputs",
  distributeWeights: "redistributeWeights",
  selfHost: "deployment",
  fieldOfUse: "fieldOfUse",
};

/** Licence facts for a verdict: the message's, then the profile's for what it did not say. */
export function licenceFactsWithProfile(
  own: TeamFacts,
  profile: TeamProfile | null | undefined,
): { facts: TeamFacts; used: string[] } {
  if (!hasFacts(profile)) return { facts: own, used: [] };
  const standing = profileTeamFacts(profile) as Record<string, unknown>;
  const facts: Record<string, unknown> = { ...own };
  const keys = new Set<Key>();
  for (const [k, v] of Object.entries(standing)) {
    if (facts[k] !== undefined) continue;
    facts[k] = v;
    const key = LICENCE_KEYS[k];
    if (key) keys.add(key);
  }
  if (keys.has("fieldOfUse") && profile.facts.dataSensitivity) keys.add("dataSensitivity");
  return { facts: facts as TeamFacts, used: usedLabels(profile, keys) };
}

/**
 * A thread's self-hosting edits for any cost answer (self-hosting, break-even): its standing
 * facts (GPU price, owned GPUs, ops capacity, context) under the assumptions it changed, then the
 * team profile for what neither said. The shortlist prices with threadCostEdits of the same
 * requirements, so a break-even after a shortlist uses the ops capacity the shortlist used.
 */
export function threadSelfHostEdits(
  req: Requirements,
  assumptions: Readonly<Record<string, string | number | boolean>> | undefined,
  profile: TeamProfile | null | undefined,
): { edits: AssumptionEdits; used: string[] } {
  return costEditsWithProfile(threadCostEdits(threadOwnRequirements(req, profile), assumptions), profile);
}

/** Self-hosting edits: the conversation's, then the profile's GPU price, owned GPUs and ops capacity. */
export function costEditsWithProfile(
  edits: AssumptionEdits,
  profile: TeamProfile | null | undefined,
): { edits: AssumptionEdits; used: string[] } {
  if (!hasFacts(profile)) return { edits, used: [] };
  const f = profile.facts;
  const fromProfile = editsFromRequirements({
    ...(f.gpuHourlyUsd !== undefined ? { gpuHourlyUsd: f.gpuHourlyUsd } : {}),
    ...(f.ownedGpus ? { ownedGpus: f.ownedGpus } : {}),
    ...(f.mlOpsExperience ? { mlOpsExperience: f.mlOpsExperience } : {}),
  });
  const keys = new Set<Key>();
  if (fromProfile.gpuHourlyUsd !== undefined && edits.gpuHourlyUsd === undefined) keys.add("gpuHourlyUsd");
  if (fromProfile.ownedGpuCount !== undefined && edits.ownedGpuCount === undefined) keys.add("ownedGpus");
  if (fromProfile.opsCapacity !== undefined && edits.opsCapacity === undefined && edits.opsStaffFte === undefined)
    keys.add("mlOpsExperience");
  return { edits: { ...fromProfile, ...edits }, used: usedLabels(profile, keys) };
}
