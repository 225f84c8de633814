// Drives whole conversations through the real advisor (router, understand(), handlers), one
// message or click at a time, keeping the session as an adapter would.
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

export function chat(catalog: Catalog = scoringCatalog(), session: Session = newSession(NOW)): Chat {
  // No warm-up: it only understands six sample messages ahead of a bot's first user (pure, its
  // caches last one message), ~30 ms of CPU per conversation; the suite starts ~1,000 of them.
  const advisor = createAdvisor({ catalog, now: () => NOW, warmUp: false });
  const state = { session, turns: 0, replies: [] as OutboundMessage[] };
  const send = (inbound: InboundMessage): OutboundMessage => {
    state.turns++;
    const result = advisor.handleTurn(state.session, inbound);
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
