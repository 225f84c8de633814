// Every button and select id, in one place: a typed action (zod) and its versioned wire form.
// The core encodes the ids it offers and decodes clicks; the Slack and Discord adapters decode
// the same ids (to lay out and place answers) and encode their own controls (share, more,
// select menus) here too, so no code anywhere parses ids by prefix.
//
// Wire form: `<version>:<kind>:<fields…>`, ASCII without spaces, at most ACTION_ID_MAX
// characters (Discord's custom_id allows 100). Ids from before versioning (`ask:…`, `pick:…`,
// `flow:<step>:<value>`, `flow:ctl:<command>`, `share`, `more`, `select:<n>`, `select-<n>`) still
// sit on buttons in old messages, so they decode as version 0.
import { z } from "zod";

export const ACTION_ID_VERSION = 1;
export const ACTION_ID_MAX = 90;

/** Ids are ASCII-ish without whitespace (a field of another kind could not round-trip). */
const field = z.string().min(1).max(ACTION_ID_MAX).regex(/^\S+$/);
/** Fields that are not last cannot hold the separator. */
const inner = field.regex(/^[^:\s]+$/);

export const FLOW_COMMANDS = ["back", "skip", "start-over", "start", "refine"] as const;

export const ActionSchema = z.discriminatedUnion("kind", [
  /** Acts as if the user typed `text` (example questions, what-ifs, refine offers). */
  z.object({ kind: z.literal("ask"), text: z.string().min(1).max(4000) }),
  /** Picks a model among the candidates of a "which one?" question. */
  z.object({ kind: z.literal("pick"), modelId: field }),
  /** Answers a step of the guided flow with one of its choices (or "skip"). */
  z.object({ kind: z.literal("flow-answer"), step: inner, value: field }),
  /** Back, skip, start over, or start the guided flow. */
  z.object({ kind: z.literal("flow-control"), command: z.enum(FLOW_COMMANDS) }),
  /** Platform controls, never sent to the core: post an ephemeral answer, show its next page, a select menu. */
  z.object({ kind: z.literal("share"), answerId: inner }),
  z.object({ kind: z.literal("more"), answerId: inner, from: z.number().int().min(1).max(9999) }),
  z.object({ kind: z.literal("select"), index: z.number().int().min(0).max(99) }),
]);

export type Action = z.infer<typeof ActionSchema>;
export type ActionKind = Action["kind"];

/** ASCII without spaces: spaces become "_" (the ask decoder turns them back). */
function ascii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\x21-\x7e ]/g, "")
    .replace(/ /g, "_");
}

function fieldsOf(action: Action): string[] {
  switch (action.kind) {
    case "ask":
      return [ascii(action.text)];
    case "pick":
      return [action.modelId];
    case "flow-answer":
      return [action.step, action.value];
    case "flow-control":
      return [action.command];
    case "share":
      return [action.answerId];
    case "more":
      return [action.answerId, String(action.from)];
    case "select":
      return [String(action.index)];
  }
}

/** The wire id of an action; long `ask` texts are cut (the button label carries the full text). */
export function encodeAction(action: Action): string {
  const checked = ActionSchema.parse(action);
  return [String(ACTION_ID_VERSION), checked.kind, ...fieldsOf(checked)].join(":").slice(0, ACTION_ID_MAX);
}

/** The action an id stands for, or null for an id we never issued (or one that was tampered with). */
export function decodeAction(id: string | undefined | null): Action | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 255) return null;
  const parts = id.split(":");
  const current = parts[0] === String(ACTION_ID_VERSION);
  if (current && /\s/.test(id)) return null; // we never issue ids with spaces
  const candidate = current ? fromV1(parts.slice(1)) : fromLegacy(id, parts);
  if (!candidate) return null;
  const parsed = ActionSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether a click answers the question its message asks (a flow step, "which model?", back /
 * skip): such answers take the question's place, and their buttons stand out; other buttons
 * (including "refine" under a shortlist) add a message and leave the one they sit on alone.
 */
export function answersQuestion(action: Action | null): boolean {
  if (action?.kind === "flow-control") return action.command !== "start" && action.command !== "refine";
  return action?.kind === "flow-answer" || action?.kind === "pick";
}

/** Decoded and of one kind, for adapters that only care about one ("is this a share click?"). */
export function decodeActionOf<K extends ActionKind>(id: string | undefined | null, kind: K) {
  const action = decodeAction(id);
  return action?.kind === kind ? (action as Extract<Action, { kind: K }>) : null;
}

/**
 * The full text of an `ask` click: the clicked label when it encodes to this very id (ids are
 * cut to ACTION_ID_MAX characters and lose non-ASCII), else the text decoded from the id.
 */
export function askText(action: Extract<Action, { kind: "ask" }>, label: string | undefined): string {
  const given = label?.trim() ?? "";
  if (given && encodeAction({ kind: "ask", text: given }) === encodeAction(action)) return given;
  return action.text.replace(/_/g, " ");
}

function rest(parts: string[], from: number): string {
  return parts.slice(from).join(":");
}

function fromV1(parts: string[]): unknown {
  const [kind] = parts;
  switch (kind) {
    case "ask":
      return { kind, text: rest(parts, 1) };
    case "pick":
      return { kind, modelId: rest(parts, 1) };
    case "flow-answer":
      return { kind, step: parts[1], value: rest(parts, 2) };
    case "flow-control":
      return parts.length === 2 ? { kind, command: parts[1] } : null;
    case "share":
      return parts.length === 2 ? { kind, answerId: parts[1] } : null;
    case "more":
      return parts.length === 3 && /^\d{1,4}$/.test(parts[2] ?? "")
        ? { kind, answerId: parts[1], from: Number(parts[2]) }
        : null;
    case "select":
      return parts.length === 2 && /^\d{1,2}$/.test(parts[1] ?? "") ? { kind, index: Number(parts[1]) } : null;
    default:
      return null;
  }
}

function fromLegacy(id: string, parts: string[]): unknown {
  const [kind] = parts;
  if (id === "share" || id === "more") return null; // their payload travelled in the button value
  if (/^select-\d{1,2}$/.test(id)) return { kind: "select", index: Number(id.slice(7)) };
  switch (kind) {
    case "ask":
      return { kind, text: rest(parts, 1) };
    case "pick":
      return { kind, modelId: rest(parts, 1) };
    case "select":
      return parts.length === 2 && /^\d{1,2}$/.test(parts[1] ?? "") ? { kind, index: Number(parts[1]) } : null;
    case "flow":
      // Old "start" buttons carried any other word after `ctl`.
      if (parts[1] === "ctl")
        return { kind: "flow-control", command: FLOW_COMMANDS.find((c) => c === parts[2]) ?? "start" };
      return { kind: "flow-answer", step: parts[1], value: rest(parts, 2) };
    default:
      return null;
  }
}
