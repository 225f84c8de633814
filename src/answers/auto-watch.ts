// A shortlist or a decision record makes its thread watch its top models and the facts the
// decision rested on. Run by the router after every turn; the thread's "stop watching" holds
// until it asks to watch again. A reset (a new conversation in the same thread) keeps the watch.
import type { Catalog } from "../catalog/catalog.js";
import type { Session } from "../conversation/session.js";
import type { InboundMessage, OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import { createWatch, type Watch } from "../watch/watch.js";

const DECIDING = new Set(["recommend", "what-if", "flow-control", "decision-record"]);

/** The top ids of the decision a reply shows (a shortlist's ranking, or a decision record's models). */
function decidedTop(reply: OutboundMessage): string[] | null {
  const data = reply.data;
  if (!data || !DECIDING.has(data.intent)) return null;
  const isShortlist = typeof data.ranking === "object" && data.ranking !== null;
  if (!isShortlist && data.intent !== "decision-record") return null;
  // A shortlist's top is its ranking: a "why not X?" reply names X as its model, and asking
  // about X decides nothing.
  const ids = isShortlist ? rankedIds(data.ranking) : (data.models ?? []).map((m) => m.id);
  return ids.length > 0 ? ids.slice(0, 3) : null;
}

function rankedIds(ranking: unknown): string[] {
  if (!Array.isArray(ranking)) return [];
  return ranking.flatMap((r: unknown) =>
    typeof r === "object" && r !== null && typeof (r as { id?: unknown }).id === "string"
      ? [(r as { id: string }).id]
      : [],
  );
}

const sameDecision = (watch: Watch, top: string[], session: Session) =>
  watch.decision !== null &&
  watch.decision.top.join() === top.join() &&
  JSON.stringify(watch.decision.requirements) === JSON.stringify(session.requirements) &&
  JSON.stringify(watch.decision.assumptions) === JSON.stringify(session.assumptions);

export function watchAfterTurn(
  before: Session,
  after: Session,
  replies: OutboundMessage[],
  catalog: Catalog,
  inbound: InboundMessage,
  now: Date,
): { session: Session; replies: OutboundMessage[] } {
  // A reset hands back a fresh session; the thread's watch is not part of what it forgets.
  const carried: Session =
    after.watch === undefined && before.watch
      ? { ...after, watch: before.watch, watchOff: before.watchOff ?? false }
      : after;
  if (carried.watchOff) return { session: carried, replies };
  const index = replies.findIndex((r) => decidedTop(r) !== null);
  if (index < 0) return { session: carried, replies };
  const top = decidedTop(replies[index]!)!;
  if (carried.watch && sameDecision(carried.watch, top, carried)) return { session: carried, replies };
  const watch = createWatch({
    catalog,
    ref: inbound.ref,
    modelIds: top,
    decision: { requirements: carried.requirements, assumptions: carried.assumptions, top },
    now,
  });
  // The same models in another order or under changed facts: the baseline moves, and the thread
  // already heard which models it watches (saying it after every what-if is noise).
  const watchedBefore = carried.watch?.decision?.top;
  if (watchedBefore && [...watchedBefore].sort().join() === [...top].sort().join())
    return { session: { ...carried, watch }, replies };
  const note = text(
    `_This thread now watches ${watch.models.map((m) => m.name).join(", ")}: I'll post here if a price, licence or deprecation changes for them. Say "stop watching" to turn that off._`,
  );
  const reply = replies[index]!;
  // Before the trailing buttons, so the note reads with the answer.
  let at = reply.blocks.length;
  while (at > 0 && reply.blocks[at - 1]?.kind === "choices") at -= 1;
  const noted = message([...reply.blocks.slice(0, at), note, ...reply.blocks.slice(at)], reply.data!);
  return { session: { ...carried, watch }, replies: replies.map((r, i) => (i === index ? noted : r)) };
}
