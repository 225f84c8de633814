// A team profile: standing facts a team states once ("remember: we're an EU company, we handle
// patient data, ~2M monthly users, no ops staff"), kept per Slack workspace / Discord guild /
// terminal profile and applied to every licence answer and recommendation in any of its threads.
// Pure data and functions; adapters/shared/profile-store.ts stores it as versioned JSON.
import { z } from "zod";
import type { TeamFacts } from "../licensing/facts.js";
import { OPS_CAPACITIES } from "../costs/assumptions.js";
import {
  CLOUD_PROVIDERS,
  DATA_SENSITIVITIES,
  DEPLOYMENTS,
  unionExclusions,
  type Requirements,
} from "../scoring/requirements.js";

export const PROFILE_VERSION = 1;

const ids = z.array(z.string().min(1).max(80)).max(50);

/**
 * Requirement fields that describe the team rather than one decision (a use case or volume does
 * not), each with the check its stored value must pass on every read: the one list of them.
 */
const STANDING_FIELDS = {
  inEu: z.boolean(),
  euDataResidency: z.boolean(),
  dataSensitivity: z.enum(DATA_SENSITIVITIES),
  monthlyActiveUsers: z.number().nonnegative().finite(),
  commercial: z.boolean(),
  mlOpsExperience: z.enum(OPS_CAPACITIES),
  needsBaa: z.boolean(),
  noRetention: z.boolean(),
  noTrainingOnData: z.boolean(),
  deployment: z.enum(DEPLOYMENTS),
  cloudProvider: z.enum(CLOUD_PROVIDERS),
  gpuHourlyUsd: z.number().nonnegative().finite(),
  ownedGpus: z.object({ type: z.string().min(1).max(40), count: z.number().int().positive() }),
  exclude: z
    .object({
      labs: ids,
      countries: ids,
      licenses: ids,
      models: ids,
      providers: ids,
      hostCountries: ids,
      hosts: ids,
      hostsOwnedOutside: ids.optional(),
      originsOutside: ids.optional(),
    })
    .partial(),
  languages: ids,
  fineTuning: z.boolean(),
  trainOnOutputs: z.boolean(),
  redistributeWeights: z.boolean(),
  openWeightsOnly: z.boolean(),
  // A product used by children or teens stays one: providers' age terms apply to every answer.
  minorUsers: z.boolean(),
  monthlyBudgetUsd: z.number().nonnegative().finite(),
} satisfies { [K in keyof Requirements]?: z.ZodType<Requirements[K]> };

export type StandingKey = keyof typeof STANDING_FIELDS;
const STANDING_KEYS = Object.keys(STANDING_FIELDS) as StandingKey[];

export type StandingFacts = Pick<Requirements, StandingKey> & {
  /** Field of use for licence use restrictions ("medical"), as the licence checks name it. */
  fieldOfUse?: string;
};

/** What a message asks of the profile (the `profile` intent). */
export type ProfileCommand =
  | { op: "show" }
  | { op: "clear" }
  | { op: "remember"; facts: StandingFacts; text: string }
  | { op: "forget"; keys: (keyof StandingFacts)[]; text: string };

export interface TeamProfile {
  version: typeof PROFILE_VERSION;
  facts: StandingFacts;
  updatedAt: string;
}

/** The stored shape, checked on every read: a profile from another version is not trusted blindly. */
export const teamProfileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  updatedAt: z.string(),
  facts: z.object({ ...STANDING_FIELDS, fieldOfUse: z.string().max(40) }).partial(),
});

/** A stored value read back: the profile, or null when it is absent or not a profile we wrote. */
export function readProfile(stored: unknown): TeamProfile | null {
  const parsed = teamProfileSchema.safeParse(stored);
  return parsed.success ? (parsed.data as TeamProfile) : null;
}

export function hasFacts(profile: TeamProfile | null | undefined): profile is TeamProfile {
  return !!profile && Object.keys(profile.facts).length > 0;
}

/** The standing part of parsed requirements and licence facts, for "remember: …". */
export function standingFacts(req: Requirements, facts: TeamFacts): StandingFacts {
  const out: StandingFacts = {};
  const put = <K extends StandingKey>(k: K, v: Requirements[K] | undefined): void => {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  };
  for (const k of STANDING_KEYS) put(k, req[k]);
  if (out.inEu === undefined && facts.inEu !== undefined) out.inEu = facts.inEu;
  if (out.monthlyActiveUsers === undefined && facts.monthlyActiveUsers !== undefined)
    out.monthlyActiveUsers = facts.monthlyActiveUsers;
  if (out.commercial === undefined && facts.commercial !== undefined) out.commercial = facts.commercial;
  if (out.fineTuning === undefined && facts.fineTune !== undefined) out.fineTuning = facts.fineTune;
  if (out.trainOnOutputs === undefined && facts.trainOnOutputs !== undefined) out.trainOnOutputs = facts.trainOnOutputs;
  if (out.redistributeWeights === undefined && facts.distributeWeights) out.redistributeWeights = true;
  if (out.minorUsers === undefined && facts.minorUsers !== undefined) out.minorUsers = facts.minorUsers;
  if (facts.fieldOfUse) out.fieldOfUse = facts.fieldOfUse;
  return out;
}

/** New facts on top of the profile's; exclusions add up rather than replace. */
export function rememberFacts(profile: TeamProfile | null, facts: StandingFacts, now: Date): TeamProfile {
  const before = profile?.facts ?? {};
  const merged: StandingFacts = { ...before, ...facts };
  if (before.exclude && facts.exclude) merged.exclude = unionExclusions(before.exclude, facts.exclude);
  return { version: PROFILE_VERSION, facts: merged, updatedAt: now.toISOString() };
}

/** The profile without the given facts (null once nothing is left). */
export function forgetFacts(
  profile: TeamProfile,
  keys: readonly (keyof StandingFacts)[],
  now: Date,
): TeamProfile | null {
  const facts: StandingFacts = { ...profile.facts };
  for (const k of keys) delete facts[k];
  return Object.keys(facts).length === 0 ? null : { version: PROFILE_VERSION, facts, updatedAt: now.toISOString() };
}

/** Requirements a recommendation starts from: the profile's, under what the thread said. */
export function profileRequirements(profile: TeamProfile | null | undefined): Partial<Requirements> {
  if (!profile) return {};
  return { ...profile.facts };
}

/** Licence facts the profile states. */
export function profileTeamFacts(profile: TeamProfile | null | undefined): TeamFacts {
  const f = profile?.facts ?? {};
  const out: TeamFacts = {};
  if (f.inEu !== undefined) out.inEu = f.inEu;
  if (f.monthlyActiveUsers !== undefined) out.monthlyActiveUsers = f.monthlyActiveUsers;
  if (f.commercial !== undefined) out.commercial = f.commercial;
  if (f.fineTuning !== undefined) out.fineTune = f.fineTuning;
  if (f.trainOnOutputs !== undefined) out.trainOnOutputs = f.trainOnOutputs;
  if (f.redistributeWeights) out.distributeWeights = true;
  if (f.minorUsers !== undefined) out.minorUsers = f.minorUsers;
  if (f.deployment === "on-prem") out.selfHost = true;
  if (f.fieldOfUse) out.fieldOfUse = f.fieldOfUse;
  return out;
}
