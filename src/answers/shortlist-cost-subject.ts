// A cost asked of no model in particular in a thread that has shown a shortlist ("how much would
// this cost us per month to run?" after a licence question about a whole family): the models the
// thread would run are its shortlist's top picks, priced where the thread runs them. The answer
// says which models it priced, so a team that meant another one can name it.
import type { HandlerOutput, TurnContext } from "../conversation/handler.js";
import { costWhereThreadRuns } from "../conversation/cost-where-thread-runs.js";
import { shortlistShown } from "../conversation/session.js";
import type { Intent } from "../intents/types.js";
import type { OutboundMessage } from "../ports.js";
import { message, text } from "../render/builders.js";
import { threadOwnRequirements } from "../conversation/team-profile.js";
import { rankOnly } from "./recommend-shortlist.js";

/** How many of the shortlist's picks a cost of "this" prices: the ones a shortlist shows. */
const PICKS_PRICED = 3;

type CostIntent = Extract<Intent, { kind: "cost" }>;

/** The intent with the shortlist's picks, and the line that says so; null when it names models or no shortlist was shown. */
export function shortlistCostSubject(
  intent: CostIntent,
  ctx: TurnContext,
): { intent: CostIntent; note: string } | null {
  if (intent.modelIds.length > 0 || !shortlistShown(ctx.session)) return null;
  const stated = threadOwnRequirements(ctx.session.requirements, ctx.profile);
  const picks = rankOnly(ctx.catalog, stated, ctx.session.assumptions).ranking.ranked.slice(0, PICKS_PRICED);
  if (picks.length === 0) return null;
  const withPicks = { ...intent, modelIds: picks.map((r) => r.id) };
  const names = picks.map((r) => ctx.catalog.modelById.get(r.id)?.name ?? r.id);
  return {
    intent: costWhereThreadRuns(withPicks, ctx.session.requirements, ctx.catalog, ctx.inbound.text) as CostIntent,
    note: `Priced: your shortlist's top ${picks.length} (${names.join(", ")}). Name a model to price another one.`,
  };
}

/** The note put under each reply's heading. */
export function withSubjectNote(output: HandlerOutput, note: string): HandlerOutput {
  return { ...output, replies: output.replies.map((r) => noted(r, note)) };
}

function noted(reply: OutboundMessage, note: string): OutboundMessage {
  const at = reply.blocks[0]?.kind === "heading" ? 1 : 0;
  const blocks = [...reply.blocks.slice(0, at), text(note), ...reply.blocks.slice(at)];
  return message(blocks, { intent: reply.data?.intent ?? "cost", ...reply.data });
}
