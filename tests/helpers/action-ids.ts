// Tests read button ids through the same codec the core and adapters use, never by prefix.
import { decodeAction, encodeAction, type ActionKind } from "../../src/action-id.js";

export { decodeAction, encodeAction };

/** The kind of action an id stands for, or undefined for an id the codec does not know. */
export function kindOf(id: string | undefined): ActionKind | undefined {
  return decodeAction(id)?.kind;
}

/** True for a flow step's choice (not its skip button). */
export function isFlowChoice(id: string | undefined, step?: string): boolean {
  const a = decodeAction(id);
  return a?.kind === "flow-answer" && a.value !== "skip" && (step === undefined || a.step === step);
}
