// Drives whole conversations through the real advisor (router, understand(), handlers), one
// message or click at a time, keeping the session as an adapter would.
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";
import { createAdvisor, type Advisor } from "../../src/advisor.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import type { Volume } from "../../src/costs/volume.js";
import { newSession, type Session } from "../../src/conversation/session.js";
import type { Block, InboundMessage, OutboundMessage } from "../../src/ports.js";
import { TEST_NOW } from "../helpers/test-day.js";
import { scoringCatalog } from "../unit/scoring/scoring-fixture.js";

/** The turn clock of these conversations: the one test day (tests/helpers/test-day.ts). */
export const NOW = TEST_NOW;

/** A volume's input and output tokens a month together (undefined when no volume was read). */
export const totalTokens = (v: Volume | undefined) => (v ? v.inputTokensPerMonth + v.outputTokensPerMonth : undefined);

export interface Chat {
  advisor: Advisor;
  session: Session;
  /** User messages sent so far (typed or clicked). */
  turns: number;
  /** Every reply of the last turn (say/click return the last one). */
  replies: OutboundMessage[];
  say(text: string): OutboundMessage;
  click(id: string, label?: string): OutboundMessage;
}

export function inboundFor(text: string, n: number, action?: { id: string }): InboundMessage {
  return {
    ref: { platform: "console", channel: "flows", thread: "t" },
    user: { id: "u1" },
    text,
    messageId: `m${n}`,
    receivedAt: NOW,
    ...(action ? { action } : {}),
  };
}

// Turns already taken in this test file, by catalogue and every message of the conversation so far.
// The advisor is pure (advisor.ts: session and message in, replies and next session out; time
// fixed at NOW here), so a conversation that starts as an earlier one did in the same file (a
// team's first message, asserted on in several tests) is given copies of that turn's session and
// replies instead of taking it again: about a sixth of the scenarios' and flows' turns. Kept per
// file, as files share a worker. Only conversations from a new session are memoised (a given one
// may hold anything).
interface TakenTurn {
  session: Session;
  replies: OutboundMessage[];
}
const taken = { file: "", byCatalog: new WeakMap<Catalog, Map<string, TakenTurn>>() };

function turnsTakenWith(catalog: Catalog): Map<string, TakenTurn> {
  const file = expect.getState().testPath ?? "";
  if (file !== taken.file) taken.byCatalog = new WeakMap();
  taken.file = file;
  let turns = taken.byCatalog.get(catalog);
  if (!turns) taken.byCatalog.set(catalog, (turns = new Map()));
  return turns;
}

/** A copy that shares nothing with the turn kept (a test may change what it is given). */
const copyOfTurn = (turn: TakenTurn): TakenTurn => structuredClone({ session: turn.session, replies: turn.replies });

export function chat(catalog: Catalog = scoringCatalog(), session?: Session): Chat {
  // No warm-up: it only understands six sample messages ahead of a bot's first user (pure, its
  // caches last one message), ~30 ms of CPU per conversation; the suite starts ~1,000 of them.
  const advisor = createAdvisor({ catalog, now: () => NOW, warmUp: false });
  const state = { session: session ?? newSession(NOW), turns: 0, replies: [] as OutboundMessage[] };
  let said = session ? null : "";
  const send = (inbound: InboundMessage): OutboundMessage => {
    state.turns++;
    let result: TakenTurn;
    if (said === null) result = advisor.handleTurn(state.session, inbound);
    else {
      said += `\u0000${inbound.action?.id ?? ""}\u0001${inbound.text}`;
      const turns = turnsTakenWith(catalog);
      const kept = turns.get(said);
      if (kept) result = copyOfTurn(kept);
      else {
        result = advisor.handleTurn(state.session, inbound);
        const copy = copyOfTurn(result);
        // A copy is only as good as the turn: anything structuredClone cannot copy exactly (a class
        // instance, a function) would make a later test see something else, so it is checked.
        if (!isDeepStrictEqual(copy, { session: result.session, replies: result.replies }))
          throw new Error("a turn's session or replies do not copy exactly: memoise no more turns");
        turns.set(said, copy);
      }
    }
    state.session = result.session;
    state.replies = result.replies;
    const reply = result.replies[result.replies.length - 1];
    if (!reply) throw new Error("no reply");
    return reply;
  };
  return {
    advisor,
    get session() {
      return state.session;
    },
    get turns() {
      return state.turns;
    },
    get replies() {
      return state.replies;
    },
    say: (text) => send(inboundFor(text, state.turns)),
    click: (id, label) => send(inboundFor(label ?? id, state.turns, { id })),
  };
}

export function choicesOf(reply: OutboundMessage): { id: string; label: string }[] {
  return reply.blocks.flatMap((b: Block) => (b.kind === "choices" ? b.options : []));
}

export function textOf(reply: OutboundMessage): string {
  return reply.blocks.map((b) => (b.kind === "text" ? b.markdown : b.kind === "heading" ? b.text : "")).join("\n");
}

/** The step a question reply asks, from its data. */
export function stepOf(reply: OutboundMessage): string | null {
  const flow = reply.data?.flow as { step?: string } | undefined;
  return flow?.step ?? null;
}

export interface RankingRow {
  id: string;
  name: string;
  score: number;
  breakdown: Record<string, number>;
  monthlyCostUsd: number | null;
  costBasis: "api" | "self-host" | null;
  licenseVerdict: string;
}

export function rankingOf(reply: OutboundMessage): RankingRow[] {
  return (reply.data?.ranking as RankingRow[] | undefined) ?? [];
}
