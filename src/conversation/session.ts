// The per-conversation state, stored as versioned JSON under the conversation key
// (platform:workspace:channel:thread). Bump SESSION_VERSION when the shape changes incompatibly.
import type { Volume } from "../costs/volume.js";
import type { Requirements } from "../scoring/requirements.js";
import type { Intent } from "../intents/types.js";
import type { TeamFacts } from "../licensing/facts.js";
import type { OutboundMessage } from "../ports.js";
import type { TeamProfile } from "../profile/profile.js";
import type { Watch } from "../watch/watch.js";

export const SESSION_VERSION = 2;

/** How many models `discussed` keeps: a long thread's oldest ones are forgotten. */
export const DISCUSSED_KEPT = 12;

/**
 * One answered step (or skip, side note, what-if): only what it changed, so "back" can put it
 * back. Version 1 kept the whole requirements before each step, which made a 10-turn thread's
 * session mostly copies of the same requirements (2.5 KB); a change is a few bytes.
 */
export interface HistoryEntry {
  step: string;
  /** The values this step replaced, for requirement keys that were set before it. */
  was?: Partial<Requirements>;
  /** Requirement keys this step set that were not set before it ("back" removes them). */
  added?: (keyof Requirements)[];
  /** The step was skipped rather than answered. */
  skipped?: true;
}

export interface FlowState {
  id: "recommend";
  /** The step being asked, or null when the flow has produced its shortlist. */
  step: string | null;
  /** Steps answered, in order, so "back" can undo them. */
  history: HistoryEntry[];
  skipped: string[];
  /** At most this many questions in this flow (fewer when the first message said a lot). */
  budget?: number;
  /** A shortlist has been shown in this flow: before it, a what-if is noted for it, not ranked. */
  shortlisted?: true;
  /** Open steps found not to change the top 3 when last checked (recomputed each turn). */
  moot?: string[];
}

/** What follow-ups ("and at int4?", "what about 5B tokens?", "same for Claude") inherit. */
export interface Subject {
  modelIds: string[];
  volume: Volume | null;
  /** The last cost was self-hosted (its precision and GPU edits live in `assumptions`). */
  selfHost?: boolean;
  /** The kind of answer these come from (a cost, a shortlist…): a follow-up continues that answer. */
  answer?: Intent["kind"];
  /**
   * The team's circumstances said in this thread's licence questions (40M users, shipping in an
   * app): "is Llama 3.2 3B ok for this?" is asked for the same use. Optional.
   */
  licenceFacts?: TeamFacts;
}

export interface CostView {
  kind: "self-host" | "break-even";
  modelIds: string[];
  volume: {
    inputTokensPerMonth: number;
    outputTokensPerMonth: number;
    cachedInputTokensPerMonth: number;
    description: string;
    /** The split was assumed (for this job, when splitJob is set): said as assumed again. */
    splitAssumed?: true;
    splitJob?: string;
  } | null;
}

export interface Session {
  version: typeof SESSION_VERSION;
  /** Model ids the conversation is about, for "it", "them", "the first one". */
  focus: string[];
  /** The last list of models shown, so "the second one" or "2" can refer to it. */
  lastList: string[];
  /**
   * Every model the thread's answers were about, most recent first (at most DISCUSSED_KEPT), so a
   * family name said later ("do we have to show 'Built with Llama'?" after Llama 3.1 8B, Gemma 3
   * and Qwen3 32B) means the member the thread discussed. Optional: older sessions lack it.
   */
  discussed?: string[];
  /** A question waiting for the user's pick (which model did you mean?). */
  pending: { intent: Intent; query: string; candidates: string[] } | null;
  requirements: Requirements;
  flow: FlowState | null;
  /** Cost assumptions the user changed in this conversation ("assume H100 at $2.10/h"). */
  assumptions: Record<string, string | number | boolean>;
  /**
   * The last self-hosting answer (COSTS), so a bare follow-up ("and int4?", "no ops staff")
   * re-runs it with the same models and volume. Optional: older sessions lack it.
   */
  costView?: CostView | null;
  /**
   * The last question answered (set by the router), so "what about X?" asks the same of X:
   * price of X, licence of X with the same facts, cost of X at the same volume. Optional.
   */
  lastIntent?: Intent | null;
  /**
   * Ids of the choices the last reply asked the user to pick from (a flow question, "which
   * model?"), so a bare "2" picks the second of those and not of some other list. Optional.
   */
  offered?: string[];
  /** The models and volume the conversation is about, for follow-ups that omit them. Optional. */
  subject?: Subject | null;
  /**
   * What this thread watches for catalogue changes (set by a shortlist, a decision record or
   * "watch ..."; alerts are posted here). Optional: older sessions lack it.
   */
  watch?: Watch | null;
  /**
   * Facts stated beside side questions (a comparison, a trade-off question) before any
   * recommendation: the next recommendation starts from them (noted-facts.ts). Optional.
   */
  noted?: Partial<Requirements>;
  /** The thread said "stop watching": a later shortlist does not start watching again. */
  watchOff?: boolean;
  turns: number;
  updatedAt: string;
}

export function newSession(now: Date): Session {
  return {
    version: SESSION_VERSION,
    focus: [],
    lastList: [],
    pending: null,
    requirements: {},
    flow: null,
    assumptions: {},
    turns: 0,
    updatedAt: now.toISOString(),
  };
}

/** What one turn hands back to the adapter: the next session and the replies to send. */
export interface TurnResult {
  session: Session;
  replies: OutboundMessage[];
  /** The team profile after the turn, when the turn changed it (null = cleared). */
  profile?: TeamProfile | null;
}

/** Where adapters keep sessions (Keyv-backed in adapters/shared). */
export interface SessionStore {
  get(key: string): Promise<Session | undefined>;
  set(key: string, session: Session, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Whether this conversation has shown a shortlist that is still its subject (a flow with no step open). */
export function shortlistShown(session: Pick<Session, "flow" | "lastList">): boolean {
  return session.flow?.step === null && (session.lastList ?? []).length > 0;
}
