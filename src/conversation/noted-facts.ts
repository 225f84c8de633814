// Facts a team states beside a side question ("we handle card payments data, is a hosted LLM a
// security risk?", "phi-4 vs gemma 3 12b for on-device use", "we're in Munich: can we use Llama 4
// Scout's image understanding commercially?") are kept in the thread, so the
// recommendation asked for next starts from them and says so, instead of asking again.
import type { Catalog } from "../catalog/catalog.js";
import type { Intent } from "../intents/types.js";
import { requirementsOfFacts } from "../scoring/constraints.js";
import type { Requirements } from "../scoring/requirements.js";
import { mergeRequirements } from "./flows/flow-state.js";
import type { Session } from "./session.js";
import { echoLines } from "./slot-labels.js";

/** Kinds whose stated facts are only kept: a recommendation, what-if or profile edit applies its own. */
const SIDE_QUESTIONS = new Set<Intent["kind"]>(["compare", "tradeoffs", "decision-record"]);

/** `session` with the facts `intent` stated added to what the thread has noted so far. */
export function keepStatedFacts(session: Session, intent: Intent): Session {
  const stated = factsBeside(intent, false);
  if (Object.keys(stated).length === 0) return session;
  return { ...session, noted: mergeRequirements(session.noted ?? {}, stated) };
}

/** Questions asked at a volume: asked while the flow asks its questions, that is the team's volume. */
const AT_A_VOLUME = new Set<Intent["kind"]>(["cost", "break-even", "compare"]);

/**
 * The facts a side question states about the team: the requirements it carries (stated-facts.ts)
 * and, when asked while the guided flow asks its questions ("what does Llama 3.3 70B cost at 30M
 * tokens a month?"), the volume it is asked at, which the flow applies at once.
 */
export function factsBeside(intent: Intent, duringFlow: boolean): Partial<Requirements> {
  // A licence question states its facts as the licence reads them (where the team is, commercial
  // use, users): the same facts, as requirements.
  const carried =
    intent.kind === "license"
      ? requirementsOfFacts(intent.facts)
      : SIDE_QUESTIONS.has(intent.kind) && "requirements" in intent
        ? (intent.requirements ?? {})
        : {};
  const volume = duringFlow && AT_A_VOLUME.has(intent.kind) && "volume" in intent ? intent.volume : null;
  return volume ? { ...carried, volume } : carried;
}

/**
 * A new recommendation: the noted facts under what its own message says (the message wins), the
 * session without them (they are now the thread's requirements), and a line naming them.
 */
export function startFromNoted(
  session: Session,
  stated: Requirements,
  catalog?: Catalog,
): { session: Session; requirements: Requirements; lines: string[] } {
  const noted = session.noted;
  if (!noted || Object.keys(noted).length === 0) return { session, requirements: stated, lines: [] };
  const { noted: _used, ...rest } = session;
  const requirements = mergeRequirements(noted, stated);
  const earlier = echoLines({}, noted, catalog).map((line) => line.replace(/^Noted:/, "From earlier in this thread:"));
  return { session: rest, requirements, lines: [...earlier, ...echoLines(noted, requirements, catalog)] };
}
