// The guided flow's state inside the session: which step is asked, what each answer changed (so
// "back" restores what it replaced), and which steps were skipped. Which step comes next is
// computed from the requirements, so free text that fills several slots skips their questions.
import { withJobSplit } from "../../scoring/job-split.js";
import { unionExclusions, type Exclusions, type Requirements } from "../../scoring/requirements.js";
import type { FlowState, HistoryEntry, Session } from "../session.js";
import { MAX_QUESTIONS, STEPS, type FlowStep, type StepId } from "./steps.js";

export function newFlow(step: StepId | null, budget?: number): FlowState {
  return { id: "recommend", step, history: [], skipped: [], ...(budget !== undefined ? { budget } : {}) };
}

/** Questions this flow may still ask. */
export function questionsLeft(flow: FlowState | null): number {
  return Math.max(0, (flow?.budget ?? MAX_QUESTIONS) - questionsAsked(flow));
}

/** Steps neither known nor answered that apply to these requirements, in asking order (uncapped). */
export function openSteps(req: Requirements, flow: FlowState | null): FlowStep[] {
  return STEPS.filter((s) => !isKnown(req, s) && !answered(flow, s) && (!s.optional || (s.relevant?.(req) ?? false)));
}

/** Requirement values are JSON (strings, numbers, lists, small objects): equal when they print alike. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The history entry for a step that turned `before` into `after`: only the keys it changed. */
export function historyEntry(step: string, before: Requirements, after: Requirements, skipped = false): HistoryEntry {
  const was: Record<string, unknown> = {};
  const added: (keyof Requirements)[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Requirements>) {
    const old = before[key];
    if (sameValue(old, after[key])) continue;
    if (old === undefined) added.push(key);
    else was[key] = old;
  }
  return {
    step,
    ...(Object.keys(was).length > 0 ? { was: was as Partial<Requirements> } : {}),
    ...(added.length > 0 ? { added } : {}),
    ...(skipped ? { skipped: true as const } : {}),
  };
}

/** The requirements as they were before the entry's step: its additions removed, its old values back. */
export function undoEntry(current: Requirements, entry: HistoryEntry): Requirements {
  const out: Record<string, unknown> = { ...current };
  for (const key of entry.added ?? []) delete out[key];
  return { ...(out as Requirements), ...entry.was };
}

/** History read defensively: sessions come back from storage as plain JSON. */
export function historyOf(flow: FlowState): HistoryEntry[] {
  return flow.history.flatMap((h): HistoryEntry[] => {
    const raw = h as unknown as Record<string, unknown> | null;
    if (!raw || typeof raw !== "object" || typeof raw.step !== "string") return [];
    const was = raw.was;
    const added = Array.isArray(raw.added)
      ? raw.added.filter((k): k is keyof Requirements => typeof k === "string")
      : [];
    return [
      {
        step: raw.step,
        ...(was && typeof was === "object" && !Array.isArray(was) ? { was: was as Partial<Requirements> } : {}),
        ...(added.length > 0 ? { added } : {}),
        ...(raw.skipped === true ? { skipped: true as const } : {}),
      },
    ];
  });
}

/** Undo depth kept in the session: enough for any flow plus many what-ifs, bounded in size. */
export const MAX_HISTORY = 40;

/** The history with one more entry, oldest entries dropped beyond MAX_HISTORY. */
export function pushHistory(flow: FlowState, entry: HistoryEntry): HistoryEntry[] {
  return [...historyOf(flow), entry].slice(-MAX_HISTORY);
}

function answered(flow: FlowState | null, step: FlowStep): boolean {
  if (!flow) return false;
  return flow.skipped.includes(step.id) || flow.history.some((h) => h.step === step.id);
}

export function isKnown(req: Requirements, step: FlowStep): boolean {
  if (step.known) return step.known(req);
  const value = req[step.slot];
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** Steps that count toward the question budget (what-if entries share the history). */
export function questionsAsked(flow: FlowState | null): number {
  return flow ? flow.history.filter((h) => STEPS.some((s) => s.id === h.step)).length : 0;
}

/**
 * An upper bound on the questions of this flow, for "Question 3 of 6": asked so far plus every
 * open step that is or may still become relevant, capped. It never grows as the flow goes on
 * (each answer or skip closes at least one open step; back reopens exactly one).
 */
export function questionBound(req: Requirements, flow: FlowState | null): number {
  const mayApply = (s: FlowStep) =>
    !s.optional || (s.relevant?.(req) ?? false) || req.useCase === undefined || req.fineTuning === undefined;
  const open = STEPS.filter((s) => !isKnown(req, s) && !answered(flow, s) && mayApply(s)).length;
  return Math.min(flow?.budget ?? MAX_QUESTIONS, questionsAsked(flow) + open);
}

/** Core steps neither known, answered nor asked: shown as "not asked" next to the shortlist. */
export function notAsked(req: Requirements, flow: FlowState | null): FlowStep[] {
  const moot = new Set(flow?.moot ?? []);
  return STEPS.filter((s) => !s.optional && !isKnown(req, s) && !answered(flow, s) && !moot.has(s.id));
}

export function withFlow(session: Session, flow: FlowState | null, requirements: Requirements): Session {
  return { ...session, flow, requirements };
}

/**
 * Merge a patch into requirements; keys present in the patch win, except exclusions, which only
 * add up: "exclude Mistral too" after "nothing from OpenAI" keeps both out.
 */
export function mergeRequirements(base: Requirements, patch: Partial<Requirements>): Requirements {
  const out: Requirements = { ...base };
  for (const [k, v] of Object.entries(patch) as [keyof Requirements, unknown][]) {
    if (v === undefined) continue;
    if (k === "exclude") out.exclude = unionExclusions(base.exclude, v as Exclusions);
    else (out as Record<string, unknown>)[k] = v;
  }
  // One budget: a budget in dollars replaces one said in another currency (which was never applied),
  // and a budget in another currency replaces one in dollars ("sorry, the budget is in euros").
  if (patch.monthlyBudgetUsd !== undefined && patch.statedBudget === undefined) delete out.statedBudget;
  if (patch.statedBudget !== undefined && patch.monthlyBudgetUsd === undefined) delete out.monthlyBudgetUsd;
  // A budget said per thing goes with the monthly budget it made.
  if ((patch.monthlyBudgetUsd !== undefined || patch.statedBudget !== undefined) && patch.budgetPerUnit === undefined)
    delete out.budgetPerUnit;
  // One count of users: monthly users said after a daily count replace it.
  if (patch.monthlyActiveUsers !== undefined && patch.dailyActiveUsers === undefined) delete out.dailyActiveUsers;
  // One volume: a monthly volume replaces a one-off job said before, and the other way round.
  if (patch.volume !== undefined && patch.oneOffVolume === undefined) delete out.oneOffVolume;
  if (patch.oneOffVolume !== undefined && patch.volume === undefined) delete out.volume;
  // One job: a use case said again without moderation replaces the moderation job with it.
  if (patch.useCase !== undefined && patch.moderation === undefined) delete out.moderation;
  // The second job said before, now ranked ("what if it's coding?"): the first becomes the one offered.
  if (patch.useCase !== undefined && patch.secondUseCase === undefined && base.secondUseCase !== undefined) {
    if (patch.useCase === base.secondUseCase && base.useCase !== undefined) out.secondUseCase = base.useCase;
    else if (patch.useCase === base.secondUseCase) delete out.secondUseCase;
  }
  // A total and its job said in different messages (or a job changed later): the split assumed
  // for the total is the job's.
  return withJobSplit(out);
}
